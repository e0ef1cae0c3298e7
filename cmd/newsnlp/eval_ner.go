package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// STUB: replaced by the work on its issue.
func newEvalNERCmd(f *Factory) *cobra.Command {
	return &cobra.Command{
		Use:   "ner FILE.conll",
		Short: "Score the entity model on CoNLL-format data",
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("not implemented yet")
		},
	}
}

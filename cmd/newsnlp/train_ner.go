package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// STUB: replaced by the work on its issue.
func newTrainNERCmd(f *Factory) *cobra.Command {
	return &cobra.Command{
		Use:   "ner --data DIR --out FILE",
		Short: "Train the entity model",
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("not implemented yet")
		},
	}
}

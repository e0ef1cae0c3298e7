package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// STUB: replaced by the work on its issue.
func newEvalExtractCmd(f *Factory) *cobra.Command {
	return &cobra.Command{
		Use:   "extract FILE.jsonl",
		Short: "Score HTML main-text extraction by token F1",
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("not implemented yet")
		},
	}
}

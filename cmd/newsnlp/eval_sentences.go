package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// STUB: replaced by the work on its issue.
func newEvalSentencesCmd(f *Factory) *cobra.Command {
	return &cobra.Command{
		Use:   "sentences RULES.jsonl",
		Short: "Score sentence splitting on Golden Rules-style data",
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("not implemented yet")
		},
	}
}

package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// STUB: replaced by the work on its issue.
func newEvalSummaryCmd(f *Factory) *cobra.Command {
	return &cobra.Command{
		Use:   "summary FILE.jsonl",
		Short: "Score summaries with ROUGE beside LEAD-3",
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("not implemented yet")
		},
	}
}

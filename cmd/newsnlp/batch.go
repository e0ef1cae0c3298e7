package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// STUB: replaced by the work on its issue.
func newBatchCmd(f *Factory) *cobra.Command {
	return &cobra.Command{
		Use:   "batch PATH...",
		Short: "Process a folder of stories or a JSONL stream",
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("not implemented yet")
		},
	}
}

package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// STUB: replaced by the work on its issue.
func newExtractCmd(f *Factory) *cobra.Command {
	return &cobra.Command{
		Use:   "extract FILE|URL|-",
		Short: "Print the main text of an HTML page or scraped text",
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("not implemented yet")
		},
	}
}

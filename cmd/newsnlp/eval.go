package main

import "github.com/spf13/cobra"

func newEvalCmd(f *Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "eval",
		Short: "Score newsnlp's models on labelled data",
		Long: `Score the shipped models on your own labelled data, the way the published
figures in README.md were measured.`,
	}
	cmd.AddCommand(newEvalNERCmd(f), newEvalSummaryCmd(f), newEvalSentencesCmd(f), newEvalExtractCmd(f), newEvalQuotesCmd(f), newEvalBoilerplateCmd(f))
	return cmd
}

package main

import "github.com/spf13/cobra"

func newTrainCmd(f *Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "train",
		Short: "Retrain newsnlp's models from labelled data",
	}
	cmd.AddCommand(newTrainNERCmd(f), newTrainSummaryCmd(f))
	return cmd
}

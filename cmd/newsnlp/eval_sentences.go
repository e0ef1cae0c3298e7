package main

import (
	"context"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/newsnlp/newsnlp/internal/eval"
)

type evalSentencesOptions struct {
	*Factory
	rules string  // path of the JSONL rules
	min   float64 // fail below this share, 0 to never fail
}

func newEvalSentencesCmd(f *Factory) *cobra.Command {
	opts := &evalSentencesOptions{Factory: f}
	cmd := &cobra.Command{
		Use:   "sentences RULES.jsonl",
		Short: "Score sentence splitting on Golden Rules-style data",
		Long: `Split each rule's text the way 'newsnlp sentences' does and count the rules
split exactly (sentence for sentence, white space at the ends ignored), then
list every miss with the expected and the produced sentences.

RULES.jsonl holds one JSON object a line: {"name", "text", "sentences": [...]},
as in pragmatic_segmenter's English Golden Rules.`,
		Example: `  newsnlp eval sentences ../shared/data/segmentation/golden-rules-en.jsonl
  newsnlp eval sentences --min 0.96 my-rules.jsonl`,
		Args: usageArgs(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			if opts.min < 0 || opts.min > 1 {
				return usageError("--min must be between 0 and 1, got %g", opts.min)
			}
			opts.rules = args[0]
			return evalSentencesRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().Float64Var(&opts.min, "min", 0, "exit with status 1 when the share split exactly is below this (0 to 1)")
	return cmd
}

func evalSentencesRun(ctx context.Context, opts *evalSentencesOptions) error {
	f := opts.Factory
	file, err := os.Open(opts.rules)
	if err != nil {
		return err
	}
	defer file.Close()
	rules, err := eval.ReadSentenceRules(file)
	if err != nil {
		return fmt.Errorf("%s: %w", opts.rules, err)
	}
	parser, err := f.Parser()
	if err != nil {
		return err
	}
	score, err := eval.ScoreSentences(ctx, rules, eval.PipelineSplit(parser))
	if err != nil {
		return err
	}
	if err := eval.WriteSentenceReport(f.IO.Out, score); err != nil {
		return err
	}
	if score.Share() < opts.min {
		return &exitError{code: exitFailure, err: fmt.Errorf("%s: %.1f%% split exactly, below --min %.1f%%",
			opts.rules, 100*score.Share(), 100*opts.min)}
	}
	return nil
}

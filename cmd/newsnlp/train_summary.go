package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/newsnlp/newsnlp/internal/sumeval"
	"github.com/newsnlp/newsnlp/summarize"
)

type trainSummaryOptions struct {
	*Factory
	data string // the JSONL articles
	out  string
	skip int
	cfg  summarize.TrainConfig
}

func newTrainSummaryCmd(f *Factory) *cobra.Command {
	opts := &trainSummaryOptions{Factory: f, cfg: summarize.DefaultTrainConfig}
	cmd := &cobra.Command{
		Use:   "summary FILE.jsonl[.gz] --out model.json",
		Short: "Train the summary sentence scorer",
		Long: `Fit the sentence scorer on articles with reference summaries (JSON lines of
{"text","summary"}) and write its weights. The shipped summarize/model.json
is made by:

  newsnlp train summary ../shared/data/summarization/bbc-news-dev.jsonl.gz --out summarize/model.json

Check a configuration first with 'newsnlp eval summary --cv 5'.`,
		Args: usageArgs(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			if opts.out == "" {
				return usageError("--out is required")
			}
			opts.data = args[0]
			return trainSummaryRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().StringVarP(&opts.out, "out", "o", "", "where to write the model (JSON)")
	cmd.Flags().IntVar(&opts.skip, "skip", 0, "leave out the first N articles (to score them held out)")
	cmd.Flags().StringVar(&opts.cfg.Labels, "labels", opts.cfg.Labels, "training labels: inref (sentences copied into the reference) or oracle")
	cmd.Flags().Float64Var(&opts.cfg.L2, "l2", opts.cfg.L2, "ridge penalty")
	cmd.Flags().Float64SliceVar(&opts.cfg.LeadBoost, "lead-boost", opts.cfg.LeadBoost, "weights added to the first ranks after fitting, e.g. 4,2,1")
	return cmd
}

func trainSummaryRun(ctx context.Context, opts *trainSummaryOptions) error {
	arts, err := sumeval.ReadFile(opts.data)
	if err != nil {
		return &exitError{code: exitFailure, err: err}
	}
	if opts.skip >= len(arts) {
		return usageError("--skip %d leaves no articles of %d", opts.skip, len(arts))
	}
	arts = arts[opts.skip:]
	parser, err := opts.Parser()
	if err != nil {
		return &exitError{code: exitFailure, err: err}
	}
	docs, err := sumeval.Parse(ctx, parser, arts)
	if err != nil {
		return err
	}
	m, err := summarize.Train(sumeval.TrainDocs(docs), opts.cfg)
	if err != nil {
		return &exitError{code: exitFailure, err: err}
	}
	b, err := json.MarshalIndent(m, "", " ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(opts.out, append(b, '\n'), 0o644); err != nil {
		return &exitError{code: exitFailure, err: err}
	}
	fmt.Fprintf(opts.IO.ErrOut, "newsnlp: wrote %s (%s)\n", opts.out, m.Note)
	return nil
}

// loadScorer returns the model in path, or the shipped one for "".
func loadScorer(path string) (*summarize.Model, error) {
	if path == "" {
		m, err := summarize.DefaultScorer()
		if err != nil {
			return nil, &exitError{code: exitFailure, err: err}
		}
		return m, nil
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, &exitError{code: exitFailure, err: err}
	}
	m, err := summarize.ParseModel(b)
	if err != nil {
		return nil, &exitError{code: exitFailure, err: fmt.Errorf("%s: %w", path, err)}
	}
	return m, nil
}

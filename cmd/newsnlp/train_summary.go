package main

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/newsnlp/newsnlp/internal/sumeval"
	"github.com/newsnlp/newsnlp/summarize"
)

func newTrainSummaryCmd(f *Factory) *cobra.Command {
	cfg := summarize.DefaultTrainConfig
	var out string
	var skip int
	cmd := &cobra.Command{
		Use:   "summary FILE.jsonl[.gz] --out model.json",
		Short: "Train the summary sentence scorer",
		Long: `Fit the sentence scorer on articles with reference summaries (JSON lines of
{"text","summary"}) and write its weights. The shipped summarize/model.json
is made by:

  newsnlp train summary ../shared/data/summarization/bbc-news-dev.jsonl.gz --out summarize/model.json

Check a configuration first with 'newsnlp eval summary --cv 5'.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if out == "" {
				return usageError("--out is required")
			}
			arts, err := sumeval.ReadFile(args[0])
			if err != nil {
				return &exitError{code: exitFailure, err: err}
			}
			if skip >= len(arts) {
				return usageError("--skip %d leaves no articles of %d", skip, len(arts))
			}
			arts = arts[skip:]
			parser, err := f.Parser()
			if err != nil {
				return &exitError{code: exitFailure, err: err}
			}
			docs, err := sumeval.Parse(cmd.Context(), parser, arts)
			if err != nil {
				return err
			}
			m, err := summarize.Train(sumeval.TrainDocs(docs), cfg)
			if err != nil {
				return &exitError{code: exitFailure, err: err}
			}
			b, err := json.MarshalIndent(m, "", " ")
			if err != nil {
				return err
			}
			if err := os.WriteFile(out, append(b, '\n'), 0o644); err != nil {
				return &exitError{code: exitFailure, err: err}
			}
			fmt.Fprintf(f.IO.ErrOut, "newsnlp: wrote %s (%s)\n", out, m.Note)
			return nil
		},
	}
	cmd.Flags().StringVarP(&out, "out", "o", "", "where to write the model (JSON)")
	cmd.Flags().IntVar(&skip, "skip", 0, "leave out the first N articles (to score them held out)")
	cmd.Flags().StringVar(&cfg.Labels, "labels", cfg.Labels, "training labels: inref (sentences copied into the reference) or oracle")
	cmd.Flags().Float64Var(&cfg.L2, "l2", cfg.L2, "ridge penalty")
	cmd.Flags().Float64SliceVar(&cfg.LeadBoost, "lead-boost", cfg.LeadBoost, "weights added to the first ranks after fitting, e.g. 4,2,1")
	return cmd
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

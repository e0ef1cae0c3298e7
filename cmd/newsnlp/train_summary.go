package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/newsnlp/newsnlp/internal/sumeval"
	"github.com/newsnlp/newsnlp/summarize"
)

type trainSummaryOptions struct {
	*Factory
	data    []string  // the JSONL files
	weights []float64 // one per file (none: all 1)
	out     string
	skip    int
	labels  string
	cfg     summarize.TrainConfig
}

func newTrainSummaryCmd(f *Factory) *cobra.Command {
	opts := &trainSummaryOptions{Factory: f, cfg: summarize.DefaultTrainConfig}
	opts.labels = string(opts.cfg.Labels)
	cmd := &cobra.Command{
		Use:   "summary FILE.jsonl[.gz]... --out model.json",
		Short: "Train the summary sentence scorer",
		Long: `Fit the sentence scorer on articles with reference summaries (JSON lines of
{"text","summary"}, the reference one sentence a line) and write its weights.
Several files train one model; --weights scales each file's sentences. A file
whose texts are lowercased and tokenized (See et al.'s CNN/DailyMail) is read
through a recaser (see 'newsnlp eval summary --help'). The shipped
summarize/model.json is made by:

  newsnlp train summary --weights 0.5,1,1 --out summarize/model.json \
    ../shared/data/summarization/bbc-news-dev.jsonl.gz \
    ../shared/data/summarization/cnndm-validation-cnn.jsonl.gz \
    ../shared/data/summarization/cnndm-test-lowercased.jsonl.gz

Check a configuration first with 'newsnlp eval summary --cv 5 --train-with'.`,
		Args: usageArgs(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			if opts.out == "" {
				return usageError("--out is required")
			}
			opts.data = args
			return trainSummaryRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().StringVarP(&opts.out, "out", "o", "", "where to write the model (JSON)")
	cmd.Flags().Float64SliceVar(&opts.weights, "weights", nil, "weight of each file's sentences, in the order of the files (default all 1)")
	cmd.Flags().IntVar(&opts.skip, "skip", 0, "leave out the first N articles of each file (to score them held out)")
	registerTrainFlags(cmd, &opts.labels, &opts.cfg, "")
	return cmd
}

// registerTrainFlags declares the flags of a TrainConfig; prefix is said
// before each usage ("with --cv: ").
func registerTrainFlags(cmd *cobra.Command, labels *string, cfg *summarize.TrainConfig, prefix string) {
	fs := cmd.Flags()
	fs.StringVar(labels, "labels", *labels, prefix+"training labels: auto (inref for extractive references, oracle otherwise), inref (sentences copied into the reference) or oracle (greedy ROUGE oracle)")
	fs.IntVar(&cfg.OracleSize, "oracle", cfg.OracleSize, prefix+"sentences in the oracle labels")
	fs.Float64Var(&cfg.L2, "l2", cfg.L2, prefix+"ridge penalty")
	fs.Float64SliceVar(&cfg.LeadBoost, "lead-boost", cfg.LeadBoost, prefix+"weights added to the first ranks after fitting, e.g. 4,2,1")
	fs.Float64Var(&cfg.Redundancy, "redundancy", cfg.Redundancy, prefix+"score a sentence loses when the summary so far covers all its terms")
}

func trainSummaryRun(ctx context.Context, opts *trainSummaryOptions) error {
	kind, err := summarize.ParseLabelKind(opts.labels)
	if err != nil {
		return usageError("%v", err)
	}
	opts.cfg.Labels = kind
	weights, err := fileWeights(opts.weights, len(opts.data))
	if err != nil {
		return err
	}
	var train []summarize.TrainDoc
	var sources []string
	for i, path := range opts.data {
		docs, err := loadSummaryData(ctx, opts.Factory, path, opts.skip, 0)
		if err != nil {
			return err
		}
		train = append(train, sumeval.TrainDocs(docs, weights[i])...)
		sources = append(sources, describeSource(path, docs, weights[i]))
	}
	m, err := summarize.Train(train, opts.cfg)
	if err != nil {
		return &exitError{code: exitFailure, err: err}
	}
	m.Note += "; data: " + strings.Join(sources, ", ")
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

// fileWeights checks --weights against the number of files: none gives
// all 1.
func fileWeights(w []float64, files int) ([]float64, error) {
	if len(w) == 0 {
		w = make([]float64, files)
		for i := range w {
			w[i] = 1
		}
		return w, nil
	}
	if len(w) != files {
		return nil, usageError("--weights has %d values for %d files", len(w), files)
	}
	for _, v := range w {
		if v <= 0 {
			return nil, usageError("--weights must be positive, not %g", v)
		}
	}
	return w, nil
}

// describeSource names a training file for the model's note: its base
// name, the stories used, how many were recased, and its weight.
func describeSource(path string, docs []sumeval.Parsed, weight float64) string {
	recased := 0
	for _, d := range docs {
		if d.Recased {
			recased++
		}
	}
	s := fmt.Sprintf("%s (%d stories", filepath.Base(path), len(docs))
	if recased > 0 {
		s += fmt.Sprintf(", %d recased", recased)
	}
	if weight != 1 {
		s += fmt.Sprintf(", weight %g", weight)
	}
	return s + ")"
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

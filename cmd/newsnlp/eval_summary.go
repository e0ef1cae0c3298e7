package main

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/newsnlp/newsnlp/internal/render"
	"github.com/newsnlp/newsnlp/internal/sumeval"
	"github.com/newsnlp/newsnlp/nlp"
	"github.com/newsnlp/newsnlp/summarize"
)

type evalSummaryOptions struct {
	*Factory
	data      string // the JSONL file
	sentences int
	docs      int
	format    formatFlag
	cv        int
	scorer    string
	train     summarize.TrainConfig
}

func newEvalSummaryCmd(f *Factory) *cobra.Command {
	opts := &evalSummaryOptions{Factory: f, format: formatFlag{allowed: []render.Format{render.Text, render.JSON}, tty: render.Text, pipe: render.Text}}
	cmd := &cobra.Command{
		Use:   "summary FILE.jsonl[.gz]",
		Short: "Score summaries with ROUGE beside LEAD-3",
		Long: `Summarize every article of FILE (JSON lines of {"text","summary"}, the
reference one sentence a line, optionally gzipped) and print ROUGE-1, ROUGE-2
and ROUGE-Lsum F1 (computed as Google's rouge-score does) of newsnlp's
summaries and of the first sentences (LEAD-N), on the same articles.`,
		Example: `  newsnlp eval summary --sentences 3 bbc-news-dev.jsonl.gz`,
		Args:    usageArgs(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.data = args[0]
			return evalSummaryRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().IntVarP(&opts.sentences, "sentences", "n", summarize.DefaultSentences, "summary length in sentences")
	cmd.Flags().IntVar(&opts.docs, "docs", 0, "score only the first N articles (0: all)")
	cmd.Flags().IntVar(&opts.cv, "cv", 0, "cross-validate: retrain the scorer on K-1 folds and score the held-out fold (0: the shipped model)")
	opts.train = summarize.DefaultTrainConfig
	cmd.Flags().StringVar(&opts.train.Labels, "labels", opts.train.Labels, "with --cv: training labels, inref or oracle")
	cmd.Flags().Float64Var(&opts.train.L2, "l2", opts.train.L2, "with --cv: ridge penalty")
	cmd.Flags().Float64SliceVar(&opts.train.LeadBoost, "lead-boost", opts.train.LeadBoost, "with --cv: weights added to the first ranks")
	for _, h := range []string{"labels", "l2", "lead-boost"} {
		_ = cmd.Flags().MarkHidden(h)
	}
	cmd.Flags().StringVar(&opts.scorer, "scorer", "", "score with this model file instead of the shipped one")
	_ = cmd.Flags().MarkHidden("scorer")
	opts.format.register(cmd.Flags())
	return cmd
}

func evalSummaryRun(ctx context.Context, opts *evalSummaryOptions) error {
	f, path := opts.Factory, opts.data
	format, err := opts.format.resolve(f)
	if err != nil {
		return err
	}
	if opts.sentences <= 0 || opts.docs < 0 {
		return usageError("--sentences must be positive and --docs not negative")
	}
	arts, err := sumeval.ReadFile(path)
	if err != nil {
		return &exitError{code: exitFailure, err: err}
	}
	if opts.docs > 0 && opts.docs < len(arts) {
		arts = arts[:opts.docs]
	}
	parser, err := f.Parser()
	if err != nil {
		return &exitError{code: exitFailure, err: err}
	}
	docs, err := sumeval.Parse(ctx, parser, arts)
	if err != nil {
		return err
	}
	for _, d := range docs {
		if d.Err != nil {
			fmt.Fprintf(f.IO.ErrOut, "newsnlp: warning: %s: %s (scored as an empty summary)\n", d.ID, oneLine(d.Err.Error()))
		}
	}
	var res *sumeval.Result
	if opts.cv > 0 {
		if res, err = sumeval.CrossValidate(docs, opts.cv, opts.sentences, opts.train); err != nil {
			return &exitError{code: exitFailure, err: err}
		}
	} else {
		model, err := loadScorer(opts.scorer)
		if err != nil {
			return err
		}
		ours := func(d *nlp.Document, n int) []summarize.Sentence {
			return model.Extract(d, summarize.Options{Sentences: n})
		}
		res = sumeval.Evaluate(docs, opts.sentences, []string{"newsnlp", fmt.Sprintf("lead-%d", opts.sentences)},
			[]sumeval.Summarizer{ours, sumeval.Lead})
	}
	if format == render.JSON {
		enc := json.NewEncoder(f.IO.Out)
		enc.SetIndent("", "  ")
		return enc.Encode(res)
	}
	_, err = fmt.Fprint(f.IO.Out, res.String())
	return err
}

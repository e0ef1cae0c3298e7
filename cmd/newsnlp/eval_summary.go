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
	trainWith []string  // with cv: more training files
	weights   []float64 // with cv: weight of data, then of each trainWith file
	scorer    string
	labels    string
	train     summarize.TrainConfig
}

func newEvalSummaryCmd(f *Factory) *cobra.Command {
	opts := &evalSummaryOptions{Factory: f, format: formatFlag{allowed: []render.Format{render.Text, render.JSON}, tty: render.Text, pipe: render.Text}}
	opts.train = summarize.DefaultTrainConfig
	opts.labels = string(opts.train.Labels)
	cmd := &cobra.Command{
		Use:   "summary FILE.jsonl[.gz]",
		Short: "Score summaries with ROUGE beside LEAD-3",
		Long: `Summarize every article of FILE (JSON lines of {"text","summary"}, the
reference one sentence a line, optionally gzipped) and print ROUGE-1, ROUGE-2
and ROUGE-Lsum F1 (computed as Google's rouge-score does) of newsnlp's
summaries and of the first sentences (LEAD-N), on the same articles.

With --cv K the shipped model is not used: the articles are dealt into K
folds and each fold is summarized by a model trained on the other folds (and
on every article of the --train-with files, weighted by --weights), so that
every figure is held out even for a set the shipped model was trained on.

A text with no capital letter and its punctuation split off as tokens (See et
al.'s lowercased CNN/DailyMail) is rebuilt first: tokens joined as written,
quotes restored, sentence starts and "I" capitalized. Names stay lowercase, so
such figures approximate what the same stories would score as written; the
header counts them (recased=N).`,
		Example: `  newsnlp eval summary --sentences 3 bbc-news-dev.jsonl.gz
  newsnlp eval summary --cv 5 --train-with cnndm-validation-cnn.jsonl.gz --weights 0.5,1 bbc-news-dev.jsonl.gz`,
		Args: usageArgs(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.data = args[0]
			return evalSummaryRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().IntVarP(&opts.sentences, "sentences", "n", summarize.DefaultSentences, "summary length in sentences")
	cmd.Flags().IntVar(&opts.docs, "docs", 0, "score only the first N articles (0: all)")
	cmd.Flags().IntVar(&opts.cv, "cv", 0, "cross-validate: retrain the scorer on K-1 folds and score the held-out fold (0: the shipped model)")
	cmd.Flags().StringSliceVar(&opts.trainWith, "train-with", nil, "with --cv: more files every fold's model is also trained on")
	cmd.Flags().Float64SliceVar(&opts.weights, "weights", nil, "with --cv: weight of FILE's sentences, then of each --train-with file's (default all 1)")
	registerTrainFlags(cmd, &opts.labels, &opts.train, "with --cv: ")
	for _, h := range []string{"labels", "oracle", "l2", "lead-boost", "redundancy"} {
		_ = cmd.Flags().MarkHidden(h)
	}
	cmd.Flags().StringVar(&opts.scorer, "scorer", "", "score with this model file instead of the shipped one")
	_ = cmd.Flags().MarkHidden("scorer")
	opts.format.register(cmd.Flags())
	return cmd
}

func evalSummaryRun(ctx context.Context, opts *evalSummaryOptions) error {
	f := opts.Factory
	format, err := opts.format.resolve(f)
	if err != nil {
		return err
	}
	if opts.sentences <= 0 || opts.docs < 0 {
		return usageError("--sentences must be positive and --docs not negative")
	}
	if opts.cv == 0 && (len(opts.trainWith) > 0 || len(opts.weights) > 0) {
		return usageError("--train-with and --weights need --cv")
	}
	kind, err := summarize.ParseLabelKind(opts.labels)
	if err != nil {
		return usageError("%v", err)
	}
	opts.train.Labels = kind
	docs, err := loadSummaryData(ctx, f, opts.data, 0, opts.docs)
	if err != nil {
		return err
	}
	var res *sumeval.Result
	if opts.cv > 0 {
		weights, err := fileWeights(opts.weights, 1+len(opts.trainWith))
		if err != nil {
			return err
		}
		var extra []summarize.TrainDoc
		for i, path := range opts.trainWith {
			more, err := loadSummaryData(ctx, f, path, 0, 0)
			if err != nil {
				return err
			}
			extra = append(extra, sumeval.TrainDocs(more, weights[1+i])...)
		}
		if res, err = sumeval.CrossValidate(docs, weights[0], extra, opts.cv, opts.sentences, opts.train); err != nil {
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

// loadSummaryData reads and parses the articles of path, leaving out the
// first skip and keeping at most limit (0: all). An article that fails to
// parse is warned about on stderr and kept, to score as an empty summary.
func loadSummaryData(ctx context.Context, f *Factory, path string, skip, limit int) ([]sumeval.Parsed, error) {
	arts, err := sumeval.ReadFile(path)
	if err != nil {
		return nil, &exitError{code: exitFailure, err: err}
	}
	if skip >= len(arts) {
		return nil, usageError("--skip %d leaves no articles of %d in %s", skip, len(arts), path)
	}
	arts = arts[skip:]
	if limit > 0 && limit < len(arts) {
		arts = arts[:limit]
	}
	parser, err := f.Parser()
	if err != nil {
		return nil, &exitError{code: exitFailure, err: err}
	}
	docs, err := sumeval.Parse(ctx, parser, arts)
	if err != nil {
		return nil, err
	}
	for _, d := range docs {
		if d.Err != nil {
			fmt.Fprintf(f.IO.ErrOut, "newsnlp: warning: %s: %s (scored as an empty summary)\n", d.ID, oneLine(d.Err.Error()))
		}
	}
	return docs, nil
}

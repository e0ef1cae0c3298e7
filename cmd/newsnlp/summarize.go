package main

import (
	"github.com/spf13/cobra"

	"github.com/newsnlp/newsnlp/internal/render"
	"github.com/newsnlp/newsnlp/nlp"
	"github.com/newsnlp/newsnlp/summarize"
)

type summarizeOptions struct {
	input  inputFlags
	format formatFlag
	length summarize.Options
}

func newSummarizeCmd(f *Factory) *cobra.Command {
	opts := &summarizeOptions{format: formatFlag{allowed: render.Formats, tty: render.Text, pipe: render.Text}}
	cmd := &cobra.Command{
		Use:     "summarize [FILE|URL|-]...",
		Aliases: []string{"summarise"},
		Short:   "Print an extractive summary of a story",
		Long: `Print the story's most informative sentences, verbatim and in article order.
Page furniture, the headline and near-duplicates are never chosen. A story
shorter than the summary length gives all of its sentences.`,
		Example: `  curl -s https://example.com/story | newsnlp summarize
  newsnlp summarize --sentences 5 story.txt
  newsnlp summarize --words 60 --format json story.html`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return summarizeRun(cmd, f, opts, args)
		},
	}
	opts.input.register(cmd.Flags())
	opts.format.register(cmd.Flags())
	cmd.Flags().IntVarP(&opts.length.Sentences, "sentences", "n", summarize.DefaultSentences, "number of sentences")
	cmd.Flags().IntVar(&opts.length.Words, "words", 0, "a word budget instead of a sentence count")
	cmd.Flags().Float64Var(&opts.length.Ratio, "ratio", 0, "a share of the story's sentences (0-1) instead of a count")
	cmd.MarkFlagsMutuallyExclusive("sentences", "words", "ratio")
	return cmd
}

func summarizeRun(cmd *cobra.Command, f *Factory, opts *summarizeOptions, args []string) error {
	format, err := opts.format.resolve(f)
	if err != nil {
		return err
	}
	if err := checkLength(opts.length); err != nil {
		return err
	}
	docs, failed, err := parseArticles(cmd.Context(), f, args, opts.input, nlp.Options{Entities: true})
	if err != nil {
		return err
	}
	views := make([]render.View, len(docs))
	for i, d := range docs {
		views[i] = render.SummaryView{Doc: d, Summary: summarize.Extract(d, opts.length)}
	}
	if err := writeViews(f, format, views); err != nil {
		return err
	}
	return inputsExit(failed, len(docs)+failed)
}

func checkLength(o summarize.Options) error {
	switch {
	case o.Sentences < 0:
		return usageError("--sentences must be positive")
	case o.Words < 0:
		return usageError("--words must be positive")
	case o.Ratio < 0 || o.Ratio > 1:
		return usageError("--ratio must be between 0 and 1")
	}
	return nil
}

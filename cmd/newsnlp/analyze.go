package main

import (
	"context"

	"github.com/newsnlp/newsnlp"
	"github.com/spf13/cobra"

	"github.com/newsnlp/newsnlp/internal/render"
	"github.com/newsnlp/newsnlp/nlp"
	"github.com/newsnlp/newsnlp/summarize"
)

type analyzeOptions struct {
	*Factory
	inputs   []string
	input    inputFlags
	format   formatFlag
	length   lengthFlags
	headline headlineFlags
}

func newAnalyzeCmd(f *Factory) *cobra.Command {
	opts := &analyzeOptions{Factory: f, format: formatFlag{allowed: render.PageFormats, tty: render.JSON, pipe: render.JSON}}
	cmd := &cobra.Command{
		Use:     "analyze [FILE|URL|-]...",
		Aliases: []string{"analyse"},
		Short:   "Everything about a story as one JSON document",
		Long: `Print one JSON document per article with its text, title, sentences,
entities with every mention, quotations with their speakers, the summary, and
the regions of page furniture that were dropped with the reason. Offsets are Unicode code points into
"text", end exclusive.

--format html prints the same as a page for people: the story with its
entities, quotations, summary sentences and dropped furniture marked, and
the entity and quote tables (the README documents its markup).`,
		Example: `  newsnlp analyze story.txt | jq '.dropped'
  newsnlp analyze --format html story.txt > story.html`,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.inputs = args
			return analyzeRun(cmd.Context(), opts)
		},
	}
	opts.input.register(cmd.Flags())
	opts.format.register(cmd.Flags())
	opts.length.register(cmd.Flags(), "summary length in sentences", false)
	opts.headline.register(cmd.Flags(), false)
	return cmd
}

func analyzeRun(ctx context.Context, opts *analyzeOptions) error {
	if err := opts.length.check(); err != nil {
		return err
	}
	if err := opts.headline.check(); err != nil {
		return err
	}
	hl := newHeadliner(opts.Factory, opts.headline)
	err := articleRun(ctx, opts.Factory, opts.inputs, opts.input, opts.format, newsnlp.Options{Entities: true, Quotes: true},
		func(d *nlp.Document) render.View {
			sum := summarize.Extract(d, opts.length.Options)
			return render.AnalyzeView{Doc: d, Summary: sum, Headline: hl.headline(ctx, d, sum)}
		})
	if err != nil {
		return err
	}
	return hl.exit()
}

package main

import (
	"github.com/newsnlp/newsnlp"
	"github.com/spf13/cobra"

	"github.com/newsnlp/newsnlp/internal/render"
	"github.com/newsnlp/newsnlp/summarize"
)

type analyzeOptions struct {
	input    inputFlags
	format   formatFlag
	length   summarize.Options
	headline headlineFlags
}

func newAnalyzeCmd(f *Factory) *cobra.Command {
	opts := &analyzeOptions{format: formatFlag{allowed: render.Formats, tty: render.JSON, pipe: render.JSON}}
	cmd := &cobra.Command{
		Use:     "analyze [FILE|URL|-]...",
		Aliases: []string{"analyse"},
		Short:   "Everything about a story as one JSON document",
		Long: `Print one JSON document per article with its text, title, sentences,
entities with every mention, quotations with their speakers, the summary, and
the regions of page furniture that were dropped with the reason. Offsets are Unicode code points into
"text", end exclusive.`,
		Example: `  newsnlp analyze story.txt | jq '.dropped'`,
		RunE: func(cmd *cobra.Command, args []string) error {
			format, err := opts.format.resolve(f)
			if err != nil {
				return err
			}
			if err := checkLength(opts.length); err != nil {
				return err
			}
			if err := opts.headline.check(); err != nil {
				return err
			}
			docs, failed, err := parseArticles(cmd.Context(), f, args, opts.input, newsnlp.Options{Entities: true, Quotes: true})
			if err != nil {
				return err
			}
			views := make([]render.View, len(docs))
			hl := newHeadliner(f, opts.headline)
			for i, d := range docs {
				sum := summarize.Extract(d, opts.length)
				views[i] = render.AnalyzeView{Doc: d, Summary: sum, Headline: hl.headline(cmd.Context(), d, sum)}
			}
			if err := writeViews(f, format, views); err != nil {
				return err
			}
			if err := inputsExit(failed, len(docs)+failed); err != nil {
				return err
			}
			return hl.exit()
		},
	}
	opts.input.register(cmd.Flags())
	opts.format.register(cmd.Flags())
	cmd.Flags().IntVarP(&opts.length.Sentences, "sentences", "n", summarize.DefaultSentences, "summary length in sentences")
	opts.headline.register(cmd)
	return cmd
}

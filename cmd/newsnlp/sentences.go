package main

import (
	"github.com/newsnlp/newsnlp"
	"github.com/spf13/cobra"

	"github.com/newsnlp/newsnlp/internal/render"
)

type sentencesOptions struct {
	input  inputFlags
	format formatFlag
}

func newSentencesCmd(f *Factory) *cobra.Command {
	opts := &sentencesOptions{format: formatFlag{allowed: render.Formats, tty: render.Text, pipe: render.Text}}
	cmd := &cobra.Command{
		Use:   "sentences [FILE|URL|-]...",
		Short: "Split a story into sentences, one a line",
		Long: `Split each article's story into sentences. Text prints one sentence a line;
JSON gives each sentence's Unicode code point offsets into the input.`,
		Example: `  newsnlp sentences story.txt
  newsnlp sentences --format json story.txt`,
		RunE: func(cmd *cobra.Command, args []string) error {
			format, err := opts.format.resolve(f)
			if err != nil {
				return err
			}
			docs, failed, err := parseArticles(cmd.Context(), f, args, opts.input, newsnlp.Options{})
			if err != nil {
				return err
			}
			views := make([]render.View, len(docs))
			for i, d := range docs {
				views[i] = render.SentencesView{Doc: d}
			}
			if err := writeViews(f, format, views); err != nil {
				return err
			}
			return inputsExit(failed, len(docs)+failed)
		},
	}
	opts.input.register(cmd.Flags())
	opts.format.register(cmd.Flags())
	return cmd
}

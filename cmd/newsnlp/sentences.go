package main

import (
	"context"

	"github.com/newsnlp/newsnlp"
	"github.com/spf13/cobra"

	"github.com/newsnlp/newsnlp/internal/render"
	"github.com/newsnlp/newsnlp/nlp"
)

type sentencesOptions struct {
	*Factory
	inputs []string
	input  inputFlags
	format formatFlag
}

func newSentencesCmd(f *Factory) *cobra.Command {
	opts := &sentencesOptions{Factory: f, format: formatFlag{allowed: render.Formats, tty: render.Text, pipe: render.Text}}
	cmd := &cobra.Command{
		Use:   "sentences [FILE|URL|-]...",
		Short: "Split a story into sentences, one a line",
		Long: `Split each article's story into sentences. Text prints one sentence a line;
JSON gives each sentence's Unicode code point offsets into the input.`,
		Example: `  newsnlp sentences story.txt
  newsnlp sentences --format json story.txt`,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.inputs = args
			return sentencesRun(cmd.Context(), opts)
		},
	}
	opts.input.register(cmd.Flags())
	opts.format.register(cmd.Flags())
	return cmd
}

func sentencesRun(ctx context.Context, opts *sentencesOptions) error {
	return articleRun(ctx, opts.Factory, opts.inputs, opts.input, opts.format, newsnlp.Options{},
		func(d *nlp.Document) render.View { return render.SentencesView{Doc: d} })
}

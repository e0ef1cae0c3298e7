package main

import (
	"context"

	"github.com/newsnlp/newsnlp"
	"github.com/spf13/cobra"

	"github.com/newsnlp/newsnlp/internal/render"
	"github.com/newsnlp/newsnlp/nlp"
)

type tokensOptions struct {
	*Factory
	inputs []string
	input  inputFlags
	format formatFlag
	noPOS  bool
}

func newTokensCmd(f *Factory) *cobra.Command {
	opts := &tokensOptions{Factory: f, format: formatFlag{
		allowed: []render.Format{render.TSV, render.CSV, render.JSON, render.JSONL, render.Table, render.Text, render.Markdown},
		tty:     render.TSV, pipe: render.TSV,
	}}
	cmd := &cobra.Command{
		Use:   "tokens [FILE|URL|-]...",
		Short: "Print one token a line with offsets and tags (TSV)",
		Long: `Print every token of the story with its sentence number, Unicode code point
offsets (end exclusive), part-of-speech tag and BIO entity label. For
debugging and for pipelines.`,
		Example: `  newsnlp tokens story.txt | awk -F'\t' '$7 != "O"'`,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.inputs = args
			return tokensRun(cmd.Context(), opts)
		},
	}
	opts.input.register(cmd.Flags())
	opts.format.register(cmd.Flags())
	cmd.Flags().BoolVar(&opts.noPOS, "no-pos", false, "skip part-of-speech tagging (faster)")
	return cmd
}

func tokensRun(ctx context.Context, opts *tokensOptions) error {
	return articleRun(ctx, opts.Factory, opts.inputs, opts.input, opts.format, newsnlp.Options{Entities: true, POS: !opts.noPOS},
		func(d *nlp.Document) render.View { return render.TokensView{Doc: d} })
}

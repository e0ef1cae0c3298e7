package main

import (
	"github.com/newsnlp/newsnlp"
	"github.com/spf13/cobra"

	"github.com/newsnlp/newsnlp/internal/render"
)

type tokensOptions struct {
	input  inputFlags
	format formatFlag
	noPOS  bool
}

func newTokensCmd(f *Factory) *cobra.Command {
	opts := &tokensOptions{format: formatFlag{
		allowed: []render.Format{render.TSV, render.CSV, render.JSON, render.JSONL, render.Table, render.Text, render.Markdown},
		tty:     render.TSV, pipe: render.TSV,
	}}
	cmd := &cobra.Command{
		Use:   "tokens [FILE|URL|-]...",
		Short: "Print one token a line with offsets and tags (TSV)",
		Long: `Print every token of the story with its sentence number, Unicode code point
offsets (end exclusive), part-of-speech tag and BIO entity label. For
debugging and for pipelines.`,
		Example: `  newsnlp tokens story.txt | awk -F'\t' '$6 != "O"'`,
		RunE: func(cmd *cobra.Command, args []string) error {
			format, err := opts.format.resolve(f)
			if err != nil {
				return err
			}
			docs, failed, err := parseArticles(cmd.Context(), f, args, opts.input, newsnlp.Options{Entities: true, POS: !opts.noPOS})
			if err != nil {
				return err
			}
			views := make([]render.View, len(docs))
			for i, d := range docs {
				views[i] = render.TokensView{Doc: d}
			}
			if err := writeViews(f, format, views); err != nil {
				return err
			}
			return inputsExit(failed, len(docs)+failed)
		},
	}
	opts.input.register(cmd.Flags())
	opts.format.register(cmd.Flags())
	cmd.Flags().BoolVar(&opts.noPOS, "no-pos", false, "skip part-of-speech tagging (faster)")
	return cmd
}

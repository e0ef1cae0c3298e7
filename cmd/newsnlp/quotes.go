package main

import (
	"github.com/newsnlp/newsnlp"
	"github.com/spf13/cobra"

	"github.com/newsnlp/newsnlp/internal/render"
)

type quotesOptions struct {
	input  inputFlags
	format formatFlag
}

func newQuotesCmd(f *Factory) *cobra.Command {
	opts := &quotesOptions{format: formatFlag{allowed: render.Formats, tty: render.Table, pipe: render.TSV}}
	cmd := &cobra.Command{
		Use:   "quotes [FILE|URL|-]...",
		Short: "List who said what: the quotations in a story and their speakers",
		Long: `List every quotation in each article: direct quotes (in quotation marks of
any style, one quote even when its attribution interrupts it or it runs over
several paragraphs), indirect ones ("Smith said that ...", "according to the
ministry, ...") and mixed ones (reported with some words quoted), each with
the verb or phrase that reports it and its speaker. The speaker is tied to
the story's entity table: "he" is the person it stands for, "Marques" the
entity "Helena Marques"; an unnamed source ("a spokeswoman") keeps its
words as its name.

Only verbs of saying and writing report speech: "believes" and "wants" do
not. Quotation marks around a title, a nickname or a scare-quoted word are
not quotations.

JSON gives the content's Unicode code point offsets into the input (end
exclusive, without the quotation marks), the cue's and the speaker's.`,
		Example: `  newsnlp quotes story.txt
  newsnlp quotes --format json story.txt | jq '.quotes[] | select(.speaker.type == "PERSON")'
  curl -s https://example.com/story | newsnlp quotes --format csv > quotes.csv`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return quotesRun(cmd, f, opts, args)
		},
	}
	opts.input.register(cmd.Flags())
	opts.format.register(cmd.Flags())
	return cmd
}

func quotesRun(cmd *cobra.Command, f *Factory, opts *quotesOptions, args []string) error {
	format, err := opts.format.resolve(f)
	if err != nil {
		return err
	}
	docs, failed, err := parseArticles(cmd.Context(), f, args, opts.input, newsnlp.Options{Entities: true, Quotes: true})
	if err != nil {
		return err
	}
	views := make([]render.View, len(docs))
	for i, d := range docs {
		views[i] = render.QuotesView{Doc: d}
	}
	if err := writeViews(f, format, views); err != nil {
		return err
	}
	return inputsExit(failed, len(docs)+failed)
}

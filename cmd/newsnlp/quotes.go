package main

import (
	"context"
	"fmt"
	"runtime"

	"github.com/newsnlp/newsnlp"
	"github.com/spf13/cobra"
	"golang.org/x/sync/errgroup"

	"github.com/newsnlp/newsnlp/internal/batch"
	"github.com/newsnlp/newsnlp/internal/render"
	"github.com/newsnlp/newsnlp/source"
)

type quotesOptions struct {
	input  inputFlags
	format formatFlag
}

func newQuotesCmd(f *Factory) *cobra.Command {
	opts := &quotesOptions{format: formatFlag{allowed: render.Formats, tty: render.Table, pipe: render.TSV}}
	cmd := &cobra.Command{
		Use:   "quotes [FILE|URL|-|DIR]...",
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
exclusive, without the quotation marks), the cue's and the speaker's.

Given a folder, it reads every story under it (as "newsnlp batch" does), in
path order, with a source column in csv and tsv.`,
		Example: `  newsnlp quotes story.txt
  newsnlp quotes --format json story.txt | jq '.quotes[] | select(.speaker.type == "PERSON")'
  curl -s https://example.com/story | newsnlp quotes --format csv > quotes.csv
  newsnlp quotes archive/ --format tsv > who-said-what.tsv`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return quotesRun(cmd.Context(), f, opts, args)
		},
	}
	opts.input.register(cmd.Flags())
	opts.format.register(cmd.Flags())
	return cmd
}

func quotesRun(ctx context.Context, f *Factory, opts *quotesOptions, args []string) error {
	format, err := opts.format.resolve(f)
	if err != nil {
		return err
	}
	if len(args) == 0 {
		args = []string{"-"}
	}
	names, walkFailed := expandFolders(f, args)
	views, failed, err := quotesViews(ctx, f, names, opts.input)
	if err != nil {
		return err
	}
	failed += walkFailed
	if err := writeViews(f, format, views); err != nil {
		return err
	}
	return inputsExit(failed, len(views)+failed)
}

// expandFolders replaces each folder among args by the stories under it,
// in path order, as batch walks them; files that are never stories are
// left out with a note on stderr. It returns the inputs and the number of
// folders or entries that could not be read (each reported on stderr).
func expandFolders(f *Factory, args []string) ([]string, int) {
	if !dirArgs(args) {
		return args, 0
	}
	notStory := &notStories{}
	var names []string
	failed := 0
	for j := range batch.Walk(args, batch.Filter{}, notStory.add) {
		if j.Err != nil {
			failed++
			fmt.Fprintf(f.IO.ErrOut, "newsnlp: %s\n", oneLine(j.Err.Error()))
			continue
		}
		names = append(names, j.Path)
	}
	notStory.report(f.IO.ErrOut)
	return names, failed
}

// quotesViews parses every input, as many at once as there are CPUs, and
// returns the views of those that worked in input order, with the number
// that failed (each reported on stderr). A view holds the quotes only, so
// a folder of thousands of stories stays small.
func quotesViews(ctx context.Context, f *Factory, names []string, in inputFlags) ([]render.View, int, error) {
	parser, err := f.Parser()
	if err != nil {
		return nil, 0, &exitError{code: exitFailure, err: err}
	}
	views := make([]render.View, len(names))
	errs := make([]error, len(names))
	g, gctx := errgroup.WithContext(ctx)
	jobs := runtime.NumCPU()
	if len(names) == 1 || containsStdin(names) {
		jobs = 1 // standard input is read once, in order
	}
	g.SetLimit(jobs)
	for i, name := range names {
		g.Go(func() error {
			doc, err := parseOne(gctx, f, parser, name, in, newsnlp.Options{Entities: true, Quotes: true})
			if err != nil {
				errs[i] = err
				return nil
			}
			views[i] = render.NewQuotesView(doc)
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return nil, 0, err
	}
	if err := ctx.Err(); err != nil {
		return nil, 0, err
	}
	out := views[:0]
	failed := 0
	for i, v := range views {
		if errs[i] != nil {
			failed++
			fmt.Fprintf(f.IO.ErrOut, "newsnlp: %s\n", oneLine(errs[i].Error()))
			continue
		}
		out = append(out, v)
	}
	return out, failed, nil
}

func containsStdin(names []string) bool {
	for _, n := range names {
		if n == "-" || source.IsURL(n) {
			return true
		}
	}
	return false
}

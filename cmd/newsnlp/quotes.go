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
	*Factory
	inputs []string
	input  inputFlags
	format formatFlag
}

func newQuotesCmd(f *Factory) *cobra.Command {
	opts := &quotesOptions{Factory: f, format: formatFlag{allowed: render.PageFormats, tty: render.Table, pipe: render.TSV}}
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
			opts.inputs = args
			return quotesRun(cmd.Context(), opts)
		},
	}
	opts.input.register(cmd.Flags())
	opts.format.register(cmd.Flags())
	return cmd
}

func quotesRun(ctx context.Context, opts *quotesOptions) error {
	f, args := opts.Factory, opts.inputs
	if err := opts.input.check(); err != nil {
		return err
	}
	format, err := opts.format.resolve(f)
	if err != nil {
		return err
	}
	if len(args) == 0 {
		args = []string{"-"}
	}
	names, walkFailed := expandFolders(f, args)
	views, failed, err := quotesViews(ctx, f, names, opts.input, format == render.HTML)
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
// in path order, as batch walks them; files that are never stories and
// hidden ones are left out with a note on stderr. It returns the inputs and
// the number of folders or entries that could not be read (each reported
// on stderr).
func expandFolders(f *Factory, args []string) ([]string, int) {
	if !dirArgs(args) {
		return args, 0
	}
	jobs := batch.NewJobs(batch.JobsOptions{Roots: args})
	var names []string
	failed := 0
	for j := range jobs.All() {
		if j.Err != nil {
			failed++
			f.message("%s", oneLine(j.Err.Error()))
			continue
		}
		names = append(names, j.Path)
	}
	if note := jobs.LeftOut(); note != "" {
		f.message("%s", note)
	}
	return names, failed
}

// quotesViews parses every input, as many at once as there are CPUs, and
// returns the views of those that worked in input order, with the number
// that failed (each reported on stderr). A view holds the quotes only, so
// a folder of thousands of stories stays small; with pages, for --format
// html, it keeps its document.
func quotesViews(ctx context.Context, f *Factory, names []string, in inputFlags, pages bool) ([]render.View, int, error) {
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
			if pages {
				views[i] = render.NewQuotesPageView(doc)
			} else {
				views[i] = render.NewQuotesView(doc)
			}
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

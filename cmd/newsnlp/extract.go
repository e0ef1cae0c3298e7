package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/newsnlp/newsnlp"

	"github.com/spf13/cobra"

	"github.com/newsnlp/newsnlp/extract"
	"github.com/newsnlp/newsnlp/internal/render"
)

type extractOptions struct {
	*Factory
	inputs []string
	input  inputFlags
	format formatFlag
}

func newExtractCmd(f *Factory) *cobra.Command {
	opts := &extractOptions{Factory: f, format: formatFlag{allowed: []render.Format{render.Text, render.JSON, render.JSONL}, tty: render.Text, pipe: render.Text}}
	cmd := &cobra.Command{
		Use:   "extract [FILE|URL|-]...",
		Short: "Print the main text of an HTML page or scraped text",
		Long: `Print each article's main text: the title line, a blank line, then the
story's paragraphs. HTML pages (told by their content) go through a
Readability extractor; scraped plain text loses its page furniture
(breadcrumbs, bylines, share buttons, comment forms, "You may also like").

With --format json or jsonl each article is {"source","title","byline","date","text"}.`,
		Example: `  newsnlp extract page.html
  curl -s https://example.com/story | newsnlp extract --format json
  newsnlp extract https://example.com/story scraped.txt`,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.inputs = args
			return extractRun(cmd.Context(), opts)
		},
	}
	opts.input.register(cmd.Flags())
	opts.format.register(cmd.Flags())
	return cmd
}

func extractRun(ctx context.Context, opts *extractOptions) error {
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
	var views []render.View
	failed := 0
	for _, name := range args {
		if err := ctx.Err(); err != nil {
			return err
		}
		art, err := extractOne(ctx, f, name, opts.input)
		if err != nil && ctx.Err() != nil {
			return ctx.Err() // interrupted, not a bad input
		}
		if err != nil {
			failed++
			fmt.Fprintf(f.IO.ErrOut, "newsnlp: %s\n", oneLine(err.Error()))
			continue
		}
		views = append(views, extractView{source: name, art: art})
	}
	if err := writeViews(f, format, views); err != nil {
		return err
	}
	return inputsExit(failed, len(args))
}

// extractOne reads one input and returns its main text.
func extractOne(ctx context.Context, f *Factory, name string, in inputFlags) (*extract.Article, error) {
	src, _, err := readSource(ctx, f, name, in)
	if err != nil {
		return nil, err
	}
	art, err := articleOf(src)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return art, nil
}

// articleOf finds the article in a decoded source, HTML or plain text.
func articleOf(src newsnlp.Source) (*extract.Article, error) {
	if src.HTML {
		return extract.HTML(strings.NewReader(src.Text), src.URL)
	}
	art := extract.Story(src.Text)
	if strings.TrimSpace(art.Text) == "" && art.Title == "" {
		return nil, extract.ErrNoText
	}
	return art, nil
}

// articleText is what `newsnlp extract` prints for an article: the title
// line, a blank line, then the text.
func articleText(art *extract.Article) string {
	if art.Title == "" {
		return art.Text
	}
	if art.Text == "" {
		return art.Title
	}
	return art.Title + "\n\n" + art.Text
}

// extractView prints one extracted article.
type extractView struct {
	source string
	art    *extract.Article
}

// extractJSON is what `extract --format json` prints per article.
type extractJSON struct {
	Source string `json:"source"`
	Title  string `json:"title"`
	Byline string `json:"byline"`
	Date   string `json:"date"`
	Text   string `json:"text"`
}

func (v extractView) Source() string { return v.source }

func (v extractView) JSON() any {
	return extractJSON{Source: v.source, Title: v.art.Title, Byline: v.art.Byline, Date: v.art.Date, Text: v.art.Text}
}

func (v extractView) Grid() render.Grid {
	return render.Grid{Header: []string{"field", "value"}, Rows: [][]string{
		{"title", v.art.Title}, {"byline", v.art.Byline}, {"date", v.art.Date}, {"text", v.art.Text},
	}}
}

func (v extractView) WriteText(w io.Writer) error {
	_, err := fmt.Fprintln(w, articleText(v.art))
	return err
}

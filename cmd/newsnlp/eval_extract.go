package main

import (
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/newsnlp/newsnlp"

	"github.com/spf13/cobra"

	"github.com/newsnlp/newsnlp/internal/eval"
	"github.com/newsnlp/newsnlp/internal/render"
)

type evalExtractOptions struct {
	*Factory
	files   []string
	format  formatFlag
	limit   int
	verbose bool
}

func newEvalExtractCmd(f *Factory) *cobra.Command {
	opts := &evalExtractOptions{Factory: f, format: formatFlag{allowed: []render.Format{render.Table, render.JSON, render.JSONL, render.TSV, render.CSV, render.Markdown}, tty: render.Table, pipe: render.TSV}}
	cmd := &cobra.Command{
		Use:   "extract FILE.jsonl[.gz]...",
		Short: "Score HTML main-text extraction by token F1",
		Long: `Run the HTML extractor on labelled pages and print the mean token precision,
recall and F1 of what 'newsnlp extract' prints (title, blank line, text)
against the gold main text, per file.

Each line of FILE is a JSON object with "html" (the page) and "text" (the
gold main text); "url" is used when present. Tokens are lower-cased runs of
letters and digits, compared as bags; pages with empty gold text are skipped.`,
		Example: `  newsnlp eval extract ../shared/data/boilerplate/l3s-gn1-google-news.jsonl.gz`,
		Args:    usageArgs(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.files = args
			return evalExtractRun(cmd.Context(), opts)
		},
	}
	opts.format.register(cmd.Flags())
	cmd.Flags().IntVar(&opts.limit, "limit", 0, "score only the first N pages of each file (0: all)")
	cmd.Flags().BoolVarP(&opts.verbose, "verbose", "v", false, "print each page's id, precision, recall and F1 to stderr")
	return cmd
}

func evalExtractRun(ctx context.Context, opts *evalExtractOptions) error {
	f := opts.Factory
	format, err := opts.format.resolve(f)
	if err != nil {
		return err
	}
	var scores extractScoresView
	for _, path := range opts.files {
		var each eval.PageScore
		if opts.verbose {
			each = func(p eval.ExtractPage, pr, rc, f1 float64, err error) {
				msg := ""
				if err != nil {
					msg = "\t" + oneLine(err.Error())
				}
				fmt.Fprintf(f.IO.ErrOut, "%s\t%.3f\t%.3f\t%.3f%s\n", p.ID, pr, rc, f1, msg)
			}
		}
		s, err := scoreExtractFile(ctx, path, opts.limit, each)
		if err != nil {
			return &exitError{code: exitFailure, err: err}
		}
		scores = append(scores, extractScoreView{file: path, score: s})
	}
	return writeViews(f, format, []render.View{scores})
}

func scoreExtractFile(ctx context.Context, path string, limit int, each eval.PageScore) (eval.ExtractScore, error) {
	fh, err := os.Open(path)
	if err != nil {
		return eval.ExtractScore{}, fmt.Errorf("%s: %w", path, unwrapPath(err))
	}
	defer fh.Close()
	var r io.Reader = fh
	if strings.HasSuffix(path, ".gz") {
		gz, err := gzip.NewReader(fh)
		if err != nil {
			return eval.ExtractScore{}, fmt.Errorf("%s: %w", path, err)
		}
		r = gz
	}
	extractor := func(_ context.Context, page eval.ExtractPage) (string, error) {
		art, err := articleOf(newsnlp.Source{Name: page.ID, Text: page.HTML, HTML: true, URL: page.URL})
		if err != nil {
			return "", err
		}
		return articleText(art), nil
	}
	s, err := eval.ScoreExtraction(ctx, r, extractor, limit, each)
	if err != nil {
		return s, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

func unwrapPath(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}

// extractScoreView is one file's score.
type extractScoreView struct {
	file  string
	score eval.ExtractScore
}

// extractScoresView prints every file's score as one table.
type extractScoresView []extractScoreView

func (v extractScoresView) Source() string { return "eval extract" }

func (v extractScoresView) JSON() any {
	type row struct {
		File string `json:"file"`
		eval.ExtractScore
	}
	out := make([]row, len(v))
	for i, s := range v {
		out[i] = row{File: filepath.Base(s.file), ExtractScore: s.score}
	}
	return out
}

func (v extractScoresView) Grid() render.Grid {
	g := render.Grid{Header: []string{"file", "pages", "failed", "precision", "recall", "f1", "ms_per_page"}}
	for _, s := range v {
		g.Rows = append(g.Rows, []string{filepath.Base(s.file), strconv.Itoa(s.score.Pages), strconv.Itoa(s.score.Failed),
			fmt.Sprintf("%.4f", s.score.Precision), fmt.Sprintf("%.4f", s.score.Recall), fmt.Sprintf("%.4f", s.score.F1),
			fmt.Sprintf("%.1f", s.score.MsPerPage)})
	}
	return g
}

func (v extractScoresView) WriteText(w io.Writer) error {
	for _, r := range v.Grid().Rows {
		if _, err := fmt.Fprintln(w, strings.Join(r, "\t")); err != nil {
			return err
		}
	}
	return nil
}

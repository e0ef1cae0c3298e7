package main

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/newsnlp/newsnlp"
	"github.com/newsnlp/newsnlp/internal/eval"
	"github.com/newsnlp/newsnlp/internal/render"
	"github.com/newsnlp/newsnlp/nlp"
	"github.com/newsnlp/newsnlp/source"
	"github.com/newsnlp/newsnlp/summarize"
)

type evalBoilerplateOptions struct {
	format formatFlag
	files  []string
	limit  int // score only the first N pages of each file, 0 for all
}

func newEvalBoilerplateCmd(f *Factory) *cobra.Command {
	opts := &evalBoilerplateOptions{format: formatFlag{allowed: []render.Format{render.Table, render.JSON, render.JSONL, render.TSV, render.CSV, render.Markdown}, tty: render.Table, pipe: render.TSV}}
	cmd := &cobra.Command{
		Use:   "boilerplate FILE.jsonl[.gz]...",
		Short: "Score how much of scraped pages' furniture reaches entities and summaries",
		Long: `Run each page of FILE through the path 'newsnlp entities' and 'newsnlp
summarize' take with a file, and count per file:

  clean           pages on which no word of the furniture is in an
                  entity's mention or a summary sentence (3 sentences)
  text_clean      pages whose story regions hold no word of the furniture
  story_kept      the story's words kept in its regions
  mention_recall  the entity names of the clean story (its title and
                  paragraphs alone) that the page's entity table has too

Each line of FILE is a JSON object {"id", "text", "title", "body",
"furniture": [[start, end], ...]}: the page, the story's title and its
paragraphs (separated by blank lines) as they appear in the page, and the
furniture's spans in code points, end exclusive. The red-team pages of
extract/redteam_test.go are written in this form by
'NEWSNLP_REDTEAM_OUT=DIR go test ./extract -run TestRedTeamWrite'.`,
		Example: `  NEWSNLP_REDTEAM_OUT=/tmp/redteam go test ./extract -run TestRedTeamWrite
  newsnlp eval boilerplate /tmp/redteam/*.jsonl`,
		Args: usageArgs(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			if opts.limit < 0 {
				return usageError("eval boilerplate: --limit must not be negative")
			}
			opts.files = args
			return evalBoilerplateRun(cmd.Context(), f, opts)
		},
	}
	opts.format.register(cmd.Flags())
	cmd.Flags().IntVar(&opts.limit, "limit", 0, "score only the first N pages of each file (0: all)")
	return cmd
}

func evalBoilerplateRun(ctx context.Context, f *Factory, opts *evalBoilerplateOptions) error {
	format, err := opts.format.resolve(f)
	if err != nil {
		return err
	}
	parser, err := f.Parser()
	if err != nil {
		return &exitError{code: exitFailure, err: err}
	}
	analyze := func(ctx context.Context, p eval.DressedPage) (eval.DressedResult, error) {
		page, err := parseText(ctx, parser, p.ID, p.Text)
		if err != nil {
			return eval.DressedResult{}, err
		}
		var summary []nlp.Span
		for _, s := range summarize.Extract(page, summarize.Options{Sentences: summarize.DefaultSentences}) {
			summary = append(summary, s.Span)
		}
		story, err := parseText(ctx, parser, p.ID+" (story)", p.Title+"\n\n"+p.Body)
		if err != nil {
			return eval.DressedResult{}, err
		}
		return eval.DressedResult{Page: page, Summary: summary, Story: story}, nil
	}
	var scores boilerplateScoresView
	for _, path := range opts.files {
		pages, err := eval.ReadDressedFile(path)
		if err != nil {
			return &exitError{code: exitFailure, err: fmt.Errorf("eval boilerplate: %w", err)}
		}
		if opts.limit > 0 && opts.limit < len(pages) {
			pages = pages[:opts.limit]
		}
		s, err := eval.ScoreBoilerplate(ctx, pages, analyze)
		if err != nil {
			return err
		}
		scores = append(scores, boilerplateScoreView{file: path, score: s})
	}
	return writeViews(f, format, []render.View{scores})
}

// parseText runs a text through the path a command takes with a file:
// decoding, HTML detection and the pipeline with entities.
func parseText(ctx context.Context, p *newsnlp.Parser, name, text string) (*nlp.Document, error) {
	src, _, err := newsnlp.SourceFromInput(&source.Input{Name: name, Data: []byte(text)})
	if err != nil {
		return nil, err
	}
	return p.Parse(ctx, src, newsnlp.Options{Entities: true})
}

// boilerplateScoreView is one file's score.
type boilerplateScoreView struct {
	file  string
	score eval.BoilerplateScore
}

// boilerplateScoresView prints every file's score as one table.
type boilerplateScoresView []boilerplateScoreView

func (v boilerplateScoresView) Source() string { return "eval boilerplate" }

func (v boilerplateScoresView) JSON() any {
	type row struct {
		File string `json:"file"`
		eval.BoilerplateScore
	}
	out := make([]row, len(v))
	for i, s := range v {
		out[i] = row{File: filepath.Base(s.file), BoilerplateScore: s.score}
	}
	return out
}

func (v boilerplateScoresView) Grid() render.Grid {
	g := render.Grid{Header: []string{"file", "pages", "failed", "clean", "text_clean", "story_kept", "mention_recall"}}
	for _, s := range v {
		g.Rows = append(g.Rows, []string{filepath.Base(s.file), strconv.Itoa(s.score.Pages), strconv.Itoa(s.score.Failed),
			fmt.Sprintf("%.3f", s.score.Clean), fmt.Sprintf("%.3f", s.score.TextClean),
			fmt.Sprintf("%.3f", s.score.StoryKept), fmt.Sprintf("%.3f", s.score.MentionRecall)})
	}
	return g
}

func (v boilerplateScoresView) WriteText(w io.Writer) error {
	for _, r := range v.Grid().Rows {
		if _, err := fmt.Fprintln(w, strings.Join(r, "\t")); err != nil {
			return err
		}
	}
	return nil
}

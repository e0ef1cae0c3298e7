package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/newsnlp/newsnlp"
	"github.com/spf13/cobra"

	"github.com/newsnlp/newsnlp/internal/eval"
	"github.com/newsnlp/newsnlp/internal/render"
	"github.com/newsnlp/newsnlp/source"
)

type evalQuotesOptions struct {
	gold     string
	articles string // texts for a set that keeps them apart
	limit    int    // score only the first N articles, 0 for all
	show     int    // list up to N misses and N spurious quotes
}

func newEvalQuotesCmd(f *Factory) *cobra.Command {
	opts := &evalQuotesOptions{}
	cmd := &cobra.Command{
		Use:   "quotes FILE.jsonl[.gz]",
		Short: "Score quotation extraction on PolNeAR-format data",
		Long: `Run 'newsnlp quotes' on every labelled article and score the quotations it
finds against the gold ones, as ../shared/tools/quote_score.py does:

  content   predicted and gold contents matched one to one, greedily, by
            character overlap (intersection over the span covering both)
            of at least 0.5; precision, recall and F1. The exact row
            matches identical spans once both are trimmed of white space,
            quotation marks, end punctuation and a leading "that".
  direct    recall of the gold direct quotes.
  speaker   over matched quotes whose gold names a speaker: the predicted
            speaker's mention overlaps the gold one.

Gold attributions whose cue is not a verb or phrase of saying or writing
(PolNeAR also marks beliefs and plans: "wants", "plans") are left out of
recall, and a prediction matched to one is not counted either way.

FILE holds one article a line: PolNeAR as converted in ../shared/data/quotes
({"id", "text", "quotes": [{"content": {"start","end"}, "speaker": ...,
"cue": ..., "kind"}]}, code point offsets), or {"id", "quotes":
[{"content_start", "content_end", "kind", "speaker" (canonical name),
"speaker_mention_start", "speaker_mention_end"}]} with the texts in
--articles, which also scores the speaker's canonical name.`,
		Example: `  newsnlp eval quotes ../shared/data/quotes/polnear-dev.jsonl.gz
  newsnlp eval quotes --show 20 ../shared/data/quotes/polnear-dev.jsonl.gz`,
		Args: usageArgs(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			if opts.limit < 0 || opts.show < 0 {
				return usageError("eval quotes: --limit and --show must not be negative")
			}
			opts.gold = args[0]
			return evalQuotesRun(cmd.Context(), f, opts)
		},
	}
	cmd.Flags().StringVar(&opts.articles, "articles", "", "JSONL {\"id\",\"text\"} file with the texts of a set that keeps them apart")
	cmd.Flags().IntVar(&opts.limit, "limit", 0, "score only the first N articles (0: all)")
	cmd.Flags().IntVar(&opts.show, "show", 0, "list up to N missed and N spurious quotations after the scores")
	return cmd
}

func evalQuotesRun(ctx context.Context, f *Factory, opts *evalQuotesOptions) error {
	var articles map[string]string
	if opts.articles != "" {
		var err error
		if articles, err = eval.ReadArticlesFile(opts.articles); err != nil {
			return fmt.Errorf("eval quotes: %w", err)
		}
	}
	docs, err := eval.ReadQuoteFile(opts.gold, articles)
	if err != nil {
		return fmt.Errorf("eval quotes: %w", err)
	}
	if opts.limit > 0 && opts.limit < len(docs) {
		docs = docs[:opts.limit]
	}
	parser, err := f.Parser()
	if err != nil {
		return err
	}
	sc := eval.NewQuoteScores()
	for i, d := range docs {
		if err := ctx.Err(); err != nil {
			return err
		}
		name := d.ID
		if name == "" {
			name = fmt.Sprintf("%s#%d", opts.gold, i+1)
		}
		pred, err := predictQuotes(ctx, parser, name, d.Text)
		if err != nil {
			sc.Failed++
			fmt.Fprintf(f.IO.ErrOut, "newsnlp: %s\n", oneLine(err.Error()))
		}
		sc.AddDoc(d, pred)
	}
	if err := sc.Write(f.IO.Out); err != nil {
		return err
	}
	if opts.show > 0 {
		return writeQuoteErrors(f.IO.Out, sc, opts.show)
	}
	return nil
}

// predictQuotes runs an article's text through the path 'newsnlp quotes'
// takes with a file (decoding, HTML detection, the pipeline, the JSON
// view), so that the offsets scored are the ones users get.
func predictQuotes(ctx context.Context, p *newsnlp.Parser, name, text string) ([]eval.PredQuote, error) {
	src, _, err := newsnlp.SourceFromInput(&source.Input{Name: name, Data: []byte(text)})
	if err != nil {
		return nil, err
	}
	doc, err := p.Parse(ctx, src, newsnlp.Options{Entities: true, Quotes: true})
	if err != nil {
		return nil, err
	}
	qs := render.Quotes(doc)
	out := make([]eval.PredQuote, len(qs))
	for i, q := range qs {
		out[i] = eval.PredQuote{Start: q.Start, End: q.End, Kind: string(q.Kind)}
		if sp := q.Speaker; sp != nil {
			out[i].Mention = &[2]int{sp.Start, sp.End}
			if sp.Name != nil {
				out[i].SpeakerName = *sp.Name
			}
		}
	}
	return out, nil
}

func writeQuoteErrors(w io.Writer, sc *eval.QuoteScores, n int) error {
	var b strings.Builder
	list := func(title string, errs []eval.QuoteError) {
		fmt.Fprintf(&b, "\n%s (%d):\n", title, len(errs))
		for i, e := range errs {
			if i == n {
				break
			}
			fmt.Fprintf(&b, "%s\t%d-%d\t%s\t%s\n", e.Doc, e.Start, e.End, e.Kind, oneLineText(e.Text))
		}
	}
	list("missed", sc.Misses)
	list("spurious", sc.Spurious)
	_, err := io.WriteString(w, b.String())
	return err
}

var lineBreaks = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ", "\t", " ")

func oneLineText(s string) string { return lineBreaks.Replace(s) }

package summarize_test

import (
	"context"
	"strings"
	"testing"

	"github.com/newsnlp/newsnlp"
	"github.com/newsnlp/newsnlp/source"
	"github.com/newsnlp/newsnlp/summarize"
)

// FuzzExtract summarizes any parsed input at any length: sentences come in
// article order, each slicing the text inside its sentence, never the
// title; a word budget is never exceeded; a sentence count never either.
func FuzzExtract(f *testing.F) {
	f.Add([]byte(story), uint8(3), uint8(0), uint8(0))
	f.Add([]byte(story), uint8(0), uint8(5), uint8(0))
	f.Add([]byte(story), uint8(0), uint8(0), uint8(50))
	f.Add([]byte("One sentence only, with no full stop"), uint8(2), uint8(1), uint8(0))
	f.Add([]byte("Share this:\nFacebook\nTwitter\n\nAdvertisement\n\nRead more: x"), uint8(1), uint8(0), uint8(100))
	parser, err := newsnlp.DefaultParser()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte, sentences, words, ratio uint8) {
		src, _, err := newsnlp.SourceFromInput(&source.Input{Name: "fuzz", Data: data})
		if err != nil {
			return
		}
		doc, err := parser.Parse(context.Background(), src, newsnlp.Options{Entities: true})
		if err != nil {
			return
		}
		opts := summarize.Options{Sentences: int(sentences % 8), Words: int(words % 64)}
		if ratio%101 > 0 {
			opts = summarize.Options{Ratio: float64(ratio%101) / 100}
		}
		sum := summarize.Extract(doc, opts)
		total := 0
		for i, s := range sum {
			if s.Index < 0 || s.Index >= len(doc.Sentences) || i > 0 && s.Index <= sum[i-1].Index {
				t.Fatalf("sentence %d has index %d", i, s.Index)
			}
			sent := doc.Sentences[s.Index]
			if !sent.Contains(s.Span) || s.Start != sent.Start || doc.Text[s.Start:s.End] != s.Text {
				t.Fatalf("sentence %d %v does not slice the text inside its sentence %v", i, s.Span, sent.Span)
			}
			if sent.Title {
				t.Fatalf("the title was chosen: %q", s.Text)
			}
			total += len(strings.Fields(s.Text))
		}
		if opts.Words > 0 && total > opts.Words {
			t.Fatalf("--words %d gave %d words", opts.Words, total)
		}
		if opts.Words == 0 && opts.Ratio == 0 && len(sum) > max(opts.Sentences, 1) && !(opts.Sentences == 0 && len(sum) <= summarize.DefaultSentences) {
			t.Fatalf("--sentences %d gave %d", opts.Sentences, len(sum))
		}
		summarize.OfflineHeadline(doc, sum)
		summarize.NewHeadlineInput(doc, sum)
	})
}

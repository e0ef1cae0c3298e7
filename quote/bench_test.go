package quote_test

import (
	"context"
	"testing"

	"github.com/newsnlp/newsnlp"
	"github.com/newsnlp/newsnlp/internal/cputime"
	"github.com/newsnlp/newsnlp/internal/eval"
	"github.com/newsnlp/newsnlp/internal/shareddata"
	"github.com/newsnlp/newsnlp/nlp"
	"github.com/newsnlp/newsnlp/quote"
)

// BenchmarkFind runs the quote stage alone on PolNeAR's dev articles,
// parsed once with entities beforehand.
func BenchmarkFind(b *testing.B) {
	gold, err := eval.ReadQuoteFile(shareddata.Path(b, "data/quotes/polnear-dev.jsonl.gz"), nil)
	if err != nil {
		b.Fatal(err)
	}
	p, err := newsnlp.DefaultParser()
	if err != nil {
		b.Fatal(err)
	}
	docs := make([]*nlp.Document, len(gold))
	n := 0
	for i, g := range gold {
		if docs[i], err = p.Parse(context.Background(), newsnlp.Source{Name: g.ID, Text: g.Text}, newsnlp.Options{Entities: true}); err != nil {
			b.Fatal(err)
		}
		n += len(g.Text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	cpu := cputime.Now()
	for b.Loop() {
		for _, d := range docs {
			quote.Find(d)
		}
	}
	// Wall time overstates the cost on a shared machine: report MB per CPU second too.
	b.ReportMetric(float64(n)*float64(b.N)/(cputime.Now()-cpu).Seconds()/1e6, "MB/cpu-s")
}

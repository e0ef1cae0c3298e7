package newsnlp_test

import (
	"context"
	"testing"

	"github.com/newsnlp/newsnlp"
	"github.com/newsnlp/newsnlp/internal/cputime"
	"github.com/newsnlp/newsnlp/internal/eval"
	"github.com/newsnlp/newsnlp/internal/shareddata"
)

// BenchmarkQuotes compares the pipeline with entities to the same with
// quotations, on PolNeAR's dev articles (US political news, many quotes):
// what the quote stage adds to `newsnlp entities`.
func BenchmarkQuotes(b *testing.B) {
	docs, err := eval.ReadQuoteFile(shareddata.Path(b, "data/quotes/polnear-dev.jsonl.gz"), nil)
	if err != nil {
		b.Fatal(err)
	}
	p, err := newsnlp.DefaultParser()
	if err != nil {
		b.Fatal(err)
	}
	n := 0
	for _, d := range docs {
		n += len(d.Text)
	}
	for _, c := range []struct {
		name string
		opts newsnlp.Options
	}{{"entities", newsnlp.Options{Entities: true}}, {"entities+quotes", newsnlp.Options{Entities: true, Quotes: true}}} {
		b.Run(c.name, func(b *testing.B) {
			ctx := context.Background()
			b.SetBytes(int64(n))
			b.ReportAllocs()
			cpu := cputime.Now()
			for b.Loop() {
				for _, d := range docs {
					if _, err := p.Parse(ctx, newsnlp.Source{Name: d.ID, Text: d.Text}, c.opts); err != nil {
						b.Fatal(err)
					}
				}
			}
			b.ReportMetric(float64(n)*float64(b.N)/(cputime.Now()-cpu).Seconds()/1e6, "MB/cpu-s")
		})
	}
}

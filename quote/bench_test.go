package quote_test

import (
	"compress/gzip"
	"context"
	"encoding/json"
	"io"
	"os"
	"testing"

	"github.com/newsnlp/newsnlp"
	"github.com/newsnlp/newsnlp/internal/cputime"
	"github.com/newsnlp/newsnlp/internal/shareddata"
	"github.com/newsnlp/newsnlp/nlp"
	"github.com/newsnlp/newsnlp/quote"
)

// BenchmarkFind runs the quote stage alone on PolNeAR's dev articles,
// parsed once with entities beforehand.
func BenchmarkFind(b *testing.B) {
	f, err := os.Open(shareddata.Path(b, "data/quotes/polnear-dev.jsonl.gz"))
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		b.Fatal(err)
	}
	p, err := newsnlp.DefaultParser()
	if err != nil {
		b.Fatal(err)
	}
	var docs []*nlp.Document
	n := 0
	dec := json.NewDecoder(gz)
	for {
		var d struct{ Text string }
		if err := dec.Decode(&d); err == io.EOF {
			break
		} else if err != nil {
			b.Fatal(err)
		}
		doc, err := p.Parse(context.Background(), newsnlp.Source{Name: "bench", Text: d.Text}, newsnlp.Options{Entities: true})
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, doc)
		n += len(d.Text)
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

package newsnlp

import (
	"compress/gzip"
	"context"
	"encoding/json"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/newsnlp/newsnlp/internal/cputime"

	"github.com/newsnlp/newsnlp/internal/shareddata"
	"github.com/newsnlp/newsnlp/ner"
)

// BenchmarkParseEntities runs the whole pipeline with entities (segment,
// tokenize, tag, group) over CoNLL-2003 dev stories rebuilt as text.
func BenchmarkParseEntities(b *testing.B) {
	docs, err := ner.ReadCoNLLFile(shareddata.Path(b, "data/ner/conll2003-dev.conll.gz"))
	if err != nil {
		b.Fatal(err)
	}
	var texts []string
	n := 0
	for _, d := range docs {
		var sb strings.Builder
		for _, s := range d {
			sb.WriteString(strings.Join(s.Words, " "))
			sb.WriteString("\n\n")
		}
		texts = append(texts, sb.String())
		n += sb.Len()
	}
	p, err := DefaultParser()
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.SetBytes(int64(n))
	b.ReportAllocs()
	cpu := cputime.Now()
	for b.Loop() {
		for _, t := range texts {
			if _, err := p.Parse(ctx, Source{Name: "bench", Text: t}, Options{Entities: true}); err != nil {
				b.Fatal(err)
			}
		}
	}
	// Wall time overstates the cost on a shared machine: report MB per CPU second too.
	b.ReportMetric(float64(n)*float64(b.N)/(cputime.Now()-cpu).Seconds()/1e6, "MB/cpu-s")
}

// BenchmarkQuotes compares the pipeline with entities to the same with
// quotations, on PolNeAR's dev articles (US political news, many quotes):
// what the quote stage adds to `newsnlp entities`.
func BenchmarkQuotes(b *testing.B) {
	texts := polnearTexts(b, "data/quotes/polnear-dev.jsonl.gz")
	p, err := DefaultParser()
	if err != nil {
		b.Fatal(err)
	}
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	for _, c := range []struct {
		name string
		opts Options
	}{{"entities", Options{Entities: true}}, {"entities+quotes", Options{Entities: true, Quotes: true}}} {
		b.Run(c.name, func(b *testing.B) {
			ctx := context.Background()
			b.SetBytes(int64(n))
			b.ReportAllocs()
			cpu := cputime.Now()
			for b.Loop() {
				for _, t := range texts {
					if _, err := p.Parse(ctx, Source{Name: "bench", Text: t}, c.opts); err != nil {
						b.Fatal(err)
					}
				}
			}
			b.ReportMetric(float64(n)*float64(b.N)/(cputime.Now()-cpu).Seconds()/1e6, "MB/cpu-s")
		})
	}
}

// polnearTexts reads the article texts of a PolNeAR JSONL file in
// ../shared, skipping the benchmark when it is absent.
func polnearTexts(b *testing.B, rel string) []string {
	f, err := os.Open(shareddata.Path(b, rel))
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		b.Fatal(err)
	}
	var texts []string
	dec := json.NewDecoder(gz)
	for {
		var d struct{ Text string }
		if err := dec.Decode(&d); err == io.EOF {
			break
		} else if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, d.Text)
	}
	return texts
}

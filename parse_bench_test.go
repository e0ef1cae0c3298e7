package newsnlp

import (
	"context"
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

package batch

import (
	"testing"

	"github.com/jdkato/prose/v2"

	"github.com/newsnlp/newsnlp/internal/batch/corpus"
	"github.com/newsnlp/newsnlp/internal/shareddata"
)

// BenchmarkProseBaseline is the comparison point for BenchmarkBatch: prose
// v2, its model loaded once, tagging and extracting entities from the same
// 600 stories on one goroutine (HTML pages as their gold main text, so
// prose does no HTML work). Compare with BenchmarkBatch/jobs=1.
func BenchmarkProseBaseline(b *testing.B) {
	shareddata.Path(b, corpus.BBC)
	texts, err := corpus.Texts(shareddata.Dir(), corpus.Options{})
	if err != nil {
		b.Fatal(err)
	}
	var size int64
	for _, t := range texts {
		size += int64(len(t))
	}
	model := prose.ModelFromData("default")
	b.SetBytes(size)
	b.ResetTimer()
	for b.Loop() {
		for _, t := range texts {
			if _, err := prose.NewDocument(t, prose.UsingModel(model), prose.WithSegmentation(false)); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.N*len(texts))/b.Elapsed().Seconds(), "stories/s")
}

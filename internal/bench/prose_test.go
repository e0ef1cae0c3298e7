package bench

import (
	"os"
	"testing"

	"github.com/jdkato/prose/v2"
)

const article = "../../testdata/harbour-vote.txt"

func readArticle(b *testing.B) string {
	b.Helper()
	data, err := os.ReadFile(article)
	if err != nil {
		b.Fatal(err)
	}
	return string(data)
}

// BenchmarkProseDefault is prose used naively: NewDocument reloads the
// models on every call.
func BenchmarkProseDefault(b *testing.B) {
	text := readArticle(b)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if _, err := prose.NewDocument(text); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkProseReused is prose at its best: the model loaded once and
// passed to every NewDocument call.
func BenchmarkProseReused(b *testing.B) {
	text := readArticle(b)
	model := prose.ModelFromData("default")
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		if _, err := prose.NewDocument(text, prose.UsingModel(model)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkProseTagOnly is prose's tokenizer and tagger without its NER.
func BenchmarkProseTagOnly(b *testing.B) {
	text := readArticle(b)
	model := prose.ModelFromData("default")
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		if _, err := prose.NewDocument(text, prose.UsingModel(model), prose.WithExtraction(false), prose.WithSegmentation(false)); err != nil {
			b.Fatal(err)
		}
	}
}

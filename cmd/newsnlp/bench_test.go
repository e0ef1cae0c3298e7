package main

import (
	"context"
	stdio "io"
	"os"
	"testing"

	"github.com/newsnlp/newsnlp/internal/iostreams"
)

// benchCommand runs one article through a whole command in-process, output
// rendered and discarded: the per-article cost of the CLI once the models are
// loaded (they load on the first iteration, before the timer restarts).
func benchCommand(b *testing.B, args ...string) {
	data, err := os.ReadFile(sample)
	if err != nil {
		b.Fatal(err)
	}
	io, _, _, _ := iostreams.Test()
	io.Out, io.ErrOut = stdio.Discard, stdio.Discard
	f := newFactory(io)
	if code := run(context.Background(), f, append(args, sample)); code != 0 {
		b.Fatalf("exit %d", code)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if code := run(context.Background(), f, append(args, sample)); code != 0 {
			b.Fatalf("exit %d", code)
		}
	}
}

// BenchmarkEntitiesJSON is `newsnlp entities --format json article`.
func BenchmarkEntitiesJSON(b *testing.B) { benchCommand(b, "entities", "--format", "json") }

// BenchmarkSummarize is `newsnlp summarize article`.
func BenchmarkSummarize(b *testing.B) { benchCommand(b, "summarize", "--format", "text") }

// BenchmarkAnalyzeJSON is `newsnlp analyze article`: every stage.
func BenchmarkAnalyzeJSON(b *testing.B) { benchCommand(b, "analyze", "--format", "json") }

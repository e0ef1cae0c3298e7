package main

import (
	"context"
	stdio "io"
	"os"
	"testing"

	"github.com/newsnlp/newsnlp"
	"github.com/newsnlp/newsnlp/internal/iostreams"
	"github.com/newsnlp/newsnlp/internal/render"
	"github.com/newsnlp/newsnlp/nlp"
	"github.com/newsnlp/newsnlp/summarize"
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

// BenchmarkAnalyzeHTML is `newsnlp analyze --format html article`: the report.
func BenchmarkAnalyzeHTML(b *testing.B) { benchCommand(b, "analyze", "--format", "html") }

// benchRender renders the sample's analysis in format f, the parse done
// once: the cost of the output format alone.
func benchRender(b *testing.B, f render.Format) {
	doc := parseSample(b)
	views := []render.View{render.AnalyzeView{Doc: doc, Summary: summarize.Extract(doc, summarize.Options{Sentences: summarize.DefaultSentences})}}
	b.SetBytes(int64(len(doc.Text)))
	b.ReportAllocs()
	for b.Loop() {
		if err := render.Write(stdio.Discard, f, views, render.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRenderAnalyzeJSON is analyze's JSON output alone.
func BenchmarkRenderAnalyzeJSON(b *testing.B) { benchRender(b, render.JSON) }

// BenchmarkRenderAnalyzeHTML is analyze's HTML report alone.
func BenchmarkRenderAnalyzeHTML(b *testing.B) { benchRender(b, render.HTML) }

// parseSample parses the bundled article with entities, as the commands do.
func parseSample(tb testing.TB) *nlp.Document {
	tb.Helper()
	parser, err := newsnlp.DefaultParser()
	if err != nil {
		tb.Fatal(err)
	}
	data, err := os.ReadFile(sample)
	if err != nil {
		tb.Fatal(err)
	}
	doc, err := parser.Parse(context.Background(), newsnlp.Source{Name: sample, Text: string(data)}, newsnlp.Options{Entities: true, Quotes: true})
	if err != nil {
		tb.Fatal(err)
	}
	return doc
}

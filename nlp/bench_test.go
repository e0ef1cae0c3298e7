package nlp

import (
	"os"
	"strings"
	"testing"

	"github.com/newsnlp/newsnlp/internal/cputime"

	"github.com/jdkato/prose/v2"

	"github.com/newsnlp/newsnlp/internal/shareddata"
)

// benchArticle is the project's sample article, furniture and all.
func benchArticle(b *testing.B) string {
	b.Helper()
	data, err := os.ReadFile("../testdata/harbour-vote.txt")
	if err != nil {
		b.Fatal(err)
	}
	return string(data)
}

// cpuBench runs f b.N times over n bytes and, besides go test's wall-clock
// MB/s, reports MB/s of process CPU time: on a machine shared with other
// busy processes the wall clock also counts time spent waiting for a core.
func cpuBench(b *testing.B, n int, f func()) {
	b.Helper()
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	start, iters := cputime.Now(), 0
	for b.Loop() {
		f()
		iters++
	}
	if cpu := cputime.Now() - start; cpu > 0 {
		b.ReportMetric(float64(n)*float64(iters)/cpu.Seconds()/1e6, "cpu-MB/s")
		b.ReportMetric(float64(cpu.Nanoseconds())/float64(iters), "cpu-ns/op")
	}
}

// segmentTokenize is the pipeline's segment and tokenize stages over the
// whole text as one region, reusing the token slice.
func segmentTokenize(text string, toks []Token) []Token {
	toks = toks[:0]
	for _, s := range Segment(text, Span{0, len(text)}) {
		toks = Tokenize(text, s, toks)
	}
	return toks
}

// BenchmarkSegmentTokenize is sentence splitting plus tokenizing of one
// article.
func BenchmarkSegmentTokenize(b *testing.B) {
	text := benchArticle(b)
	toks := segmentTokenize(text, nil)
	cpuBench(b, len(text), func() { toks = segmentTokenize(text, toks) })
}

// BenchmarkSegmentTokenizeCoNLL runs over the CoNLL-2003 dev set rendered as
// text (about 280 kB, one sentence a line, many tables).
func BenchmarkSegmentTokenizeCoNLL(b *testing.B) {
	docs := readCoNLL(b, shareddata.Path(b, "data/ner/conll2003-dev.conll.gz"))
	var sb strings.Builder
	for _, d := range docs {
		sb.WriteString(d.text)
		sb.WriteString("\n\n")
	}
	text := sb.String()
	toks := segmentTokenize(text, nil)
	cpuBench(b, len(text), func() { toks = segmentTokenize(text, toks) })
}

// BenchmarkSegment is sentence splitting alone.
func BenchmarkSegment(b *testing.B) {
	text := benchArticle(b)
	cpuBench(b, len(text), func() { Segment(text, Span{0, len(text)}) })
}

// BenchmarkTagPOS is part-of-speech tagging of one article already split
// into sentences and tokens, with the model loaded.
func BenchmarkTagPOS(b *testing.B) {
	doc := segmentedDoc(benchArticle(b))
	if _, err := proseModel(); err != nil {
		b.Fatal(err)
	}
	cpuBench(b, len(doc.Text), func() { TagPOS(doc) })
}

// BenchmarkProseModelLoad is the one-time cost of decoding prose's models:
// ModelFromData (tagger and NER) against the tagger alone, which is what
// proseModel loads, once per process.
func BenchmarkProseModelLoad(b *testing.B) {
	b.Run("ModelFromData", func(b *testing.B) {
		cpuBench(b, 0, func() { prose.ModelFromData("bench") })
	})
	b.Run("TaggerOnly", func(b *testing.B) {
		cpuBench(b, 0, func() {
			if _, err := prose.NewDocument("", prose.WithSegmentation(false), prose.WithExtraction(false)); err != nil {
				b.Fatal(err)
			}
		})
	})
}

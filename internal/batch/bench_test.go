package batch

import (
	"context"
	"fmt"
	"io"
	"testing"

	"github.com/newsnlp/newsnlp/internal/batch/corpus"
	"github.com/newsnlp/newsnlp/internal/shareddata"
	"github.com/newsnlp/newsnlp/story"
)

// benchArchive writes the 600-story benchmark archive (as scripts/mkcorpus
// does) into a temporary folder, and returns it with its size in bytes.
func benchArchive(b *testing.B) (string, int64) {
	b.Helper()
	shareddata.Path(b, corpus.BBC) // skips without the shared data
	dir := b.TempDir()
	st, err := corpus.Build(dir, shareddata.Dir(), corpus.Options{})
	if err != nil {
		b.Fatal(err)
	}
	return dir, st.Bytes
}

// BenchmarkBatch runs the whole batch pipeline (walk, read, parse, find
// entities, summarise, encode JSON Lines, write in order) over the
// 600-story archive, and reports stories/s and MB/s.
func BenchmarkBatch(b *testing.B) {
	dir, size := benchArchive(b)
	parser := defaultParser(b)
	for _, jobs := range []int{1, 2} {
		b.Run(fmt.Sprintf("jobs=%d", jobs), func(b *testing.B) {
			b.SetBytes(size)
			b.ReportAllocs()
			stories := 0
			for b.Loop() {
				r := &Runner{Analyze: story.NewPipeline(parser, defaultSummary(), nil).Analyze,
					Sink: jsonlSinkTo(io.Discard), Jobs: jobs}
				st, err := r.Run(context.Background(), story.Walk([]string{dir}, Filter{}, nil))
				if err != nil {
					b.Fatal(err)
				}
				stories += st.Stories - st.Failed
			}
			b.ReportMetric(float64(stories)/b.Elapsed().Seconds(), "stories/s")
		})
	}
}

// BenchmarkRunnerOverhead measures the pool and the ordered writer alone,
// with a no-op analyzer: the cost batch adds per story.
func BenchmarkRunnerOverhead(b *testing.B) {
	texts := make([]string, 1000)
	for i := range texts {
		texts[i] = "x"
	}
	noop := func(ctx context.Context, in Input) (*Story, error) { return &Story{Title: "t"}, nil }
	b.ReportAllocs()
	for b.Loop() {
		r := &Runner{Analyze: noop, Sink: jsonlSinkTo(io.Discard), Jobs: 2}
		if _, err := r.Run(context.Background(), memJobs(texts)); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N*len(texts))/b.Elapsed().Seconds(), "stories/s")
}

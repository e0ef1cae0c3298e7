package summarize_test

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"os"
	"syscall"
	"testing"

	"github.com/newsnlp/newsnlp/internal/shareddata"
	"github.com/newsnlp/newsnlp/nlp"
	"github.com/newsnlp/newsnlp/summarize"
)

// BenchmarkExtract times scoring and selection alone (the document is
// parsed beforehand), cycling through the first 200 BBC dev articles
// (typical news: about 19 sentences, 400 words) or, without the shared
// data, the test story.
func BenchmarkExtract(b *testing.B) {
	docs := benchDocs(b)
	b.ReportAllocs()
	b.ResetTimer()
	start := cpuTime()
	for i := 0; i < b.N; i++ {
		summarize.Extract(docs[i%len(docs)], summarize.Options{Sentences: 3})
	}
	// CPU time is steadier than wall time on a shared machine.
	b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op")
}

// cpuTime is the process's user+system CPU time in nanoseconds.
func cpuTime() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}

func benchDocs(b *testing.B) []*nlp.Document {
	if shareddata.Dir() == "" {
		return []*nlp.Document{parse(b, story)}
	}
	f, err := os.Open(shareddata.Path(b, "data/summarization/bbc-news-dev.jsonl.gz"))
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		b.Fatal(err)
	}
	var docs []*nlp.Document
	sc := bufio.NewScanner(zr)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() && len(docs) < 200 {
		var a struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			b.Fatal(err)
		}
		docs = append(docs, parse(b, a.Text))
	}
	return docs
}

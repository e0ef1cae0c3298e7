package summarize_test

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"os"
	"testing"

	"github.com/newsnlp/newsnlp/internal/cputime"

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
	start := cputime.Now()
	for i := 0; i < b.N; i++ {
		summarize.Extract(docs[i%len(docs)], summarize.Options{Sentences: 3})
	}
	// CPU time is steadier than wall time on a shared machine.
	b.ReportMetric(float64((cputime.Now()-start).Nanoseconds())/float64(b.N), "cpu-ns/op")
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

// Command prosebatch is the baseline for newsnlp's batch timing: prose v2
// tagging and extracting entities from the texts of the benchmark archive
// (scripts/mkcorpus), with its model loaded once and shared by -jobs
// workers. HTML pages are given as their gold main text, so prose does no
// HTML work at all: the comparison favours it. It lives under testdata so
// that it is never built into newsnlp.
//
//	go run ./internal/batch/testdata/prosebatch -shared ../shared
package main

import (
	"flag"
	"fmt"
	"os"
	"runtime"
	"sync"
	"time"

	"github.com/jdkato/prose/v2"

	"github.com/newsnlp/newsnlp/internal/batch/corpus"
)

func main() {
	shared := flag.String("shared", "../shared", "the shared folder with data/")
	text := flag.Int("text", 400, "BBC stories, as for mkcorpus")
	html := flag.Int("html", 200, "news pages, as for mkcorpus")
	copies := flag.Int("copies", 1, "times to process the set, as for mkcorpus")
	jobs := flag.Int("jobs", runtime.NumCPU(), "workers sharing the model")
	segment := flag.Bool("segment", false, "also run prose's sentence segmenter (its default)")
	flag.Parse()

	texts, err := corpus.Texts(*shared, corpus.Options{Text: *text, HTML: *html})
	if err != nil {
		fmt.Fprintln(os.Stderr, "prosebatch:", err)
		os.Exit(1)
	}
	var size int64
	for _, t := range texts {
		size += int64(len(t))
	}
	size *= int64(*copies)

	start := time.Now()
	model := prose.ModelFromData("default")
	loaded := time.Since(start)

	work := make(chan string)
	var wg sync.WaitGroup
	var mu sync.Mutex
	entities := 0
	for range *jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for t := range work {
				doc, err := prose.NewDocument(t, prose.UsingModel(model), prose.WithSegmentation(*segment))
				if err != nil {
					fmt.Fprintln(os.Stderr, "prosebatch:", err)
					continue
				}
				mu.Lock()
				entities += len(doc.Entities())
				mu.Unlock()
			}
		}()
	}
	for range *copies {
		for _, t := range texts {
			work <- t
		}
	}
	close(work)
	wg.Wait()
	secs := time.Since(start).Seconds()
	n := len(texts) * *copies
	fmt.Printf("prose v2: %d stories, %d entities, in %.2fs (model load %v; %.1f stories/s, %.2f MB/s; %d jobs)\n",
		n, entities, secs, loaded.Round(time.Millisecond), float64(n)/secs, float64(size)/1e6/secs, *jobs)
}

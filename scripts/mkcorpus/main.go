// Command mkcorpus writes a batch benchmark archive into a folder: BBC
// stories as text files and news pages as HTML, nested, plus an empty file
// and a binary one, from the shared data sets. The archive is for timing
// runs only: never commit it.
//
//	go run ./scripts/mkcorpus -shared ../shared -out /tmp/corpus600
//	go run ./scripts/mkcorpus -shared ../shared -out /tmp/corpus6000 -copies 10
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/newsnlp/newsnlp/internal/batch/corpus"
)

func main() {
	shared := flag.String("shared", "../shared", "the shared folder with data/")
	out := flag.String("out", "", "folder to write the archive into (required)")
	text := flag.Int("text", 400, "BBC stories, as .txt")
	html := flag.Int("html", 200, "news pages, as .html")
	copies := flag.Int("copies", 1, "copies of the whole set")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "mkcorpus: -out is required")
		os.Exit(2)
	}
	st, err := corpus.Build(*out, *shared, corpus.Options{Text: *text, HTML: *html, Copies: *copies})
	if err != nil {
		fmt.Fprintf(os.Stderr, "mkcorpus: %v\n", err)
		os.Exit(1)
	}
	fmt.Printf("%s: %d stories, %d bad files, %.1f MB\n", *out, st.Stories, st.Bad, float64(st.Bytes)/1e6)
}

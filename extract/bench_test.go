package extract

import (
	"os"
	"strings"
	"testing"

	"github.com/newsnlp/newsnlp/internal/shareddata"
)

// BenchmarkText measures Text on the scraped sample page.
func BenchmarkText(b *testing.B) {
	data, err := os.ReadFile(shareddata.Path(b, "data/samples/alaska-summit.txt"))
	if err != nil {
		b.Fatal(err)
	}
	text := string(data)
	cues() // compile once, outside the timing
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Text(text)
	}
}

// BenchmarkHTML measures HTML on a self-made news page of about 6 KB.
func BenchmarkHTML(b *testing.B) {
	body := storyBody
	for range 4 {
		body += "\n<p>The harbour authority said it would publish a full report on the strike, its costs and the new safety rules within six weeks.</p>"
	}
	page := htmlPage(`<title>Port of Valdoria reopens | Valdoria Times</title><meta name="author" content="Marta Ilves">`, body)
	cues()
	regexps()
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := HTML(strings.NewReader(page), ""); err != nil {
			b.Fatal(err)
		}
	}
}

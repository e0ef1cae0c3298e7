package extract

import (
	"os"
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

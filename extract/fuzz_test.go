package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fuzzSeeds are the testdata pages as text, plus awkward inputs.
func fuzzSeeds(f *testing.F) []string {
	seeds := []string{"", "\n", "\u00a0\n\u00a0", "\r\n\r\n", "Title\n\nBody.", "\xff\xfe\x00", "By \n\nAbout Author\n",
		"You may also like\n\nx", "Home › › ›", "• • •\n—\n|", "\u2028\u2029", "a\x00b"}
	paths, _ := filepath.Glob("testdata/scraped/*.page")
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		var b strings.Builder
		for _, ln := range strings.Split(string(data), "\n") {
			_, text, _ := strings.Cut(ln, "\t")
			b.WriteString(text + "\n")
		}
		seeds = append(seeds, b.String())
	}
	return seeds
}

// FuzzText checks that Text never panics and that its regions are in range,
// ordered, non-empty and do not overlap, whatever the input.
func FuzzText(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkLayout(t, text, Text(text))
		Story(text)
	})
}

// FuzzHTML checks that HTMLPage never panics and returns either an error or
// text with a layout whose regions are in range, ordered and apart, on any
// input.
func FuzzHTML(f *testing.F) {
	f.Add(htmlPage("", storyBody))
	f.Add("<title>x\n<p>unclosed")
	f.Add(`<script type="application/ld+json">{"@graph":[[[[{"author":[{"name":1}]}]]]]}</script>`)
	f.Add("<html><body><table><tr><td><p>a<td>b</table>")
	f.Add("\xef\xbb\xbf<html>\xff\xfe")
	for _, s := range fuzzSeeds(f) {
		f.Add("<html><body><article><p>" + strings.ReplaceAll(s, "\n", "</p><p>") + "</p></article></body></html>")
	}
	f.Fuzz(func(t *testing.T, page string) {
		p, err := HTMLPage(strings.NewReader(page), "")
		if err != nil {
			return
		}
		if countWords(p.Text) < minTextWords {
			t.Fatalf("no error but no text: %+v", p.Article)
		}
		checkLayout(t, p.Source, p.Layout)
	})
}

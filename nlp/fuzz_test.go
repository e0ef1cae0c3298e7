package nlp

import (
	"os"
	"testing"
)

// fuzzSeeds are texts that exercise the segmenter's and tokenizer's rules.
var fuzzSeeds = []string{
	"Hello World. My name is Jonas.",
	"I live in the U.S. How about you? At 5 a.m. Mr. Smith went to the bank.",
	"1.) The first item 2.) The second item",
	"• 9. The first item • 10. The second item",
	"a. The first item b. The second item c. The third list item",
	"features\ncontact manager\nevents, activities\n",
	"One further habit which was somewhat weakened . . . was that of combining words. . . . The practice was not abandoned. . . .",
	"Hello world.Today is Tuesday.Mr. Smith went to the store and bought 1,000.That is a lot.",
	"Her email is Jane.Doe@example.com. See https://www.example.50.com/new-site/awesome_content.html. Please.",
	"Ruto, Abiy Meet in Nairobi\r\n\r\n\u00a0\nThe U.S. President said “no.” Russia’s war didn't end.",
	"\"Bohr [...] used the analogy of parallel stairways [...]\" (Smith 55).",
	"C$100, 18-month-old, Russia–Ukraine, O'Brien's, #tag @handle ... …",
}

func addSeeds(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, uint16(0), uint16(len(s)))
	}
	if b, err := os.ReadFile("testdata/golden-rules-en.jsonl"); err == nil {
		f.Add(string(b), uint16(0), uint16(len(b)))
	}
}

// fuzzRegion turns two fuzzed numbers into a region of text.
func fuzzRegion(text string, a, b uint16) Span {
	n := len(text) + 1
	start, end := int(a)%n, int(b)%n
	if start > end {
		start, end = end, start
	}
	return Span{start, end}
}

// FuzzSegment checks the segmenter's invariants on any text and region, and
// the tokenizer's on every sentence it returns.
func FuzzSegment(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, text string, a, b uint16) {
		region := fuzzRegion(text, a, b)
		spans := Segment(text, region)
		// A region that cuts a rune is narrowed to whole runes.
		whole := clampSpan(text, region)
		if !region.Contains(whole) {
			t.Fatalf("clampSpan(%v) = %v, outside the region", region, whole)
		}
		checkSentences(t, text, whole, spans)
		var toks []Token
		for _, s := range spans {
			toks = Tokenize(text, s, toks[:0])
			checkTokens(t, text, s, toks)
		}
	})
}

// FuzzTokenize checks the tokenizer's invariants on any text and span.
func FuzzTokenize(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, text string, a, b uint16) {
		s := fuzzRegion(text, a, b)
		toks := Tokenize(text, s, nil)
		checkTokens(t, text, clampSpan(text, s), toks)
	})
}

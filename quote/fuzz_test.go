package quote_test

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// fuzzSeeds exercise the mark pairing: every style, nesting, unbalanced
// marks, apostrophes, and marks in URLs, code and markup.
var fuzzSeeds = []string{
	`"We will win," she said, "and soon."`,
	"“Open and never closed.\n\nNext paragraph, she said.",
	"“First.\n\n“Second.\n\n“Third.”",
	`He said "she said 'no' to me" twice.`,
	"‘Single,’ he said. Don’t, Clinton’s, the workers’ union, ’90s.",
	"«Nous», dit-il. ‹Oui›. „Ja“, sagte er.",
	"``PTB style,'' said Jones. ''And this,'' said Smith.",
	`<a href="https://example.com/?q="x"">link</a> x = "y"; f("z")`,
	`""""""''''''“““”””‘‘’’«««»»»`,
	"\"\n\"\n\n\"",
	"According to , said . told: “",
	"A said B said C said D, according to E, adding that F.",
	"Smith: \nONE: two\n\nTRANSCRIPT: \"",
	"Ana Ortiz spoke. “We will win,” she said, “,”",
	",According to 00",
}

// FuzzFind runs the whole pipeline with quotes on any text and checks the
// quotes' invariants: no panic, spans on rune boundaries inside the text,
// parts inside their quote, a content piece never across a blank line
// (an unbalanced mark ends with its paragraph), quotes in text order.
func FuzzFind(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) || len(text) > 1<<14 {
			return // the pipeline's input is decoded text
		}
		doc := parse(t, text)
		n := len(doc.Text)
		runeStart := func(i int) bool { return i == n || i >= 0 && i < n && utf8.RuneStart(doc.Text[i]) }
		prev := -1
		for _, q := range doc.Quotes {
			if q.Start < 0 || q.End > n || q.Start >= q.End || !runeStart(q.Start) || !runeStart(q.End) {
				t.Fatalf("bad quote span %v in %q", q.Span, text)
			}
			if q.Start < prev {
				t.Fatalf("quotes out of order in %q", text)
			}
			prev = q.Start
			pieces := q.Parts
			if len(pieces) == 0 {
				pieces = append(pieces, q.Span)
			}
			for _, p := range pieces {
				if p.Start < q.Start || p.End > q.End || p.Start > p.End {
					t.Fatalf("part %v outside quote %v in %q", p, q.Span, text)
				}
				if s := doc.Text[p.Start:p.End]; strings.Contains(s, "\n\n") || strings.Contains(s, "\n \n") {
					t.Fatalf("a piece runs over a blank line: %q", s)
				}
			}
			if q.Cue.Len() > 0 && (q.Cue.Start < 0 || q.Cue.End > n) {
				t.Fatalf("bad cue %v", q.Cue)
			}
			if sp := q.Speaker; sp != nil && (sp.Start < 0 || sp.End > n || sp.Start >= sp.End || sp.Entity >= len(doc.Entities)) {
				t.Fatalf("bad speaker %+v", sp)
			}
			_ = q.Text(doc.Text)
		}
	})
}

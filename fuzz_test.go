package newsnlp

import (
	"context"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsnlp/newsnlp/nlp"
	"github.com/newsnlp/newsnlp/source"
)

// FuzzParse runs the whole pipeline, entities and tags included, on any
// input as the CLI reads it (decoded, HTML told from text, or forced to
// HTML): it never panics (Parse would report a panic as an internal
// error), and every span of the document slices its text: sentences in
// order inside the text, tokens inside their sentence, mentions spelling
// their text, entities holding mentions of the document.
func FuzzParse(f *testing.F) {
	if b, err := os.ReadFile("testdata/harbour-vote.txt"); err == nil {
		f.Add(b, false)
	}
	for _, s := range []string{
		"Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday. Ruto said talks went well.",
		"<html><head><title>Port reopens</title></head><body><article><p>Officials in Lisbon said the port of Lisbon would reopen.</p></article></body></html>",
		"U.S. and NATO officials (North Atlantic Treaty Organization) met in Zürich.\xff “Yes,” said Dr. Ana Ferreira.",
		"HEADLINE IN CAPITALS ABOUT PARIS\n\nBy Jane Smith\n\nShare this:\nFacebook\n\nThe mayor of Paris, Anne Dupont, spoke.",
		"\x1b]0;x\x07\x1b[2J Tomas Varga\u009b of the Harbour Authority said so.",
		"<div>" + strings.Repeat("<b>", 600) + "Deep text about Madrid and Rome.",
		"...\n\n\u00a0\n—\n• • •",
	} {
		f.Add([]byte(s), false)
	}
	f.Add([]byte("Plain text about Berlin, read as HTML: <p>Merkel</p>"), true)
	parser, err := DefaultParser()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte, forceHTML bool) {
		src, _, err := SourceFromInput(&source.Input{Name: "fuzz", Data: data})
		if err != nil {
			return // empty or binary: refused with an error
		}
		src.HTML = src.HTML || forceHTML
		doc, err := parser.Parse(context.Background(), src, Options{Entities: true, POS: true})
		if err != nil {
			if strings.Contains(err.Error(), "internal error") {
				t.Fatalf("Parse panicked: %v", err)
			}
			return
		}
		checkDocument(t, doc)
	})
}

// checkDocument asserts that every span of doc slices its text.
func checkDocument(t *testing.T, doc *nlp.Document) {
	t.Helper()
	text := doc.Text
	in := func(s nlp.Span) bool { return 0 <= s.Start && s.Start <= s.End && s.End <= len(text) }
	if !utf8.ValidString(text) {
		t.Fatalf("document text is not UTF-8")
	}
	prev := 0
	for i, s := range doc.Sentences {
		if !in(s.Span) || s.Start < prev || s.Text != text[s.Start:s.End] {
			t.Fatalf("sentence %d %v (after %d) does not slice the text: %q", i, s.Span, prev, s.Text)
		}
		prev = s.End
		if s.TokenStart > s.TokenEnd || s.TokenEnd > len(doc.Tokens) {
			t.Fatalf("sentence %d tokens [%d,%d) of %d", i, s.TokenStart, s.TokenEnd, len(doc.Tokens))
		}
		for _, tok := range doc.Tokens[s.TokenStart:s.TokenEnd] {
			if !s.Contains(tok.Span) || int(tok.Sentence) != i {
				t.Fatalf("token %q %v outside sentence %d %v", text[tok.Start:tok.End], tok.Span, i, s.Span)
			}
		}
	}
	for _, m := range doc.Mentions {
		if !in(m.Span) || m.Text != text[m.Start:m.End] || m.Sentence < 0 || m.Sentence >= len(doc.Sentences) ||
			!doc.Sentences[m.Sentence].Contains(m.Span) {
			t.Fatalf("mention %q %v (sentence %d) does not slice the text", m.Text, m.Span, m.Sentence)
		}
		if a, b := doc.RuneSpan(m.Span); a > b || b > utf8.RuneCountInString(text) {
			t.Fatalf("mention %q: code points [%d,%d)", m.Text, a, b)
		}
	}
	for _, e := range doc.Entities {
		if e.Name == "" || len(e.Mentions) == 0 {
			t.Fatalf("entity %+v without a name or mentions", e)
		}
		for _, m := range e.Mentions {
			if !in(m.Span) || m.Text != text[m.Start:m.End] {
				t.Fatalf("entity %q: mention %q %v does not slice the text", e.Name, m.Text, m.Span)
			}
		}
	}
	for _, d := range doc.Dropped {
		if !in(d.Span) {
			t.Fatalf("dropped region %v outside the text", d.Span)
		}
	}
}

package nlp

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/jdkato/prose/v2"
)

// segmentedDoc builds a Document of text split into sentences and tokens,
// as Parse does for a text with no furniture.
func segmentedDoc(text string) *Document {
	doc := &Document{Text: text, Body: []Span{{0, len(text)}}}
	SegmentBody(doc, nil)
	return doc
}

func posString(doc *Document) string {
	var b strings.Builder
	for i, t := range doc.Tokens {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(doc.TokenText(i) + "/" + t.POS.String())
	}
	return b.String()
}

func TestTagPOS(t *testing.T) {
	tests := []struct {
		text string
		want string
	}{
		{"The cat sat on the mat.", "The/DT cat/NN sat/VBD on/IN the/DT mat/NN ./."},
		// prose reads curly quotes as straight ones and "’s" as "'s"; the
		// tags still land on our tokens, which keep the curly characters.
		{"Russia’s army didn’t move.", "Russia/NNP ’s/POS army/NN did/VBD n’t/RB move/VB ./."},
		// prose keeps "Russia–Ukraine" whole; both words take its tag and the
		// dash is tagged from its shape.
		{"The Russia–Ukraine war.", "The/DT Russia/NNP –/: Ukraine/NNP war/NN ./."},
	}
	for _, tt := range tests {
		doc := segmentedDoc(tt.text)
		TagPOS(doc)
		if len(doc.Warnings) > 0 {
			t.Errorf("%q: warnings %v", tt.text, doc.Warnings)
		}
		if got := posString(doc); got != tt.want {
			t.Errorf("TagPOS(%q)\n got %s\nwant %s", tt.text, got, tt.want)
		}
	}
}

// TestTagPOSEveryToken checks that every token of a varied text gets a tag
// and that curly quotes are matched to prose's straight ones.
func TestTagPOSEveryToken(t *testing.T) {
	text := "Ruto, Abiy Meet in Nairobi\n\nHe said “no.” Then U.S. Sen. Ted Cruz paid $1,000 (about 3.5%) at 9 a.m. — https://example.com/x. ‘Fine,’ she said…"
	doc := segmentedDoc(text)
	TagPOS(doc)
	for i, tk := range doc.Tokens {
		if tk.POS == NoPOS || tk.POS == ParsePOS("XX") {
			t.Errorf("token %q has no known tag: %q", doc.TokenText(i), tk.POS)
		}
	}
	for i, tk := range doc.Tokens {
		if doc.TokenText(i) == "Cruz" && tk.POS.String() != "NNP" {
			t.Errorf("Cruz/%s, want NNP", tk.POS)
		}
		if doc.TokenText(i) == "“" && tk.POS.String() == "NNP" {
			t.Errorf("opening quote tagged %s", tk.POS)
		}
	}
}

// TestTagPOSConcurrent tags documents from several goroutines at once with
// the shared model; run with -race.
func TestTagPOSConcurrent(t *testing.T) {
	texts := []string{
		"The cat sat on the mat. It was happy.",
		"Russia’s army didn’t move. Kyiv waited.",
		"Apple Inc. Chief Executive Tim Cook spoke at 9 a.m. on Friday.",
		"He said “no.” Then he left for the U.S. capital.",
	}
	want := make([]string, len(texts))
	for i, s := range texts {
		d := segmentedDoc(s)
		TagPOS(d)
		want[i] = posString(d)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 4*len(texts))
	for g := 0; g < 4; g++ {
		for i, s := range texts {
			wg.Go(func() {
				d := segmentedDoc(s)
				TagPOS(d)
				if got := posString(d); got != want[i] {
					errs <- fmt.Errorf("concurrent tags differ for %q:\n got %s\nwant %s", s, got, want[i])
				}
			})
		}
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// TestPOSTaggerFailure checks that a panicking or failing tagger leaves a
// warning and shape-based tags, not a crash.
func TestPOSTaggerFailure(t *testing.T) {
	for name, tag := range map[string]func(string) ([]prose.Token, error){
		"panic": func(string) ([]prose.Token, error) { panic("boom") },
		"error": func(string) ([]prose.Token, error) { return nil, errors.New("boom") },
	} {
		t.Run(name, func(t *testing.T) {
			doc := segmentedDoc("The cat sat. Dogs ran 5 miles.")
			posTagger{tag: tag}.tagDoc(doc)
			if len(doc.Warnings) != 1 || !strings.Contains(doc.Warnings[0], "boom") || !strings.Contains(doc.Warnings[0], "2 sentence") {
				t.Errorf("warnings = %q, want one naming the failure and 2 sentences", doc.Warnings)
			}
			if got, want := posString(doc), "The/NNP cat/NN sat/NN ./. Dogs/NNP ran/NN 5/CD miles/NN ./."; got != want {
				t.Errorf("fallback tags\n got %s\nwant %s", got, want)
			}
		})
	}
}

// TestAnchor checks the matching of prose's rewritten tokens to the text.
func TestAnchor(t *testing.T) {
	tests := []struct {
		text, tok string
		pos       int
		want      string // the matched text, "" for no match
	}{
		{"He said “no.”", `"`, 7, "“"},
		{"He said “no.”", `"`, 11, "”"},
		{"Russia’s war", "'s", 0, "’s"},
		{"Russia&rsquo;s war", "'s", 0, "&rsquo;s"},
		{"‘Fine,’", "'", 0, "‘"},
		{"a b c", "c", 0, "c"},
		{"a b c", "x", 0, ""},
		{strings.Repeat("a ", 100) + "z", "z", 0, ""}, // beyond the window
	}
	for _, tt := range tests {
		sp, ok := anchor(tt.text, tt.pos, len(tt.text), tt.tok)
		got := ""
		if ok {
			got = tt.text[sp.Start:sp.End]
		}
		if got != tt.want {
			t.Errorf("anchor(%q, %d, %q) = %q, want %q", tt.text, tt.pos, tt.tok, got, tt.want)
		}
	}
}

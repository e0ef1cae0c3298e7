package ner

import (
	"slices"
	"strings"
	"testing"
)

func TestRender(t *testing.T) {
	// Expected text and spans as ner_score.py render() gives them (checked by running it).
	doc := Document{
		{Words: []string{"EU", "rejects", "German", "call", "."}, Labels: []string{"B-ORG", "O", "B-MISC", "O", "O"}},
		{
			Words:  []string{"(", "Peter", "Blackburn", ")", "said", "it", "'s", "$", "5", "n't", "Müller", "'s", "``", "x", "''"},
			Labels: []string{"O", "B-PER", "I-PER", "O", "O", "O", "O", "O", "O", "O", "I-PER", "O", "O", "O", "O"},
		},
	}
	r := Render(doc)
	want := "EU rejects German call.\n(Peter Blackburn) said it's $5n't Müller's ``x''"
	if r.Text != want {
		t.Fatalf("text = %q, want %q", r.Text, want)
	}
	// Byte offsets: "Müller" is one byte longer than its code points.
	wantGold := []TextSpan{{0, 2, "ORG"}, {11, 17, "MISC"}, {25, 40, "PER"}, {58, 65, "PER"}}
	if !slices.Equal(r.Mentions, wantGold) {
		t.Errorf("mentions = %v, want %v", r.Mentions, wantGold)
	}
	if got := r.Text[58:65]; got != "Müller" {
		t.Errorf("span [58,65) = %q, want Müller", got)
	}
	if tok := r.Tokens[1][10]; r.Text[tok.Start:tok.End] != "Müller" {
		t.Errorf("token span = %v", tok)
	}
	for si, toks := range r.Tokens {
		for ti, tok := range toks {
			if got := r.Text[tok.Start:tok.End]; got != doc[si].Words[ti] {
				t.Errorf("token %d/%d = %q, want %q", si, ti, got, doc[si].Words[ti])
			}
		}
	}
}

func TestRenderNoSpaceAfter(t *testing.T) {
	// The NSA column decides the spacing of the whole file, as in
	// ner_score.py: "ca" has no space after it, and neither rule-based
	// spacing ("(" glued to what follows) nor the clitic rule applies.
	in := "-DOCSTART-\tO\n\nWe\tO\nca\tNSA\tO\nn't\tO\nvisit\tO\n(\tO\nSt.\tB-LOC\nLouis\tNSA\tI-LOC\n)\tO\n\nSo\tO\nit\tNSA\tO\n's\tO\nfine\tNSA\tO\n.\tO\n\n"
	docs, err := ReadCoNLL(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 || len(docs[0]) != 2 {
		t.Fatalf("got %v, want one document of two sentences", docs)
	}
	if want := []bool{false, true, false, false, false, false, true, false}; !slices.Equal(docs[0][0].NoSpaceAfter, want) {
		t.Errorf("NoSpaceAfter = %v, want %v", docs[0][0].NoSpaceAfter, want)
	}
	if want := []string{"We", "ca", "n't", "visit", "(", "St.", "Louis", ")"}; !slices.Equal(docs[0][0].Words, want) {
		t.Errorf("words = %v, want %v", docs[0][0].Words, want)
	}
	r := Render(docs[0])
	want := "We can't visit ( St. Louis)\nSo it's fine."
	if r.Text != want {
		t.Errorf("text = %q, want %q", r.Text, want)
	}
	if m := r.Mentions; len(m) != 1 || r.Text[m[0].Start:m[0].End] != "St. Louis" {
		t.Errorf("mentions = %v", m)
	}
	// Without any NSA mark the rules apply and NoSpaceAfter stays nil.
	docs, err = ReadCoNLL(strings.NewReader("We\tO\nca\tO\nn't\tO\n(\tO\nx\tO\n)\tO\n"))
	if err != nil {
		t.Fatal(err)
	}
	if docs[0][0].NoSpaceAfter != nil {
		t.Errorf("NoSpaceAfter = %v without NSA marks, want nil", docs[0][0].NoSpaceAfter)
	}
	if got := Render(docs[0]).Text; got != "We can't (x)" {
		t.Errorf("text = %q, want %q", got, "We can't (x)")
	}
}

package ner

import (
	"slices"
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

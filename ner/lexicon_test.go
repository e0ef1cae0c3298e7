package ner

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// lexCorpus: names follow "said" and precede "told"; places follow "in".
func lexCorpus() [][]string {
	var out [][]string
	names := []string{"Smith", "Jones", "Brown", "Clark"}
	places := []string{"Paris", "London", "Berlin", "Madrid"}
	for i := 0; i < 60; i++ {
		n, p := names[i%4], places[(i/4)%4]
		out = append(out,
			strings.Fields(fmt.Sprintf("yesterday %s told reporters in %s that the plan would work .", n, p)),
			strings.Fields(fmt.Sprintf("the plan was backed by %s told officials in %s .", n, p)))
	}
	return out
}

func TestBuildLexicon(t *testing.T) {
	b1 := BuildLexicon(lexCorpus(), LexiconOptions{MinCount: 2})
	b2 := BuildLexicon(lexCorpus(), LexiconOptions{MinCount: 2})
	if !bytes.Equal(b1, b2) {
		t.Fatal("two builds from the same text differ")
	}
	lex, err := openLexicon(b1)
	if err != nil {
		t.Fatal(err)
	}
	x := newExtractor(nil, nil)
	var ti tokInfo
	info := func(w string) (cluster, caps uint16) {
		x.analyse(w, &ti)
		return lex.get(lexCluster, ti.word), lex.get(lexCaps, ti.lower)
	}
	if _, c := info("Paris"); c != 5 {
		t.Errorf("Paris: caps bucket %d, want 5 (always capitalised)", c)
	}
	if _, c := info("plan"); c != 1 {
		t.Errorf("plan: caps bucket %d, want 1 (never capitalised)", c)
	}
	if c, _ := info("Smith"); c == 0 {
		t.Error("Smith has no cluster")
	}
	if c, _ := info("Unseen"); c != 0 {
		t.Errorf("unseen word has cluster %d", c)
	}
	if _, err := openLexicon(b1[:len(b1)-1]); err == nil {
		t.Error("openLexicon accepted a truncated lexicon")
	}
}

func TestExchange(t *testing.T) {
	// Words 0-2 are followed by word 6, words 3-5 by words 7 and 8; the
	// best two classes split them so.
	succ := [][]wordCount{
		{{6, 10}}, {{6, 7}}, {{6, 12}},
		{{7, 5}, {8, 5}}, {{7, 9}, {8, 8}}, {{7, 3}, {8, 4}},
		nil, nil, nil,
	}
	c := exchange(succ, len(succ), 2, 10, nil)
	if c[0] != c[1] || c[1] != c[2] || c[3] != c[4] || c[4] != c[5] || c[0] == c[3] {
		t.Errorf("classes %v, want 0-2 together and 3-5 together", c[:6])
	}
}

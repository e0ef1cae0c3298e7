package ner

import (
	"strings"
	"testing"
)

func TestParseSets(t *testing.T) {
	got, err := ParseSets("conll, worldwide=0.5,uner=0.25@web")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 {
		t.Fatalf("got %d sets, want 3", len(got))
	}
	want := []struct {
		name, domain string
		weight       float64
		noMISC       bool
	}{{"conll", "", 1, false}, {"worldwide", "", 0.5, false}, {"uner", "web", 0.25, true}}
	for i, w := range want {
		g := got[i]
		if g.Corpus.Name != w.name || g.Domain != w.domain || g.Weight != w.weight || g.Corpus.NoMISC != w.noMISC {
			t.Errorf("set %d = %s w=%g @%q noMISC=%v, want %+v", i, g.Corpus.Name, g.Weight, g.Domain, g.Corpus.NoMISC, w)
		}
	}
	for _, bad := range []string{"", "bogus", "conll=0", "conll=x", "conll=-1", "conll@", "conll,conll"} {
		if _, err := ParseSets(bad); err == nil {
			t.Errorf("ParseSets(%q) succeeded, want error", bad)
		}
	}
	if _, err := ParseSets("bogus"); err == nil || !strings.Contains(err.Error(), "worldwide") {
		t.Errorf("unknown set error %v should list the known sets", err)
	}
}

func TestChunk(t *testing.T) {
	s := func(w string) Sentence { return Sentence{Words: []string{w}, Labels: []string{"O"}} }
	docs := chunk([]Document{{s("a"), s("b"), s("c")}, {s("d"), s("e")}}, 2)
	if len(docs) != 3 || len(docs[0]) != 2 || len(docs[2]) != 1 || docs[2][0].Words[0] != "e" {
		t.Errorf("chunk = %v, want [[a b] [c d] [e]]", docs)
	}
}

func TestDomains(t *testing.T) {
	sets := []TrainSet{{Name: "a"}, {Name: "b", Domain: "web"}, {Name: "c", Domain: "news"}, {Name: "d", Domain: "web"}}
	doms, target := domains(sets, "news")
	if want := []int{-1, 0, 1, 0}; len(doms) != 4 || doms[0] != want[0] || doms[1] != want[1] || doms[2] != want[2] || doms[3] != want[3] {
		t.Errorf("domains = %v, want %v", doms, want)
	}
	if target != 1 {
		t.Errorf("target = %d, want 1", target)
	}
	if _, target := domains(sets, ""); target != -1 {
		t.Errorf("no target = %d, want -1", target)
	}
}

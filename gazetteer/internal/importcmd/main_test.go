package main

import (
	"os"
	"path/filepath"
	"testing"
)

// testImporter builds an importer over a small base list and word list.
func testImporter(t *testing.T) *importer {
	t.Helper()
	dir := t.TempDir()
	base := "bigcity\tLiverpool\ncity\tTokyo\ngroup\tConservatives\nfirst\tChelsea\norgword\tUnited\nmarket\tEUR\ncompany\tWalmart\n"
	if err := os.WriteFile(filepath.Join(dir, "base.tsv"), []byte(base), 0o644); err != nil {
		t.Fatal(err)
	}
	// A stale import must not count as the base.
	if err := os.WriteFile(filepath.Join(dir, "import-old.tsv"), []byte("sports\tLiverpool\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	g, err := compileBase(dir)
	if err != nil {
		t.Fatal(err)
	}
	words := map[string]bool{"palace": true, "spurs": true, "together": true, "left": true, "free": true, "voters": true, "lab": true, "arsenal": true}
	return &importer{base: g, words: words, dropped: map[string]int{}, seen: map[string]bool{}}
}

func TestHarm(t *testing.T) {
	im := testImporter(t)
	tests := []struct {
		name   string
		strict bool
		harm   bool
	}{
		{"Liverpool", false, true},       // a city
		{"Tokyo", false, true},           // a city
		{"Chelsea", false, true},         // a person name
		{"Conservatives", false, true},   // a political group
		{"United", false, true},          // an organisation word
		{"EUR", false, true},             // a market symbol
		{"Walmart", false, true},         // listed by hand already
		{"Palace", false, true},          // a common word
		{"The Left", false, true},        // "The" and a common word
		{"PP", false, true},              // two letters
		{"Lab", false, true},             // a common word, a table abbreviation
		{"CoPA", false, true},            // a short mixed-case abbreviation
		{"Free Voters", true, true},      // a phrase of common words
		{"Единая Россия", false, true},   // not Latin script
		{"Botafogo (RJ)", false, true},   // a bracketed disambiguator
		{"Liverpool FC", false, false},   // the club's full name
		{"Arsenal", false, false},        // a common word news uses for the club
		{"Free Voters", false, false},    // not strict
		{"Fidesz", false, false},         // a name
		{"ANC", false, false},            // an acronym
		{"Likud Party", true, false},     // has a party word
		{"Crystal Palace", false, false}, // two words
	}
	for _, tt := range tests {
		if why := im.harm(tt.name, tt.strict); (why != "") != tt.harm {
			t.Errorf("harm(%q, %v) = %q, want harmful %v", tt.name, tt.strict, why, tt.harm)
		}
	}
}

func TestAddDedup(t *testing.T) {
	im := testImporter(t)
	if !im.add("sports", "Arsenal FC", "", false) || im.add("sports", "arsenal fc", "", false) {
		t.Error("add: want the first Arsenal FC in and its case variant out")
	}
	im.add("sports", "Liverpool", "Liverpool FC", false)
	if len(im.rows) != 1 || im.rows[0] != "sports\tArsenal FC" || im.dropped["a place name"] != 1 {
		t.Errorf("rows %q, dropped %v", im.rows, im.dropped)
	}
}

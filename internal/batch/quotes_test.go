package batch

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsnlp/newsnlp/story"
)

// The quotes table holds every quotation, linked to its story and to its
// speaker's entity, and goes away with its story when a run rewrites it.
func TestSQLiteQuotes(t *testing.T) {
	root := tree(t, map[string]string{
		"1.txt": "Karl Weber met the union in Hamburg on Monday. \"We will not close the port,\" Weber said. A spokeswoman said the talks would go on.",
		"2.txt": "The port reopened on Friday. Nobody was quoted.",
	})
	out := filepath.Join(t.TempDir(), "r.db")
	run := func() {
		o, err := Open(OutputOptions{Path: out, Format: FormatSQLite})
		if err != nil {
			t.Fatal(err)
		}
		r := &Runner{Analyze: story.NewPipeline(defaultParser(t), defaultSummary(), nil).Analyze, Sink: o.Sink, Jobs: 2}
		if _, err := r.Run(context.Background(), story.Walk([]string{root}, Filter{}, nil)); err != nil {
			t.Fatal(err)
		}
	}
	run()
	run() // the second run replaces the first's rows
	db, err := OpenDB(out)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	count := func(q string) int {
		t.Helper()
		var n int
		if err := db.QueryRow(q).Scan(&n); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		return n
	}
	if n := count(`SELECT COUNT(*) FROM quotes`); n != 2 {
		t.Errorf("%d quotes, want 2", n)
	}
	if n := count(`SELECT COUNT(*) FROM quotes q JOIN entities e ON e.id = q.entity_id WHERE e.name = 'Karl Weber' AND q.speaker = e.name AND q.kind = 'direct' AND q.cue = 'said'`); n != 1 {
		t.Errorf("%d direct quotes linked to Karl Weber, want 1", n)
	}
	if n := count(`SELECT COUNT(*) FROM quotes WHERE entity_id IS NULL AND speaker = 'A spokeswoman' AND speaker_type IS NULL AND kind = 'indirect'`); n != 1 {
		t.Errorf("%d quotes by an unnamed spokeswoman, want 1", n)
	}
	if n := count(`SELECT COUNT(*) FROM quotes WHERE char_end - char_start != length(text)`); n != 0 {
		t.Errorf("%d quotes whose offsets do not span their text", n)
	}
	if n := count(`SELECT COUNT(*) FROM quotes q LEFT JOIN stories s ON s.id = q.story_id WHERE s.id IS NULL`); n != 0 {
		t.Errorf("%d orphan quotes", n)
	}
}

// JSON Lines records carry the quotes, [] when there are none.
func TestJSONLQuotes(t *testing.T) {
	root := tree(t, map[string]string{
		"1.txt": "Karl Weber met the union in Hamburg on Monday. \"We will not close the port,\" Weber said.",
		"2.txt": "The port reopened on Friday. Nobody was quoted.",
	})
	out := filepath.Join(t.TempDir(), "r.jsonl")
	o, err := Open(OutputOptions{Path: out, Format: FormatJSONL})
	if err != nil {
		t.Fatal(err)
	}
	r := &Runner{Analyze: story.NewPipeline(defaultParser(t), defaultSummary(), nil).Analyze, Sink: o.Sink, Jobs: 2}
	if _, err := r.Run(context.Background(), story.Walk([]string{root}, Filter{}, nil)); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var n []int
	for _, l := range readLines(t, data) {
		raw, _ := json.Marshal(l["quotes"])
		var qs []map[string]any
		if err := json.Unmarshal(raw, &qs); err != nil || qs == nil {
			t.Fatalf("quotes field %s: %v", raw, err)
		}
		n = append(n, len(qs))
	}
	if len(n) != 2 || n[0] != 1 || n[1] != 0 {
		t.Errorf("quotes per record = %v, want [1 0]", n)
	}
}

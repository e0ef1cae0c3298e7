package batch

import (
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// runInto walks root into out with the fake analyzer and returns the stats.
func runInto(t *testing.T, root, out, format string, resume bool) Stats {
	t.Helper()
	o, err := Open(OutputOptions{Path: out, Format: format, Resume: resume})
	if err != nil {
		t.Fatal(err)
	}
	r := &Runner{Analyze: fakeAnalyzer(time.Millisecond, 9), Sink: o.Sink, Jobs: 3, Done: o.Done}
	st, err := r.Run(context.Background(), Walk([]string{root}, Filter{}, nil))
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func TestResume(t *testing.T) {
	for _, format := range Formats {
		if format == FormatHTML {
			continue // no resume (TestHTMLOutputErrors)
		}
		t.Run(format, func(t *testing.T) {
			root := tree(t, map[string]string{"a.txt": "alpha", "b/c.txt": "gamma", "d.txt": "FAIL delta", "e.txt": ""})
			out := filepath.Join(t.TempDir(), "out."+format)
			first := runInto(t, root, out, format, false)
			if first.Stories != 4 || first.Failed != 1 {
				t.Fatalf("first run: %+v", first)
			}
			second := runInto(t, root, out, format, true)
			if second.Stories != 0 || second.Skipped != 4 {
				t.Errorf("second run: %+v; want all 4 skipped", second)
			}
			// A changed file and a new one are processed; the rest skipped.
			os.WriteFile(filepath.Join(root, "a.txt"), []byte("alpha 2"), 0o644)
			os.WriteFile(filepath.Join(root, "f.txt"), []byte("phi"), 0o644)
			third := runInto(t, root, out, format, true)
			if third.Stories != 2 || third.Skipped != 3 {
				t.Errorf("third run: %+v; want 2 processed, 3 skipped", third)
			}
			if got := titles(t, out, format); !slices.Contains(got, "alpha 2") || !slices.Contains(got, "phi") || !slices.Contains(got, "gamma") {
				t.Errorf("titles after resume: %q", got)
			}
		})
	}
}

// titles reads back the titles an output holds.
func titles(t *testing.T, out, format string) []string {
	t.Helper()
	var got []string
	switch format {
	case FormatJSONL:
		data, _ := os.ReadFile(out)
		for _, l := range readLines(t, data) {
			if s, ok := l["title"].(string); ok {
				got = append(got, s)
			}
		}
	case FormatCSV:
		f, _ := os.Open(out)
		defer f.Close()
		recs, err := csv.NewReader(f).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(recs[0], csvHeader) {
			t.Fatalf("header %q", recs[0])
		}
		for _, r := range recs[1:] {
			if len(r) != len(csvHeader) {
				t.Fatalf("row %q", r)
			}
			if r[1] != "" {
				got = append(got, r[1])
			}
		}
		if n := strings.Count(readFile(t, out), "source,title"); n != 1 {
			t.Errorf("%d headers in the CSV", n)
		}
	case FormatSQLite:
		db, err := OpenDB(out)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		rows, err := db.Query(`SELECT title FROM stories WHERE error IS NULL`)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var s string
			rows.Scan(&s)
			got = append(got, s)
		}
		rows.Close()
	}
	return got
}

func readFile(t *testing.T, p string) string {
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestResumeCutsAnIncompleteLine(t *testing.T) {
	root := tree(t, map[string]string{"a.txt": "alpha", "b.txt": "beta"})
	out := filepath.Join(t.TempDir(), "out.jsonl")
	runInto(t, root, out, FormatJSONL, false)
	data := readFile(t, out)
	// Keep the first line and half of the second, as a killed run might.
	cut := strings.IndexByte(data, '\n') + 1 + 10
	os.WriteFile(out, []byte(data[:cut]), 0o644)
	st := runInto(t, root, out, FormatJSONL, true)
	if st.Stories != 1 || st.Skipped != 1 {
		t.Errorf("stats %+v; want b.txt processed again", st)
	}
	if lines := readLines(t, []byte(readFile(t, out))); len(lines) != 2 {
		t.Errorf("%d lines after resume, want 2", len(lines))
	}
}

func TestOpenErrors(t *testing.T) {
	for _, o := range []OutputOptions{
		{Format: FormatJSONL, Resume: true},
		{Format: FormatSQLite},
		{Path: filepath.Join(t.TempDir(), "x"), Format: "xml"},
	} {
		if _, err := Open(o); err == nil {
			t.Errorf("Open(%+v) passed", o)
		}
	}
	if FormatFor("r.DB") != FormatSQLite || FormatFor("r.csv") != FormatCSV || FormatFor("") != FormatJSONL {
		t.Error("FormatFor")
	}
}

func TestSQLiteRoundTrip(t *testing.T) {
	root := tree(t, map[string]string{
		"1.txt": "Donald Trump met Vladimir Putin in Geneva. Trump spoke first. Putin spoke later.",
		"2.txt": "Vladimir Putin flew home to Moscow. Donald Trump stayed in Geneva.",
		"3.txt": "Angela Merkel visited Paris.",
		"4.txt": "",
	})
	out := filepath.Join(t.TempDir(), "r.db")
	o, err := Open(OutputOptions{Path: out, Format: FormatSQLite})
	if err != nil {
		t.Fatal(err)
	}
	parser := defaultParser(t)
	r := &Runner{Analyze: NewPipeline(parser, defaultSummary(), nil, 1).Analyze, Sink: o.Sink, Jobs: 2}
	if _, err := r.Run(context.Background(), Walk([]string{root}, Filter{}, nil)); err != nil {
		t.Fatal(err)
	}
	db, err := OpenDB(out)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	count := func(q string, args ...any) int {
		t.Helper()
		var n int
		if err := db.QueryRow(q, args...).Scan(&n); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		return n
	}
	if n := count(`SELECT COUNT(*) FROM stories`); n != 4 {
		t.Errorf("%d stories, want 4", n)
	}
	if n := count(`SELECT COUNT(*) FROM stories WHERE error LIKE '%empty%'`); n != 1 {
		t.Errorf("%d error stories, want 1", n)
	}
	// Every entity's mention count matches its mentions rows, and every
	// mention's offsets span its text's length.
	if n := count(`SELECT COUNT(*) FROM entities e WHERE e.mentions != (SELECT COUNT(*) FROM mentions m WHERE m.entity_id = e.id)`); n != 0 {
		t.Errorf("%d entities whose mention count disagrees with the mentions table", n)
	}
	if n := count(`SELECT COUNT(*) FROM mentions WHERE char_end - char_start != length(text)`); n != 0 {
		t.Errorf("%d mentions whose offsets do not span their text", n)
	}
	if n := count(`SELECT COUNT(*) FROM summaries`); n == 0 {
		t.Error("no summaries")
	}
	// The README's first query: stories that mention both Putin and Trump.
	rows, err := db.Query(readmeBothQuery, "%Putin%", "%Trump%")
	if err != nil {
		t.Fatal(err)
	}
	var both []string
	for rows.Next() {
		var src, title string
		rows.Scan(&src, &title)
		both = append(both, filepath.Base(src))
	}
	rows.Close()
	if !slices.Equal(both, []string{"1.txt", "2.txt"}) {
		t.Errorf("stories with both = %q, want 1.txt and 2.txt", both)
	}
	// Writing the same stories again replaces their rows.
	o, err = Open(OutputOptions{Path: out, Format: FormatSQLite})
	if err != nil {
		t.Fatal(err)
	}
	r.Sink = o.Sink
	if _, err := r.Run(context.Background(), Walk([]string{root}, Filter{}, nil)); err != nil {
		t.Fatal(err)
	}
	if n := count(`SELECT COUNT(*) FROM stories`); n != 4 {
		t.Errorf("%d stories after a second run, want 4", n)
	}
	if n := count(`SELECT COUNT(*) FROM mentions m LEFT JOIN stories s ON s.id = m.story_id WHERE s.id IS NULL`); n != 0 {
		t.Errorf("%d orphan mentions", n)
	}
}

// readmeBothQuery is the README's example: stories that mention two names.
const readmeBothQuery = `
SELECT s.source, s.title FROM stories s
WHERE EXISTS (SELECT 1 FROM mentions m WHERE m.story_id = s.id AND m.text LIKE ?)
  AND EXISTS (SELECT 1 FROM mentions m WHERE m.story_id = s.id AND m.text LIKE ?)
ORDER BY s.source`

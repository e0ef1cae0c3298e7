package batch

import (
	"context"
	"encoding/csv"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsnlp/newsnlp/story"
)

// runInto walks root into out with the fake analyzer and returns the stats.
func runInto(t *testing.T, root, out, format string, resume bool) Stats {
	t.Helper()
	o, err := Open(OutputOptions{Path: out, Format: format, Resume: resume})
	if err != nil {
		t.Fatal(err)
	}
	r := &Runner{Analyze: fakeAnalyzer(time.Millisecond, 9), Sink: o.Sink, Jobs: 3, Done: o.Done}
	st, err := r.Run(context.Background(), story.Walk([]string{root}, Filter{}, nil))
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
	for name, want := range map[string]string{"r.DB": FormatSQLite, "r.csv": FormatCSV, "": FormatJSONL, "-": FormatJSONL,
		"out": FormatJSONL, "a/r.ndjson": FormatJSONL, "r.parquet": "", "r.json": "", "r.txt": ""} {
		got, err := FormatFor(name)
		var optErr *OptionError
		if got != want || (want == "") != errors.As(err, &optErr) {
			t.Errorf("FormatFor(%q) = %q, %v; want %q", name, got, err, want)
		}
	}
}

func TestSQLiteRoundTrip(t *testing.T) {
	root := tree(t, map[string]string{
		"1.txt": "Helena Marques met Tiago Ferraz in Geneva. Marques spoke first. Ferraz spoke later.",
		"2.txt": "Tiago Ferraz flew home to Moscow. Helena Marques stayed in Geneva.",
		"3.txt": "Angela Merkel visited Paris.",
		"4.txt": "",
	})
	out := filepath.Join(t.TempDir(), "r.db")
	o, err := Open(OutputOptions{Path: out, Format: FormatSQLite})
	if err != nil {
		t.Fatal(err)
	}
	parser := defaultParser(t)
	r := &Runner{Analyze: story.NewPipeline(parser, defaultSummary(), nil).Analyze, Sink: o.Sink, Jobs: 2}
	if _, err := r.Run(context.Background(), story.Walk([]string{root}, Filter{}, nil)); err != nil {
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
	// The README's first query: stories that mention both Ferraz and Marques.
	rows, err := db.Query(readmeBothQuery, "%Ferraz%", "%Marques%")
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
	if _, err := r.Run(context.Background(), story.Walk([]string{root}, Filter{}, nil)); err != nil {
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

// TestSQLiteRepeatedSource: a story given twice (the same file, or a stream
// id repeated) neither aborts the run nor loses rows: the later one
// replaces the earlier, and every story after it is committed.
func TestSQLiteRepeatedSource(t *testing.T) {
	out := filepath.Join(t.TempDir(), "r.db")
	o, err := Open(OutputOptions{Path: out, Format: FormatSQLite})
	if err != nil {
		t.Fatal(err)
	}
	stream := `{"id":"a","text":"alpha"}
{"id":"b","text":"beta"}
{"id":"a","text":"alpha again"}
{"id":"c","text":"gamma"}
`
	r := &Runner{Analyze: fakeAnalyzer(time.Millisecond, 3), Sink: o.Sink, Jobs: 2}
	st, err := r.Run(context.Background(), story.Stream(strings.NewReader(stream), 0, nil))
	if err != nil || st.Stories != 4 {
		t.Fatalf("run: %+v, %v", st, err)
	}
	got := titles(t, out, FormatSQLite)
	slices.Sort(got)
	if !slices.Equal(got, []string{"alpha again", "beta", "gamma"}) {
		t.Errorf("stories %q; want the later a, b and c", got)
	}
	// The same file under two names in one walk.
	root := tree(t, map[string]string{"a.txt": "alpha", "b.txt": "beta"})
	out = filepath.Join(t.TempDir(), "w.db")
	if o, err = Open(OutputOptions{Path: out, Format: FormatSQLite}); err != nil {
		t.Fatal(err)
	}
	r = &Runner{Analyze: fakeAnalyzer(time.Millisecond, 3), Sink: o.Sink, Jobs: 2}
	a := filepath.Join(root, "a.txt")
	jobs := func(yield func(Job) bool) {
		for _, p := range []string{a, filepath.Join(root, "b.txt"), a} {
			if !yield(Job{Name: p, Path: p}) {
				return
			}
		}
	}
	if _, err := r.Run(context.Background(), jobs); err != nil {
		t.Fatal(err)
	}
	if got := titles(t, out, FormatSQLite); len(got) != 2 {
		t.Errorf("stories %q; want a and b once each", got)
	}
}

// TestSQLiteFailedWriteKeepsEarlierStories: when writing a story fails,
// the run stops, and the stories written before it are committed.
func TestSQLiteFailedWriteKeepsEarlierStories(t *testing.T) {
	out := filepath.Join(t.TempDir(), "r.db")
	o, err := Open(OutputOptions{Path: out, Format: FormatSQLite})
	if err != nil {
		t.Fatal(err)
	}
	db, err := OpenDB(out)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`CREATE TRIGGER boom BEFORE INSERT ON stories WHEN NEW.title = 'boom'
		BEGIN SELECT RAISE(ABORT, 'no room for boom'); END`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	stream := `{"id":"a","text":"alpha"}
{"id":"b","text":"beta"}
{"id":"x","text":"boom"}
{"id":"c","text":"gamma"}
`
	r := &Runner{Analyze: fakeAnalyzer(0, 3), Sink: o.Sink, Jobs: 1}
	if _, err := r.Run(context.Background(), story.Stream(strings.NewReader(stream), 0, nil)); err == nil || !strings.Contains(err.Error(), "no room for boom") {
		t.Fatalf("run error %v; want the failed write", err)
	}
	got := titles(t, out, FormatSQLite)
	slices.Sort(got)
	if !slices.Equal(got, []string{"alpha", "beta"}) {
		t.Errorf("stories %q; want the two written before the failure", got)
	}
}

// TestResumeReplacesChangedStory: after a file changed, resume writes its
// new record and drops the stale one, in every format, and keeps the order
// of the others.
func TestResumeReplacesChangedStory(t *testing.T) {
	for _, format := range Formats {
		if format == FormatHTML {
			continue // no resume (TestHTMLOutputErrors)
		}
		t.Run(format, func(t *testing.T) {
			root := tree(t, map[string]string{"a.txt": "alpha", "b.txt": "beta", "c.txt": "gamma"})
			out := filepath.Join(t.TempDir(), "out."+format)
			runInto(t, root, out, format, false)
			os.WriteFile(filepath.Join(root, "b.txt"), []byte("beta 2"), 0o644)
			st := runInto(t, root, out, format, true)
			if st.Stories != 1 || st.Skipped != 2 {
				t.Errorf("resume: %+v; want b processed, a and c skipped", st)
			}
			got := titles(t, out, format)
			slices.Sort(got)
			if !slices.Equal(got, []string{"alpha", "beta 2", "gamma"}) {
				t.Errorf("titles %q; want the new b and no stale one", got)
			}
			// A second resume finds nothing to do and changes nothing.
			before := readFile(t, out)
			if st := runInto(t, root, out, format, true); st.Stories != 0 || st.Skipped != 3 {
				t.Errorf("second resume: %+v", st)
			}
			if format != FormatSQLite && readFile(t, out) != before {
				t.Error("a resume with nothing to do rewrote the output")
			}
		})
	}
}

package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsnlp/newsnlp"
	"github.com/newsnlp/newsnlp/entity"
	"github.com/newsnlp/newsnlp/internal/batch"
	"github.com/newsnlp/newsnlp/internal/iostreams"
	"github.com/newsnlp/newsnlp/source"
	"github.com/newsnlp/newsnlp/summarize"
)

// storyDir writes a small archive: stories, an empty file and a binary one.
func storyDir(t *testing.T) string {
	t.Helper()
	root := t.TempDir()
	files := map[string]string{
		"2024/01/a.txt":  "Helena Marques met Tiago Ferraz in Geneva.\n\nMarques said talks went well. Ferraz agreed.",
		"2024/01/b.html": "<html><body><article><p>Tiago Ferraz returned to Moscow on Saturday.</p></article></body></html>",
		"2024/02/c.txt":  "President Marques spoke to reporters in Washington about Moscow. He took questions.",
		"empty.txt":      "",
		"blob.bin":       "\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00",
		"logo.png":       "\x89PNG",
	}
	for name, body := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

// runCmd runs newsnlp with args on test streams.
func runCmd(t *testing.T, ctx context.Context, stdoutTTY, stderrTTY bool, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	ios, in, out, errOut := iostreams.Test()
	ios.SetTTY(false, stdoutTTY, stderrTTY)
	in.WriteString(stdin)
	code = run(ctx, newFactory(ios), args)
	return code, out.String(), errOut.String()
}

func TestBatchCommandFolder(t *testing.T) {
	root := storyDir(t)
	for _, tty := range []bool{false, true} {
		t.Run(fmt.Sprintf("stderr tty=%v", tty), func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "out.jsonl")
			code, stdout, stderr := runCmd(t, context.Background(), tty, tty, "", "batch", root, "--format", "jsonl", "--out", out, "--jobs", "2")
			if code != exitPartial {
				t.Errorf("exit %d, want %d (some files failed)\n%s", code, exitPartial, stderr)
			}
			if stdout != "" {
				t.Errorf("stdout not empty with --out: %q", stdout)
			}
			lines := jsonLines(t, mustRead(t, out))
			if len(lines) != 5 {
				t.Fatalf("%d lines, want 5 (3 stories, 2 bad files; the PNG left out)", len(lines))
			}
			var sources []string
			for _, l := range lines {
				src, _ := filepath.Rel(root, l["source"].(string))
				sources = append(sources, filepath.ToSlash(src))
				if _, bad := l["error"]; bad {
					continue
				}
				if ents, _ := l["entities"].([]any); len(ents) == 0 {
					t.Errorf("%s: no entities", src)
				}
				if sum, _ := l["summary"].([]any); len(sum) == 0 {
					t.Errorf("%s: no summary", src)
				}
			}
			want := "2024/01/a.txt 2024/01/b.html 2024/02/c.txt blob.bin empty.txt"
			if got := strings.Join(sources, " "); got != want {
				t.Errorf("order %q, want %q", got, want)
			}
			if !strings.Contains(stderr, "processed 5 stories, 2 failed, in ") || !strings.Contains(stderr, "stories/s") {
				t.Errorf("no summary line on stderr:\n%s", stderr)
			}
			if !strings.Contains(stderr, "empty.txt: empty input") || !strings.Contains(stderr, "blob.bin: binary data") {
				t.Errorf("bad files not reported on stderr:\n%s", stderr)
			}
			if !strings.Contains(stderr, "left out 1 file that is") && !strings.Contains(stderr, "left out 1 file that are") {
				t.Errorf("the PNG left out is not mentioned:\n%s", stderr)
			}
			bar := strings.Contains(stderr, "\r")
			if bar != tty {
				t.Errorf("progress bar drawn = %v on a stderr with tty = %v:\n%q", bar, tty, stderr)
			}
		})
	}
}

func TestBatchCommandStdout(t *testing.T) {
	root := storyDir(t)
	for _, tty := range []bool{false, true} {
		code, stdout, stderr := runCmd(t, context.Background(), tty, tty, "", "batch", filepath.Join(root, "2024"))
		if code != exitOK {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		if n := len(jsonLines(t, stdout)); n != 3 {
			t.Errorf("tty=%v: %d result lines on stdout, want 3; nothing else may go there:\n%s", tty, n, stdout)
		}
	}
}

func TestBatchCommandStream(t *testing.T) {
	in := `{"id":"x1","text":"Angela Merkel spoke in Berlin."}
{"id":"x2"}
{"id":"x3","html":"<p>Emmanuel Macron visited Rome.</p>"}
`
	code, stdout, stderr := runCmd(t, context.Background(), false, false, in, "batch", "--jsonl", "-")
	if code != exitPartial {
		t.Errorf("exit %d, want %d\n%s", code, exitPartial, stderr)
	}
	lines := jsonLines(t, stdout)
	if len(lines) != 3 || lines[0]["id"] != "x1" || lines[1]["id"] != "x2" || lines[2]["id"] != "x3" {
		t.Fatalf("lines = %v", lines)
	}
	if _, ok := lines[1]["error"]; !ok {
		t.Errorf("line 2 has no error: %v", lines[1])
	}
	if code, stdout2, _ := runCmd(t, context.Background(), false, false, in, "batch", "--jsonl", "-", "--partial-ok"); code != exitOK || stdout2 != stdout {
		t.Errorf("--partial-ok: exit %d, or output differs", code)
	}
	// An empty stream is not an error: a pipeline may send none.
	if code, _, stderr := runCmd(t, context.Background(), false, false, "", "batch", "--jsonl", "-"); code != exitOK {
		t.Errorf("empty stream: exit %d: %s", code, stderr)
	}
}

func TestBatchCommandExitCodes(t *testing.T) {
	root := storyDir(t)
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	tests := []struct {
		name string
		ctx  context.Context
		args []string
		code int
	}{
		{"all failed", context.Background(), []string{"batch", filepath.Join(root, "empty.txt"), filepath.Join(root, "blob.bin")}, exitFailure},
		{"no stories", context.Background(), []string{"batch", "--include", "*.nothing", root}, exitFailure},
		{"interrupted", cancelled, []string{"batch", root}, exitInterrupted},
		{"no args", context.Background(), []string{"batch"}, exitUsage},
		{"bad format", context.Background(), []string{"batch", root, "--format", "xml"}, exitUsage},
		{"bad glob", context.Background(), []string{"batch", root, "--include", "[x"}, exitUsage},
		{"resume to stdout", context.Background(), []string{"batch", root, "--resume"}, exitUsage},
		{"sqlite to stdout", context.Background(), []string{"batch", root, "--format", "sqlite"}, exitUsage},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCmd(t, tt.ctx, false, false, "", tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d\n%s", code, tt.code, stderr)
			}
		})
	}
}

func TestBatchRunResumeAndSQLite(t *testing.T) {
	root := storyDir(t)
	db := filepath.Join(t.TempDir(), "r.db")
	code, stdout, stderr := runCmd(t, context.Background(), false, false, "", "batch", root, "--out", db)
	if code != exitPartial || stdout != "" {
		t.Fatalf("exit %d, stdout %q: %s", code, stdout, stderr)
	}
	code, _, stderr = runCmd(t, context.Background(), false, false, "", "batch", root, "--out", db, "--resume")
	if code != exitOK || !strings.Contains(stderr, "processed 0 stories, 0 failed, 5 skipped") {
		t.Errorf("resume: exit %d\n%s", code, stderr)
	}
}

// TestBatchRunOrderWithFakeAnalyzer drives batchRun with an injected
// analyzer whose delays reverse the finishing order.
func TestBatchRunOrderWithFakeAnalyzer(t *testing.T) {
	root := t.TempDir()
	for i := range 20 {
		os.WriteFile(filepath.Join(root, fmt.Sprintf("%02d.txt", i)), []byte(fmt.Sprint(i)), 0o644)
	}
	ios, _, out, _ := iostreams.Test()
	opts := testBatchOptions(newFactory(ios), root, 8, func(ctx context.Context, in batch.Input) (*batch.Story, error) {
		var n int
		fmt.Sscan(string(in.Data), &n)
		time.Sleep(time.Duration(20-n) * time.Millisecond)
		return &batch.Story{Title: string(in.Data)}, nil
	})
	if err := batchRun(context.Background(), opts); err != nil {
		t.Fatal(err)
	}
	for i, l := range jsonLines(t, out.String()) {
		if l["title"] != fmt.Sprint(i) {
			t.Fatalf("line %d has title %v", i, l["title"])
		}
	}
}

func TestEntitiesDir(t *testing.T) {
	root := storyDir(t)
	ios, _, out, errOut := iostreams.Test()
	f := newFactory(ios)
	f.Parser = func() (*newsnlp.Parser, error) { return newsnlp.DefaultParser() }
	code := run(context.Background(), f, []string{"entities", "--format", "json", root})
	if code != exitPartial {
		t.Errorf("exit %d, want %d: %s", code, exitPartial, errOut)
	}
	var rows []entity.Row
	if err := json.Unmarshal(out.Bytes(), &rows); err != nil {
		t.Fatalf("not a JSON array of rows: %v\n%s", err, out)
	}
	var moscow *entity.Row
	for i := range rows {
		if rows[i].Name == "Moscow" {
			moscow = &rows[i]
		}
	}
	if moscow == nil || moscow.Stories != 2 || len(moscow.Sources) != 2 {
		t.Fatalf("no row for Moscow in 2 stories: %+v", rows)
	}
	// A TTY gets a table; a pipe gets TSV.
	code, stdout, _ := runCmd(t, context.Background(), false, false, "", "entities", root)
	if code != exitPartial || !strings.HasPrefix(stdout, "name\ttype\tstories\tmentions\taliases\tsources\n") {
		t.Errorf("piped entities DIR: exit %d\n%s", code, stdout)
	}
	_, stdout, _ = runCmd(t, context.Background(), true, false, "", "entities", root)
	if !strings.Contains(stdout, "STORIES") {
		t.Errorf("entities DIR on a terminal is not a table:\n%s", stdout)
	}
	// One-article commands still refuse a folder.
	for _, cmd := range []string{"summarize", "sentences", "tokens", "analyze"} {
		code, _, stderr := runCmd(t, context.Background(), false, false, "", cmd, root)
		if code == exitOK || !strings.Contains(stderr, "is a directory") {
			t.Errorf("%s DIR: exit %d, stderr %q", cmd, code, stderr)
		}
	}
	// The table through batch, to a file.
	table := filepath.Join(t.TempDir(), "t.csv")
	code, stdout, _ = runCmd(t, context.Background(), false, false, "", "batch", root, "--entities-table", "--out", table)
	if stdout != "" || !strings.HasPrefix(mustRead(t, table), "name,type,stories") {
		t.Errorf("batch --entities-table --out: exit %d, stdout %q", code, stdout)
	}
}

// testBatchOptions are the batch command's defaults for a run over root
// with jobs workers and an injected analyzer, as flag parsing would set them.
func testBatchOptions(f *Factory, root string, jobs int, analyze batch.Analyzer) *batchOptions {
	return &batchOptions{Factory: f, paths: []string{root}, jobs: jobs,
		input:        inputFlags{maxBytes: source.DefaultMaxBytes},
		length:       lengthFlags{Options: summarize.Options{Sentences: summarize.DefaultSentences}},
		headline:     headlineFlags{timeout: time.Second, concurrency: 1},
		tableSources: entity.DefaultTableSources,
		Analyze:      analyze,
	}
}

func jsonLines(t *testing.T, s string) []map[string]any {
	t.Helper()
	var out []map[string]any
	for _, line := range strings.Split(strings.TrimSpace(s), "\n") {
		if line == "" {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("not a JSON line: %q", line)
		}
		out = append(out, m)
	}
	return out
}

func mustRead(t *testing.T, p string) string {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestBatchSmallDefects: what issue 14 found in batch's edges.
func TestBatchSmallDefects(t *testing.T) {
	root := storyDir(t)
	os.WriteFile(filepath.Join(root, ".hidden.txt"), []byte("Hidden story about Lisbon."), 0o644)

	// An output extension that names no format is an error, not JSONL.
	code, _, stderr := runCmd(t, context.Background(), false, false, "", "batch", root, "--out", filepath.Join(t.TempDir(), "x.parquet"))
	if code != exitUsage || !strings.Contains(stderr, ".parquet") {
		t.Errorf("--out x.parquet: exit %d, stderr %q", code, stderr)
	}
	// A hidden file gets the note the README promises.
	code, _, stderr = runCmd(t, context.Background(), false, false, "", "batch", root, "--out", filepath.Join(t.TempDir(), "o.jsonl"))
	if code != exitPartial || !strings.Contains(stderr, ".hidden.txt") {
		t.Errorf("hidden file not mentioned: exit %d\n%s", code, stderr)
	}
	// A URL says that batch does not fetch.
	code, _, stderr = runCmd(t, context.Background(), false, false, "", "batch", "https://example.com/story")
	if code != exitUsage || strings.Contains(stderr, "no such file") || !strings.Contains(stderr, "URL") {
		t.Errorf("batch URL: exit %d, stderr %q", code, stderr)
	}
	// Stream errors name no Go type.
	_, stdout, stderr := runCmd(t, context.Background(), false, false, `"just a string"`+"\n"+`{"id":1,"text":5}`+"\n", "batch", "--jsonl", "-")
	if strings.Contains(stdout+stderr, "batch.") || strings.Contains(stdout+stderr, "Go value") {
		t.Errorf("stream errors show Go types:\n%s\n%s", stdout, stderr)
	}
	if lines := jsonLines(t, stdout); len(lines) != 2 || lines[0]["error"] == nil || lines[1]["error"] == nil {
		t.Errorf("want two error lines, got %v", lines)
	}
	// A file given twice, directly and inside its folder, counts once.
	a := filepath.Join(root, "2024", "01", "a.txt")
	code, stdout, _ = runCmd(t, context.Background(), false, false, "", "batch", filepath.Join(root, "2024"), a)
	if n := len(jsonLines(t, stdout)); code != exitOK || n != 3 {
		t.Errorf("batch DIR DIR/a.txt: exit %d, %d records, want 3", code, n)
	}
	code, stdout, _ = runCmd(t, context.Background(), false, false, "", "entities", "--format", "json", root, a)
	if code != exitPartial {
		t.Errorf("entities DIR DIR/a.txt: exit %d, want %d (the folder's bad files)", code, exitPartial)
	}
	var rows []entity.Row
	json.Unmarshal([]byte(stdout), &rows)
	for _, r := range rows {
		if r.Name == "Geneva" && r.Stories != 1 {
			t.Errorf("entities DIR DIR/a.txt: Geneva in %d stories, want 1", r.Stories)
		}
	}
}

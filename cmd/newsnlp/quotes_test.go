package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// quotes DIR lists every story's quotes in path order with a source
// column; a story that fails is reported and the others go on.
func TestQuotesDir(t *testing.T) {
	root := storyDir(t)
	code, stdout, stderr := runCmd(t, context.Background(), false, false, "", "quotes", root)
	if code != exitPartial {
		t.Errorf("exit %d, want %d: %s", code, exitPartial, stderr)
	}
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	if lines[0] != "source\tspeaker\trole\tkind\tquote" {
		t.Fatalf("header %q", lines[0])
	}
	if len(lines) != 2 || !strings.HasSuffix(strings.Split(lines[1], "\t")[0], filepath.Join("2024", "01", "a.txt")) ||
		!strings.Contains(lines[1], "Marques\t\tindirect\ttalks went well") {
		t.Errorf("rows:\n%s", stdout)
	}
	if !strings.Contains(stderr, "empty.txt") || !strings.Contains(stderr, "logo.png") {
		t.Errorf("stderr does not name the empty file and the file left out:\n%s", stderr)
	}
	// JSON: an array, one object per story that worked, in path order.
	_, stdout, _ = runCmd(t, context.Background(), false, false, "", "quotes", "--format", "json", root)
	var docs []struct {
		Source string           `json:"source"`
		Quotes []map[string]any `json:"quotes"`
	}
	if err := json.Unmarshal([]byte(stdout), &docs); err != nil {
		t.Fatalf("not a JSON array: %v\n%s", err, stdout)
	}
	var names []string
	for _, d := range docs {
		names = append(names, filepath.ToSlash(strings.TrimPrefix(d.Source, root)))
	}
	if strings.Join(names, " ") != "/2024/01/a.txt /2024/01/b.html /2024/02/c.txt" {
		t.Errorf("sources %v", names)
	}
}

// A story without quotations gives an empty list and exit 0.
func TestQuotesNone(t *testing.T) {
	r := runCLI(t, "The council met on Tuesday. The vote passed 11 to 6.", false, "quotes", "--format", "json")
	if r.code != 0 || !strings.Contains(r.out, `"quotes": []`) {
		t.Errorf("exit %d, output:\n%s", r.code, r.out)
	}
}

// eval quotes scores a hand-written labelled story end to end.
func TestEvalQuotes(t *testing.T) {
	text := "Karl Weber met the union in Hamburg on Monday. \"We will not close the port,\" Weber said. Ana Ortiz believes the port will close."
	span := func(s string) map[string]int {
		i := strings.Index(text, s)
		start := len([]rune(text[:i]))
		return map[string]int{"start": start, "end": start + len([]rune(s))}
	}
	doc := map[string]any{"id": "w1", "text": text, "quotes": []any{
		map[string]any{"content": span(`"We will not close the port,"`), "speaker": span("Weber said"), "cue": span("said"), "kind": "direct"},
		map[string]any{"content": span("the port will close"), "speaker": span("Ana Ortiz"), "cue": span("believes"), "kind": "indirect"},
	}}
	b, _ := json.Marshal(doc)
	path := filepath.Join(t.TempDir(), "gold.jsonl")
	if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
	r := runCLI(t, "", false, "eval", "quotes", "--show", "5", path)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.err)
	}
	for _, want := range []string{"gold quotations of saying and writing 1 (1 beliefs", "predicted 1",
		"content (overlap >= 0.5)      1.0000    1.0000    1.0000", "direct-quote recall           1.0000", "speaker                       1.0000"} {
		if !strings.Contains(r.out, want) {
			t.Errorf("no %q in\n%s", want, r.out)
		}
	}
	r = runCLI(t, "", false, "eval", "quotes", filepath.Join(t.TempDir(), "missing.jsonl"))
	if r.code == 0 || !strings.Contains(r.err, "missing.jsonl") {
		t.Errorf("a missing file: exit %d, stderr %q", r.code, r.err)
	}
}

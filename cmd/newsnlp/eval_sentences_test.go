package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestEvalSentences(t *testing.T) {
	dir := t.TempDir()
	rules := filepath.Join(dir, "rules.jsonl")
	data := `{"name": "simple", "text": "Hello World. My name is Jonas.", "sentences": ["Hello World.", "My name is Jonas."]}
{"name": "abbreviation", "text": "I live in the U.S. How about you?", "sentences": ["I live in the U.S.", "How about you?"]}
{"name": "wrong on purpose", "text": "One. Two.", "sentences": ["One. Two."]}
`
	if err := os.WriteFile(rules, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	r := runCLI(t, "", false, "eval", "sentences", rules)
	if r.code != exitOK || !strings.HasPrefix(r.out, "sentences split exactly: 2/3 (66.7%)\n") ||
		!strings.Contains(r.out, "missed: wrong on purpose") || r.err != "" {
		t.Errorf("eval sentences: exit %d\nstdout:\n%s\nstderr:\n%s", r.code, r.out, r.err)
	}
	r = runCLI(t, "", false, "eval", "sentences", "--min", "0.9", rules)
	if r.code != exitFailure || !strings.Contains(r.err, "below --min 90.0%") {
		t.Errorf("--min 0.9: exit %d, stderr %q", r.code, r.err)
	}
	for _, bad := range []struct {
		args []string
		code int
		err  string
	}{
		{[]string{"eval", "sentences"}, exitUsage, "accepts 1 arg"},
		{[]string{"eval", "sentences", "--min", "2", rules}, exitUsage, "--min must be between 0 and 1"},
		{[]string{"eval", "sentences", filepath.Join(dir, "missing.jsonl")}, exitFailure, "missing.jsonl"},
	} {
		r := runCLI(t, "", false, bad.args...)
		if r.code != bad.code || !strings.Contains(r.err, bad.err) || r.out != "" {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit %d and %q", bad.args, r.code, r.out, r.err, bad.code, bad.err)
		}
	}
}

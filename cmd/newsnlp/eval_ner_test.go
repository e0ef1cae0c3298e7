package main

import (
	"strings"
	"testing"
)

// testdata/tiny.conll is hand-written: two short stories, 9 gold mentions.
func TestEvalNER(t *testing.T) {
	for _, mode := range []string{"text", "gold"} {
		r := runCLI(t, "", false, "eval", "ner", "--tokens", mode, "testdata/tiny.conll")
		if r.code != 0 {
			t.Fatalf("--tokens %s: exit %d: %s", mode, r.code, r.err)
		}
		rows := map[string][]string{}
		for _, line := range strings.Split(r.out, "\n") {
			f := strings.Fields(line)
			if len(f) >= 6 {
				rows[strings.Join(f[:len(f)-5], " ")] = f[len(f)-5:]
			}
		}
		want := map[string]string{"LOC": "4", "PER": "1", "ORG": "2", "overall": "7", "table PER/ORG/LOC": "6"}
		for row, gold := range want {
			got, ok := rows[row]
			if !ok {
				t.Errorf("--tokens %s: no %q row in\n%s", mode, row, r.out)
				continue
			}
			if got[3] != gold {
				t.Errorf("--tokens %s: %s gold count %s, want %s", mode, row, got[3], gold)
			}
		}
		if !strings.Contains(r.out, "documents: 2") {
			t.Errorf("--tokens %s: want 2 documents:\n%s", mode, r.out)
		}
	}
}

func TestEvalNERErrors(t *testing.T) {
	for _, args := range [][]string{
		{"eval", "ner", "testdata/no-such-file.conll"},
		{"eval", "ner", "--model", "testdata/tiny.conll", "testdata/tiny.conll"},
	} {
		r := runCLI(t, "", false, args...)
		if r.code == 0 || r.out != "" || strings.Count(strings.TrimSpace(r.err), "\n") != 0 {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want failure, one line on stderr", args, r.code, r.out, r.err)
		}
	}
	for _, args := range [][]string{
		{"eval", "ner", "--tokens", "bogus", "testdata/tiny.conll"},
		{"eval", "ner"},
		{"train", "ner", "--out", "x.bin"},
	} {
		if r := runCLI(t, "", false, args...); r.code != exitUsage {
			t.Errorf("%v: exit %d, want %d (stderr %q)", args, r.code, exitUsage, r.err)
		}
	}
}

package main

import (
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// hostile is a story laced with terminal controls: a title change (OSC 0
// ... BEL), a screen clear (CSI 2J), an 8-bit CSI (U+009B) and a DEL.
const hostile = "Harbour workers in Lisbon voted on Monday to end their strike.\x1b]0;pwned\x07\x1b[2J\n\n" +
	"Union leader Marta Alves\u009b31m said the deal would hold\x7f until May, officials in Porto said.\n\n" +
	"The port of Lisbon reopens on Tuesday, the Harbour Authority said in a statement.\n"

// controlIn returns the first C0 control (other than tab and newline), DEL
// or C1 control in s, or -1.
func controlIn(s string) rune {
	for _, r := range s {
		if unicode.IsControl(r) && r != '\n' && r != '\t' {
			return r
		}
	}
	return -1
}

// TestNoTerminalEscapes: no human-readable format passes a story's control
// characters to the terminal; JSON escapes them.
func TestNoTerminalEscapes(t *testing.T) {
	p := filepath.Join(t.TempDir(), "hostile.txt")
	if err := os.WriteFile(p, []byte(hostile), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		cmd     string
		formats []string
	}{
		{"summarize", []string{"text", "table", "tsv", "csv", "markdown"}},
		{"entities", []string{"text", "table", "tsv", "csv", "markdown"}},
		{"sentences", []string{"text", "table", "tsv", "csv", "markdown"}},
		{"tokens", []string{"tsv", "text", "table"}},
		{"extract", []string{"text"}},
		{"analyze", []string{"text", "table"}},
	} {
		for _, format := range c.formats {
			for _, tty := range []bool{false, true} {
				r := runCLI(t, "", tty, c.cmd, "--format", format, p, p)
				if r.code != 0 {
					t.Fatalf("%s --format %s: exit %d: %s", c.cmd, format, r.code, r.err)
				}
				if ctl := controlIn(r.out); ctl >= 0 {
					t.Errorf("%s --format %s (tty %v): control %U in output:\n%q", c.cmd, format, tty, ctl, r.out)
				}
			}
		}
	}
	r := runCLI(t, "", false, "entities", "--format", "json", p)
	if !strings.Contains(r.out, `\u001b`) && !strings.Contains(r.out, "Lisbon") {
		t.Errorf("JSON lost the text: %s", r.out)
	}
	// The cross-story table and batch's CSV.
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte(hostile), 0o644)
	for _, args := range [][]string{
		{"entities", "--format", "table", dir},
		{"entities", "--format", "tsv", dir},
		{"batch", "--format", "csv", dir},
	} {
		r := runCLI(t, "", true, args...)
		if ctl := controlIn(r.out); ctl >= 0 {
			t.Errorf("%v: control %U in output:\n%q", args, ctl, r.out)
		}
	}
	// A file name with controls in an error message.
	bad := filepath.Join(t.TempDir(), "x\x1b[2Jy.txt")
	r = runCLI(t, "", false, "summarize", bad)
	if ctl := controlIn(r.err); ctl >= 0 || r.code != exitFailure {
		t.Errorf("exit %d, control %U in stderr %q", r.code, ctl, r.err)
	}
}

// TestNoEscapesFromTheLLM: an LLM answer with terminal controls gives a
// clean headline, in text and in JSON.
func TestNoEscapesFromTheLLM(t *testing.T) {
	srv, _ := chatServer(t, func(w http.ResponseWriter, r *http.Request, body []byte, n int) {
		w.Write([]byte(completion("Council \x1b]0;owned\x07backs\u009b2J bridge\x1b[2J")))
	})
	for _, format := range []string{"text", "json"} {
		out, errOut, code := runEnvCLI(t, llmEnv(srv), "summarize", "--headline", "--format", format, writeArticle(t))
		if code != exitOK {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		if ctl := controlIn(out); ctl >= 0 || strings.Contains(out, `\u001b`) || strings.Contains(out, `\u009b`) {
			t.Errorf("--format %s: control %U in output:\n%q", format, ctl, out)
		}
	}
}

// TestTSVIsNotCSV: TSV fields are never quoted (a quotation mark token is
// `"`, not `""""`), so that awk -F'\t' reads them; tabs and line breaks
// inside a field become spaces.
func TestTSVIsNotCSV(t *testing.T) {
	p := filepath.Join(t.TempDir(), "quote.txt")
	os.WriteFile(p, []byte("Marta Alves said \"the strike is over\" on Monday in Lisbon.\n"), 0o644)
	r := runCLI(t, "", false, "tokens", "--format", "tsv", "--no-pos", p)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.err)
	}
	quotes := 0
	for _, line := range strings.Split(strings.TrimSuffix(r.out, "\n"), "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 7 {
			t.Fatalf("line %q has %d fields, want 7", line, len(f))
		}
		if f[4] == `"` {
			quotes++
		}
		if strings.Contains(line, `""`) {
			t.Errorf("CSV quoting in TSV: %q", line)
		}
	}
	if quotes != 2 {
		t.Errorf("%d quotation-mark tokens, want 2:\n%s", quotes, r.out)
	}
	r = runCLI(t, "", false, "sentences", "--format", "tsv", p)
	if strings.Contains(r.out, `""`) || !strings.Contains(r.out, `said "the strike is over" on`) {
		t.Errorf("sentences TSV quotes fields:\n%s", r.out)
	}
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Marta \"Tata\" Alves met Joao Silva in Lisbon.\n"), 0o644)
	r = runCLI(t, "", false, "entities", "--format", "tsv", dir)
	if strings.Contains(r.out, `""`) {
		t.Errorf("cross-story TSV quotes fields:\n%s", r.out)
	}
}

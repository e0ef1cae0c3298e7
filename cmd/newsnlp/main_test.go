package main

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mattn/go-runewidth"
	"github.com/newsnlp/newsnlp/internal/iostreams"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/golden")

// sample is the bundled article, given by a relative path so that the
// "source" in golden output is stable.
const sample = "../../testdata/harbour-vote.txt"

type result struct {
	out, err string
	code     int
}

// runCLI runs newsnlp in-process with args, stdin and the given terminal state.
func runCLI(t *testing.T, stdin string, tty bool, args ...string) result {
	t.Helper()
	io, in, out, errOut := iostreams.Test()
	in.WriteString(stdin)
	io.SetTTY(false, tty, tty)
	if tty {
		io.SetTerminalWidth(100)
	}
	code := run(context.Background(), newFactory(io), args)
	return result{out.String(), errOut.String(), code}
}

// checkGolden compares got with testdata/golden/name, or rewrites it with -update.
func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from golden file; run go test ./cmd/newsnlp -update and review the diff\n%s", name, firstDiff(string(want), got))
	}
}

// firstDiff describes the first line where want and got differ.
func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return "line " + itoa(i+1) + ":\n  want: " + w + "\n  got:  " + g
		}
	}
	return ""
}

func itoa(i int) string {
	var b [20]byte
	n := len(b)
	for {
		n--
		b[n] = byte('0' + i%10)
		i /= 10
		if i == 0 {
			return string(b[n:])
		}
	}
}

func TestGoldenOutput(t *testing.T) {
	cases := []struct {
		cmd     string
		formats []string
		extra   []string
	}{
		{"summarize", []string{"text", "json", "jsonl", "csv", "tsv", "markdown", "table"}, nil},
		{"entities", []string{"table", "text", "json", "jsonl", "csv", "tsv", "markdown"}, nil},
		{"quotes", []string{"table", "text", "json", "jsonl", "csv", "tsv", "markdown"}, nil},
		{"sentences", []string{"text", "json", "tsv"}, nil},
		{"tokens", []string{"tsv", "json"}, []string{"--no-pos"}},
		{"analyze", []string{"json"}, nil},
	}
	for _, c := range cases {
		for _, format := range c.formats {
			name := c.cmd + "." + format
			t.Run(name, func(t *testing.T) {
				args := append([]string{c.cmd, "--format", format}, c.extra...)
				r := runCLI(t, "", false, append(args, sample)...)
				if r.code != 0 {
					t.Fatalf("exit %d, stderr: %s", r.code, r.err)
				}
				if r.err != "" {
					t.Errorf("unexpected stderr: %s", r.err)
				}
				checkGolden(t, name, r.out)
			})
		}
	}
}

// TestDefaultFormats checks that terminals get tables or text and pipes get
// machine formats, without being asked.
func TestDefaultFormats(t *testing.T) {
	cases := []struct {
		cmd      string
		tty      bool
		contains string // a marker of the expected format
	}{
		{"entities", true, "│"},                // a box table
		{"entities", false, "source\tname\t"},  // TSV with a header
		{"quotes", true, "│"},                  // a box table
		{"quotes", false, "source\tspeaker\t"}, // TSV with a header
		{"summarize", false, "Lisbon"},         // plain text
		{"analyze", false, `"entities": [`},    // JSON
	}
	for _, c := range cases {
		r := runCLI(t, "", c.tty, c.cmd, sample)
		if r.code != 0 {
			t.Fatalf("%s tty=%v: exit %d: %s", c.cmd, c.tty, r.code, r.err)
		}
		if !strings.Contains(r.out, c.contains) {
			t.Errorf("%s tty=%v: output lacks %q:\n%s", c.cmd, c.tty, c.contains, r.out)
		}
		if !c.tty && strings.Contains(r.out, "\x1b[") {
			t.Errorf("%s: escape codes in piped output", c.cmd)
		}
	}
}

func TestStdinAndDash(t *testing.T) {
	article, err := os.ReadFile(sample)
	if err != nil {
		t.Fatal(err)
	}
	fromFile := runCLI(t, "", false, "summarize", "--format", "json", sample)
	for _, args := range [][]string{{"summarize", "--format", "json"}, {"summarize", "--format", "json", "-"}} {
		r := runCLI(t, string(article), false, args...)
		if r.code != 0 {
			t.Fatalf("%v: exit %d: %s", args, r.code, r.err)
		}
		want := strings.Replace(fromFile.out, `"source": "`+sample+`"`, `"source": "-"`, 1)
		if r.out != want {
			t.Errorf("%v: stdin output differs from file output", args)
		}
	}
}

func TestHelpListsCommands(t *testing.T) {
	r := runCLI(t, "", false, "--help")
	if r.code != 0 {
		t.Fatalf("exit %d", r.code)
	}
	for _, c := range []string{"summarize", "entities", "quotes", "sentences", "tokens", "analyze", "extract", "batch", "eval", "version"} {
		if !strings.Contains(r.out, "  "+c+" ") {
			t.Errorf("--help does not list %s", c)
		}
	}
	for _, c := range []string{"summarize", "entities", "quotes", "sentences", "tokens", "analyze"} {
		r := runCLI(t, "", false, c, "--help")
		if !strings.Contains(r.out, "Examples:") {
			t.Errorf("%s --help has no examples", c)
		}
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"entities", "--format", "yaml", sample},
		{"summarize", "--no-such-flag"},
		{"summarize", "--sentences", "-1", sample},
		{"summarize", "--ratio", "2", sample},
		{"summarize", "-n", "0", sample},
		{"summarize", "--words", "0", sample},
		{"summarize", "--ratio", "0", sample},
		{"summarize", "--max-bytes", "0", sample},
		{"entities", "--max-bytes", "-5", sample},
		{"summarize", "--max-bytes", "300000000", sample},
		{"summarize", "--max-bytes", "10G", sample},
		{"summarize", "--max-bytes", "12Q", sample},
		{"analyze", "-n", "0", sample},
		{"batch", "-n", "0", sample},
		{"batch", "--max-bytes", "0", sample},
		{"summarize", "--timeout", "0s", "--headline", sample},
		{"entities", "--table-sources", "0", "../../testdata"},
		{"summarize", "-n", "2", "--words", "9", sample},
		{"no-such-command"},
		{"eval", "no-such-command"},
	} {
		r := runCLI(t, "", false, args...)
		if r.code != exitUsage {
			t.Errorf("%v: exit %d, want %d (stderr %q)", args, r.code, exitUsage, r.err)
		}
		if r.out != "" {
			t.Errorf("%v: wrote to stdout: %q", args, r.out)
		}
		if !strings.HasPrefix(r.err, "newsnlp: ") {
			t.Errorf("%v: stderr %q does not start with newsnlp:", args, r.err)
		}
	}
}

// TestBadInput feeds each kind of bad input to the one-article commands: each
// gets one line on stderr naming the input, a non-zero exit and no stdout.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	binary := append([]byte("\x7fELF\x02\x01\x01"), bytes.Repeat([]byte{0, 1, 2, 3, 0xff}, 200)...)
	noise := bytes.Repeat([]byte{0, 0x13, 0x02, 0x9c, 0x00, 0x1b}, 400)
	cases := []struct {
		name, path string
		args       []string
		want       string // in the error line
	}{
		{"missing", filepath.Join(dir, "nope.txt"), nil, "no such file"},
		{"directory", dir, nil, "is a directory"},
		{"empty", write("empty.txt", nil), nil, "empty input"},
		{"blank", write("blank.txt", []byte(" \n\t\n")), nil, "empty input"},
		{"binary", write("a.out", binary), nil, "binary data"},
		{"control-noise", write("noise.txt", noise), nil, "binary data"},
		{"huge", write("huge.txt", bytes.Repeat([]byte("Lisbon is a city. "), 1000)), []string{"--max-bytes", "4096"}, "too large"},
	}
	for _, cmd := range []string{"summarize", "entities"} {
		for _, c := range cases {
			if cmd == "entities" && c.name == "directory" {
				continue // entities DIR prints the cross-story table: see TestEntitiesDir
			}
			t.Run(cmd+"/"+c.name, func(t *testing.T) {
				args := append(append([]string{cmd}, c.args...), c.path)
				r := runCLI(t, "", false, args...)
				if r.code != exitFailure {
					t.Errorf("exit %d, want %d", r.code, exitFailure)
				}
				if r.out != "" {
					t.Errorf("stdout not empty: %q", r.out)
				}
				lines := strings.Split(strings.TrimRight(r.err, "\n"), "\n")
				if len(lines) != 1 {
					t.Errorf("want one stderr line, got %d: %q", len(lines), r.err)
				}
				if !strings.Contains(r.err, c.path) || !strings.Contains(r.err, c.want) {
					t.Errorf("stderr %q should name %s and say %q", r.err, c.path, c.want)
				}
			})
		}
	}
}

// TestPartialFailure: a good and a bad input print the good result, report
// the bad one and exit with the partial code.
func TestPartialFailure(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "missing.txt")
	r := runCLI(t, "", false, "entities", "--format", "jsonl", sample, missing)
	if r.code != exitPartial {
		t.Errorf("exit %d, want %d", r.code, exitPartial)
	}
	if n := strings.Count(r.out, "\n"); n != 1 {
		t.Errorf("want one JSON line for the good input, got %d", n)
	}
	if !strings.Contains(r.err, missing) {
		t.Errorf("stderr does not name %s: %q", missing, r.err)
	}
}

// TestWindows1252 checks that text that is not UTF-8 is decoded, not lost,
// with a warning, and that its accented names survive.
func TestWindows1252(t *testing.T) {
	// "Président François Hollande met Angela Merkel in Paris." in Windows-1252.
	latin1 := []byte("Pr\xe9sident Fran\xe7ois Hollande met Angela Merkel in Paris on Monday.\n")
	p := filepath.Join(t.TempDir(), "latin1.txt")
	if err := os.WriteFile(p, latin1, 0o644); err != nil {
		t.Fatal(err)
	}
	r := runCLI(t, "", false, "sentences", "--format", "json", p)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.err)
	}
	if !strings.Contains(r.err, "Windows-1252") || !strings.Contains(r.err, p) {
		t.Errorf("want a warning naming the input and the encoding, got %q", r.err)
	}
	if !strings.Contains(r.out, "François Hollande") {
		t.Errorf("decoded text lost its accents: %s", r.out)
	}
}

func TestMalformedHTML(t *testing.T) {
	p := filepath.Join(t.TempDir(), "broken.html")
	html := "<html><head><title>Broken</title><body><div><p>Officials in Lisbon said on Monday <b>that the port <i>would reopen.</p></div><p>More text <a href='x'>here"
	if err := os.WriteFile(p, []byte(html), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, cmd := range []string{"summarize", "entities"} {
		r := runCLI(t, "", false, cmd, p)
		if strings.Contains(r.err, "goroutine") || strings.Contains(r.err, "panic") {
			t.Fatalf("%s: crashed: %s", cmd, r.err)
		}
		if r.code != 0 && (r.out != "" || !strings.Contains(r.err, p)) {
			t.Errorf("%s: failed without naming the input, or with output: code %d out %q err %q", cmd, r.code, r.out, r.err)
		}
	}
}

// TestStrayBytesInUTF8: two invalid bytes in UTF-8 text do not turn the
// whole story into mojibake: names keep their letters, no entity carries
// "â", and stderr warns once, naming the input.
func TestStrayBytesInUTF8(t *testing.T) {
	text := []byte("Russia’s envoy met NATO’s chief, Jens Halvorsen, in Zürich on Monday.\xff\n\n" +
		"Halvorsen said NATO’s members would meet again in Zürich\x81 next month.\n")
	p := filepath.Join(t.TempDir(), "stray.txt")
	if err := os.WriteFile(p, text, 0o644); err != nil {
		t.Fatal(err)
	}
	r := runCLI(t, "", false, "entities", "--format", "json", p)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.err)
	}
	if strings.Count(r.err, "\n") != 1 || !strings.Contains(r.err, p) || !strings.Contains(r.err, "2 invalid UTF-8 bytes") {
		t.Errorf("stderr %q; want one warning naming the input and the 2 bytes", r.err)
	}
	if strings.Contains(r.out, "â") || !strings.Contains(r.out, `"Zürich"`) {
		t.Errorf("entities decoded as Windows-1252:\n%s", r.out)
	}
}

// TestVersionFlag: --version prints what the version command prints.
func TestVersionFlag(t *testing.T) {
	flag := runCLI(t, "", false, "--version")
	cmd := runCLI(t, "", false, "version")
	if flag.code != 0 || cmd.code != 0 || flag.out != cmd.out || !strings.HasPrefix(flag.out, "newsnlp ") {
		t.Errorf("--version: exit %d, %q; version: exit %d, %q", flag.code, flag.out, cmd.code, cmd.out)
	}
}

// TestTableFitsTerminal: tables fit the terminal's width; the entity table
// shortens its first-sentence column first.
func TestTableFitsTerminal(t *testing.T) {
	for _, width := range []int{80, 60, 120} {
		for _, args := range [][]string{
			{"entities", sample},
			{"summarize", "--format", "table", sample},
			{"sentences", "--format", "table", sample},
		} {
			io, _, out, errOut := iostreams.Test()
			io.SetTTY(false, true, true)
			io.SetTerminalWidth(width)
			if code := run(context.Background(), newFactory(io), args); code != 0 {
				t.Fatalf("%v: exit %d: %s", args, code, errOut)
			}
			for _, line := range strings.Split(strings.TrimRight(out.String(), "\n"), "\n") {
				if w := runewidth.StringWidth(line); w > width {
					t.Errorf("%v at %d columns: a line of %d columns:\n%s", args, width, w, line)
					break
				}
			}
			if args[0] == "entities" && width == 80 && !strings.Contains(out.String(), "Helena Marques") {
				t.Errorf("entities at 80 columns lost a full name:\n%s", out)
			}
		}
	}
}

func TestByteSize(t *testing.T) {
	for in, want := range map[string]int64{"4096": 4096, "512K": 512 << 10, "16M": 16 << 20, "16MiB": 16 << 20, "16 mb": 16 << 20, "1G": 1 << 30, "7b": 7} {
		var b byteSize
		if err := b.Set(in); err != nil || int64(b) != want {
			t.Errorf("Set(%q) = %d, %v; want %d", in, b, err, want)
		}
	}
	for _, in := range []string{"", "M", "1.5M", "-", "99999999999G"} {
		var b byteSize
		if err := b.Set(in); err == nil {
			t.Errorf("Set(%q) passed: %d", in, b)
		}
	}
	r := runCLI(t, "", false, "summarize", "--max-bytes", "2K", sample)
	if r.code != exitFailure || !strings.Contains(r.err, "too large: more than 2 KiB") {
		t.Errorf("--max-bytes 2K: exit %d, %q", r.code, r.err)
	}
}

package render

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/mattn/go-runewidth"
)

// gridView is a View over a fixed grid.
type gridView struct {
	source string
	grid   Grid
}

func (v gridView) Source() string { return v.source }
func (v gridView) JSON() any      { return v.grid.Rows }
func (v gridView) Grid() Grid     { return v.grid }
func (v gridView) WriteText(w io.Writer) error {
	for _, r := range v.grid.Rows {
		if _, err := fmt.Fprintln(w, strings.Join(r, " | ")); err != nil {
			return err
		}
	}
	return nil
}

func controlIn(s string) rune {
	for _, r := range s {
		if unicode.IsControl(r) && r != '\n' && r != '\t' {
			return r
		}
	}
	return -1
}

// FuzzRender checks the human formats on any cell text: no control
// character gets through; TSV has one line per row and one field per
// column, unquoted; CSV reads back as the grid; Markdown keeps a row a
// line; the table draws whatever the cells hold.
func FuzzRender(f *testing.F) {
	f.Add("Helena Marques", "PERSON", "Mayor; Lisbon Mayor", "\"Yes,\" she said.\nThen\tleft.", uint8(3), uint8(80), true)
	f.Add("a|b", "\x1b]0;t\x07\x1b[2J", "\u009b2J\r\n", "日本語の文章 🙂 and a very long sentence that will need to be clipped or wrapped", uint8(2), uint8(20), false)
	f.Add("", "", "", "", uint8(0), uint8(0), true)
	f.Add("\u0085x", "\u009b", "\"\"\"\"", ",,\t\t", uint8(1), uint8(200), false)
	f.Fuzz(func(t *testing.T, a, b, c, d string, rows, width uint8, clip bool) {
		for _, s := range []string{a, b, c, d} {
			if !utf8.ValidString(s) {
				return // documents are valid UTF-8 (see source.Decode)
			}
		}
		n := int(rows%6) + 1
		g := Grid{Header: []string{"name", "type", "roles", "first_sentence"}, Clip: clip, Shrink: []int{3, 2}}
		for i := range n {
			g.Rows = append(g.Rows, []string{a, b + fmt.Sprint(i), c, d})
		}
		views := []View{gridView{source: "s" + a, grid: g}}
		out := map[Format]string{}
		for _, format := range []Format{TSV, CSV, Markdown, Table, Text} {
			var buf bytes.Buffer
			if err := Write(&buf, format, views, Options{Width: int(width)}); err != nil {
				t.Fatalf("%s: %v", format, err)
			}
			if r := controlIn(buf.String()); r >= 0 {
				t.Fatalf("%s: control %U in output %q", format, r, buf.String())
			}
			out[format] = buf.String()
		}
		tsv := strings.Split(strings.TrimSuffix(out[TSV], "\n"), "\n")
		if len(tsv) != n+1 {
			t.Fatalf("TSV has %d lines for %d rows and a header:\n%s", len(tsv), n, out[TSV])
		}
		for _, line := range tsv {
			if f := strings.Count(line, "\t") + 1; f != 5 {
				t.Fatalf("TSV line with %d fields, want 5: %q", f, line)
			}
		}
		recs, err := csv.NewReader(strings.NewReader(out[CSV])).ReadAll()
		if err != nil || len(recs) != n+1 {
			t.Fatalf("CSV reads back as %d records, %v:\n%s", len(recs), err, out[CSV])
		}
		if want := StripControls(d); recs[1][4] != want {
			t.Fatalf("CSV cell %q, want %q", recs[1][4], want)
		}
		if lines := strings.Count(out[Markdown], "\n"); lines != n+2 {
			t.Fatalf("Markdown has %d lines for %d rows:\n%s", lines, n, out[Markdown])
		}
		if clip && width >= 60 {
			for _, line := range strings.Split(strings.TrimSuffix(out[Table], "\n"), "\n") {
				if w := runewidth.StringWidth(line); w > int(width) && runewidth.StringWidth(a) < 10 && runewidth.StringWidth(b) < 8 {
					t.Fatalf("table line of %d columns at width %d:\n%s", w, width, out[Table])
				}
			}
		}
	})
}

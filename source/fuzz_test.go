package source

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzDecode checks Decode and IsHTML on any bytes: decoded text is valid
// UTF-8 without NUL bytes and not blank; read as UTF-8, it keeps one code
// point per code point or invalid byte of the input, so that offsets into
// the input as read hold; valid UTF-8 comes back unchanged.
func FuzzDecode(f *testing.F) {
	for _, s := range []string{
		story, string(win1252(story)), string(utf16Bytes(story, false, true)), string(utf16Bytes("Angela Merkel met Emmanuel Macron.", true, false)),
		"Russia’s envoy met NATO’s chief in Zürich.\xff Talks went on \x81late.",
		"Boris\x00Johnson spoke.", "\xef\xbb\xbfBOM first", "%PDF-1.7", "<html><meta charset=\"iso-8859-1\"><p>Z\xfcrich</p></html>",
		"\x1b]0;title\x07\x1b[2J text", " \n\t ", "\xc2\x9b31m", "<p>a</p><p>b</p><p>c</p><p>d</p><p>e</p>",
	} {
		f.Add([]byte(s), "")
	}
	f.Add([]byte("<html><body><p>Z\xfcrich</p></body></html>"), "text/html; charset=ISO-8859-1")
	f.Fuzz(func(t *testing.T, data []byte, ctype string) {
		IsHTML(string(data))
		d, err := DecodeWith(data, ctype)
		if err != nil {
			if d.Text != "" {
				t.Fatalf("error %v with text %q", err, d.Text)
			}
			return
		}
		if !utf8.ValidString(d.Text) || strings.IndexByte(d.Text, 0) >= 0 || strings.TrimSpace(d.Text) == "" {
			t.Fatalf("decoded text %q (encoding %s)", d.Text, d.Encoding)
		}
		IsHTML(d.Text)
		if d.Encoding != "utf-8" {
			return
		}
		in := bytes.TrimPrefix(data, bomUTF8)
		if got, want := utf8.RuneCountInString(d.Text), utf8.RuneCount(in); got != want {
			t.Fatalf("%d code points decoded from %d in the input: offsets would not hold", got, want)
		}
		if utf8.Valid(in) && bytes.IndexByte(in, 0) < 0 && d.Text != string(in) {
			t.Fatalf("valid UTF-8 changed: %q -> %q", in, d.Text)
		}
	})
}

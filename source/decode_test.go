package source

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf16"

	"golang.org/x/text/encoding/charmap"
)

func utf16Bytes(s string, bigEndian, bom bool) []byte {
	var b []byte
	if bom {
		if bigEndian {
			b = append(b, 0xFE, 0xFF)
		} else {
			b = append(b, 0xFF, 0xFE)
		}
	}
	for _, u := range utf16.Encode([]rune(s)) {
		if bigEndian {
			b = append(b, byte(u>>8), byte(u))
		} else {
			b = append(b, byte(u), byte(u>>8))
		}
	}
	return b
}

func win1252(s string) []byte {
	b, err := charmap.Windows1252.NewEncoder().Bytes([]byte(s))
	if err != nil {
		panic(err)
	}
	return b
}

const story = "José Müller told “Reuters” in Zürich – it’s over…"

func TestDecode(t *testing.T) {
	for _, c := range []struct {
		name     string
		in       []byte
		ctype    string
		want     string
		enc      string
		warnings int
	}{
		{"utf-8", []byte(story), "", story, "utf-8", 0},
		{"utf-8 with BOM", append([]byte{0xEF, 0xBB, 0xBF}, story...), "", story, "utf-8", 0},
		{"utf-16le with BOM", utf16Bytes(story, false, true), "", story, "utf-16le", 0},
		{"utf-16be with BOM", utf16Bytes(story, true, true), "", story, "utf-16be", 0},
		{"utf-16le without BOM", utf16Bytes("Angela Merkel met Emmanuel Macron in Berlin.", false, false), "", "Angela Merkel met Emmanuel Macron in Berlin.", "utf-16le", 0},
		{"utf-16be without BOM", utf16Bytes("Angela Merkel met Emmanuel Macron in Berlin.", true, false), "", "Angela Merkel met Emmanuel Macron in Berlin.", "utf-16be", 0},
		{"windows-1252", win1252(story), "", story, "windows-1252", 1},
		{"latin-1 names keep their letters", win1252("François Hollande visited Besançon."), "", "François Hollande visited Besançon.", "windows-1252", 1},
		{"NUL bytes become spaces", []byte("Boris\x00Johnson spoke."), "", "Boris Johnson spoke.", "utf-8", 1},
		{"utf-8 with two stray bytes stays utf-8",
			[]byte("Russia’s envoy met NATO’s chief in Zürich.\xff Talks went on \x81late."), "",
			"Russia’s envoy met NATO’s chief in Zürich.\uFFFD Talks went on \uFFFDlate.", "utf-8", 1},
		{"ascii with a stray byte is windows-1252", []byte("Caf\xe9 owners met on Monday."), "", "Café owners met on Monday.", "windows-1252", 1},
		{"curly quotes kept", []byte("“Yes,” she said. ‘No’ — «non»."), "", "“Yes,” she said. ‘No’ — «non».", "utf-8", 0},
		{"html declaring iso-8859-1",
			append([]byte(`<html><head><meta charset="iso-8859-1"><title>x</title></head><body><p>`), append(win1252("Zürich"), "</p></body></html>"...)...), "",
			`<html><head><meta charset="iso-8859-1"><title>x</title></head><body><p>Zürich</p></body></html>`, "windows-1252", 0},
		{"html with charset in Content-Type",
			append([]byte(`<html><body><p>`), append(win1252("Zürich"), "</p></body></html>"...)...), "text/html; charset=ISO-8859-1",
			`<html><body><p>Zürich</p></body></html>`, "windows-1252", 0},
		{"html mislabelled latin-1 but UTF-8",
			[]byte(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></head><body><p>Zürich</p></body></html>`), "",
			`<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></head><body><p>Zürich</p></body></html>`, "utf-8", 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := DecodeWith(c.in, c.ctype)
			if err != nil {
				t.Fatal(err)
			}
			if d.Text != c.want {
				t.Errorf("text %q; want %q", d.Text, c.want)
			}
			if d.Encoding != c.enc {
				t.Errorf("encoding %q; want %q", d.Encoding, c.enc)
			}
			if len(d.Warnings) != c.warnings {
				t.Errorf("warnings %q; want %d", d.Warnings, c.warnings)
			}
		})
	}
}

func TestDecodeErrors(t *testing.T) {
	for _, c := range []struct {
		name string
		in   []byte
		want error
	}{
		{"empty", nil, ErrEmpty},
		{"white space", []byte(" \n\t\r\n "), ErrEmpty},
		{"BOM only", []byte{0xEF, 0xBB, 0xBF}, ErrEmpty},
		{"UTF-16 BOM only", []byte{0xFF, 0xFE}, ErrEmpty},
		{"NULs only", bytes.Repeat([]byte{0}, 64), ErrBinary},
		{"PDF", []byte("%PDF-1.7\n%âãÏÓ\n1 0 obj"), ErrBinary},
		{"PNG", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), ErrBinary},
		{"gzip", []byte{0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0}, ErrBinary},
		{"control bytes", bytes.Repeat([]byte{1, 2, 3, 'a', 4, 5}, 100), ErrBinary},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := Decode(c.in)
			if !errors.Is(err, c.want) {
				t.Errorf("error %v; want %v", err, c.want)
			}
		})
	}
}

func TestIsHTML(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"<!DOCTYPE html><html><body><p>Hi</p></body></html>", true},
		{"  <html>\n<p>x", true},
		{"<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body></body></html>", true},
		{"<!-- saved from url --><div class=\"story\"><p>One.</p></div>", true},
		{"Some text <b>bold</b>", false},
		{strings.Repeat("<p>para</p>\n", 5) + "trailing", true},
		{"5 < 6, and <b>bold</b> text", false},
		{"Intro line\n" + strings.Repeat("<p>para</p>\n", 6), true},
		{"The score was 3 < 4 and 5 > 2.", false},
		{"Plain story.\n\nSecond paragraph.", false},
	} {
		if got := IsHTML(c.in); got != c.want {
			t.Errorf("IsHTML(%.40q) = %v; want %v", c.in, got, c.want)
		}
	}
}

// TestDecodeMostlyUTF8Warning: the warning for stray bytes in UTF-8 says
// how many were replaced.
func TestDecodeMostlyUTF8Warning(t *testing.T) {
	d, err := Decode([]byte("Zürich, Genève und Köln \xc3 und Bern \xa0."))
	if err != nil {
		t.Fatal(err)
	}
	if d.Encoding != "utf-8" || len(d.Warnings) != 1 || !strings.Contains(d.Warnings[0], "2 invalid UTF-8 bytes") {
		t.Errorf("encoding %q, warnings %q; want utf-8 and one warning about 2 invalid UTF-8 bytes", d.Encoding, d.Warnings)
	}
	if strings.Count(d.Text, "\uFFFD") != 2 || !strings.HasPrefix(d.Text, "Zürich") {
		t.Errorf("text %q", d.Text)
	}
}

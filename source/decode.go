package source

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/charmap"
)

// Decoded is an input's text as UTF-8, with what decoding had to guess.
type Decoded struct {
	Text     string
	Encoding string   // "utf-8", "utf-16le", "utf-16be" or "windows-1252"
	Warnings []string // one line each, without the input's name
}

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// binaryMagic are file signatures of common non-text formats.
var binaryMagic = [][]byte{
	[]byte("%PDF-"), []byte("\x89PNG"), []byte("GIF8"), []byte("\xFF\xD8\xFF"),
	[]byte("PK\x03\x04"), []byte("\x1F\x8B"), []byte("\x7FELF"), []byte("BZh"),
	[]byte("\xFD7zXZ"), []byte("7z\xBC\xAF"), []byte("RIFF"), []byte("OggS"),
	[]byte("\x00\x00\x01\x00"), []byte("ID3"), []byte("MZ"), []byte("\xCA\xFE\xBA\xBE"),
	[]byte("SQLite format 3"),
}

// Decode turns an input's bytes into UTF-8 text. It strips a byte-order mark
// and decodes UTF-16 (with a BOM, or detected by its zero bytes). Bytes that
// are not valid UTF-8 are read as UTF-8 with each invalid byte replaced by
// U+FFFD when valid multi-byte characters are at least as many as the
// invalid bytes (a few stray bytes in UTF-8 text), and as Windows-1252
// otherwise; either way with a warning. NUL bytes
// inside text become spaces, so code point offsets still match the input.
// Empty or white-space-only input fails with ErrEmpty, and binary data with
// ErrBinary. Errors do not name the input; callers add it.
//
// HTML is decoded as DecodeWith decodes it.
func Decode(data []byte) (Decoded, error) { return DecodeWith(data, "") }

// DecodeWith is Decode for bytes that came with an HTTP Content-Type (may be
// empty). An HTML page in a legacy encoding is decoded by the charset its
// Content-Type or its <meta> declares (ISO-8859-1 as Windows-1252, as
// browsers do), unless its bytes are valid UTF-8 with non-ASCII text: then
// the label is wrong, as legacy text is almost never valid UTF-8.
func DecodeWith(data []byte, contentType string) (Decoded, error) {
	switch {
	case bytes.HasPrefix(data, bomUTF8):
		data = data[len(bomUTF8):]
	case bytes.HasPrefix(data, bomUTF16LE):
		return finish(decodeUTF16(data[2:], false), "utf-16le", nil)
	case bytes.HasPrefix(data, bomUTF16BE):
		return finish(decodeUTF16(data[2:], true), "utf-16be", nil)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return Decoded{}, ErrEmpty
	}
	if LooksBinary(data) {
		return Decoded{}, ErrBinary
	}
	if be, ok := looksUTF16(data); ok {
		enc := "utf-16le"
		if be {
			enc = "utf-16be"
		}
		return finish(decodeUTF16(data, be), enc, nil)
	}
	if looksHTML(data) {
		if d, ok, err := decodeDeclared(data, contentType); ok || err != nil {
			return d, err
		}
	}
	if utf8.Valid(data) {
		return finish(string(data), "utf-8", nil)
	}
	if valid, invalid := utf8Counts(data); valid >= invalid {
		// UTF-8 with a few stray bytes: a Windows-1252 reading would turn
		// every correct character into mojibake to save those few.
		bytes := "bytes"
		if invalid == 1 {
			bytes = "byte"
		}
		return finish(replaceInvalid(data), "utf-8",
			[]string{fmt.Sprintf("%d invalid UTF-8 %s replaced by U+FFFD", invalid, bytes)})
	}
	text, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil {
		return Decoded{}, fmt.Errorf("decode as Windows-1252: %w", err)
	}
	return finish(string(text), "windows-1252",
		[]string{"not valid UTF-8; decoded as Windows-1252"})
}

// utf8Counts counts the valid multi-byte characters and the invalid bytes
// of data.
func utf8Counts(data []byte) (valid, invalid int) {
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			invalid++
		} else {
			valid++
		}
		i += size
	}
	return valid, invalid
}

// replaceInvalid turns each invalid byte of data into U+FFFD, one for one,
// so that code point offsets count every byte read as one character.
func replaceInvalid(data []byte) string {
	var b strings.Builder
	b.Grow(len(data) + 16)
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			b.WriteRune(utf8.RuneError)
		} else {
			b.Write(data[i : i+size])
		}
		i += size
	}
	return b.String()
}

// LooksBinary reports whether data, the start of an input, is binary: it
// opens with the signature of a non-text format, or more than 5% of its
// first 8 KiB are control bytes and it is not UTF-16. Decode refuses such
// input with ErrBinary, and Read stops reading it after its first chunk.
func LooksBinary(data []byte) bool {
	for _, m := range binaryMagic {
		if bytes.HasPrefix(data, m) {
			return true
		}
	}
	if bytes.HasPrefix(data, bomUTF16LE) || bytes.HasPrefix(data, bomUTF16BE) || len(data) == 0 {
		return false
	}
	if _, ok := looksUTF16(data); ok {
		return false
	}
	return controlShare(data) > 0.05
}

func finish(text, enc string, warnings []string) (Decoded, error) {
	if strings.IndexByte(text, 0) >= 0 {
		text = strings.ReplaceAll(text, "\x00", " ")
		warnings = append(warnings, "NUL bytes replaced by spaces")
	}
	if strings.TrimSpace(text) == "" {
		return Decoded{}, ErrEmpty
	}
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
		warnings = append(warnings, "invalid UTF-16 replaced by U+FFFD")
	}
	return Decoded{Text: text, Encoding: enc, Warnings: warnings}, nil
}

// looksUTF16 reports whether data is BOM-less UTF-16: most of its even (big
// endian) or odd (little endian) bytes are zero, as in Latin-script text.
func looksUTF16(data []byte) (bigEndian, ok bool) {
	n := min(len(data), 4096) &^ 1
	if n < 4 {
		return false, false
	}
	var even, odd int
	for i := 0; i < n; i += 2 {
		if data[i] == 0 {
			even++
		}
		if data[i+1] == 0 {
			odd++
		}
	}
	half := n / 2
	switch {
	case odd*10 >= half*7 && even*10 < half:
		return false, true
	case even*10 >= half*7 && odd*10 < half:
		return true, true
	}
	return false, false
}

func decodeUTF16(data []byte, bigEndian bool) string {
	u := make([]uint16, len(data)/2)
	for i := range u {
		if bigEndian {
			u[i] = uint16(data[2*i])<<8 | uint16(data[2*i+1])
		} else {
			u[i] = uint16(data[2*i+1])<<8 | uint16(data[2*i])
		}
	}
	return string(utf16.Decode(u))
}

// controlShare is the share of the first 8 KiB that is C0 control bytes other
// than tab, newline, carriage return and form feed. Text has next to none.
func controlShare(data []byte) float64 {
	n := min(len(data), 8192)
	bad := 0
	for _, c := range data[:n] {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' {
			bad++
		}
	}
	return float64(bad) / float64(n)
}

var htmlStart = regexp.MustCompile(`(?i)^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|article|section|main|p|h[1-6]|table|span|a|link|script|style|header|nav|ul)[\s>/]`)

var htmlTags = regexp.MustCompile(`(?i)</(?:p|div|a|span|li|td|body|html|article|section|h[1-6])>`)

// IsHTML reports whether text is an HTML page or fragment, by its content:
// it starts with a doctype or a common tag, or has many closing tags.
func IsHTML(text string) bool {
	head := text
	if len(head) > 2048 {
		head = head[:2048]
	}
	if htmlStart.MatchString(head) {
		return true
	}
	body := text
	if len(body) > 65536 {
		body = body[:65536]
	}
	return len(htmlTags.FindAllStringIndex(body, 6)) >= 5
}

// looksHTML sniffs raw bytes for HTML, as IsHTML does for text.
func looksHTML(data []byte) bool {
	head := data[:min(len(data), 2048)]
	return htmlStart.Match(head) || len(htmlTags.FindAllIndex(data[:min(len(data), 65536)], 6)) >= 5
}

// decodeDeclared decodes an HTML page by the charset its Content-Type or
// <meta> declares. It reports false when the page declares none, or UTF-8,
// or when its bytes are valid UTF-8 with non-ASCII text whatever it declares.
func decodeDeclared(data []byte, contentType string) (Decoded, bool, error) {
	enc, name, certain := charset.DetermineEncoding(data, contentType)
	if !certain {
		m := metaCharset.FindSubmatch(data[:min(len(data), 8192)])
		if m == nil {
			return Decoded{}, false, nil
		}
		enc, name = charset.Lookup(string(m[1]))
	}
	if enc == nil || name == "utf-8" {
		return Decoded{}, false, nil
	}
	if utf8.Valid(data) && !isASCII(data) {
		return Decoded{}, false, nil // mislabelled: legacy text is almost never valid UTF-8
	}
	text, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return Decoded{}, false, fmt.Errorf("decode as %s: %w", name, err)
	}
	d, err := finish(string(text), name, nil)
	return d, true, err
}

// metaCharset finds the charset a page declares in <meta charset> or
// <meta http-equiv="Content-Type" content="...; charset=...">.
var metaCharset = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.-]+)`)

func isASCII(data []byte) bool {
	for _, c := range data {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

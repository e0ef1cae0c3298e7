package render

import (
	"io"
	"strings"
	"unicode"
)

// StripControls drops the characters that drive a terminal rather than
// print: C0 controls other than tab and newline (ESC, BEL, CR, ...), DEL
// and the C1 controls U+0080 to U+009F (an 8-bit CSI among them). A story,
// a file name or an LLM's answer with "ESC ] 0 ; ... BEL" or "ESC [ 2 J"
// then cannot retitle or clear the screen of whoever reads the output.
func StripControls(s string) string {
	if !hasControl(s) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isStripped(r) {
			return -1
		}
		return r
	}, s)
}

func isStripped(r rune) bool { return unicode.IsControl(r) && r != '\n' && r != '\t' }

func hasControl(s string) bool {
	for _, r := range s {
		if isStripped(r) {
			return true
		}
	}
	return false
}

// controlFilter is an io.Writer that drops what StripControls drops from
// UTF-8 text written through it, a C1 control split across two writes
// included. Every human-readable format writes through one; JSON escapes
// controls itself.
type controlFilter struct {
	w       io.Writer
	pending bool // the last write ended in 0xC2, the first byte of a C1 control or of a printable character
	buf     []byte
}

func (c *controlFilter) Write(p []byte) (int, error) {
	out := c.buf[:0]
	i := 0
	if c.pending && len(p) > 0 {
		c.pending = false
		if isC1Second(p[0]) {
			i = 1
		} else {
			out = append(out, 0xC2)
		}
	}
	for ; i < len(p); i++ {
		b := p[i]
		switch {
		case b < 0x20 && b != '\n' && b != '\t', b == 0x7F:
			continue
		case b == 0xC2 && i+1 == len(p):
			c.pending = true
			continue
		case b == 0xC2 && isC1Second(p[i+1]):
			i++
			continue
		}
		out = append(out, b)
	}
	c.buf = out
	if _, err := c.w.Write(out); err != nil {
		return 0, err
	}
	return len(p), nil
}

// flush writes a 0xC2 held back by the last write.
func (c *controlFilter) flush() error {
	if !c.pending {
		return nil
	}
	c.pending = false
	_, err := c.w.Write([]byte{0xC2})
	return err
}

// isC1Second reports whether b, after 0xC2, makes a C1 control (U+0080 to
// U+009F).
func isC1Second(b byte) bool { return b >= 0x80 && b <= 0x9F }

package nlp

import (
	"unicode"
	"unicode/utf8"
)

// Character classes shared by the segmenter and the tokenizer. ASCII goes
// through one table lookup; other runes through the unicode package.

const (
	clSpace  uint8 = 1 << iota // white space, including line breaks
	clLower                    // a-z
	clUpper                    // A-Z
	clDigit                    // 0-9
	clCloser                   // may follow a sentence's final punctuation: ) ] } " '
	clTerm                     // . ! ?
	clOpener                   // may precede a word: ( [ { " ' `
	clLetter = clLower | clUpper
	clAlnum  = clLetter | clDigit
)

var ascii = func() (t [128]uint8) {
	for _, c := range " \t\n\r\f\v" {
		t[c] |= clSpace
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] |= clLower
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] |= clUpper
	}
	for c := '0'; c <= '9'; c++ {
		t[c] |= clDigit
	}
	for _, c := range `)]}"'` {
		t[c] |= clCloser
	}
	for _, c := range ".!?" {
		t[c] |= clTerm
	}
	for _, c := range "([{\"'`" {
		t[c] |= clOpener
	}
	return t
}()

// isSpaceRune reports white space, including the no-break and zero-width
// spaces that scraped pages are full of.
func isSpaceRune(r rune) bool {
	if r < utf8.RuneSelf {
		return ascii[r]&clSpace != 0
	}
	switch r {
	case 0x85, 0xA0, 0x1680, 0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}

// spaceAt returns the byte length of the white space rune at text[i], or 0.
func spaceAt(text string, i int) int {
	c := text[i]
	if c < utf8.RuneSelf {
		if ascii[c]&clSpace != 0 {
			return 1
		}
		return 0
	}
	if c != 0xC2 && c != 0xE1 && c != 0xE2 && c != 0xE3 && c != 0xEF {
		return 0 // no Unicode space starts with another byte
	}
	r, n := utf8.DecodeRuneInString(text[i:])
	if isSpaceRune(r) {
		return n
	}
	return 0
}

// isCloserRune reports punctuation that may follow a sentence's final mark
// and still belong to the sentence: closing quotes and brackets.
func isCloserRune(r rune) bool {
	if r < utf8.RuneSelf {
		return ascii[r]&clCloser != 0
	}
	switch r {
	case '”', '’', '»', '›', '」', '』', '）':
		return true
	}
	return false
}

// isOpenerRune reports punctuation that may open a word: quotes, brackets.
func isOpenerRune(r rune) bool {
	if r < utf8.RuneSelf {
		return ascii[r]&clOpener != 0
	}
	switch r {
	case '“', '‘', '«', '‹', '„', '「', '『', '（', '¡', '¿':
		return true
	}
	return false
}

// isBulletRune reports list bullets that start an item wherever they stand
// after white space.
func isBulletRune(r rune) bool {
	switch r {
	case '•', '‣', '⁃', '◦', '▪', '▫', '●', '○', '■', '□', '►', '▸', '➢', '➤', '✓', '✔', '✗', '✘', '❖', '◆', '◇':
		return true
	}
	return false
}

// isWordRune reports letters, digits and combining marks.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return ascii[r]&clAlnum != 0
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// runeAt decodes the rune at text[i] with an ASCII fast path.
func runeAt(text string, i int) (rune, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(text[i:])
}

// runeBefore decodes the rune that ends at text[i].
func runeBefore(text string, i int) (rune, int) {
	if c := text[i-1]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeLastRuneInString(text[:i])
}

// Letter case of the rune at text[i]: caseUpper, caseLower or caseNone
// (digits, punctuation, letters without case).
const (
	caseNone = iota
	caseLower
	caseUpper
)

func caseAt(text string, i int) int {
	if i >= len(text) {
		return caseNone // a line of only opening marks: `"`
	}
	c := text[i]
	if c < utf8.RuneSelf {
		switch {
		case ascii[c]&clUpper != 0:
			return caseUpper
		case ascii[c]&clLower != 0:
			return caseLower
		}
		return caseNone
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	switch {
	case unicode.IsUpper(r) || unicode.IsTitle(r):
		return caseUpper
	case unicode.IsLower(r):
		return caseLower
	}
	return caseNone
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

func isAlnumByte(c byte) bool { return c < utf8.RuneSelf && ascii[c]&clAlnum != 0 }

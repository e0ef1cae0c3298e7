package gazetteer

import (
	"strings"
	"unicode/utf8"
)

// SplitName splits a name into tokens the way newsnlp's tokenizer does for
// names: at spaces, with commas, brackets, quotes and a possessive "'s"
// split off, while abbreviations keep their full stops ("U.S.", "St.") and
// hyphenated words stay whole.
func SplitName(name string) []string { return appendSplit(nil, name) }

func appendSplit(out []string, name string) []string {
	for name != "" {
		i := 0
		for i < len(name) && isSpace(name[i]) {
			i++
		}
		name = name[i:]
		j := 0
		for j < len(name) && !isSpace(name[j]) {
			j++
		}
		if j == 0 {
			break
		}
		out = appendField(out, name[:j])
		name = name[j:]
	}
	return out
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// appendField splits one space-free field.
func appendField(out []string, f string) []string {
	for len(f) > 0 {
		r, n := utf8.DecodeRuneInString(f)
		if !isEdgePunct(r) {
			break
		}
		out = append(out, f[:n])
		f = f[n:]
	}
	var tailBuf [4]string
	tail := tailBuf[:0]
	for len(f) > 0 {
		r, n := utf8.DecodeLastRuneInString(f)
		if isEdgePunct(r) {
			tail = append(tail, f[len(f)-n:])
			f = f[:len(f)-n]
			continue
		}
		if k := possessive(f); k > 0 {
			tail = append(tail, f[k:])
			f = f[:k]
			continue
		}
		break
	}
	if f != "" {
		out = append(out, f)
	}
	for i := len(tail) - 1; i >= 0; i-- {
		out = append(out, tail[i])
	}
	return out
}

// possessive returns where a trailing "'s" (or "’s") starts in f, or 0.
func possessive(f string) int {
	if len(f) < 3 || (f[len(f)-1] != 's' && f[len(f)-1] != 'S') {
		return 0
	}
	if f[len(f)-2] == '\'' {
		return len(f) - 2
	}
	if strings.HasSuffix(f[:len(f)-1], "’") && len(f) > 4 {
		return len(f) - 1 - len("’")
	}
	return 0
}

func isEdgePunct(r rune) bool {
	switch r {
	case ',', ';', ':', '(', ')', '[', ']', '{', '}', '"', '“', '”', '«', '»', '!', '?':
		return true
	}
	return false
}

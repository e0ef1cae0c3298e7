package extract

import (
	"bytes"
	"regexp"
	"strings"
	"sync"
)

// Furniture returns why a sentence on its own is page furniture, as one of
// the Reason constants, or "" when the furniture vocabulary finds nothing
// in it. It reads one sentence that a layout kept in a story (a byline, a
// photo credit, a timestamp, a call to action), for callers such as the
// summarizer that must never pick such a sentence.
func Furniture(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	if reason := opener(s); reason != "" {
		return reason
	}
	words := countWords(s)
	sx := sentenceRegexps()
	switch {
	case words <= 12 && strings.IndexByte("BbFW", s[0]) >= 0 && sx.byline.MatchString(head(s, 24)) && (words <= 6 || !strings.Contains(s, ", ")):
		return ReasonByline
	case words <= 14 && (maybeClock(s) && sx.clock.MatchString(s) || strings.Contains(s, " . ") && sx.dayMonth.MatchString(s)):
		return ReasonDate
	case strings.Count(s, "|") >= 2 || strings.Count(s, " . ") >= 3 && words <= 20:
		return ReasonNavigation
	}
	return ""
}

// sentenceShapes are the compiled expressions of Furniture.
type sentenceShapes struct {
	byline, clock, dayMonth *regexp.Regexp
}

var sentenceRegexps = sync.OnceValue(func() *sentenceShapes {
	return &sentenceShapes{
		byline:   regexp.MustCompile(sentenceBylinePattern),
		clock:    regexp.MustCompile(clockPattern),
		dayMonth: regexp.MustCompile(dayMonthPattern),
	}
})

// head returns at most the first n bytes of s, for patterns anchored at
// its start.
func head(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// maybeClock is a cheap test that s may hold a clock time: a colon, or a
// full stop before a digit.
func maybeClock(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == ':' || s[i] == '.' && '0' <= s[i+1] && s[i+1] <= '9' {
			return true
		}
	}
	return false
}

// openerPhrase is an entry of openerDefs, parsed.
type openerPhrase struct {
	reason string
	text   string
	word   bool // a word boundary must follow
	whole  bool // nothing but full stops and spaces may follow
}

// openers indexes openerDefs by first byte.
var openers = sync.OnceValue(func() map[byte][]openerPhrase {
	m := map[byte][]openerPhrase{}
	for _, d := range openerDefs {
		p := openerPhrase{reason: d.reason, text: d.phrase}
		switch {
		case strings.HasSuffix(d.phrase, "$"):
			p.text, p.whole = d.phrase[:len(d.phrase)-1], true
		case strings.HasSuffix(d.phrase, "\\b"):
			p.text, p.word = d.phrase[:len(d.phrase)-2], true
		}
		m[p.text[0]] = append(m[p.text[0]], p)
	}
	return m
})

// opener returns the reason of the openerDefs phrase s begins with, or "".
func opener(s string) string {
	var b [64]byte
	n := 0
	space := false
	for i := 0; i < len(s) && n < len(b); i++ {
		c := s[i]
		switch {
		case n == 0 && (c == '"' || c == '\'' || c == '(' || c == '[' || c == '|' || c == '*' || c == '-' || c == ' ' || c == '\t' || c == '\n'):
			continue
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			space = true
			continue
		}
		if space {
			b[n] = ' '
			n++
			space = false
			if n == len(b) {
				break
			}
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[n] = c
		n++
	}
	h := b[:n]
	if n == 0 {
		return ""
	}
	for _, p := range openers()[h[0]] {
		if len(h) < len(p.text) || string(h[:len(p.text)]) != p.text {
			continue
		}
		switch {
		case p.whole:
			if len(bytes.TrimRight(h, ". ")) == len(p.text) {
				return p.reason
			}
		case p.word:
			if len(h) == len(p.text) || !isLetterByte(h[len(p.text)]) {
				return p.reason
			}
		default:
			return p.reason
		}
	}
	return ""
}

func isLetterByte(c byte) bool { return 'a' <= c && c <= 'z' || c >= 0x80 }

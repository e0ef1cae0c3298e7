package summarize

import (
	"bytes"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Furniture the furniture detector may leave in a story: bylines, captions,
// teasers, calls to action, timestamps. A sentence is furniture when its
// start, lowercased, with quotes, brackets and bullets and runs of spaces
// folded, begins with one of these; a trailing "\b" asks for a word
// boundary after it, a trailing "$" for nothing more.
var junkStarts = []string{
	"advertisement", "advertising", "sponsored", "promoted", "read more", "read next", "more:", "related\\b",
	"see also", "click here", "scroll down", "watch:", "watch the video", "video:", "video$", "videos$", "photo:",
	"photos:", "pictured:", "picture:", "image:", "image copyright", "image caption", "image source",
	"images copyright", "caption:", "credit:", "photo by", "photo credit", "photo courtesy", "image by",
	"image credit", "image courtesy", "picture by", "picture courtesy", "follow us", "follow @", "sign up",
	"subscribe", "share this", "share on", "share via", "copyright", "©", "all rights reserved", "published:",
	"updated:", "last updated", "posted:", "posted by", "editor's note", "editors' note", "editors note",
	"editor’s note", "you may also like", "recommended", "most read", "most popular", "trending", "listen to",
	"download the", "get the app", "don't miss", "also read", "tags:", "tag:", "filed under", "comments\\b",
	"comment\\b", "this article was", "this article is", "this article has been", "this story was",
	"this story has been", "reporting by", "additional reporting", "writing by", "editing by", "contact the",
	"email\\b", "e-mail\\b", "getty images", "ap photo", "reuters$", "afp$", "leave a comment", "about the author",
	"the opinions expressed", "the views expressed", "opinions expressed", "click through the gallery",
	"for confidential support", "join the conversation", "join us on",
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

// junkPrefix is an entry of junkStarts, parsed.
type junkPrefix struct {
	text  string
	word  bool // a word boundary must follow
	whole bool // nothing but full stops and spaces may follow
}

// junkByFirst indexes junkStarts by first byte.
var junkByFirst = func() map[byte][]junkPrefix {
	m := map[byte][]junkPrefix{}
	for _, p := range junkStarts {
		jp := junkPrefix{text: p}
		switch {
		case strings.HasSuffix(p, "$"):
			jp = junkPrefix{text: p[:len(p)-1], whole: true}
		case strings.HasSuffix(p, "\\b"):
			jp = junkPrefix{text: p[:len(p)-2], word: true}
		}
		m[jp.text[0]] = append(m[jp.text[0]], jp)
	}
	return m
}()

// furnitureStart reports whether s begins like furniture (see junkStarts).
func furnitureStart(s string) bool {
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
		return false
	}
	for _, p := range junkByFirst[h[0]] {
		if len(h) < len(p.text) || string(h[:len(p.text)]) != p.text {
			continue
		}
		switch {
		case p.whole:
			if len(bytes.TrimRight(h, ". ")) == len(p.text) {
				return true
			}
		case p.word:
			if len(h) == len(p.text) || !isLetterByte(h[len(p.text)]) {
				return true
			}
		default:
			return true
		}
	}
	return false
}

func isLetterByte(c byte) bool { return 'a' <= c && c <= 'z' || c >= 0x80 }

// A byline: "By Jane Smith", "By Jane Smith and John Doe, Reuters",
// "By . Daily Mail Reporter".
var bylineRE = regexp.MustCompile(`^(?:[Bb]y|BY|From|Words by)\s*[.:]?\s+\p{Lu}`)

// Timestamps and clock times: "07:03 EST, 2 March 2013", "5:07 PM".
var clockRE = regexp.MustCompile(`(?i)\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|est|edt|gmt|bst|utc|cet|cest|pst|pdt|et)\b|\b\d{1,2}:\d{2}\b`)

var monthRE = regexp.MustCompile(`(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b`)

// junkReason says why a sentence must not be in a summary, or "" if it may.
func junkReason(s string) string {
	s = strings.TrimSpace(s)
	words, letters, lower, chars := 0, 0, 0, 0
	inWord := false
	for _, r := range s {
		chars++
		isWordRune := unicode.IsLetter(r) || unicode.IsDigit(r)
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsLower(r) {
				lower++
			}
		}
		if isWordRune && !inWord {
			words++
		}
		inWord = isWordRune || (inWord && (r == '\'' || r == '’' || r == '-'))
	}
	switch {
	case words < 3 || words == 3 && !endsSentence(s) || utf8.RuneCountInString(s) < 10:
		return "fragment" // "He was 88." is a sentence; "By ." and "Ana Ribeiro" are not
	case words <= 5 && allCapitalized(s):
		return "fragment" // a name or label: "Daily Mail Reporter ."
	case letters*2 < chars:
		return "not prose"
	case lower*4 < letters:
		return "capitals" // "READ MORE", "PUBLISHED: . UPDATED: ."
	case furnitureStart(s):
		return "furniture"
	case words <= 12 && strings.IndexByte("BbFW", s[0]) >= 0 && bylineRE.MatchString(head(s, 24)) && (words <= 6 || !strings.Contains(s, ", ")):
		return "byline"
	case words <= 14 && (maybeClock(s) && clockRE.MatchString(s) || strings.Contains(s, " . ") && monthRE.MatchString(s)):
		return "dateline"
	case strings.Count(s, "|") >= 2 || strings.Count(s, " . ") >= 3 && words <= 20:
		return "furniture"
	case words <= 20 && !endsSentence(s) && titleCase(s):
		return "headline"
	}
	return ""
}

// head returns at most the first n bytes of s, for patterns anchored at
// its start.
func head(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// allCapitalized reports whether every word of s that starts with a letter
// starts with a capital.
func allCapitalized(s string) bool {
	for _, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLetter(r) && !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// endsSentence reports whether s ends as a sentence does: with a full
// stop, question or exclamation mark, maybe inside closing quotes.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, "\"'”’)]» ")
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?' || r == '…'
}

// titleCase reports whether most of s's words of four letters or more
// start with a capital, as headlines in title case do.
func titleCase(s string) bool {
	long, capital := 0, 0
	for _, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) || utf8.RuneCountInString(w) < 4 {
			continue
		}
		long++
		if unicode.IsUpper(r) {
			capital++
		}
	}
	return long >= 2 && capital*5 >= long*4
}

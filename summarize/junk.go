package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsnlp/newsnlp/extract"
)

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
	case extract.Furniture(s) != "":
		return "furniture" // the one furniture vocabulary: bylines, credits, timestamps, calls to action
	case words <= 20 && !endsSentence(s) && titleCase(s):
		return "headline"
	}
	return ""
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

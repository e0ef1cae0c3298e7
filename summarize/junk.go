package summarize

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Furniture the furniture detector may leave in a story: bylines, captions,
// teasers, calls to action, timestamps. These patterns are anchored at the
// start of a sentence, case-insensitive.
var junkStartRE = regexp.MustCompile(`(?i)^[\s"'“‘(\[|•*-]*(?:` + strings.Join([]string{
	`advertisement`, `advertising`, `sponsored`, `promoted`, `read more`, `read next`, `more:`, `related\b`,
	`see also`, `click here`, `scroll down`, `watch:`, `watch the`, `video:`, `videos?\s*$`, `photos?:`,
	`pictured:`, `picture:`, `image:`, `images?\s+(?:copyright|caption|source)`, `caption:`, `credit:`,
	`(?:photo|image|picture)\s+(?:by|credit|courtesy)`, `follow\s+(?:us|@|\w+\s+on\s+twitter)`, `sign up`, `subscribe`,
	`share\s+(?:this|on|via)`, `copyright`, `©`, `all rights reserved`, `published:`, `updated:`, `last updated`,
	`posted:?\s`, `editor'?s'? note`, `you may also like`, `recommended`, `most read`, `most popular`, `trending`,
	`listen to`, `download the`, `get the`, `don't miss`, `also read`, `tags?:`, `filed under`, `comments?\b`,
	`this (?:article|story|report) (?:was|is|has been)`, `(?:reporting|additional reporting|writing|editing) by`,
	`contact the`, `email\b`, `e-mail\b`, `getty images`, `ap photo`, `reuters\s*$`, `afp\s*$`,
}, "|") + `)`)

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
	case words < 4 || utf8.RuneCountInString(s) < 20:
		return "fragment"
	case letters*2 < chars:
		return "not prose"
	case lower*4 < letters:
		return "capitals" // "READ MORE", "PUBLISHED: . UPDATED: ."
	case junkStartRE.MatchString(s):
		return "furniture"
	case bylineRE.MatchString(s) && words <= 12 && !strings.Contains(s, ", ") || bylineRE.MatchString(s) && words <= 6:
		return "byline"
	case words <= 14 && (clockRE.MatchString(s) || monthRE.MatchString(s) && strings.Count(s, " . ") > 0):
		return "dateline"
	case strings.Count(s, "|") >= 2 || strings.Count(s, " . ") >= 3 && words <= 20:
		return "furniture"
	case words <= 20 && !endsSentence(s) && titleCase(s):
		return "headline"
	}
	return ""
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

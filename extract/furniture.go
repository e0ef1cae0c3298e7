package extract

import (
	"regexp"
	"strings"
	"sync"
)

// Furniture returns why a sentence on its own is page furniture, as one of
// the Reason constants, or "" when the furniture vocabulary finds nothing
// in it. It reads one sentence that a layout kept in a story (a byline, a
// photo credit, a timestamp, a call to action), for callers such as the
// summarizer that must never pick such a sentence. It asks what Text asks
// of a line, and more: a sentence that opens with a byline, a short one
// that gives a clock time, or one cut up by separators is furniture too.
func Furniture(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	if reason := lineFurniture(s); reason != "" {
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

// lineFurniture returns why raw, a line or a piece of one, is furniture by
// the vocabulary alone (cues, openers, and the shapes of bylines, dates,
// share rows, breadcrumbs, credits and captions), or "".
func lineFurniture(raw string) string {
	if len(raw) > maxCueBytes || countWords(raw) > maxCueWords {
		if pictureCaption(raw) {
			return ReasonCaption
		}
		return ""
	}
	norm := normalise(raw)
	if norm == "" {
		return ""
	}
	if reason := phraseReason(raw, norm, true); reason != "" {
		return reason
	}
	return shapeFurniture(raw, norm)
}

// phraseReason returns the reason of the cue, opener or credit that a
// normalised line matches, or "". Whole-line cues are asked only when whole
// is set; a header counts unless the line is a sentence.
func phraseReason(raw, norm string, whole bool) string {
	if whole {
		if reason, kind := cues().match(norm); kind == cueStrong || kind == cueHeader && !labelSentence(raw) {
			return reason
		}
	}
	if reason, kind := openerCues().match(norm); kind >= cueStrong {
		return reason
	}
	if reason, kind := creditCues().match(norm); kind >= cueStrong {
		return reason
	}
	return ""
}

// shapeFurniture returns why a line is furniture by its shape alone, or "".
func shapeFurniture(raw, norm string) string {
	switch {
	case isShareRow(norm):
		return ReasonShareButtons
	case isByline(raw) || isDatedByline(raw):
		return ReasonByline
	case isDate(norm):
		return ReasonDate
	case isCrumbs(raw):
		return ReasonBreadcrumb
	case pictureCaption(raw):
		return ReasonCaption
	}
	return dottedMeta(raw)
}

// labelSentence reports whether a line that a header cue matches is a
// sentence rather than a label: "More on that later." is not "More".
func labelSentence(raw string) bool {
	return endsSentence(raw) && !strings.HasSuffix(strings.TrimRight(raw, " "), ":")
}

// dottedMeta returns why a line made of pieces of the page's metadata run
// together with " . " or " | " is furniture ("By . Jane Doe . PUBLISHED: .
// 08:14 EST, 12 May 2014 . | . UPDATED: . 11:02 EST, 12 May 2014"): a byline
// when a piece names the author, else a date; "" when a piece is anything
// else.
func dottedMeta(raw string) string {
	if !strings.Contains(raw, " . ") && !strings.Contains(raw, " | ") {
		return ""
	}
	parts := strings.FieldsFunc(raw, func(r rune) bool { return r == '|' })
	var pieces []string
	for _, p := range parts {
		for _, q := range strings.Split(p, " . ") {
			if q = strings.Trim(q, " .\t"); q != "" {
				pieces = append(pieces, q)
			}
		}
	}
	if len(pieces) < 2 {
		return ""
	}
	reason := ReasonDate
	for _, q := range pieces {
		norm := normalise(q)
		switch {
		case norm == "by" || norm == "from":
			reason = ReasonByline
		case isName(q):
			reason = ReasonByline
		default:
			r := lineFurnitureNoMeta(q, norm)
			switch r {
			case "":
				return ""
			case ReasonByline:
				reason = ReasonByline
			}
		}
	}
	return reason
}

// lineFurnitureNoMeta is lineFurniture of a piece of dottedMeta.
func lineFurnitureNoMeta(raw, norm string) string {
	if reason := phraseReason(raw, norm, true); reason != "" {
		return reason
	}
	switch {
	case isByline(raw) || isDatedByline(raw):
		return ReasonByline
	case isDate(norm):
		return ReasonDate
	}
	return ""
}

// pictureCaption reports whether s is a photo caption as tabloids print
// them in the text: a short label, a colon, and a sentence that places
// someone in the picture ("Labour of love: Jane Doe, 71, outside the tower
// she restored (pictured last week)", "Reunited: the sisters, left and
// right, ...").
func pictureCaption(s string) bool {
	i := strings.Index(s, ": ")
	if i <= 0 || i > 60 || strings.ContainsAny(s[:i], ".?!;") {
		return false
	}
	if n := countWords(s[:i]); n < 1 || n > 6 {
		return false
	}
	rest := strings.TrimSpace(s[i+2:])
	if rest == "" || strings.ContainsRune("'\"‘“", rune(rest[0])) || strings.HasPrefix(rest, "‘") || strings.HasPrefix(rest, "“") {
		return false // a quotation after its speaker
	}
	return strings.Contains(rest, "(") && sentenceRegexps().pictured.MatchString(rest)
}

// sentenceShapes are the compiled expressions of Furniture.
type sentenceShapes struct {
	byline, clock, dayMonth, pictured, tagline *regexp.Regexp
}

var sentenceRegexps = sync.OnceValue(func() *sentenceShapes {
	return &sentenceShapes{
		byline:   regexp.MustCompile(sentenceBylinePattern),
		clock:    regexp.MustCompile(clockPattern),
		dayMonth: regexp.MustCompile(dayMonthPattern),
		pictured: regexp.MustCompile(picturedPattern),
		tagline:  regexp.MustCompile(taglinePattern),
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

package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file finds furniture run into a line of the story: "... next year.
// Click here to see more pictures . Last updated at 11:02 on 12 May 2014 .",
// as pages flattened to one paragraph (and tabloids' own copy) print it.

// maxInlineWords bounds the pieces of a line that cutInline asks the
// vocabulary about: furniture is short (a caption, which can be longer, is
// told by its shape).
const maxInlineWords = 24

// cutInline splits a kept line of the story into pieces where sentences
// end and marks the pieces that the vocabulary finds to be furniture as
// cuts of the line. A line whose every piece is furniture is dropped whole.
func cutInline(text string, l *line) {
	if l.blank() || l.drop != "" || l.title {
		return
	}
	pieces := sentencePieces(text, l.start, l.end)
	if len(pieces) < 2 {
		return
	}
	reasons := make([]string, len(pieces))
	for i, p := range pieces {
		reasons[i] = pieceFurniture(text[p.Start:p.End])
	}
	k, head := leadingMeta(text, pieces, reasons)
	if k > 0 {
		l.cuts = append(l.cuts, Dropped{Region{pieces[0].Start, pieces[k-1].End}, head})
	}
	for i, p := range pieces[k:] {
		if reason := reasons[k+i]; reason != "" {
			l.cuts = append(l.cuts, Dropped{p, reason})
		}
	}
	if len(l.cuts) == len(pieces) {
		l.cuts = nil // the reading kept the line: a list of times, a row of a table
	}
}

// maxInlineCueWords bounds the pieces that whole-line cues are asked about:
// their bounds ("a line of at most 40 characters before 'alerts'") are
// checked loosely, which a sentence can fool.
const maxInlineCueWords = 10

// pieceFurniture returns why a piece of a line is furniture, or "": a short
// piece that a cue, an opener or a credit matches, a byline, a timestamp
// (a date with a label or a clock time, not a date in a sentence), a
// caption or a run of the page's metadata.
func pieceFurniture(raw string) string {
	if r, _ := utf8.DecodeRuneInString(raw); unicode.IsLower(r) {
		return "" // the rest of a sentence broken across lines
	}
	words := countWords(raw)
	if words > maxInlineWords {
		if pictureCaption(raw) {
			return ReasonCaption
		}
		return ""
	}
	norm := normalise(raw)
	if norm == "" {
		return ""
	}
	if reason := phraseReason(raw, norm, words <= maxInlineCueWords); reason != "" {
		return reason
	}
	switch {
	case isByline(raw) || isDatedByline(raw):
		return ReasonByline
	case maybeClock(raw) && isDate(norm) && sentenceRegexps().clock.MatchString(raw):
		return ReasonDate
	case pictureCaption(raw):
		return ReasonCaption
	}
	return dottedMeta(raw)
}

// sentencePieces splits text[start:end] where a sentence ends: at " . "
// (the separator of pages flattened to one paragraph), and after
// sentence punctuation or a bracketed picture note ("(pictured)") that a
// capital letter, a digit or an opening quote or bracket follows. Pieces
// hold no surrounding white space.
func sentencePieces(text string, start, end int) []Region {
	var out []Region
	from := start
	emit := func(to int) {
		if r := trimRegion(text, from, to); r.Start < r.End {
			out = append(out, r)
		}
	}
	s := text[:end]
	for i := start; i < end; i++ {
		c := s[i]
		if c != ' ' || i == start || i+1 >= end {
			continue
		}
		prev := s[i-1]
		switch {
		case prev == '.' && i >= start+2 && s[i-2] == ' ' && (i-2 == start || s[i-3] != '.'):
			// " . ": the piece ends before the full stop's space.
			emit(i)
			from = i + 1
		case prev == '.' || prev == '?' || prev == '!' || prev == '"' || prev == '\'' || prev == ')' || prev == 0x9D || prev == 0x99:
			if !pieceEnds(s, start, i) || !opensSentence(s[i+1:]) {
				continue
			}
			emit(i)
			from = i + 1
		}
	}
	emit(end)
	return out
}

// pieceEnds reports whether the text before the space at i ends a
// sentence: sentence punctuation, perhaps inside closing quotes, or a
// bracketed picture note.
func pieceEnds(s string, start, i int) bool {
	before := strings.TrimRight(s[start:i], "\"'”’")
	if before == "" {
		return false
	}
	if strings.HasSuffix(before, ")") {
		j := strings.LastIndexByte(before, '(')
		return j >= 0 && sentenceRegexps().pictured.MatchString(before[j:])
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	if r != '.' && r != '?' && r != '!' {
		return false
	}
	if r != '.' {
		return true
	}
	// "Mr.", "U.S.", "Jan.", "J.": an initial, a capitalised word of up to
	// four letters or one with full stops inside ends no sentence.
	w := strings.TrimSuffix(before[strings.LastIndexAny(before, " (")+1:], ".")
	first, _ := utf8.DecodeRuneInString(w)
	return w != "" && !strings.Contains(w, ".") && utf8.RuneCountInString(w) > 1 &&
		!(unicode.IsUpper(first) && utf8.RuneCountInString(w) <= 4)
}

// opensSentence reports whether s starts as a sentence does: a capital
// letter or a digit, perhaps after an opening quote or bracket.
func opensSentence(s string) bool {
	s = strings.TrimLeft(s, "\"'“‘([")
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// trimRegion returns [start, end) without white space at its ends.
func trimRegion(text string, start, end int) Region {
	l := trimLine(text, start, end)
	return Region{l.start, l.end}
}

// leadingMeta returns how many of a line's first pieces, whose furniture
// reasons pieceFurniture gave, are the page's metadata run into the story ("By . Jane Doe . PUBLISHED: . 08:14 EST, 12
// May 2014 . | . UPDATED: . ..."), and their reason: furniture, "By", an
// author's name or a lone separator, with at least one piece of furniture
// among them. A name makes the run a byline.
func leadingMeta(text string, pieces []Region, reasons []string) (int, string) {
	reason, furniture, byline := "", false, false
	n := 0
	for i, p := range pieces {
		bare := strings.Trim(text[p.Start:p.End], " .:|")
		switch {
		case bare == "":
		case strings.EqualFold(bare, "by") || strings.EqualFold(bare, "from"):
			byline = true
		case isName(bare):
			byline = true
		default:
			r := reasons[i]
			if r == "" {
				if !furniture {
					return 0, ""
				}
				if byline {
					reason = ReasonByline
				}
				return n, reason
			}
			if reason == "" {
				reason = r
			}
			furniture = true
		}
		n++
	}
	return 0, "" // every piece: the reading kept the line
}

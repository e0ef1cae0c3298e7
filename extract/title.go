package extract

import (
	"strings"
	"unicode"
)

// This file finds the story's title among the lines before the story.

// chooseTitle picks the story's title among the kept lines before end:
// the first headline-like line that shares a word with the story's opening
// paragraphs (menus and site names share none) unless a later one of a
// title's length shares two more, or, when none shares a word, the first
// headline-like line. Section labels above it ("News", "Home", "World
// Europe") are breadcrumbs when the page shows furniture elsewhere.
func (r *storyReader) chooseTitle(end int) {
	cands := r.titleCandidates(end)
	pick := -1
	if end < len(r.lines) {
		pick = r.titleByLede(cands)
	}
	if pick < 0 {
		for k := range cands {
			if r.titleEligible(cands, k) {
				pick = k
				break
			}
		}
	}
	if pick < 0 || pick+1 == len(cands) && end == len(r.lines) && len(cands) == 1 {
		return // a lone line is not a title
	}
	l := &r.lines[cands[pick]]
	l.title = true
	if !r.evidence {
		return
	}
	for _, j := range cands[:pick] {
		if isLabel(&r.lines[j]) && r.lines[j].words < l.words {
			r.lines[j].drop = ReasonBreadcrumb
		}
	}
}

// titleCandidates returns the kept lines before end that no strong cue
// marks as furniture.
func (r *storyReader) titleCandidates(end int) []int {
	var cands []int
	for i := 0; i < end; i++ {
		if l := &r.lines[i]; !l.blank() && l.drop == "" && l.cueKind < cueStrong {
			cands = append(cands, i)
		}
	}
	return cands
}

// titleEligible reports whether candidate k reads like a title: a headline,
// not a date or a name, not a label above a longer headline, not a kicker
// in capitals above more lines.
func (r *storyReader) titleEligible(cands []int, k int) bool {
	l := &r.lines[cands[k]]
	return l.headline && !l.date && !l.name && !(isLabel(l) && r.longerHeadlineAfter(cands[k+1:], l.words)) &&
		!(capsKicker(r.raw(l)) && k+1 < len(cands))
}

// titleByLede returns the candidate that shares the most words with the
// lede as chooseTitle describes, or -1.
func (r *storyReader) titleByLede(cands []int) int {
	pick, best := -1, 0
	for k := range cands {
		if pick >= 0 && r.creditBetween(cands[pick], cands[k]) {
			break // the byline and date follow the title, not the lede
		}
		if !r.titleEligible(cands, k) {
			continue
		}
		l := &r.lines[cands[k]]
		n := sharedTitleWords(r.raw(l), r.lede)
		switch {
		case pick < 0 && n > 0:
			pick, best = k, n
		case pick >= 0 && n >= best+2 && l.words <= maxRetitleWords && !l.final:
			// A line above the title may share a word with the lede by
			// chance ("Korvath 24°C Sunny"); a title shares several. A
			// longer line or a question below the title is the lede's.
			pick, best = k, n
		}
	}
	return pick
}

// creditBetween reports whether a byline, a date or share buttons stand
// between lines i and j.
func (r *storyReader) creditBetween(i, j int) bool {
	for k := i + 1; k < j; k++ {
		l := &r.lines[k]
		if l.date || l.name || l.cue == ReasonByline || l.cue == ReasonShareButtons || l.cue == ReasonDate {
			return true
		}
	}
	return false
}

func (r *storyReader) longerHeadlineAfter(cands []int, words int) bool {
	for _, j := range cands {
		if l := &r.lines[j]; l.headline && !l.date && !l.name && l.words > words {
			return true
		}
	}
	return false
}

// capsKicker reports whether s starts with a label in capitals and a colon
// or bar, as tickers and teasers do: "BREAKING: ...", "WATCH | ...".
func capsKicker(s string) bool {
	i := strings.IndexAny(s, ":|")
	if i < 3 || i > 20 {
		return false
	}
	label := strings.TrimSpace(s[:i])
	return isUpperLine(label) && countWords(label) <= 2
}

// ledeWords is the set of words of the story's first paragraphs, from line
// first on and before any block of furniture, as titleWords reads them.
func (r *storyReader) ledeWords() map[string]bool {
	set := make(map[string]bool)
	n := 0
	for i := r.first; i < len(r.lines) && n < 3 && r.lines[i].cueKind != cueHeader; i++ {
		if l := &r.lines[i]; l.prose && l.cueKind == cueNone && !l.fixed {
			titleWords(r.raw(l), func(w string) { set[w] = true })
			n++
		}
	}
	return set
}

// sharedTitleWords counts the distinct words of a candidate title found in
// the lede.
func sharedTitleWords(s string, lede map[string]bool) int {
	seen := make(map[string]bool)
	n := 0
	titleWords(s, func(w string) {
		if !seen[w] {
			seen[w] = true
			if lede[w] {
				n++
			}
		}
	})
	return n
}

// titleWords calls fn with each word of three or more letters of s that is
// not a stop word, lower-cased, without a possessive or plural s: headlines
// and ledes word the same things differently ("Profits" / "profit's").
func titleWords(s string, fn func(string)) {
	letterRuns(s, func(run string) {
		if len(run) < 3 {
			return
		}
		w := strings.ToLower(run)
		if stopWords[w] || notNameWords[w] {
			return
		}
		if len(w) > 3 && strings.HasSuffix(w, "s") {
			w = w[:len(w)-1]
		}
		fn(w)
	})
}

// isLabel reports whether a line reads like a section label above a title:
// section names, or one or two capitalised words in mixed case.
func isLabel(l *line) bool {
	switch {
	case l.section || l.cueKind == cueWeak:
		return true
	case l.words > 2 || l.final || l.date || l.name:
		return false
	}
	for _, w := range strings.Fields(l.norm) {
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '-' && r != '&' {
				return false
			}
		}
	}
	return true
}

package extract

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// This file reads the shape of one line: a name, a credit, a date, a
// section label, a menu, a row of share buttons, a byline, breadcrumbs.

// lineRegexps are the expressions that read the shape of a line. They are
// compiled on first use, so that a process that never reads text pays
// nothing for them.
type lineRegexps struct {
	crumbSep *regexp.Regexp // separators of breadcrumb and menu items
	byline   *regexp.Regexp // "By Jane Doe, Reuters"; group 1 is the name
	dateNum  *regexp.Regexp // 2025-02-10, 10/02/2025, 14:32, 2pm
	relTime  *regexp.Regexp // 3h, 2d
	ordinal  *regexp.Regexp // 10th
}

var regexps = sync.OnceValue(func() *lineRegexps {
	return &lineRegexps{
		crumbSep: regexp.MustCompile(crumbSepPattern),
		byline:   regexp.MustCompile(openRepeats(bylinePattern)),
		dateNum:  regexp.MustCompile(dateNumPattern),
		relTime:  regexp.MustCompile(relTimePattern),
		ordinal:  regexp.MustCompile(ordinalPattern),
	}
})

// isName reports whether s is a person's name alone: two to five
// capitalised words, perhaps with initials and particles.
func isName(s string) bool {
	fields := strings.Fields(s)
	if len(fields) < 2 || len(fields) > 5 || len(s) > 50 {
		return false
	}
	if strings.HasSuffix(s, ".") && !strings.HasSuffix(fields[len(fields)-1], "Jr.") || strings.Contains(s, ",") {
		return false // a sentence, or a list of names
	}
	caps := 0
	for i, f := range fields {
		r, _ := utf8.DecodeRuneInString(f)
		switch {
		case unicode.IsUpper(r):
			for _, c := range f {
				if !(unicode.IsLetter(c) || c == '.' || c == '\'' || c == '’' || c == '-') {
					return false
				}
			}
			lw := strings.ToLower(strings.TrimRight(f, "."))
			if dateWords[lw] && len(lw) > 2 || stopWords[lw] || notNameWords[lw] || sectionWords[lw] && len(fields) <= 2 {
				return false
			}
			caps++
		case nameParticles[f] && i > 0 && i < len(fields)-1:
		default:
			return false
		}
	}
	return caps >= 2 && caps <= 3 && !isUpperLine(s)
}

// creditSeps separate an author's name from their role, site or date.
var creditSeps = []string{" | ", " - ", " – ", " — ", " • ", " · ", ", ", " / "}

// isCredit reports whether s is an author's name followed by a short role,
// site or date: "Jane Doe | Daily Times", "Jane Doe, Political Editor".
func isCredit(s string) bool {
	for _, sep := range creditSeps {
		i := strings.Index(s, sep)
		if i <= 0 {
			continue
		}
		rest := s[i+len(sep):]
		if isName(s[:i]) && (countWords(rest) <= 4 && !endsSentence(rest) || isDate(normalise(rest))) {
			return true
		}
	}
	return false
}

// isDate reports whether a normalised line only gives a date or a time:
// "• February 10, 2025", "Updated 14:32 GMT, 3 March 2024", "2 hours ago".
func isDate(norm string) bool {
	strong := false
	for _, w := range strings.FieldsFunc(norm, isDateSep) {
		w = strings.Trim(w, ".-/:")
		switch {
		case w == "":
		case monthOrDay(w) || w == "ago" || w == "today" || w == "yesterday" ||
			startsWithDigit(w) && (regexps().dateNum.MatchString(w) || regexps().relTime.MatchString(w)):
			strong = true
		case dateWords[w] || w == "a.m" || w == "p.m" || isDigits(w) && len(w) <= 4 || startsWithDigit(w) && regexps().ordinal.MatchString(w):
		default:
			return false
		}
	}
	return strong
}

func startsWithDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

func isDateSep(r rune) bool {
	switch r {
	case ' ', ',', '|', '•', '·', '(', ')', '–', '—', '[', ']':
		return true
	}
	return false
}

func monthOrDay(w string) bool {
	switch w {
	case "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
		"november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}

// isSection reports whether a normalised line only names site sections.
func isSection(norm string) bool {
	n := 0
	for _, w := range strings.FieldsFunc(norm, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		if !sectionWords[w] {
			return false
		}
		n++
	}
	return n >= 1 && n <= 4
}

// isMenu reports whether a line is a site's menu flattened to one line:
// five or more capitalised words, most of them names of site sections
// ("Home News Sport Business Culture Travel Video Live").
func isMenu(raw string) bool {
	n, sec := 0, 0
	for _, w := range strings.FieldsFunc(raw, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
		n++
		if sectionWords[strings.ToLower(w)] {
			sec++
		}
	}
	return n >= 5 && sec*10 >= n*6
}

// isShareRow reports whether a normalised line is a row of share buttons:
// only share words, at least one of them naming a network.
func isShareRow(norm string) bool {
	network := false
	n := 0
	for _, w := range strings.FieldsFunc(norm, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '+' && r != '-'
	}) {
		n++
		switch {
		case shareNetworks[w]:
			network = true
		case shareWords[w]:
		case isDigits(w):
		default:
			return false
		}
	}
	// Without a network, a few share words ("Print Email this") are a row
	// too when print or e-mail is among them.
	return n <= 24 && (network || n >= 2 && n <= 6 && (strings.Contains(norm, "print") || strings.Contains(norm, "email") || strings.Contains(norm, "e-mail")))
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// isByline reports whether s credits an author: "By Jane Doe", "Written by
// Jane Doe | Reuters", "Author: Jane Doe".
func isByline(s string) bool {
	if countWords(s) > 16 || endsSentence(s) && !strings.HasSuffix(s, ".") {
		return false
	}
	s = strings.TrimLeft(s, bulletRunes)
	label, _, _ := strings.Cut(s, " ")
	if !bylineLabels[strings.ToLower(strings.TrimRight(label, ":-–—"))] {
		return false
	}
	m := regexps().byline.FindStringSubmatch(s)
	if m == nil {
		return false
	}
	first := strings.ToLower(strings.TrimRight(strings.Fields(m[1])[0], ".,"))
	if dateWords[first] || stopWords[first] || first == "the" || first == "a" {
		return false
	}
	// "By Friday, the company had sold out." is a sentence.
	return !strings.HasSuffix(s, ".") || isName(strings.TrimSuffix(m[1], "."))
}

// isDatedByline reports whether s is a date followed by the author:
// "Posted on March 3, 2025 by Jane Doe".
func isDatedByline(s string) bool {
	i := strings.LastIndex(s, " by ")
	return i > 0 && isName(strings.TrimSpace(s[i+4:])) && isDate(normalise(s[:i]))
}

// hasWord reports whether s has a run of at least n letters.
func hasWord(s string, n int) bool {
	run := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			run++
			if run >= n {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// isCrumbs reports whether s is a trail of short links: "Home › World ›
// Europe", "News / Politics".
func isCrumbs(s string) bool {
	if !strings.ContainsAny(s, crumbSepChars) || countWords(s) > 16 {
		return false
	}
	parts := regexps().crumbSep.Split(s, -1)
	items := 0
	for k, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		// The last crumb may be the page's own headline: "News / World /
		// Floods force thousands from their homes".
		long := k == len(parts)-1 && items >= 2 && countWords(p) <= 25
		if countWords(p) > 5 && !long || endsSentence(p) || !hasWord(p, 2) {
			return false
		}
		items++
	}
	home := strings.EqualFold(strings.TrimSpace(parts[0]), "home")
	arrow := strings.ContainsAny(s, "›»→")
	return items >= 3 || items == 2 && (home || arrow || isSection(normalise(s)))
}

package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Region is a half-open byte range [Start, End) into the text.
type Region struct {
	Start int
	End   int
}

// Dropped is a region left out of the story, with the reason: one of the
// Reason constants.
type Dropped struct {
	Region
	Reason string
}

// Layout says where the story is in a text. Title, Body and Dropped do not
// overlap and are in text order; blank lines belong to none of them.
type Layout struct {
	Title   *Region   // the story's title line, if any
	Body    []Region  // paragraphs or blocks of the story, in order, excluding Title
	Dropped []Dropped // furniture left out, in order
}

// line is one line of the text with what the classifier found in it.
type line struct {
	start, end int    // the line's content, white space trimmed; start == end for a blank line
	norm       string // lower-cased, bullets trimmed, white space collapsed; for cues
	words      int    // words in the line
	cue        string // reason of the furniture cue that matched, if any
	cueKind    cueKind

	prose    bool // reads like story text: long, or a sentence with final punctuation
	headline bool // reads like a headline: short, no final punctuation
	name     bool // reads like a person's name and nothing else
	date     bool // gives a date or time and nothing else
	section  bool // only names of site sections ("Foreign News")
	final    bool // ends with sentence punctuation

	drop  string // reason it is dropped; "" when kept
	title bool
}

func (l *line) blank() bool { return l.start == l.end }

// Text finds the story in text a scraper flattened from a news page, and the
// page furniture around it. It never rewrites the text: every region is a
// byte range of text. Story lines are kept whenever in doubt.
func Text(text string) Layout {
	lines := joinWrapped(text, scanLines(text))
	cs := cues()
	for i := range lines {
		classify(text, &lines[i], cs)
	}
	findStory(text, lines)
	return layout(lines)
}

// scanLines splits text into lines at \n, \r\n, \r, and the Unicode line and
// paragraph separators.
func scanLines(text string) []line {
	lines := make([]line, 0, strings.Count(text, "\n")+1)
	start := 0
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == '\n' || c == '\r':
			lines = append(lines, trimLine(text, start, i))
			if c == '\r' && i+1 < len(text) && text[i+1] == '\n' {
				i++
			}
			i++
			start = i
		case c == 0xE2 && i+2 < len(text) && text[i+1] == 0x80 && (text[i+2] == 0xA8 || text[i+2] == 0xA9):
			lines = append(lines, trimLine(text, start, i))
			i += 3
			start = i
		default:
			i++
		}
	}
	if start < len(text) {
		lines = append(lines, trimLine(text, start, len(text)))
	}
	return lines
}

// joinWrapped merges the lines of hard-wrapped paragraphs ("…have a good
// track record of predicting" / "food shortages but…"): a line of 30 bytes
// or more continues into the next when the next starts in lower case, or it
// ends with a comma, a dash or a word that cannot end a sentence.
func joinWrapped(text string, lines []line) []line {
	out := lines[:0]
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		for i+1 < len(lines) && !lines[i+1].blank() && continues(text, l, lines[i+1]) {
			i++
			l.end = lines[i].end
		}
		out = append(out, l)
	}
	return out
}

func continues(text string, cur, next line) bool {
	if cur.blank() || cur.end-cur.start < 30 {
		return false
	}
	ns := text[next.start:next.end]
	if isByline(ns) || countWords(ns) <= 3 && !endsSentence(ns) {
		return false // "by Jane Doe" under a title; a short label
	}
	if len(ns) <= maxCueBytes {
		if _, kind := cues().match(normalise(ns)); kind != cueNone {
			return false // "Listen to this article" under a title that ends in "on"
		}
	}
	r, _ := utf8.DecodeRuneInString(ns)
	if unicode.IsLower(r) {
		return true
	}
	s := text[cur.start:cur.end]
	last := s[strings.LastIndexAny(s, " \t")+1:]
	return strings.HasSuffix(s, ",") || strings.HasSuffix(s, "-") && !strings.HasSuffix(s, " -") || wrapWords[last]
}

// trimLine returns the line text[start:end] with surrounding white space
// (Unicode, including no-break and zero-width spaces) left out.
func trimLine(text string, start, end int) line {
	for start < end {
		r, n := utf8.DecodeRuneInString(text[start:end])
		if !isBlankRune(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		if !isBlankRune(r) {
			break
		}
		end -= n
	}
	if start == end {
		return line{start: start, end: start}
	}
	return line{start: start, end: end}
}

func isBlankRune(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\ufeff' || r == '\u2060' || r == 0
}

// normalise lower-cases s, trims bullets and punctuation from its ends and
// collapses runs of white space to one space.
func normalise(s string) string {
	s = strings.Trim(s, bulletRunes)
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if isBlankRune(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// maxCueBytes and maxCueWords bound the lines matched against cues:
// furniture is short.
const (
	maxCueBytes = 400
	maxCueWords = 40
)

// classify fills in a line's features and furniture cue.
func classify(text string, l *line, cs *cueSet) {
	if l.blank() {
		return
	}
	raw := text[l.start:l.end]
	l.words = countWords(raw)
	l.final = endsSentence(raw)
	upper := isUpperLine(raw)
	// A short question or exclamation is a headline ("Could Yukos be a blessing?").
	exclaim := l.final && l.words <= 12 && strings.ContainsAny(raw[len(raw)-1:], "?!")
	l.prose = l.words >= 14 || (l.words >= 6 && l.final && !upper && !exclaim)
	l.headline = l.words >= 2 && l.words <= 25 && (!l.final || upper || exclaim)
	if len(raw) > maxCueBytes || l.words > maxCueWords {
		return
	}
	l.norm = normalise(raw)
	bare := strings.TrimLeft(raw, bulletRunes)
	l.name = isName(bare) || isCredit(bare)
	l.date = isDate(l.norm)
	l.section = isSection(l.norm)
	reason, kind := cs.match(l.norm)
	if kind < cueHeader && strings.HasPrefix(l.norm, "about ") && isName(strings.TrimSpace(raw[strings.IndexByte(raw, ' '):])) {
		reason, kind = ReasonAuthorBio, cueHeader // "About Jane Doe"
	}
	if kind == cueHeader && l.final && !strings.HasSuffix(strings.TrimRight(raw, " "), ":") {
		// A header is a label; "More on that later." is a sentence.
		kind = cueNone
	}
	if kind < cueStrong {
		switch {
		case isShareRow(l.norm):
			reason, kind = ReasonShareButtons, cueStrong
		case isByline(raw):
			reason, kind = ReasonByline, cueStrong
		case isCrumbs(raw):
			reason, kind = ReasonBreadcrumb, cueStrong
		}
	}
	if kind != cueNone {
		l.cue, l.cueKind = reason, kind
		l.prose = false
	}
}

// countWords counts runs of letters or digits.
func countWords(s string) int {
	n, in := 0, false
	for _, r := range s {
		w := unicode.IsLetter(r) || unicode.IsDigit(r)
		if w && !in {
			n++
		}
		in = w || (in && (r == '\'' || r == '’' || r == '-'))
	}
	return n
}

// endsSentence reports whether s ends with sentence punctuation, perhaps
// inside closing quotes or brackets.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \"'”’)]»*")
	if s == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?' || r == '…' || r == ';'
}

// isUpperLine reports whether s has letters and no lower-case ones, as in
// wire-service headlines.
func isUpperLine(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 4
}

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
		case dateWords[w] || isDigits(w) && len(w) <= 4 || startsWithDigit(w) && regexps().ordinal.MatchString(w):
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
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if countWords(p) > 5 || endsSentence(p) || !hasWord(p, 2) {
			return false
		}
		items++
	}
	home := strings.EqualFold(strings.TrimSpace(parts[0]), "home")
	arrow := strings.ContainsAny(s, "›»→")
	return items >= 3 || items == 2 && (home || arrow || isSection(normalise(s)))
}

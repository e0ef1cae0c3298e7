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
	quiet bool // the cue is a credit that clean copy carries too: no evidence of furniture

	cuts  []Dropped // furniture run into a kept line (see cutInline), in order
	fixed bool      // dropped before the reading, as the page's markup showed (see layoutFixed)
	links bool      // fixed as one of a run of lines made of links: the reading never sees it
}

// blank reports whether a line is blank, or furniture the markup showed
// (fixed): the reading passes over both.
func (l *line) blank() bool { return l.start == l.end || l.fixed }

// Text finds the story in text a scraper flattened from a news page, and the
// page furniture around it. It never rewrites the text: every region is a
// byte range of text. Story lines are kept whenever in doubt.
func Text(text string) Layout { return layoutOf(text, true) }

// layoutOf is Text. shapes turns on the rules that find furniture by its
// shape and place alone (lines that are not prose around the story, the
// story's last paragraphs that read like furniture); they are for text a
// scraper flattened from a whole page, not for a main text an extractor
// already chose.
func layoutOf(text string, shapes bool) Layout { return layoutFixed(text, shapes, nil) }

// layoutFixed is layoutOf on a text whose lines in fixed (whole lines, in
// order) are already known to be furniture: they are dropped with their
// reasons, and the reading passes over them as over blank lines, except
// that their cues still show that the page keeps furniture and a header
// among them still opens a block (runs of links, which the reading never
// saw, show nothing).
func layoutFixed(text string, shapes bool, fixed []markedLine) Layout {
	lines := scanLines(text)
	if len(fixed) > 0 {
		markFixed(lines, fixed)
	}
	lines = joinWrapped(text, lines)
	cs := cues()
	for i := range lines {
		classify(text, &lines[i], cs)
	}
	findStory(text, lines, shapes)
	if shapes {
		for i := range lines {
			cutInline(text, &lines[i])
		}
	}
	return layout(text, lines)
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
	s = strings.TrimFunc(s, isBulletRune)
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

// isBulletRune reports whether r is trimmed from a line's ends before cues
// are matched: bulletRunes, and symbols such as the emoji sites put before
// their prompts ("📌 Read also: ...", "👉 Follow us").
func isBulletRune(r rune) bool {
	return strings.ContainsRune(bulletRunes, r) || unicode.Is(unicode.So, r) && r != '©' && r != '®' && r != '℗' && r != '™' ||
		r >= '\u2190' && r <= '\u21ff' || r >= '\u27f0' && r <= '\u27ff' || r >= '\u2900' && r <= '\u297f' || // arrows: "Read more →"
		r == '\ufe0f' || r == '\u200d'
}

// maxCueBytes and maxCueWords bound the lines matched against cues:
// furniture is short.
const (
	maxCueBytes = 400
	maxCueWords = 40
)

// classify fills in a line's features and furniture cue.
func classify(text string, l *line, cs *cueSet) {
	if l.start == l.end || l.links {
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
	if l.date || strings.Count(raw, " | ") >= 2 {
		// "Nov 2, 2025 | 6:25 p.m." ends with a full stop; "Written by Jane
		// Doe | Lagos | March 3, 2025 10:42 a.m." is a row of the page's
		// metadata.
		l.prose = false
	}
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
		if r, k := openerCues().match(l.norm); k >= cueStrong {
			reason, kind = r, k // "Click here to ...", "Scroll down for video"
		} else if r, k := creditCues().match(l.norm); k >= cueStrong {
			reason, kind, l.quiet = r, k, true // "(AFP)", "Jane Doe contributed to this report."
		}
	}
	if kind < cueStrong {
		switch {
		case isShareRow(l.norm):
			reason, kind = ReasonShareButtons, cueStrong
		case isByline(raw) || isDatedByline(raw):
			reason, kind = ReasonByline, cueStrong
		case isCrumbs(raw):
			reason, kind = ReasonBreadcrumb, cueStrong
		case isMenu(raw):
			reason, kind = ReasonNavigation, cueStrong
		case pictureCaption(raw):
			reason, kind, l.quiet = ReasonCaption, cueStrong, true
		default:
			if r := dottedMeta(raw); r != "" {
				reason, kind = r, cueStrong // "By . Jane Doe . PUBLISHED: . 08:14 EST, 12 May 2014"
			}
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

// markFixed marks the lines that a region of fixed covers.
func markFixed(lines []line, fixed []markedLine) {
	k := 0
	for i := range lines {
		l := &lines[i]
		for k < len(fixed) && fixed[k].End <= l.start && l.start != l.end {
			k++
		}
		if k == len(fixed) {
			return
		}
		if l.start != l.end && fixed[k].Start <= l.start && l.end <= fixed[k].End {
			l.fixed, l.drop, l.links = true, fixed[k].Reason, fixed[k].links
		}
	}
}

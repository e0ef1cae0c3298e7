package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsnlp/newsnlp/extract/internal/linemodel"
)

// This file reads the edges of the story: the head before its first
// paragraph, its last paragraphs, and the lines after it.

// dropHead handles the lines before the first paragraph on a page that
// shows furniture. Before the title is the site's navigation; between the
// title and the story, what is not prose is a byline, a date, share buttons
// or a label.
func (r *storyReader) dropHead() {
	title := -1
	for i := 0; i < r.first; i++ {
		if r.lines[i].title {
			title = i
		}
	}
	for i := 0; i < r.first; i++ {
		l := &r.lines[i]
		if l.blank() || l.drop != "" || l.title {
			continue
		}
		switch {
		case r.shapes && i < title:
			l.drop = r.shapeReason(l, false)
		case l.date:
			l.drop = ReasonDate
		case !r.shapes && title >= 0 && i > title && l.name:
			l.drop = ReasonByline
		case r.shapes && title >= 0 && !l.prose && (l.name || !r.storyShaped(l) && sharedTitleWords(r.raw(l), r.lede) < 2):
			// A name alone after the title is the author's ("Jane Doe" /
			// "3 March 2024"); a standfirst shares the lede's words.
			l.drop = r.shapeReason(l, false)
			if l.drop == ReasonBreadcrumb {
				l.drop = ReasonNavigation
			}
		}
	}
}

// shapeReason names the furniture a line of the given shape is: a date, an
// author's name, a trail of breadcrumbs, or, after the story has begun,
// another story's headline.
func (r *storyReader) shapeReason(l *line, after bool) string {
	raw := r.raw(l)
	switch {
	case l.cue != "":
		return l.cue
	case l.date:
		return ReasonDate
	case l.name || isByline(raw):
		return ReasonByline
	case isCrumbs(raw):
		return ReasonBreadcrumb
	case !after && (l.section || isLabel(l)):
		return ReasonBreadcrumb
	case after && l.headline && l.words >= 3:
		return ReasonRelatedStories
	}
	return ReasonNavigation
}

// trimTail drops the story's last paragraphs while they share next to no
// word with the story before them and read like furniture: a note in
// brackets ("(This story was generated from a syndicated feed.)"), or
// wording the line model scores as furniture, bringing names the story
// does not have (an author's note, the site's pitch). It moves the story's
// last line back past them.
func (r *storyReader) trimTail() {
	var prose []int // the story's paragraphs
	for i := r.first; i <= r.lastStory; i++ {
		if l := &r.lines[i]; l.prose && l.drop == "" && !l.title {
			prose = append(prose, i)
		}
	}
	// The last few paragraphs are judged against the title and the
	// paragraphs before them, which furniture at the end cannot be among.
	window := min(tailWindow, len(prose)-1)
	if window <= 0 {
		return
	}
	core := prose[len(prose)-window-1]
	vocab := r.vocabularyBefore(core + 1)
	names := r.namesBefore(core + 1)
	for k := len(prose) - 1; k >= len(prose)-window; k-- {
		l := &r.lines[prose[k]]
		raw := r.raw(l)
		if !tailFurniture(raw, vocab, names) {
			break
		}
		l.drop = ReasonRelatedStories
		if p := prevLine(r.lines, prose[k]); p >= 0 && r.lines[p].name || hasHandle(raw) || startsWithName(raw) {
			l.drop = ReasonAuthorBio
		}
		r.lastStory = prose[k-1]
	}
}

// tailFurniture reports whether one of the story's last paragraphs reads
// like furniture (see trimTail), judged against the vocabulary and names of
// the story before it.
func tailFurniture(raw string, vocab, names map[string]bool) bool {
	shared, seen := sharedCased(raw, vocab, names)
	if seen < 3 || isNameList(raw) {
		return false
	}
	p := furnitureScore(raw)
	fresh := countNewNames(raw, names)
	note := strings.HasPrefix(raw, "(") && strings.HasSuffix(strings.TrimRight(raw, "."), ")")
	return note && shared <= 1 ||
		shared == 0 && (fresh > 0 && p >= 0.3 || p >= 0.85) ||
		shared == 1 && fresh >= 3 && p >= 0.5 ||
		fresh >= 5 && p >= 0.6 && shared*4 < seen || // the site's pitch: "Get the latest news from ..."
		hasHandle(raw) && shared <= 2 && p >= 0.5 // "Reach her on X at @jdoe."
}

// maxTaglineWords is the longest author's tagline dropTagline drops.
const maxTaglineWords = 30

// dropTagline drops the story's last kept line when it is the author's
// tagline: "Jane Doe is the Herald's transport correspondent.", "Jane Doe
// covers courts for the Herald."
func (r *storyReader) dropTagline() {
	for i := len(r.lines) - 1; i >= 0; i-- {
		l := &r.lines[i]
		if l.blank() || l.drop != "" {
			continue
		}
		if !l.title && l.words <= maxTaglineWords && authorTagline(r.raw(l)) {
			l.drop = ReasonAuthorBio
		}
		return
	}
}

// authorTagline reports whether s introduces the writer: a person's name,
// then "is" and a newsroom role ("a senior producer", "the paper's
// mobile editor") or a verb of the beat ("covers", "writes about").
func authorTagline(s string) bool {
	f := strings.Fields(s)
	if len(f) < 4 || !endsSentence(s) {
		return false
	}
	n := 2
	if len(f) > 4 && isName(strings.Join(f[:3], " ")) {
		n = 3
	}
	if !isName(strings.Join(f[:n], " ")) {
		return false
	}
	rest := strings.ToLower(strings.Join(f[n:], " "))
	return sentenceRegexps().tagline.MatchString(rest)
}

// dropTail handles the kept lines after the story's last paragraph: a
// byline, dates, and other stories' headlines with their dates.
func (r *storyReader) dropTail() {
	lines := r.lines
	var heads, dates int
	for i := r.lastStory + 1; i < len(lines); i++ {
		l := &lines[i]
		if l.blank() || l.drop != "" {
			continue
		}
		switch {
		case l.date:
			dates++
		case l.headline:
			heads++
		}
	}
	if dates >= 1 && heads >= 2 || r.headlineRun(r.lastStory+1) >= minHeadlineRun {
		// Other stories listed without a header: headline, date, teaser.
		for i := r.lastStory + 1; i < len(lines); i++ {
			if l := &lines[i]; !l.blank() && l.drop == "" {
				l.drop = ReasonRelatedStories
			}
		}
		return
	}
	names := r.namesBefore(r.lastStory + 1)
	for i := r.lastStory + 1; i < len(lines); i++ {
		l := &lines[i]
		if l.blank() || l.drop != "" || l.title {
			continue
		}
		switch {
		case l.name:
			l.drop = ReasonByline
		case l.date:
			l.drop = ReasonDate
		case r.shapes && !l.prose && l.cueKind == cueNone && newNames(r.raw(l), names):
			// After the story, a line that is not prose and names someone
			// the story does not is the site's: a standards note, a label.
			l.drop = r.shapeReason(l, true)
		}
	}
}

// headlineRun returns the length of the longest run of kept, consecutive,
// title-case headline lines from line from on: a list of other stories.
func (r *storyReader) headlineRun(from int) int {
	best, run := 0, 0
	for i := from; i < len(r.lines); i++ {
		l := &r.lines[i]
		switch {
		case l.blank() || l.drop != "":
		case l.headline && l.words >= 3 && isTitleCase(r.raw(l)) && !isListItem(r.raw(l)):
			run++
			best = max(best, run)
		default:
			run = 0
		}
	}
	return best
}

// dropRepeatedNames drops a name printed twice in a row: a byline.
func (r *storyReader) dropRepeatedNames() {
	lines := r.lines
	for i := range lines {
		l := &lines[i]
		if l.blank() || !l.name || l.title {
			continue
		}
		n := nextLine(lines, i)
		if n >= 0 && lines[n].name && lines[n].norm == l.norm {
			l.drop, lines[n].drop = ReasonByline, ReasonByline
		}
	}
}

// isListItem reports whether s looks like a row of a table or ranking
// ("12 Jane Roe (Utopia)") rather than a headline.
func isListItem(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if unicode.IsDigit(r) || strings.ContainsAny(s, "()") || strings.Contains(s, " v ") || strings.Contains(s, " vs ") {
		return true
	}
	numbers := 0 // a row of a results table: "Harbourside 3 1 0 6 1 10"
	for _, f := range strings.Fields(s) {
		if startsWithDigit(f) {
			numbers++
		}
	}
	return numbers >= 2
}

// isTitleCase reports whether most words of s start with a capital letter.
func isTitleCase(s string) bool {
	caps, words := 0, 0
	for _, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		words++
		if unicode.IsUpper(r) {
			caps++
		}
	}
	return words > 0 && caps*10 >= words*6
}

// startsWithName reports whether s opens with a person's name: "Jane Doe
// writes about ...".
func startsWithName(s string) bool {
	f := strings.Fields(s)
	return len(f) >= 3 && isName(f[0]+" "+f[1])
}

// hasHandle reports whether s gives a social-media handle or an e-mail
// address: "@jdoe", "jdoe@example.com".
func hasHandle(s string) bool {
	for i := strings.IndexByte(s, '@'); i >= 0 && i+1 < len(s); {
		r, _ := utf8.DecodeRuneInString(s[i+1:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' {
			return true
		}
		j := strings.IndexByte(s[i+1:], '@')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// isNameList reports whether s is a list of names, such as a team sheet:
// at least three commas or semicolons between mostly capitalised words.
func isNameList(s string) bool {
	if strings.Count(s, ",")+strings.Count(s, ";") < 3 {
		return false
	}
	caps, words := 0, 0
	for _, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(w, "(\"'“‘"))
		if unicode.IsLetter(r) {
			words++
			if unicode.IsUpper(r) {
				caps++
			}
		}
	}
	return caps*2 >= words
}

// furnitureScore is the line model's probability that a line is furniture,
// or 0 when the model cannot be read.
func furnitureScore(s string) float64 {
	m, err := linemodel.Default()
	if err != nil {
		return 0
	}
	return m.Score(s)
}

package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Thresholds of the story model.
const (
	// resumeMinWords is the shortest paragraph that can bring the story back
	// after a block of furniture.
	resumeMinWords = 12
	// resumeCohesion is the least share of a paragraph's content words that
	// the story's opening must use for the paragraph to count as the story's.
	resumeCohesion = 0.12
	// resumeCohesionAfterHeadline is the same right under a headline, where
	// other stories' teasers sit.
	resumeCohesionAfterHeadline = 0.25
	// longParagraph is the length in words from which a paragraph is longer
	// than other stories' teasers usually are.
	longParagraph = 40
	// minHeadlineRun is how many title-case headlines in a row after the
	// story make a list of other stories.
	minHeadlineRun = 3
	// maxVocabulary bounds the story's vocabulary: the title and the
	// paragraphs read as story give it, until it has this many words.
	maxVocabulary = 400
)

// findStory decides, line by line, what is story and what is furniture. The
// text is read as a head (before the first paragraph of prose: breadcrumbs,
// title, byline, date, share buttons), the story, and blocks of furniture
// that headers such as "You may also like" or "Leave a comment" open. A
// block lasts until a paragraph that continues the story (a complete,
// long sentence that shares the story's vocabulary) or the end of the text.
func findStory(text string, lines []line) {
	first := -1
	for i := range lines {
		if lines[i].prose && lines[i].cueKind == cueNone {
			first = i
			break
		}
	}
	evidence := false
	for i := range lines {
		if lines[i].cueKind >= cueStrong {
			evidence = true
			break
		}
	}
	if first < 0 {
		dropCued(lines, 0, len(lines))
		chooseTitle(lines, len(lines), evidence)
		spreadWeak(lines)
		return
	}
	dropCued(lines, 0, first)
	chooseTitle(lines, first, evidence)
	if evidence {
		dropHead(lines, first)
	}
	var vocab map[string]bool // the story's words, built when a block first needs them

	lastStory := first
	block := "" // reason of the furniture block being read; "" in the story
	for i := first; i < len(lines); i++ {
		l := &lines[i]
		if l.blank() {
			continue
		}
		if l.cueKind == cueHeader {
			if block == "" {
				absorbBefore(lines, lastStory, i, l.cue)
			}
			block = l.cue
			l.drop = l.cue
			continue
		}
		if block == "" {
			if l.cueKind == cueStrong {
				l.drop = l.cue
			} else if l.prose {
				lastStory = i
				if vocab != nil {
					addVocabulary(vocab, text, l)
				}
			}
			continue
		}
		if l.cueKind == cueStrong {
			l.drop = l.cue
			continue
		}
		if vocab == nil {
			vocab = storyVocabulary(text, lines[:i])
		}
		if resumes(text, lines, i, vocab) {
			block = ""
			lastStory = i
			addVocabulary(vocab, text, l)
			continue
		}
		l.drop = block
	}
	if evidence {
		dropTail(text, lines, lastStory)
		dropRepeatedNames(lines)
	}
	spreadWeak(lines)
}

// dropCued drops the lines in [from, to) that carry a strong or header cue.
func dropCued(lines []line, from, to int) {
	for i := from; i < to; i++ {
		if lines[i].cueKind >= cueStrong {
			lines[i].drop = lines[i].cue
		}
	}
}

// dropHead handles the lines before the first paragraph on a page that
// shows furniture: dates, and a byline's name next to a date.
func dropHead(lines []line, first int) {
	for i := 0; i < first; i++ {
		l := &lines[i]
		if l.blank() || l.drop != "" {
			continue
		}
		if l.date {
			l.drop = ReasonDate
		}
	}
	// A name alone after the title is the author's ("Jane Doe" / "3 March 2024").
	title := false
	for i := 0; i < first; i++ {
		l := &lines[i]
		if l.title {
			title = true
		}
		if title && !l.blank() && l.drop == "" && l.name && !l.title {
			l.drop = ReasonByline
		}
	}
}

// chooseTitle picks the story's title among the kept lines before first: the
// first headline-like line. Section labels above it ("News", "Home",
// "World Europe") are breadcrumbs when the page shows furniture elsewhere.
func chooseTitle(lines []line, first int, evidence bool) {
	var cands []int
	for i := 0; i < first; i++ {
		l := &lines[i]
		if !l.blank() && l.drop == "" && l.cueKind < cueStrong {
			cands = append(cands, i)
		}
	}
	for k, i := range cands {
		l := &lines[i]
		if !l.headline || l.date || l.name || isLabel(l) && longerHeadlineAfter(lines, cands[k+1:], l.words) {
			continue
		}
		if k+1 == len(cands) && first == len(lines) {
			return // a lone line is not a title
		}
		l.title = true
		if !evidence {
			return
		}
		for _, j := range cands[:k] {
			if isLabel(&lines[j]) && lines[j].words < l.words {
				lines[j].drop = ReasonBreadcrumb
			}
		}
		return
	}
}

func longerHeadlineAfter(lines []line, cands []int, words int) bool {
	for _, j := range cands {
		if l := &lines[j]; l.headline && !l.date && !l.name && l.words > words {
			return true
		}
	}
	return false
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

// storyVocabulary is the set of content words of the title and the story's
// paragraphs among lines; findStory adds those of later paragraphs.
func storyVocabulary(text string, lines []line) map[string]bool {
	vocab := make(map[string]bool, maxVocabulary)
	for i := range lines {
		if l := &lines[i]; l.title || l.prose && l.drop == "" && l.cueKind == cueNone {
			addVocabulary(vocab, text, l)
		}
	}
	return vocab
}

// addVocabulary adds a story paragraph's content words to the story's
// vocabulary, until it holds maxVocabulary words.
func addVocabulary(vocab map[string]bool, text string, l *line) {
	if len(vocab) < maxVocabulary {
		addContentWords(vocab, text[l.start:l.end])
	}
}

func addContentWords(set map[string]bool, s string) {
	forContentWords(s, func(w string) { set[w] = true })
}

// forContentWords calls fn with each lower-cased word of four or more letters
// that is not a stop word.
func forContentWords(s string, fn func(string)) {
	start := -1
	emit := func(end int) {
		if start >= 0 && end-start >= 4 {
			w := strings.ToLower(s[start:end])
			if !stopWords[w] {
				fn(w)
			}
		}
		start = -1
	}
	for i, r := range s {
		if unicode.IsLetter(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		emit(i)
	}
	emit(len(s))
}

// resumes reports whether line i, read inside a block of furniture, is the
// story again: a long, complete paragraph that shares the story's
// vocabulary and does not sit right under a teaser's headline or date.
func resumes(text string, lines []line, i int, vocab map[string]bool) bool {
	l := &lines[i]
	if !l.prose || !l.final || l.words < resumeMinWords || strings.HasSuffix(text[l.start:l.end], "…") ||
		strings.HasSuffix(text[l.start:l.end], "...") {
		return false
	}
	// Teasers sit under a date, or a headline, and another item follows them;
	// the story goes on with more paragraphs, or ends.
	// Under a headline the paragraph may be another story's teaser: ask more,
	// and that the story go on.
	p, n := prevLine(lines, i), nextLine(lines, i)
	if p >= 0 && (lines[p].date || lines[p].cueKind == cueHeader || lines[p].headline && p == i-1) {
		return false
	}
	long := l.words >= longParagraph
	need := resumeCohesion
	if p >= 0 && lines[p].headline {
		need = resumeCohesionAfterHeadline
		if !long && (n < 0 || !lines[n].prose) {
			return false
		}
	}
	if n >= 0 && !lines[n].prose && lines[n].cueKind == cueNone && !long {
		return false
	}
	seen := make(map[string]bool)
	shared := 0
	forContentWords(text[l.start:l.end], func(w string) {
		if seen[w] {
			return
		}
		seen[w] = true
		if vocab[w] {
			shared++
		}
	})
	if long && need == resumeCohesion && shared >= 4 {
		return true // teasers are short: a long paragraph on the story's subject is the story
	}
	return shared >= 2 && float64(shared) >= need*float64(len(seen))
}

// absorbBefore drops the short lines between the story's last paragraph and a
// block header at i: the author's name, a date, section labels.
func absorbBefore(lines []line, lastStory, i int, reason string) {
	for j := i - 1; j > lastStory; j-- {
		l := &lines[j]
		if l.blank() || l.drop != "" {
			continue
		}
		switch {
		case l.title:
		case l.name:
			l.drop = ReasonByline
		case l.date:
			l.drop = ReasonDate
		case l.cueKind == cueWeak:
			nb := reason
			if p := prevLine(lines, j); p >= 0 && lines[p].drop != "" {
				nb = lines[p].drop
			}
			l.drop = weakReason(l, nb)
		case l.section:
			l.drop = reason
		}
	}
}

// dropTail handles the kept lines after the story's last paragraph: a
// byline, dates, and other stories' headlines with their dates.
func dropTail(text string, lines []line, lastStory int) {
	var heads, dates int
	for i := lastStory + 1; i < len(lines); i++ {
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
	if dates >= 1 && heads >= 2 || headlineRun(text, lines, lastStory+1) >= minHeadlineRun {
		// Other stories listed without a header: headline, date, teaser.
		for i := lastStory + 1; i < len(lines); i++ {
			if l := &lines[i]; !l.blank() && l.drop == "" {
				l.drop = ReasonRelatedStories
			}
		}
		return
	}
	for i := lastStory + 1; i < len(lines); i++ {
		l := &lines[i]
		if l.blank() || l.drop != "" {
			continue
		}
		switch {
		case l.name:
			l.drop = ReasonByline
		case l.date:
			l.drop = ReasonDate
		}
	}
}

// headlineRun returns the length of the longest run of kept, consecutive,
// title-case headline lines from line from on: a list of other stories.
func headlineRun(text string, lines []line, from int) int {
	best, run := 0, 0
	for i := from; i < len(lines); i++ {
		l := &lines[i]
		switch {
		case l.blank() || l.drop != "":
		case l.headline && l.words >= 3 && isTitleCase(text[l.start:l.end]) && !isListItem(text[l.start:l.end]):
			run++
			best = max(best, run)
		default:
			run = 0
		}
	}
	return best
}

// isListItem reports whether s looks like a row of a table or ranking
// ("22 Magdalena Maleeva (Bulgaria)") rather than a headline.
func isListItem(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if unicode.IsDigit(r) || strings.ContainsAny(s, "()") || strings.Contains(s, " v ") || strings.Contains(s, " vs ") {
		return true
	}
	numbers := 0 // a row of a results table: "Puchon 3 1 0 6 1 10"
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

// dropRepeatedNames drops a name printed twice in a row: a byline.
func dropRepeatedNames(lines []line) {
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

// spreadWeak drops lines with a weak cue, section labels and dates that sit
// next to dropped furniture, until nothing changes.
func spreadWeak(lines []line) {
	for changed := true; changed; {
		changed = false
		for i := range lines {
			l := &lines[i]
			if l.blank() || l.drop != "" || l.title {
				continue
			}
			if l.cueKind != cueWeak && !l.section && !l.date {
				continue
			}
			p, n := prevLine(lines, i), nextLine(lines, i)
			switch {
			case p >= 0 && spreads(l, lines[p].drop):
				l.drop = weakReason(l, lines[p].drop)
			case n >= 0 && spreads(l, lines[n].drop):
				l.drop = weakReason(l, lines[n].drop)
			default:
				continue
			}
			changed = true
		}
	}
}

// spreads reports whether a neighbour dropped for reason takes weak line l
// with it. Dates and bylines do not take section names ("Friday:" does not
// take "Australia").
func spreads(l *line, reason string) bool {
	switch reason {
	case "":
		return false
	case ReasonDate, ReasonByline:
		return l.cueKind == cueWeak || l.date
	}
	return true
}

func weakReason(l *line, neighbour string) string {
	switch {
	case l.cueKind == cueWeak:
		// "Email" is a share button beside share buttons, a form field in
		// a comment form.
		switch neighbour {
		case ReasonShareButtons, ReasonCommentForm, ReasonNavigation, ReasonNewsletter:
			return neighbour
		}
		return l.cue
	case l.date:
		if neighbour == ReasonRelatedStories {
			return neighbour
		}
		return ReasonDate
	}
	return neighbour
}

func prevLine(lines []line, i int) int {
	for j := i - 1; j >= 0; j-- {
		if !lines[j].blank() {
			return j
		}
	}
	return -1
}

func nextLine(lines []line, i int) int {
	for j := i + 1; j < len(lines); j++ {
		if !lines[j].blank() {
			return j
		}
	}
	return -1
}

// layout turns classified lines into regions: the title, runs of kept lines
// not broken by a blank or dropped line, and runs of dropped lines with one
// reason.
func layout(lines []line) Layout {
	var lay Layout
	var body *Region
	var drop *Dropped
	flushBody := func() {
		if body != nil {
			lay.Body = append(lay.Body, *body)
			body = nil
		}
	}
	flushDrop := func() {
		if drop != nil {
			lay.Dropped = append(lay.Dropped, *drop)
			drop = nil
		}
	}
	for i := range lines {
		l := &lines[i]
		switch {
		case l.blank():
			flushBody()
		case l.title:
			flushBody()
			flushDrop()
			lay.Title = &Region{l.start, l.end}
		case l.drop != "":
			flushBody()
			if drop != nil && drop.Reason != l.drop {
				flushDrop()
			}
			if drop == nil {
				drop = &Dropped{Region{l.start, l.end}, l.drop}
			}
			drop.End = l.end
		default:
			flushDrop()
			if body == nil {
				body = &Region{l.start, l.end}
			}
			body.End = l.end
		}
	}
	flushBody()
	flushDrop()
	return lay
}

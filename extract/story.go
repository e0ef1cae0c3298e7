package extract

import (
	"slices"
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
	// maxRetitleWords is the most words a line that takes the title from an
	// earlier line has.
	maxRetitleWords = 12
	// tailWindow is how many of the story's last paragraphs trimTail may
	// find to be furniture.
	tailWindow = 3
	// maxVocabulary bounds the story's vocabulary: the title and the
	// paragraphs read as story give it, until it has this many words.
	maxVocabulary = 400
)

// storyReader decides, line by line, what of a text is story and what is
// furniture. The text is read as a head (before the first paragraph of
// prose: breadcrumbs, title, byline, date, share buttons), the story, and
// blocks of furniture that headers such as "You may also like" or "Leave a
// comment" open. A block lasts until a paragraph that continues the story
// (a complete, long sentence that shares the story's vocabulary) or the end
// of the text.
//
// Its methods are split by concern: the reading itself (this file), the
// title (title.go), the lines before and after the story (edges.go), blocks
// of furniture and what comes back from them (blocks.go), and the story's
// vocabulary (vocab.go).
type storyReader struct {
	text  string
	lines []line

	// What the reading may do.
	shapes   bool // rules that go by shape and place alone: for scraped pages, not an extractor's main text
	evidence bool // the page shows furniture: a strong cue, or three menu items, sections or dates above the story
	lenient  bool // any complete paragraph ends a soft block (the second reading; see find)

	// What the head gave.
	first      int             // the story's first paragraph; -1 when there is none
	lede       map[string]bool // words of the first paragraphs, as titleWords reads them
	titleVocab map[string]bool // content words of the title

	// The state of the reading.
	vocab     map[string]bool // the story's words, built when a block first needs them
	lastStory int             // the story's last paragraph so far
	block     string          // reason of the furniture block being read; "" in the story
	soft      bool            // the block was opened by a line of furniture shape, not by a header
	held      []heldLine      // paragraphs dropped inside blocks, for a second look
}

// heldLine is a paragraph dropped inside a block of furniture; soft says
// the block was opened by furniture's shape rather than a header.
type heldLine struct {
	i    int
	soft bool
}

// raw returns the text of line l.
func (r *storyReader) raw(l *line) string { return r.text[l.start:l.end] }

// findStory reads the classified lines of text and sets what each one is:
// the title, story, or furniture with a reason.
func findStory(text string, lines []line, shapes bool) {
	r := &storyReader{text: text, lines: lines, shapes: shapes}
	r.find()
}

// find reads the text once, or twice when the first reading finds too
// little story (see rereadLeniently).
func (r *storyReader) find() {
	r.first = firstProse(r.lines)
	r.evidence = r.showsFurniture()
	if r.evidence && r.shapes {
		r.skipLabelledNotes()
	}
	if !r.evidence || r.first < 0 || !r.shapes {
		r.read()
		return
	}
	saved := slices.Clone(r.lines)
	if kept, strays := r.read(); kept <= 1 && strays >= 2 {
		r.rereadLeniently(saved)
	}
}

// showsFurniture reports whether the page shows furniture: a line with a
// strong cue, or three menu items, section names or dates above the story.
func (r *storyReader) showsFurniture() bool {
	for i := range r.lines {
		if l := &r.lines[i]; l.cueKind >= cueStrong && !l.quiet {
			return true
		}
	}
	if r.first <= 0 {
		return false
	}
	n := 0
	for i := range r.lines[:r.first] {
		if l := &r.lines[i]; l.date || l.section || l.cueKind == cueWeak {
			n++
		}
	}
	return n >= 3
}

// skipLabelledNotes passes over labelled notes above the story ("About the
// author: Jane Doe covers courts.", "Editor's note: ..."): they are not its
// lede.
func (r *storyReader) skipLabelledNotes() {
	for r.first >= 0 && labelledNote(r.raw(&r.lines[r.first])) {
		l := &r.lines[r.first]
		l.prose, l.cue, l.cueKind = false, ReasonNavigation, cueStrong
		if strings.Contains(strings.ToLower(r.raw(l)), "author") {
			l.cue = ReasonAuthorBio
		}
		r.first = firstProse(r.lines)
	}
}

// rereadLeniently reads the page again from the saved lines when the story
// read from the first paragraph ended there and paragraphs that never came
// back follow: there was too little story to tell the story's vocabulary
// by. This reading lets any complete paragraph end a block that no header
// opened. The first paragraph may itself have been furniture that reads
// like prose (a byline with a date and a time): it goes if it shares no
// word with the rest.
func (r *storyReader) rereadLeniently(saved []line) {
	copy(r.lines, saved)
	r.lenient = true
	r.read()
	l := &r.lines[r.first]
	if l.drop != "" {
		return
	}
	rest := make(map[string]bool)
	for i := r.first + 1; i < len(r.lines); i++ {
		if k := &r.lines[i]; k.prose && k.drop == "" {
			addContentWords(rest, r.raw(k))
		}
	}
	if len(rest) > 0 && sharedWords(r.raw(l), rest) == 0 {
		l.drop = r.shapeReason(l, false)
		if l.drop == ReasonBreadcrumb {
			l.drop = ReasonNavigation
		}
	}
}

// labelledNote reports whether s opens with a label of two to four words,
// one of them in lower case, and a colon: "About the author: ...",
// "Editor's note: ...". A dateline ("NEW DELHI: ...") is a place's name.
func labelledNote(s string) bool {
	i := strings.Index(s, ": ")
	if i < 0 || i > 40 {
		return false
	}
	label := strings.Fields(s[:i])
	if len(label) < 2 || len(label) > 4 {
		return false
	}
	for _, w := range label[1:] {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// firstProse returns the index of the first line of prose without a cue, or -1.
func firstProse(lines []line) int {
	for i := range lines {
		if lines[i].prose && lines[i].cueKind == cueNone && !lines[i].fixed {
			return i
		}
	}
	return -1
}

// read reads the story from the paragraph at first: the head, the body
// with its blocks of furniture, then the lines after the story. It returns
// how many paragraphs the story kept, and how many paragraphs after its end
// were dropped inside blocks that no header opened, or that share a word
// with the title (see rereadLeniently).
func (r *storyReader) read() (kept, strays int) {
	r.vocab, r.lede, r.titleVocab, r.held = nil, nil, nil, nil
	r.block, r.soft = "", false
	if r.first < 0 {
		r.dropCued(0, len(r.lines))
		r.chooseTitle(len(r.lines))
		r.spreadWeak()
		return 0, 0
	}
	r.readHead()
	r.readBody()
	r.readEnd()
	return r.count()
}

// readHead reads the lines before the first paragraph: cued furniture, the
// title and, on a page that shows furniture, the rest of the head.
func (r *storyReader) readHead() {
	r.dropCued(0, r.first)
	r.lede = r.ledeWords()
	r.chooseTitle(r.first)
	if r.evidence {
		r.dropHead()
	}
	r.titleVocab = make(map[string]bool)
	for i := range r.lines[:r.first] {
		if l := &r.lines[i]; l.title {
			addContentWords(r.titleVocab, r.raw(l))
		}
	}
}

// readBody reads the lines from the story's first paragraph on, in the
// story or in a block of furniture.
func (r *storyReader) readBody() {
	r.lastStory = r.first
	for i := r.first; i < len(r.lines); i++ {
		l := &r.lines[i]
		switch {
		case l.fixed && l.cueKind == cueHeader:
			// A header the markup showed to be furniture still opens its block.
			if r.block == "" {
				r.absorbBefore(i, l.cue)
			}
			r.block, r.soft = l.cue, false
		case l.blank():
		case l.cueKind == cueHeader:
			if r.block == "" {
				r.absorbBefore(i, l.cue)
			}
			r.block, r.soft = l.cue, false
			l.drop = l.cue
		case r.block == "":
			r.readStoryLine(i)
		default:
			r.readBlockLine(i)
		}
	}
}

// readStoryLine reads line i in the story: cued furniture goes, prose
// extends the story, and on a page that shows furniture a line that is
// neither prose nor a sentence, nor on the story's subject, opens a soft
// block.
func (r *storyReader) readStoryLine(i int) {
	l := &r.lines[i]
	switch {
	case l.cueKind == cueStrong:
		l.drop = l.cue
	case l.prose:
		r.lastStory = i
		if r.vocab != nil {
			addVocabulary(r.vocab, r.raw(l))
		}
	case r.shapes && r.evidence && !l.title && l.cueKind == cueNone && !r.storyShaped(l):
		// A caption, a label, another story's headline, the author's name.
		if r.vocab == nil {
			r.vocab = r.vocabularyBefore(i)
		}
		if r.onSubject(l, r.vocab, func() map[string]bool { return r.namesAround(i) }) {
			return // a list item or subheading of the story
		}
		l.drop = r.shapeReason(l, true)
		r.block, r.soft = l.drop, true
		r.held = append(r.held, heldLine{i, true})
	}
}

// readBlockLine reads line i inside a block of furniture: a paragraph that
// continues the story ends the block; the rest goes with it.
func (r *storyReader) readBlockLine(i int) {
	l := &r.lines[i]
	if l.cueKind == cueStrong {
		l.drop = l.cue
		return
	}
	if r.vocab == nil {
		r.vocab = r.vocabularyBefore(i)
	}
	if l.prose && (r.resumes(i) ||
		r.lenient && (r.soft || sharedWords(r.raw(l), r.titleVocab) > 0) && r.resumesLeniently(i)) {
		r.block, r.soft = "", false
		r.lastStory = i
		addVocabulary(r.vocab, r.raw(l))
		return
	}
	if r.soft && !l.prose {
		if l.cueKind == cueNone {
			l.drop = r.shapeReason(l, true)
			r.held = append(r.held, heldLine{i, true})
		}
		return // a weak cue goes with its neighbours (spreadWeak)
	}
	l.drop = r.block
	if l.prose && l.cueKind == cueNone {
		r.held = append(r.held, heldLine{i, r.soft})
	}
}

// readEnd takes back what blocks inside the story held, and on a page that
// shows furniture reads the story's last paragraphs and what follows them.
func (r *storyReader) readEnd() {
	if len(r.held) > 0 {
		r.readmit()
	}
	if r.evidence {
		r.trimTail()
		r.dropTail()
		r.dropRepeatedNames()
	}
	r.dropTagline()
	r.spreadWeak()
}

// count returns the paragraphs the story kept and the strays after it (see
// read).
func (r *storyReader) count() (kept, strays int) {
	for i := range r.lines {
		if l := &r.lines[i]; l.prose && !l.title && l.cueKind == cueNone && l.drop == "" {
			kept++
		}
	}
	for _, h := range r.held {
		l := &r.lines[h.i]
		if h.i > r.lastStory && l.prose && l.drop != "" && (h.soft || sharedWords(r.raw(l), r.titleVocab) > 0) {
			strays++
		}
	}
	return kept, strays
}

// dropCued drops the lines in [from, to) that carry a strong or header cue.
func (r *storyReader) dropCued(from, to int) {
	for i := from; i < to; i++ {
		if l := &r.lines[i]; l.cueKind >= cueStrong && !l.fixed {
			l.drop = l.cue
		}
	}
}

// spreadWeak drops lines with a weak cue, section labels and dates that sit
// next to dropped furniture, until nothing changes.
func (r *storyReader) spreadWeak() {
	lines := r.lines
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
// not broken by a blank or dropped line or a cut, runs of dropped lines with
// one reason, and the cuts of kept lines.
func layout(text string, lines []line) Layout {
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
		case l.start == l.end:
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
		case len(l.cuts) > 0:
			flushDrop()
			from := l.start
			for _, c := range l.cuts {
				if from < c.Start {
					extendBody(&body, trimRegion(text, from, c.Start))
				}
				flushBody()
				lay.Dropped = append(lay.Dropped, c)
				from = c.End
			}
			if from < l.end {
				extendBody(&body, trimRegion(text, from, l.end))
			}
		default:
			flushDrop()
			extendBody(&body, Region{l.start, l.end})
		}
	}
	flushBody()
	flushDrop()
	return lay
}

// extendBody extends the body region being built to r, or starts it.
func extendBody(body **Region, r Region) {
	if r.Start >= r.End {
		return
	}
	if *body == nil {
		*body = &Region{r.Start, r.End}
		return
	}
	(*body).End = r.End
}

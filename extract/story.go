package extract

import (
	"slices"
	"strings"

	"github.com/newsnlp/newsnlp/extract/internal/linemodel"
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

// findStory decides, line by line, what is story and what is furniture. The
// text is read as a head (before the first paragraph of prose: breadcrumbs,
// title, byline, date, share buttons), the story, and blocks of furniture
// that headers such as "You may also like" or "Leave a comment" open. A
// block lasts until a paragraph that continues the story (a complete,
// long sentence that shares the story's vocabulary) or the end of the text.
func findStory(text string, lines []line, shapes bool) {
	evidence := false
	for i := range lines {
		if lines[i].cueKind >= cueStrong {
			evidence = true
			break
		}
	}
	first := firstProse(lines)
	if !evidence && first > 0 {
		// Three menu items, section names or dates above the story are
		// evidence enough that the page keeps its furniture.
		n := 0
		for i := range lines[:first] {
			if l := &lines[i]; l.date || l.section || l.cueKind == cueWeak {
				n++
			}
		}
		evidence = n >= 3
	}
	if evidence && shapes {
		// A labelled note above the story ("About the author: Jane Doe
		// covers courts.", "Editor's note: ...") is not its lede.
		for first >= 0 && labelledNote(text[lines[first].start:lines[first].end]) {
			l := &lines[first]
			l.prose, l.cue, l.cueKind = false, ReasonNavigation, cueStrong
			if strings.Contains(strings.ToLower(text[l.start:l.end]), "author") {
				l.cue = ReasonAuthorBio
			}
			first = firstProse(lines)
		}
	}
	if !evidence || first < 0 || !shapes {
		readStory(text, lines, first, evidence, false, shapes)
		return
	}
	// When the story read from the first paragraph ends there, and
	// paragraphs that never came back follow, there was too little story to
	// tell the story's vocabulary by: read the page again letting any
	// complete paragraph end a block that no header opened. The first
	// paragraph may itself have been furniture that reads like prose (a
	// byline with a date and a time): it goes if it shares no word with the
	// rest.
	saved := slices.Clone(lines)
	if kept, strays := readStory(text, lines, first, evidence, false, true); kept <= 1 && strays >= 2 {
		copy(lines, saved)
		readStory(text, lines, first, evidence, true, true)
		l := &lines[first]
		if l.drop == "" {
			rest := make(map[string]bool)
			for i := first + 1; i < len(lines); i++ {
				if k := &lines[i]; k.prose && k.drop == "" {
					addContentWords(rest, text[k.start:k.end])
				}
			}
			if len(rest) > 0 && sharedWords(text[l.start:l.end], rest) == 0 {
				l.drop = shapeReason(text, l, false)
				if l.drop == ReasonBreadcrumb {
					l.drop = ReasonNavigation
				}
			}
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
		if lines[i].prose && lines[i].cueKind == cueNone {
			return i
		}
	}
	return -1
}

// readStory is findStory from the paragraph at first. It returns how many
// paragraphs the story kept, and how many paragraphs after its end were
// dropped inside blocks that no header opened, or that share a word with
// the title. When lenient is set, any complete paragraph that is not under
// a date ends such a block, or a block that a header opened when it shares
// a word with the title.
func readStory(text string, lines []line, first int, evidence, lenient, shapes bool) (kept, strays int) {
	if first < 0 {
		dropCued(lines, 0, len(lines))
		chooseTitle(text, lines, len(lines), evidence, nil)
		spreadWeak(lines)
		return 0, 0
	}
	dropCued(lines, 0, first)
	lede := ledeWords(text, lines, first)
	chooseTitle(text, lines, first, evidence, lede)
	if evidence {
		dropHead(text, lines, first, shapes, lede)
	}
	var vocab map[string]bool // the story's words, built when a block first needs them
	titleVocab := make(map[string]bool)
	for i := range lines[:first] {
		if lines[i].title {
			addContentWords(titleVocab, text[lines[i].start:lines[i].end])
		}
	}

	lastStory := first
	block := ""         // reason of the furniture block being read; "" in the story
	soft := false       // the block was opened by a line of furniture shape, not by a header
	var held []heldLine // paragraphs dropped inside blocks, for a second look
	for i := first; i < len(lines); i++ {
		l := &lines[i]
		if l.blank() {
			continue
		}
		if l.cueKind == cueHeader {
			if block == "" {
				absorbBefore(lines, lastStory, i, l.cue)
			}
			block, soft = l.cue, false
			l.drop = l.cue
			continue
		}
		if block == "" {
			switch {
			case l.cueKind == cueStrong:
				l.drop = l.cue
			case l.prose:
				lastStory = i
				if vocab != nil {
					addVocabulary(vocab, text, l)
				}
			case shapes && evidence && !l.title && l.cueKind == cueNone && !storyShaped(text, l):
				// On a page that shows furniture, a line that is neither
				// prose nor a sentence, nor on the story's subject, is
				// furniture too: a caption, a label, another story's
				// headline, the author's name.
				if vocab == nil {
					vocab = storyVocabulary(text, lines[:i])
				}
				if onSubject(text, l, vocab, func() map[string]bool { return namesAround(text, lines, i) }) {
					continue // a list item or subheading of the story
				}
				l.drop = shapeReason(text, l, true)
				block, soft = l.drop, true
				held = append(held, heldLine{i, true})
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
		if l.prose && (resumes(text, lines, i, vocab, soft) ||
			lenient && (soft || sharedWords(text[l.start:l.end], titleVocab) > 0) && resumesLeniently(text, lines, i)) {
			block, soft = "", false
			lastStory = i
			addVocabulary(vocab, text, l)
			continue
		}
		if soft && !l.prose {
			if l.cueKind == cueNone {
				l.drop = shapeReason(text, l, true)
				held = append(held, heldLine{i, true})
			}
			continue // a weak cue goes with its neighbours (spreadWeak)
		}
		l.drop = block
		if l.prose && l.cueKind == cueNone {
			held = append(held, heldLine{i, soft})
		}
	}
	if len(held) > 0 {
		lastStory = readmit(text, lines, held, lastStory)
	}
	if evidence {
		if vocab == nil {
			vocab = storyVocabulary(text, lines)
		}
		lastStory = trimTail(text, lines, lastStory, first)
		dropTail(text, lines, lastStory, shapes)
		dropRepeatedNames(lines)
	}
	spreadWeak(lines)
	for i := range lines {
		if l := &lines[i]; l.prose && !l.title && l.cueKind == cueNone {
			if l.drop == "" {
				kept++
			}
		}
	}
	for _, h := range held {
		if h.i > lastStory && lines[h.i].prose && lines[h.i].drop != "" && (h.soft || sharedWords(text[lines[h.i].start:lines[h.i].end], titleVocab) > 0) {
			strays++
		}
	}
	return kept, strays
}

// heldLine is a paragraph dropped inside a block of furniture; soft says
// the block was opened by furniture's shape rather than a header.
type heldLine struct {
	i    int
	soft bool
}

// readmit takes back into the story what was dropped inside blocks that
// the story goes on after: a caption or another story's headline in the
// middle of the story ends no story. A paragraph comes back when it shares
// the story's vocabulary (more of it in a block that a header opened, where
// other stories' teasers sit); a short line alone between two paragraphs of
// the story (a subheading) when it names no one the story does not. It
// returns the story's last line.
func readmit(text string, lines []line, held []heldLine, lastStory int) int {
	vocab := make(map[string]bool)
	for i := range lines {
		if l := &lines[i]; l.title || l.prose && l.drop == "" && l.cueKind == cueNone {
			addContentWords(vocab, text[l.start:l.end])
		}
	}
	names := storyNames(text, lines)
	// story reports whether the first line from j on, stepping by step past
	// lines with furniture cues, is the story's prose.
	story := func(j, step int) bool {
		for ; j >= 0 && j < len(lines); j += step {
			if l := &lines[j]; !l.blank() && !(l.drop != "" && l.cueKind >= cueStrong) {
				return l.drop == "" && !l.title && l.prose
			}
		}
		return false
	}
	var short []int
	// Twice, so that a paragraph next to one taken back can come back too.
	for pass := 0; pass < 2; pass++ {
		short = short[:0]
		for _, h := range held {
			if h.i > lastStory {
				break
			}
			l := &lines[h.i]
			if l.drop == "" {
				continue
			}
			if !l.prose {
				short = append(short, h.i)
				continue
			}
			if p := prevLine(lines, h.i); p >= 0 && lines[p].date {
				continue // a teaser under its date
			}
			seen := make(map[string]bool)
			shared := 0
			forContentWords(text[l.start:l.end], func(w string) {
				if !seen[w] {
					seen[w] = true
					if vocab[w] {
						shared++
					}
				}
			})
			// Next to the story, a paragraph on its subject or naming no
			// one new is the story's; amid furniture (a newsletter box) it
			// must share more.
			near := story(h.i-1, -1) || story(h.i+1, 1)
			if near && (h.soft && shared >= 1 || shared >= 1 && !newNames(text[l.start:l.end], names)) ||
				shared >= 3 && float64(shared) >= 0.2*float64(len(seen)) {
				l.drop = ""
			}
		}
	}
	if len(short) == 0 {
		return lastStory
	}
	for _, i := range short {
		l := &lines[i]
		if l.date || l.name || l.words > 10 || !story(i-1, -1) || !story(i+1, 1) {
			continue
		}
		if newNames(text[l.start:l.end], names) {
			continue
		}
		raw := text[l.start:l.end]
		r, _ := utf8.DecodeRuneInString(raw)
		// A short subheading, or the piece of a sentence a scraper broke at
		// a link ("was"), unless it reads like a label of the page's ("Story
		// continues").
		if l.words <= 4 && (unicode.IsLower(r) || furnitureScore(raw) < 0.4) || sharedWords(raw, vocab) >= 1 {
			l.drop = ""
		}
	}
	return lastStory
}

// storyNames is the set of capitalised words of the story's kept lines.
func storyNames(text string, lines []line) map[string]bool {
	names := make(map[string]bool)
	for i := range lines {
		if l := &lines[i]; !l.blank() && l.drop == "" {
			forCapitalised(text[l.start:l.end], false, func(w string) { names[w] = true })
		}
	}
	return names
}

// namesAround is the set of capitalised words of the kept lines before line
// i and of the next few paragraphs of prose: a line a scraper broke in two
// ("...the second phase of Shah" / "Deniz, the gas field...") names what
// the paragraphs around it name.
func namesAround(text string, lines []line, i int) map[string]bool {
	names := storyNames(text, lines[:i])
	n := 0
	for j := i + 1; j < len(lines) && n < 3; j++ {
		if l := &lines[j]; l.prose && l.cueKind == cueNone {
			forCapitalised(text[l.start:l.end], false, func(w string) { names[w] = true })
			n++
		}
	}
	return names
}

// newNames reports whether s has a capitalised word, other than its first,
// that the story does not have: a name from elsewhere.
func newNames(s string, names map[string]bool) bool { return countNewNames(s, names) > 0 }

// countNewNames counts the capitalised words of s, other than its first,
// that the story does not have.
func countNewNames(s string, names map[string]bool) int {
	n := 0
	forCapitalised(s, true, func(w string) {
		if !names[w] {
			n++
		}
	})
	return n
}

// forCapitalised calls fn with each word of s that starts with a capital
// letter, leaving out the first word when skipFirst is set.
func forCapitalised(s string, skipFirst bool, fn func(string)) {
	start, n := -1, 0
	emit := func(end int) {
		if start >= 0 {
			n++
			w := s[start:end]
			r, _ := utf8.DecodeRuneInString(w)
			if unicode.IsUpper(r) && !(skipFirst && n == 1) {
				fn(w)
			}
		}
		start = -1
	}
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		emit(i)
	}
	emit(len(s))
}

// storyShaped reports whether a short line that is not prose can still be
// the story's: a sentence ("He denied it."), or the rest of a sentence a
// scraper broke at a link ("qualified fastest in the 800m heats").
func storyShaped(text string, l *line) bool {
	if l.date || l.name {
		return false
	}
	if l.final && l.words >= 2 {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[l.start:l.end])
	return l.words >= 4 && (unicode.IsLower(r) || r == ',' || r == ';')
}

// onSubject reports whether a line that is not prose shares the story's
// vocabulary: two of its words, or one in a list item or a longer line,
// unless it names someone the story does not (names may be nil) and reads
// like furniture.
func onSubject(text string, l *line, vocab map[string]bool, names func() map[string]bool) bool {
	raw := text[l.start:l.end]
	n := sharedWords(raw, vocab)
	if n >= 2 {
		return true
	}
	bullet := strings.IndexAny(raw[:1], "-•*–—·▪") == 0
	if n != 1 || !bullet && l.words < 6 {
		return false
	}
	// "Click here to join our WhatsApp channel for the latest updates"
	return names == nil || furnitureScore(raw) < 0.6 || !newNames(raw, names())
}

// shapeReason names the furniture a line of the given shape is: a date, an
// author's name, a trail of breadcrumbs, or, after the story has begun,
// another story's headline.
func shapeReason(text string, l *line, after bool) string {
	raw := text[l.start:l.end]
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

// sharedCased counts the distinct content words of s that the story has,
// and all of them. A capitalised word after the first is a name's: it counts
// when the story has it capitalised ("Breaking News" does not share "news").
func sharedCased(s string, vocab, names map[string]bool) (shared, all int) {
	seen := make(map[string]bool)
	first := true
	start := -1
	emit := func(end int) {
		if start < 0 {
			return
		}
		w := s[start:end]
		start = -1
		initial := first
		first = false
		if len(w) < 4 || stopWords[strings.ToLower(w)] || seen[w] {
			return
		}
		seen[w] = true
		all++
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) && !initial {
			if names[w] {
				shared++
			}
		} else if lw := strings.ToLower(w); vocab[lw] || vocab[lw+"s"] || len(lw) > 4 && vocab[strings.TrimSuffix(lw, "s")] {
			shared++ // "plans" shares "plan"
		}
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
	return shared, all
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

// sharedWords counts the distinct content words of s in vocab.
func sharedWords(s string, vocab map[string]bool) int {
	seen := make(map[string]bool)
	n := 0
	forContentWords(s, func(w string) {
		if !seen[w] {
			seen[w] = true
			if vocab[w] {
				n++
			}
		}
	})
	return n
}

// trimTail drops the story's last paragraphs while they share next to no
// word with the story before them and read like furniture: a note in
// brackets ("(This story was generated from a syndicated feed.)"), or
// wording the line model scores as furniture, bringing names the story
// does not have (an author's note, the site's pitch). It returns the
// story's new last line.
func trimTail(text string, lines []line, lastStory, first int) int {
	isNote := func(raw string) bool {
		return strings.HasPrefix(raw, "(") && strings.HasSuffix(strings.TrimRight(raw, "."), ")")
	}
	var prose []int // the story's paragraphs
	for i := first; i <= lastStory; i++ {
		if l := &lines[i]; l.prose && l.drop == "" && !l.title {
			prose = append(prose, i)
		}
	}
	// The last few paragraphs are judged against the title and the
	// paragraphs before them, which furniture at the end cannot be among.
	window := min(tailWindow, len(prose)-1)
	if window <= 0 {
		return lastStory
	}
	core := prose[len(prose)-window-1]
	vocab := storyVocabulary(text, lines[:core+1])
	names := storyNames(text, lines[:core+1])
	for k := len(prose) - 1; k >= len(prose)-window; k-- {
		l := &lines[prose[k]]
		raw := text[l.start:l.end]
		shared, seen := sharedCased(raw, vocab, names)
		p := furnitureScore(raw)
		fresh := countNewNames(raw, names)
		furniture := isNote(raw) && shared <= 1 ||
			shared == 0 && (fresh > 0 && p >= 0.3 || p >= 0.85) ||
			shared == 1 && fresh >= 3 && p >= 0.5 ||
			fresh >= 5 && p >= 0.6 && shared*4 < seen || // the site's pitch: "Get the latest news from ..."
			hasHandle(raw) && shared <= 2 && p >= 0.5 // "Reach her on X at @jdoe."
		if seen < 3 || isNameList(raw) || !furniture {
			break
		}
		l.drop = ReasonRelatedStories
		if p := prevLine(lines, prose[k]); p >= 0 && lines[p].name || hasHandle(raw) || startsWithName(raw) {
			l.drop = ReasonAuthorBio
		}
		lastStory = prose[k-1]
	}
	return lastStory
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
// shows furniture. Before the title is the site's navigation; between the
// title and the story, what is not prose is a byline, a date, share buttons
// or a label.
func dropHead(text string, lines []line, first int, shapes bool, lede map[string]bool) {
	title := -1
	for i := 0; i < first; i++ {
		if lines[i].title {
			title = i
		}
	}
	for i := 0; i < first; i++ {
		l := &lines[i]
		if l.blank() || l.drop != "" || l.title {
			continue
		}
		switch {
		case shapes && i < title:
			l.drop = shapeReason(text, l, false)
		case l.date:
			l.drop = ReasonDate
		case !shapes && title >= 0 && i > title && l.name:
			l.drop = ReasonByline
		case shapes && title >= 0 && !l.prose && (l.name || !storyShaped(text, l) && sharedTitleWords(text[l.start:l.end], lede) < 2):
			// A name alone after the title is the author's ("Jane Doe" /
			// "3 March 2024"); a standfirst shares the lede's words.
			l.drop = shapeReason(text, l, false)
			if l.drop == ReasonBreadcrumb {
				l.drop = ReasonNavigation
			}
		}
	}
}

// chooseTitle picks the story's title among the kept lines before first:
// the first headline-like line that shares a word with the story's opening
// paragraphs (menus and site names share none) unless a later one of a
// title's length shares two more, or, when none shares a word, the first
// headline-like line. Section
// labels above it ("News", "Home", "World Europe") are breadcrumbs when the
// page shows furniture elsewhere.
func chooseTitle(text string, lines []line, first int, evidence bool, lede map[string]bool) {
	var cands []int
	for i := 0; i < first; i++ {
		l := &lines[i]
		if !l.blank() && l.drop == "" && l.cueKind < cueStrong {
			cands = append(cands, i)
		}
	}
	eligible := func(k int) bool {
		l := &lines[cands[k]]
		return l.headline && !l.date && !l.name && !(isLabel(l) && longerHeadlineAfter(lines, cands[k+1:], l.words)) &&
			!(capsKicker(text[l.start:l.end]) && k+1 < len(cands))
	}
	pick := -1
	if first < len(lines) {
		best := 0
		for k := range cands {
			if pick >= 0 && creditBetween(text, lines, cands[pick], cands[k]) {
				break // the byline and date follow the title, not the lede
			}
			if !eligible(k) {
				continue
			}
			l := &lines[cands[k]]
			n := sharedTitleWords(text[l.start:l.end], lede)
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
	}
	if pick < 0 {
		for k := range cands {
			if eligible(k) {
				pick = k
				break
			}
		}
	}
	if pick < 0 || pick+1 == len(cands) && first == len(lines) && len(cands) == 1 {
		return // a lone line is not a title
	}
	l := &lines[cands[pick]]
	l.title = true
	if !evidence {
		return
	}
	for _, j := range cands[:pick] {
		if isLabel(&lines[j]) && lines[j].words < l.words {
			lines[j].drop = ReasonBreadcrumb
		}
	}
}

// creditBetween reports whether a byline, a date or share buttons stand
// between lines i and j.
func creditBetween(text string, lines []line, i, j int) bool {
	for k := i + 1; k < j; k++ {
		l := &lines[k]
		if l.date || l.name || l.cue == ReasonByline || l.cue == ReasonShareButtons || l.cue == ReasonDate {
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
func ledeWords(text string, lines []line, first int) map[string]bool {
	set := make(map[string]bool)
	n := 0
	for i := first; i < len(lines) && n < 3 && lines[i].cueKind != cueHeader; i++ {
		if l := &lines[i]; l.prose && l.cueKind == cueNone {
			titleWords(text[l.start:l.end], func(w string) { set[w] = true })
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

// letterRuns calls fn with each maximal run of letters in s.
func letterRuns(s string, fn func(string)) {
	start := -1
	for i, r := range s {
		if unicode.IsLetter(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			fn(s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		fn(s[start:])
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
	vocab := make(map[string]bool)
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
	letterRuns(s, func(run string) {
		if len(run) < 4 {
			return
		}
		if w := strings.ToLower(run); !stopWords[w] {
			fn(w)
		}
	})
}

// resumes reports whether line i, read inside a block of furniture, is the
// story again: a long, complete paragraph that shares the story's
// vocabulary and does not sit right under a teaser's headline or date.
func resumes(text string, lines []line, i int, vocab map[string]bool, soft bool) bool {
	l := &lines[i]
	raw := text[l.start:l.end]
	if !l.prose || !(l.final || soft && strings.HasSuffix(raw, ":")) || l.words < resumeMinWords ||
		strings.HasSuffix(raw, "…") || strings.HasSuffix(raw, "...") {
		return false
	}
	if soft {
		// No header announced other stories: the story goes on after a
		// caption or a label with a paragraph on its subject, unless the
		// paragraph sits under a date or a headline, as teasers do.
		p := prevLine(lines, i)
		need := resumeCohesion
		if p >= 0 && lines[p].date {
			return false
		}
		if p >= 0 && lines[p].headline && lines[p].drop != "" && !onSubject(text, &lines[p], vocab, nil) {
			need = resumeCohesionAfterHeadline
		}
		if l.words >= longParagraph && sharedWords(raw, vocab) >= 4 {
			return true // teasers are short: a long paragraph on the story's subject is the story
		}
		return cohesive(text, l, vocab, need)
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
	if long && need == resumeCohesion && sharedWords(text[l.start:l.end], vocab) >= 4 {
		return true // teasers are short: a long paragraph on the story's subject is the story
	}
	return cohesive(text, l, vocab, need)
}

// resumesLeniently reports whether line i is a complete paragraph, long
// enough, that does not sit under a date as teasers do.
func resumesLeniently(text string, lines []line, i int) bool {
	l := &lines[i]
	if !l.final || l.words < resumeMinWords {
		return false
	}
	p := prevLine(lines, i)
	return p < 0 || !lines[p].date
}

// cohesive reports whether at least two of a line's distinct content words,
// and at least the share need of them, are in the story's vocabulary.
func cohesive(text string, l *line, vocab map[string]bool, need float64) bool {
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
func dropTail(text string, lines []line, lastStory int, shapes bool) {
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
	names := storyNames(text, lines[:lastStory+1])
	for i := lastStory + 1; i < len(lines); i++ {
		l := &lines[i]
		if l.blank() || l.drop != "" || l.title {
			continue
		}
		switch {
		case l.name:
			l.drop = ReasonByline
		case l.date:
			l.drop = ReasonDate
		case shapes && !l.prose && l.cueKind == cueNone && newNames(text[l.start:l.end], names):
			// After the story, a line that is not prose and names someone
			// the story does not is the site's: a standards note, a label.
			l.drop = shapeReason(text, l, true)
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

package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file reads blocks of furniture inside and after the story: where a
// block starts, whether a paragraph in it continues the story, and what
// comes back from a block the story went on after.

// storyShaped reports whether a short line that is not prose can still be
// the story's: a sentence ("He denied it."), or the rest of a sentence a
// scraper broke at a link ("qualified fastest in the 800m heats").
func (r *storyReader) storyShaped(l *line) bool {
	if l.date || l.name {
		return false
	}
	if l.final && l.words >= 2 {
		return true
	}
	c, _ := utf8.DecodeRuneInString(r.raw(l))
	return l.words >= 4 && (unicode.IsLower(c) || c == ',' || c == ';')
}

// absorbBefore drops the short lines between the story's last paragraph and a
// block header at i: the author's name, a date, section labels.
func (r *storyReader) absorbBefore(i int, reason string) {
	lines := r.lines
	for j := i - 1; j > r.lastStory; j-- {
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

// resumes reports whether line i, read inside a block of furniture, is the
// story again: a long, complete paragraph that shares the story's
// vocabulary and does not sit right under a teaser's headline or date.
func (r *storyReader) resumes(i int) bool {
	l := &r.lines[i]
	raw := r.raw(l)
	if !l.prose || !(l.final || r.soft && strings.HasSuffix(raw, ":")) || l.words < resumeMinWords ||
		strings.HasSuffix(raw, "…") || strings.HasSuffix(raw, "...") {
		return false
	}
	if r.soft {
		return r.resumesSoftBlock(i)
	}
	// Teasers sit under a date, or a headline, and another item follows them;
	// the story goes on with more paragraphs, or ends.
	// Under a headline the paragraph may be another story's teaser: ask more,
	// and that the story go on.
	lines := r.lines
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
	if long && need == resumeCohesion && sharedWords(raw, r.vocab) >= 4 {
		return true // teasers are short: a long paragraph on the story's subject is the story
	}
	return cohesive(raw, r.vocab, need)
}

// resumesSoftBlock is resumes in a block that no header announced: the
// story goes on after a caption or a label with a paragraph on its subject,
// unless the paragraph sits under a date or a headline, as teasers do.
func (r *storyReader) resumesSoftBlock(i int) bool {
	l := &r.lines[i]
	raw := r.raw(l)
	p := prevLine(r.lines, i)
	need := resumeCohesion
	if p >= 0 && r.lines[p].date {
		return false
	}
	if p >= 0 && r.lines[p].headline && r.lines[p].drop != "" && !r.onSubject(&r.lines[p], r.vocab, nil) {
		need = resumeCohesionAfterHeadline
	}
	if l.words >= longParagraph && sharedWords(raw, r.vocab) >= 4 {
		return true // teasers are short: a long paragraph on the story's subject is the story
	}
	return cohesive(raw, r.vocab, need)
}

// resumesLeniently reports whether line i is a complete paragraph, long
// enough, that does not sit under a date as teasers do.
func (r *storyReader) resumesLeniently(i int) bool {
	l := &r.lines[i]
	if !l.final || l.words < resumeMinWords {
		return false
	}
	p := prevLine(r.lines, i)
	return p < 0 || !r.lines[p].date
}

// readmit takes back into the story what was dropped inside blocks that
// the story goes on after: a caption or another story's headline in the
// middle of the story ends no story. A paragraph comes back when it shares
// the story's vocabulary (more of it in a block that a header opened, where
// other stories' teasers sit); a short line alone between two paragraphs of
// the story (a subheading) when it names no one the story does not.
func (r *storyReader) readmit() {
	vocab := make(map[string]bool)
	for i := range r.lines {
		if l := &r.lines[i]; l.title || l.prose && l.drop == "" && l.cueKind == cueNone {
			addContentWords(vocab, r.raw(l))
		}
	}
	names := r.namesBefore(len(r.lines))
	var short []int
	// Twice, so that a paragraph next to one taken back can come back too.
	for pass := 0; pass < 2; pass++ {
		short = r.readmitParagraphs(vocab, names, short[:0])
	}
	for _, i := range short {
		r.readmitShort(i, vocab, names)
	}
}

// readmitParagraphs takes back the held paragraphs inside the story that
// share its vocabulary (see readmit), and appends the held lines that are
// not prose to short.
func (r *storyReader) readmitParagraphs(vocab, names map[string]bool, short []int) []int {
	for _, h := range r.held {
		if h.i > r.lastStory {
			break
		}
		l := &r.lines[h.i]
		if l.drop == "" {
			continue
		}
		if !l.prose {
			short = append(short, h.i)
			continue
		}
		if p := prevLine(r.lines, h.i); p >= 0 && r.lines[p].date {
			continue // a teaser under its date
		}
		raw := r.raw(l)
		seen := make(map[string]bool)
		shared := 0
		forContentWords(raw, func(w string) {
			if !seen[w] {
				seen[w] = true
				if vocab[w] {
					shared++
				}
			}
		})
		// Next to the story, a paragraph on its subject or naming no one
		// new is the story's; amid furniture (a newsletter box) it must
		// share more.
		near := r.storyAt(h.i-1, -1) || r.storyAt(h.i+1, 1)
		if near && (h.soft && shared >= 1 || shared >= 1 && !newNames(raw, names)) ||
			shared >= 3 && float64(shared) >= 0.2*float64(len(seen)) {
			l.drop = ""
		}
	}
	return short
}

// readmitShort takes back short line i between two paragraphs of the story:
// a short subheading, or the piece of a sentence a scraper broke at a link
// ("was"), unless it names someone new or reads like a label of the page's
// ("Story continues").
func (r *storyReader) readmitShort(i int, vocab, names map[string]bool) {
	l := &r.lines[i]
	if l.date || l.name || l.words > 10 || !r.storyAt(i-1, -1) || !r.storyAt(i+1, 1) {
		return
	}
	raw := r.raw(l)
	if newNames(raw, names) {
		return
	}
	c, _ := utf8.DecodeRuneInString(raw)
	if l.words <= 4 && (unicode.IsLower(c) || furnitureScore(raw) < 0.4) || sharedWords(raw, vocab) >= 1 {
		l.drop = ""
	}
}

// storyAt reports whether the first line from j on, stepping by step past
// lines with furniture cues, is the story's prose.
func (r *storyReader) storyAt(j, step int) bool {
	for ; j >= 0 && j < len(r.lines); j += step {
		if l := &r.lines[j]; !l.blank() && !(l.drop != "" && l.cueKind >= cueStrong) {
			return l.drop == "" && !l.title && l.prose
		}
	}
	return false
}

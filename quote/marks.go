package quote

import (
	"unicode"
	"unicode/utf8"

	"github.com/newsnlp/newsnlp/nlp"
)

// A markClass is what a quotation mark can do where it stands.
type markClass uint8

const (
	opens  markClass = 1 << iota // can open a quotation
	closes                       // can close one
	strong                       // a closing single mark after punctuation (",’"), unlike a possessive's "s’"
)

// A mark is one quotation mark in the text.
type mark struct {
	nlp.Span // the mark's bytes: one rune, or two for `` and ''
	class    markClass
	single   bool // a single mark (‘ ’ ' ‹ ›) rather than a double one (“ ” " „ « » `` '')
	straight bool // " or ' or '': the same mark opens and closes
}

// marked is a stretch of text between quotation marks.
type marked struct {
	open   nlp.Span   // the opening mark
	close  nlp.Span   // the closing mark; empty when none was found
	inner  nlp.Span   // the words inside, trimmed; across paragraphs for a quote that runs over several
	parts  []nlp.Span // one piece per paragraph, for a quote that runs over several; nil otherwise
	closed bool       // a closing mark was found; otherwise inner ends with its paragraph
	single bool
}

// paragraphs groups the document's sentences into paragraphs: a line break
// between two sentences starts a new one (the segmenter has already told
// hard-wrapped lines from finished ones). It returns each paragraph's span
// and appends them to dst.
func paragraphs(doc *nlp.Document, dst []nlp.Span) []nlp.Span {
	for i, s := range doc.Sentences {
		if i > 0 && len(dst) > 0 && !s.Title && !doc.Sentences[i-1].Title && !hasBreak(doc.Text[doc.Sentences[i-1].End:s.Start]) {
			dst[len(dst)-1].End = s.End
			continue
		}
		dst = append(dst, s.Span)
	}
	return dst
}

func hasBreak(gap string) bool {
	for i := 0; i < len(gap); i++ {
		switch gap[i] {
		case '\n', '\r', '\f':
			return true
		}
	}
	return len(gap) > 0 && (containsRune(gap, '\u2028') || containsRune(gap, '\u2029'))
}

func containsRune(s string, r rune) bool {
	for _, c := range s {
		if c == r {
			return true
		}
	}
	return false
}

// scanMarks appends the quotation marks of text[p] to dst, each with what it
// can do there. Apostrophes (don't, Clinton’s, ’90s) are not marks; neither
// is a mark right after "=" (an HTML attribute that survived extraction).
func scanMarks(text string, p nlp.Span, dst []mark) []mark {
	for i := p.Start; i < p.End; {
		c := text[i]
		if c != '"' && c != '\'' && c != '`' && c != 0xE2 && c != 0xC2 {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		m := mark{Span: nlp.Span{Start: i, End: i + n}}
		switch r {
		case '"':
			m.straight = true
		case '\'':
			if i+1 < p.End && text[i+1] == '\'' {
				m.End, m.straight = i+2, true // '' as a double mark
			} else {
				m.single, m.straight = true, true
			}
		case '`':
			if i+1 < p.End && text[i+1] == '`' {
				m.End, m.class = i+2, opens
			} else {
				m.single, m.class = true, opens
			}
		case '“', '„', '«':
			m.class = opens
		case '”', '»':
			m.class = closes
		case '‘', '‹':
			m.single, m.class = true, opens
		case '’', '›':
			m.single, m.class = true, closes
		default:
			i += n
			continue
		}
		i = m.End
		prev, _ := runeBeforePos(text, m.Start, p.Start)
		next, _ := runeAtPos(text, m.End, p.End)
		if prev == '=' {
			continue
		}
		left := (isSpaceOrEdge(prev) || isOpenPunct(prev)) && !isSpaceOrEdge(next)
		right := !isSpaceOrEdge(prev) && !isOpenPunct(prev) && (isSpaceOrEdge(next) || isClosePunct(next))
		if m.single && isWord(prev) && isWord(next) {
			continue // an apostrophe: don't, Clinton’s
		}
		if m.single && (r == '’' || r == '‘' || r == '\'') && unicode.IsDigit(next) && !right {
			continue // ’90s
		}
		switch {
		case m.straight:
			switch {
			case left && !right:
				m.class = opens
			case right && !left:
				m.class = closes
			case m.single:
				continue // ' between spaces or glued to letters: not a mark
			default:
				m.class = opens | closes
			}
		case m.class == opens && right && !left && r != '«' && r != '„':
			m.class = closes // “ used as a closing mark
		case m.class == closes && left && !right:
			m.class = opens // ” or ’ used as an opening mark
		}
		if next < 0 && !m.straight {
			m.class = closes // nothing follows in the paragraph: “ used to close
		}
		if m.single && m.class&closes != 0 && isClosePunctBefore(prev) {
			m.class |= strong
		}
		dst = append(dst, m)
	}
	return dst
}

// pairMarks pairs the marks of one paragraph and appends the quoted stretches
// to dst. Double marks pair first, nesting allowed; a quotation still open at
// the end of the paragraph ends there (openNext reports whether the next
// paragraph opens with a double mark, which continues it). Single marks pair
// only outside double quotation marks, each opening one with the first
// closing one after it that follows punctuation, else the first closing one
// at all, before the next opening one; a single mark left open is an
// apostrophe.
func pairMarks(text string, p nlp.Span, marks []mark, dst []marked) []marked {
	first := len(dst)
	depth := 0
	var cur marked
	for _, m := range marks {
		if m.single {
			continue
		}
		switch {
		case depth == 0 && m.class&opens != 0:
			cur = marked{open: m.Span, inner: nlp.Span{Start: m.End}}
			depth = 1
		case depth > 0 && m.class&closes != 0:
			depth--
			if depth == 0 {
				cur.inner.End = m.Start
				cur.close = m.Span
				cur.closed = true
				dst = append(dst, cur)
			}
		case depth > 0 && m.class&opens != 0:
			depth++
		}
	}
	if depth > 0 {
		cur.inner.End = p.End
		if c, ok := singleClose(marks, cur.open.End); ok {
			// “Let’s go.’ closed by the wrong mark
			cur.inner.End, cur.close, cur.closed = c.Start, c.Span, true
		}
		dst = append(dst, cur)
	}
	doubles := dst[first:]
	inDouble := func(pos int) bool {
		for _, d := range doubles {
			if pos >= d.open.Start && pos < d.inner.End {
				return true
			}
		}
		return false
	}
	for i := 0; i < len(marks); i++ {
		o := marks[i]
		if !o.single || o.class&opens == 0 || inDouble(o.Start) {
			continue
		}
		weak, strongAt := -1, -1
		for j := i + 1; j < len(marks); j++ {
			c := marks[j]
			if !c.single || inDouble(c.Start) {
				continue
			}
			if c.class&closes != 0 {
				if c.class&strong != 0 {
					strongAt = j
					break
				}
				if weak < 0 {
					weak = j
				}
			}
			if c.class&opens != 0 && c.class&closes == 0 {
				break
			}
		}
		j := strongAt
		if j < 0 {
			j = weak
		}
		if j < 0 {
			continue
		}
		dst = append(dst, marked{open: o.Span, close: marks[j].Span, inner: nlp.Span{Start: o.End, End: marks[j].Start}, closed: true, single: true})
		i = j
	}
	for k := first; k < len(dst); k++ {
		dst[k].inner = trim(text, dst[k].inner)
	}
	return dst
}

// singleClose finds, for a double quotation opened before byte from and
// never closed, a single mark that closes it instead: the first closing
// single mark after sentence punctuation (’ after “Let’s go.) with no
// single mark opened before it that it could close.
func singleClose(marks []mark, from int) (mark, bool) {
	for _, m := range marks {
		if m.Start < from || !m.single {
			continue
		}
		if m.class&opens != 0 && m.class&closes == 0 {
			return mark{}, false
		}
		if m.class&strong != 0 {
			return m, true
		}
	}
	return mark{}, false
}

// trimComma leaves out a comma that ends a quotation: in "We will win,"
// she said, the comma stands for the attribution's punctuation.
func trimComma(text string, s nlp.Span) nlp.Span {
	for s.End > s.Start && (text[s.End-1] == ',' || text[s.End-1] == ' ') {
		s.End--
	}
	return s
}

// findMarked returns every quoted stretch of the document in text order. A
// double quotation left open at the end of a paragraph goes on into the
// next one when that opens with a double mark (the style of a quote that
// runs over several paragraphs); otherwise it ends with its paragraph.
func findMarked(text string, paras []nlp.Span, scratch []mark) ([]marked, []mark) {
	var out []marked
	for pi := 0; pi < len(paras); pi++ {
		p := paras[pi]
		scratch = scanMarks(text, p, scratch[:0])
		n := len(out)
		out = pairMarks(text, p, scratch, out)
		sortMarked(out[n:])
		last := len(out) - 1
		if last < n || out[last].closed || out[last].single {
			continue
		}
		// The paragraph ends inside a quotation: follow it while the next
		// paragraphs open with a double mark and do not close it.
		for pi+1 < len(paras) {
			q := &out[last]
			np := paras[pi+1]
			scratch = scanMarks(text, np, scratch[:0])
			if len(scratch) == 0 || scratch[0].single || scratch[0].class&opens == 0 || trim(text, nlp.Span{Start: np.Start, End: scratch[0].Start}).Len() != 0 {
				break
			}
			// The rest of the paragraph: its own marks pair as usual after
			// the opening one, which continues q.
			sub := pairMarks(text, nlp.Span{Start: scratch[0].End, End: np.End}, continueMarks(scratch), nil)
			if len(sub) > 0 && sub[0].open.Start == -1 && sub[0].closed && attributedAfter(text, sub[0], np) {
				// “...,” Smith said: a quotation of its own, attributed;
				// the open one ended with its paragraph
				break
			}
			if q.parts == nil {
				q.parts = append(q.parts, q.inner)
			}
			pi++
			piece := nlp.Span{Start: scratch[0].End, End: np.End}
			if len(sub) > 0 && sub[0].open.Start == -1 {
				piece.End = sub[0].inner.End
				q.closed = sub[0].closed
				q.close = sub[0].close
				sub = sub[1:]
			}
			piece = trim(text, piece)
			q.parts = append(q.parts, piece)
			q.inner.End = piece.End
			closed := q.closed
			out = append(out, sub...) // q is stale from here
			if closed {
				break
			}
		}
	}
	return out, scratch
}

// attributedAfter reports whether the quotation m, closed in paragraph p,
// ends with a comma and has words after its closing mark: the shape of a
// quotation interrupted by its attribution (“We will win,” she said),
// which a paragraph that continues a quotation does not take.
func attributedAfter(text string, m marked, p nlp.Span) bool {
	in := trim(text, nlp.Span{Start: m.inner.Start, End: m.close.Start})
	if in.Len() == 0 || text[in.End-1] != ',' {
		return false
	}
	return hasLetter(text[m.close.End:p.End])
}

// continueMarks turns the opening mark of a paragraph that continues a
// quotation into a virtual one already open: it is dropped, and the first
// mark that closes at depth zero closes the continued quotation, reported
// by pairMarks as a stretch whose open.Start is -1.
func continueMarks(marks []mark) []mark {
	rest := marks[1:]
	out := make([]mark, 0, len(rest)+1)
	out = append(out, mark{Span: nlp.Span{Start: -1, End: marks[0].End}, class: opens})
	return append(out, rest...)
}

// sortMarked orders stretches by where they open (doubles and singles were
// found in two passes).
func sortMarked(ms []marked) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].open.Start < ms[j-1].open.Start; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

// trim narrows s to exclude white space at both ends.
func trim(text string, s nlp.Span) nlp.Span {
	for s.Start < s.End {
		r, n := utf8.DecodeRuneInString(text[s.Start:])
		if !unicode.IsSpace(r) {
			break
		}
		s.Start += n
	}
	for s.End > s.Start {
		r, n := utf8.DecodeLastRuneInString(text[:s.End])
		if !unicode.IsSpace(r) {
			break
		}
		s.End -= n
	}
	return s
}

// runeAtPos returns the rune at i, or -1 at or past end.
func runeAtPos(text string, i, end int) (rune, int) {
	if i >= end {
		return -1, 0
	}
	return utf8.DecodeRuneInString(text[i:])
}

// runeBeforePos returns the rune ending at i, or -1 at or before start.
func runeBeforePos(text string, i, start int) (rune, int) {
	if i <= start {
		return -1, 0
	}
	return utf8.DecodeLastRuneInString(text[:i])
}

func isSpaceOrEdge(r rune) bool { return r < 0 || unicode.IsSpace(r) }

func isWord(r rune) bool { return r >= 0 && (unicode.IsLetter(r) || unicode.IsDigit(r)) }

// isOpenPunct reports whether a quotation may open right after r.
func isOpenPunct(r rune) bool {
	switch r {
	case '(', '[', '{', '—', '–', '-', '/', '“', '‘', '"', '\'', '«', '‹', '„', '`', '…':
		return true
	}
	return false
}

// isClosePunct reports whether a quotation may close right before r.
func isClosePunct(r rune) bool {
	switch r {
	case '.', ',', ';', ':', '!', '?', ')', ']', '}', '—', '–', '-', '…', '”', '’', '"', '\'', '»', '›', '/':
		return true
	}
	return false
}

// isClosePunctBefore reports whether r, right before a closing single mark,
// makes it a quotation's end rather than a possessive's apostrophe.
func isClosePunctBefore(r rune) bool {
	switch r {
	case '.', ',', '!', '?', '…', ';', ':':
		return true
	}
	return false
}

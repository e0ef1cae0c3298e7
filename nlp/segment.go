package nlp

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Segment splits text[region] into sentence spans, in order, each a
// non-empty byte range with no leading or trailing white space.
//
// Blank lines (including lines of only no-break spaces) always end a
// sentence. A single line break ends one only when the line looks finished:
// a heading or list item without final punctuation, a line much shorter than
// its neighbours, or a line before a bullet; hard-wrapped prose stays whole.
// Inside a line, a period, question mark, exclamation mark or ellipsis ends a
// sentence unless it belongs to an abbreviation ("U.S. Government",
// "Mr. Smith", "No. 10"), an initial ("J. K. Rowling"), a number, a URL or an
// e-mail address; closing quotes and brackets after it stay in the sentence.
// Numbered, lettered and bulleted list items are sentences of their own.
func Segment(text string, region Span) []Span {
	sg := segmenter{text: text}
	sg.region(clampSpan(text, region))
	return sg.out
}

// segmenter holds one Segment call's state; its slices are reused from
// block to block.
type segmenter struct {
	text  string
	out   []Span
	lines []Span // the current block's lines, trimmed
	cuts  []int  // sentence starts forced by layout: line breaks, bullets, list markers
	// wrapped is set when the current block is hard-wrapped prose: most of
	// its lines run close to the widest.
	wrapped bool
}

// region splits r into blocks at blank lines and segments each block.
func (sg *segmenter) region(r Span) {
	text := sg.text
	// Most texts break lines with LF or CR LF only: find those with the
	// fast IndexByte, and look for the rare breaks only where there are some.
	s := text[r.Start:r.End]
	rare := strings.IndexByte(s, '\f') >= 0 || strings.Contains(s, "\u2028") || strings.Contains(s, "\u2029")
	if !rare {
		if strings.IndexByte(s, '\r') >= 0 {
			rare = strings.Count(s, "\r") != strings.Count(s, "\r\n")
		}
	}
	for ls := r.Start; ls < r.End; {
		var le, next int
		var para bool
		if rare {
			le, next, para = lineEnd(text, ls, r.End)
		} else if k := strings.IndexByte(text[ls:r.End], '\n'); k >= 0 {
			le, next = ls+k, ls+k+1
		} else {
			le, next = r.End, r.End
		}
		if l := trimSpan(text, Span{ls, le}); l.Len() > 0 {
			sg.lines = append(sg.lines, l)
		} else {
			sg.block()
		}
		if para {
			sg.block()
		}
		ls = next
	}
	sg.block()
}

// lineEnd finds the end of the line that starts at i: the content ends at
// le and the next line starts at next. para is set when the line ends with
// U+2029 PARAGRAPH SEPARATOR or a form feed. Line breaks are LF, CR LF, a
// lone CR, U+2028 LINE SEPARATOR and those two.
func lineEnd(text string, i, end int) (le, next int, para bool) {
	for k := i; k < end; k++ {
		switch text[k] {
		case '\n':
			return k, k + 1, false
		case '\r':
			if k+1 < end && text[k+1] == '\n' {
				return k, k + 2, false
			}
			return k, k + 1, false
		case '\f':
			return k, k + 1, true
		case 0xE2:
			if k+2 < end && text[k+1] == 0x80 && (text[k+2] == 0xA8 || text[k+2] == 0xA9) {
				return k, k + 3, text[k+2] == 0xA9
			}
		}
	}
	return end, end, false
}

// block segments the lines collected since the last blank line.
func (sg *segmenter) block() {
	lines := sg.lines
	if len(lines) == 0 {
		return
	}
	bs, be := lines[0].Start, lines[len(lines)-1].End
	sg.cuts = sg.cuts[:0]
	sg.wrapped = false
	if len(lines) > 1 {
		sg.lineCuts()
	}
	sg.markerCuts(bs, be)
	slices.Sort(sg.cuts)
	sg.scan(bs, be)
	sg.lines = sg.lines[:0]
}

// lineCuts decides, for every line break in the block, whether the line
// before it is finished.
func (sg *segmenter) lineCuts() {
	lines := sg.lines
	maxLen := 0
	list := true // no line ends with a sentence mark: a list of short items
	for _, l := range lines {
		maxLen = max(maxLen, l.Len())
		if list && (endsSentenceMark(sg.text, l) || words(sg.text, l, 9) > 8) {
			list = false
		}
	}
	long := 0
	for _, l := range lines[:len(lines)-1] {
		if l.Len()*5 >= maxLen*4 {
			long++
		}
	}
	sg.wrapped = len(lines) >= 3 && long*3 >= (len(lines)-1)*2
	for k := 0; k+1 < len(lines); k++ {
		if sg.lineBreaks(lines[k], lines[k+1], len(lines), maxLen, list) {
			sg.cuts = append(sg.cuts, lines[k+1].Start)
		}
	}
}

// lineBreaks reports whether the break between lines l and n ends a sentence.
func (sg *segmenter) lineBreaks(l, n Span, nLines, maxLen int, list bool) bool {
	text := sg.text
	switch {
	case startsItem(text, n):
		return true
	case endsSentenceMark(text, l):
		return false // the punctuation rules decide
	case endsJoined(text, l):
		return false
	case list:
		return true
	case caseAt(text, skipOpeners(text, n.Start, n.End)) == caseLower:
		return false
	case startsItem(text, l), text[l.End-1] == ':':
		return true // "Share this:\nFacebook", "Key points:\nTrade ..."
	}
	// A wrapped line runs close to the block's widest.
	full := func(s Span) bool { return nLines >= 3 && s.Len()*5 >= maxLen*4 }
	switch {
	case headingLike(text, l) && !full(l):
		return true
	case headingLike(text, n) && !full(n):
		return true
	case l.Len()*5 < maxLen*3:
		return true // a short line before a capitalised one
	}
	return false
}

// startsItem reports a line that opens with a bullet, a dash or a list
// number: "• ", "- ", "* ", "3. ", "3) ", "b) ".
func startsItem(text string, l Span) bool {
	i := l.Start
	r, n := runeAt(text, i)
	if isBulletRune(r) {
		return true
	}
	if strings.ContainsRune("-*+–—", r) {
		return i+n < l.End && spaceAt(text, i+n) > 0
	}
	j := i
	for j < l.End && j-i < 3 && isAlnumByte(text[j]) {
		j++
	}
	if j == i || j >= l.End || j-i > 2 {
		return false
	}
	digits := isDigitByte(text[i]) && (j-i == 1 || isDigitByte(text[i+1]))
	letter := j-i == 1 && !digits
	switch {
	case text[j] == ')' && (digits || letter):
	case text[j] == '.' && (digits || letter && caseAt(text, i) == caseLower):
		if j+1 < l.End && text[j+1] == ')' {
			j++
		}
	default:
		return false
	}
	return j+1 < l.End && spaceAt(text, j+1) > 0
}

// endsSentenceMark reports a line whose last mark, before any closing quotes
// or brackets, is a period, question mark, exclamation mark or ellipsis.
func endsSentenceMark(text string, l Span) bool {
	i := l.End
	for i > l.Start {
		r, n := runeBefore(text, i)
		if !isCloserRune(r) {
			return r == '.' || r == '!' || r == '?' || r == '…'
		}
		i -= n
	}
	return false
}

// endsJoined reports a line that cannot end a sentence: it ends with a comma,
// a dash or similar, or with a word like "the", "of", "and", "said".
func endsJoined(text string, l Span) bool {
	r, _ := runeBefore(text, l.End)
	if strings.ContainsRune(",;-–—([{&/+=", r) {
		return true
	}
	i := l.End
	for i > l.Start && isAlnumByte(text[i-1]) {
		i--
	}
	return i < l.End && l.End-i <= 16 && inSetFold(joiners, text[i:l.End])
}

// headingLike reports a short line in title case or capitals without final
// punctuation: "Ruto, Abiy Meet in Nairobi", "LONDON 1996-08-30".
func headingLike(text string, l Span) bool {
	if endsSentenceMark(text, l) {
		return false
	}
	caps, n := 0, 0
	for i := l.Start; i < l.End; {
		if sp := spaceAt(text, i); sp > 0 {
			i += sp
			continue
		}
		ws := i
		for i < l.End && spaceAt(text, i) == 0 {
			_, sz := runeAt(text, i)
			i += sz
		}
		if n++; n > 12 {
			return false
		}
		w := skipOpeners(text, ws, i)
		if w == i {
			continue
		}
		switch caseAt(text, w) {
		case caseUpper:
			caps++
		case caseLower:
			e := w
			for e < i && isAlnumByte(text[e]) {
				e++
			}
			if e-w > 16 || !inSet(headingWords, text[w:e]) {
				return false
			}
		}
	}
	return caps > 0
}

// termByte marks the bytes that may start sentence punctuation: . ! ? and
// the first byte of "…".
var termByte = [256]bool{'.': true, '!': true, '?': true, 0xE2: true}

// markerByte marks the bytes markerCuts looks at: the ends of list markers
// and the first byte of every bullet character (all in U+2000–U+27FF).
var markerByte = [256]bool{'.': true, ')': true, 0xE2: true}

// markerCuts adds sentence starts before bullets and before the items of
// numbered or lettered lists ("1. … 2. …", "a) … b) …").
func (sg *segmenter) markerCuts(bs, be int) {
	text := sg.text
	type marker struct {
		cut, val int
		kind     uint8
		listed   bool
	}
	var buf [16]marker
	markers := buf[:0]
	var last [6]int // index+1 of the previous marker of each kind
	for i := bs; i < be; i++ {
		c := text[i]
		if !markerByte[c] {
			continue
		}
		if c >= utf8.RuneSelf {
			if r, _ := runeAt(text, i); isBulletRune(r) && (i == bs || spaceBefore(text, i)) {
				sg.cuts = append(sg.cuts, i)
			}
			continue
		}
		// A marker is one or two digits or one letter after white space or a
		// bullet, then ".", ")" or ".)", then white space.
		ws := i
		for ws > bs && i-ws < 3 && isAlnumByte(text[ws-1]) {
			ws--
		}
		if ws == i || i-ws > 2 {
			continue
		}
		digits := isDigitByte(text[ws]) && isDigitByte(text[i-1])
		letter := i-ws == 1 && !digits
		if !digits && !letter {
			continue
		}
		j, kind := i+1, uint8(0)
		switch {
		case c == ')':
			kind = 1
		case j < be && text[j] == ')':
			j, kind = j+1, 2
		case letter && caseAt(text, ws) != caseLower:
			continue // "E. Smith" is an initial
		}
		if j >= be || text[j] != ' ' && text[j] != '\t' {
			continue // a marker has its item after it on the same line
		}
		cut := ws
		if ws > bs {
			k := ws
			for k > bs && (text[k-1] == ' ' || text[k-1] == '\t') {
				k--
			}
			if k > bs {
				if r, n := runeBefore(text, k); isBulletRune(r) {
					cut = k - n
				} else if k == ws && !spaceBefore(text, ws) {
					continue // glued to a word: "x1." or "(1)"
				}
			}
		}
		val := int(text[ws])
		if digits {
			val = 0
			for k := ws; k < i; k++ {
				val = val*10 + int(text[k]-'0')
			}
		}
		if letter {
			kind += 3
		}
		markers = append(markers, marker{cut: cut, val: val, kind: kind})
		if p := last[kind]; p > 0 && markers[p-1].val+1 == val {
			markers[p-1].listed = true
			markers[len(markers)-1].listed = true
		}
		last[kind] = len(markers)
	}
	for _, m := range markers {
		if m.listed {
			sg.cuts = append(sg.cuts, m.cut)
		}
	}
}

// spaceBefore reports whether the rune before text[i] is white space.
func spaceBefore(text string, i int) bool {
	r, _ := runeBefore(text, i)
	return isSpaceRune(r)
}

// scan walks the block [bs, be) and emits its sentences, cutting at the
// layout cuts and wherever sentence punctuation ends one.
func (sg *segmenter) scan(bs, be int) {
	text, cuts := sg.text, sg.cuts
	start, ci := bs, 0
	for i := bs; i < be; {
		for ci < len(cuts) && cuts[ci] <= i {
			sg.emit(start, cuts[ci])
			start = max(start, cuts[ci])
			ci++
		}
		limit := be
		if ci < len(cuts) {
			limit = cuts[ci]
		}
		for i < limit && !termByte[text[i]] {
			i++
		}
		if i >= limit {
			continue
		}
		if text[i] == 0xE2 && !strings.HasPrefix(text[i:be], "…") {
			i++
			continue
		}
		next, cut := sg.terminal(i, bs, be, start)
		if cut > start {
			sg.emit(start, cut)
			start = cut
		}
		i = next
	}
	for ; ci < len(cuts); ci++ {
		sg.emit(start, cuts[ci])
		start = max(start, cuts[ci])
	}
	sg.emit(start, be)
}

func (sg *segmenter) emit(start, end int) {
	if s := trimSpan(sg.text, Span{start, end}); s.Len() > 0 {
		sg.out = append(sg.out, s)
	}
}

// terminal examines the sentence punctuation that starts at text[i]. It
// returns where scanning resumes and, if the punctuation ends a sentence,
// where the next sentence starts (cut > 0).
func (sg *segmenter) terminal(i, bs, be, start int) (next, cut int) {
	text := sg.text
	// Spaced ellipsis: ". . ." never ends a sentence; ". . . ." (four dots)
	// ends one before a capital. "word. . . . The" is a sentence followed by
	// one that opens with an ellipsis.
	if text[i] == '.' && i+2 < be && text[i+1] == ' ' && text[i+2] == '.' {
		dots, e := 1, i+1
		for e+1 < be && text[e] == ' ' && text[e+1] == '.' {
			dots++
			e += 2
		}
		k := skipClosers(text, e, be)
		upper := sg.nextCase(k, be) == caseUpper
		attached := i > bs && !spaceBefore(text, i)
		switch {
		case dots < 3:
		case attached && upper:
			return e, i + 1
		case !attached && dots >= 4 && upper:
			return k, k
		}
		return k, 0
	}
	j, dots, marks, ell := i, 0, 0, false
loop:
	for j < be {
		switch text[j] {
		case '.':
			dots++
		case '!', '?':
			marks++
		case 0xE2:
			if !strings.HasPrefix(text[j:be], "…") {
				break loop
			}
			ell = true
			j += 2
		default:
			break loop
		}
		j++
	}
	ellipsis := dots >= 2 || ell
	// "[...]" and "(...)" mark an omission inside a sentence.
	if ellipsis && i > bs && (text[i-1] == '[' || text[i-1] == '(') && j < be && (text[j] == ']' || text[j] == ')') {
		return j + 1, 0
	}
	k := skipClosers(text, j, be)
	if k >= be {
		return k, 0
	}
	if spaceAt(text, k) == 0 {
		if k == j && dots == 1 && marks == 0 && !ell && sg.glued(i, bs, be) {
			return j, j
		}
		return k, 0
	}
	switch nc := sg.nextCase(k, be); {
	case nc == -1:
		return k, 0
	case ellipsis:
		if nc == caseUpper {
			return k, k
		}
	case marks > 0:
		if nc != caseLower {
			return k, k
		}
	case sg.periodEnds(i, k, start, be):
		return k, k
	}
	return k, 0
}

// nextCase returns the case of the next word after white space at k, looking
// past opening quotes and brackets, or -1 if nothing follows in the block.
// Digits and other symbols count as caseNone.
func (sg *segmenter) nextCase(k, be int) int {
	w := skipSpaces(sg.text, k, be)
	if w >= be {
		return -1
	}
	w = skipOpeners(sg.text, w, be)
	if w >= be {
		return caseNone
	}
	return caseAt(sg.text, w)
}

// periodEnds decides whether the single period at text[i], followed by
// closers up to k and then white space and more text before be, ends a
// sentence that began at start.
func (sg *segmenter) periodEnds(i, k, start, be int) bool {
	text := sg.text
	w := skipSpaces(text, k, be)
	if o := skipOpeners(text, w, be); o < be && caseAt(text, o) == caseLower {
		return false
	}
	ws := wordStart(text, i, start)
	word := text[skipItemStart(text, ws, i):i]
	if word == "" {
		return true
	}
	if isMarkerWord(word) && skipItemStart(text, start, i) == i-len(word) {
		return false // "1. The first item"
	}
	if strings.Contains(word, "@") || strings.Contains(word, "://") {
		return true // an e-mail address or URL is not an abbreviation
	}
	nextDigit := isDigitByte(text[w])
	kind := abbrevOf(word)
	switch kind {
	case notAbbrev:
		if !isMultiPeriod(word) && !isInitial(word) {
			return true
		}
	case abbrevTitle, abbrevInline:
		return false
	case abbrevNumeric:
		return !nextDigit
	case abbrevSaint:
		// "Main St. He left" but "in St. Louis", "St. Michael's".
		if !prevWordCapitalised(text, start, ws) {
			return false
		}
	}
	// An abbreviation, initial or month that may end the sentence: it does
	// when a typical sentence opener follows and the sentence so far is more
	// than a fragment ("At 5 a.m. Mr. Smith went" stays whole). At the end
	// of a line that is not hard-wrapped, any capital will do ("Lear
	// Corp.\nFamily-controlled ..."), as scraped text often has one
	// paragraph a line.
	if nextDigit {
		return false
	}
	if words(text, Span{start, i}, 4) < 4 {
		return false
	}
	if !sg.wrapped && !isInitial(word) && strings.ContainsAny(text[k:w], "\n\r") {
		return true
	}
	return sg.opener(w)
}

// opener reports whether the word at w typically opens a sentence: an
// opening quote, or a word such as "The", "He" or "However".
func (sg *segmenter) opener(w int) bool {
	text := sg.text
	if r, _ := runeAt(text, w); isOpenerRune(r) && r != '(' && r != '[' && r != '{' {
		return true
	}
	e := w
	for e < len(text) && isAlnumByte(text[e]) {
		e++
	}
	return inSet(starters, text[w:e])
}

// glued reports a period with no space after it that still ends a sentence:
// "Hello world.Today is Tuesday.Mr. Smith bought 1,000.That is a lot."
func (sg *segmenter) glued(i, bs, be int) bool {
	text := sg.text
	if i+1 >= be || caseAt(text, i+1) != caseUpper {
		return false
	}
	ws := wordStart(text, i, max(bs, i-64))
	word := text[ws:i]
	if word == "" || ws <= i-60 || strings.ContainsRune(word, '.') {
		return false
	}
	last := word[len(word)-1]
	if !(isDigitByte(last) || last >= 'a' && last <= 'z' && len(word) >= 3) {
		return false
	}
	// Not inside an e-mail address or URL.
	for j := ws; j < be && j-ws < 256; j++ {
		if spaceAt(text, j) > 0 {
			break
		}
		if text[j] == '@' || text[j] == '/' {
			return false
		}
	}
	return true
}

// wordStart returns the start of the white-space-delimited word that ends
// at i, not before lo.
func wordStart(text string, i, lo int) int {
	for i > lo {
		r, n := runeBefore(text, i)
		if isSpaceRune(r) || i-n < lo {
			break
		}
		i -= n
	}
	return i
}

// prevWordCapitalised reports whether the word before the one at ws, within
// the sentence, starts with a capital letter.
func prevWordCapitalised(text string, start, ws int) bool {
	e := ws
	for e > start && spaceBefore(text, e) {
		e--
	}
	if e <= start {
		return false
	}
	return caseAt(text, skipOpeners(text, wordStart(text, e, start), e)) == caseUpper
}

// isMarkerWord reports one or two digits or a single letter: a list marker.
func isMarkerWord(w string) bool {
	switch len(w) {
	case 1:
		return isAlnumByte(w[0])
	case 2:
		return isDigitByte(w[0]) && isDigitByte(w[1])
	}
	return false
}

// isInitial reports a single letter: "E" in "Jonas E. Smith", "p" in "p. 55".
func isInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && isWordRune(r) && !(r >= '0' && r <= '9')
}

// skipItemStart skips white space, bullets and opening quotes and brackets
// from i.
func skipItemStart(text string, i, end int) int {
	for i < end {
		r, n := runeAt(text, i)
		if !isSpaceRune(r) && !isBulletRune(r) && !isOpenerRune(r) && r != '-' && r != '*' {
			break
		}
		i += n
	}
	return i
}

// words counts the white-space-delimited words in s, stopping at limit. It
// looks at the first 512 bytes only, and counts the limit if they are full.
func words(text string, s Span, limit int) int {
	n, in := 0, false
	if s.End-s.Start > 512 {
		return limit
	}
	for i := s.Start; i < s.End; {
		sp := spaceAt(text, i)
		if sp > 0 {
			in = false
			i += sp
			continue
		}
		if !in {
			if n++; n >= limit {
				return n
			}
			in = true
		}
		i++
	}
	return n
}

// skipSpaces returns the first index at or after i that is not white space.
func skipSpaces(text string, i, end int) int {
	for i < end {
		sp := spaceAt(text, i)
		if sp == 0 {
			break
		}
		i += sp
	}
	return i
}

// skipOpeners returns the first index at or after i that is not an opening
// quote or bracket.
func skipOpeners(text string, i, end int) int {
	for i < end {
		r, n := runeAt(text, i)
		if !isOpenerRune(r) {
			break
		}
		i += n
	}
	return i
}

// skipClosers returns the first index at or after i that is not a closing
// quote or bracket.
func skipClosers(text string, i, end int) int {
	for i < end {
		r, n := runeAt(text, i)
		if !isCloserRune(r) {
			break
		}
		i += n
	}
	return i
}

// trimSpan narrows s to exclude leading and trailing white space, including
// no-break and other Unicode spaces.
func trimSpan(text string, s Span) Span {
	for s.Start < s.End {
		sp := spaceAt(text, s.Start)
		if sp == 0 {
			break
		}
		s.Start += sp
	}
	for s.End > s.Start {
		r, n := runeBefore(text, s.End)
		if !isSpaceRune(r) || s.End-n < s.Start {
			break
		}
		s.End -= n
	}
	return s
}

// clampSpan limits s to text, so that a bad region cannot cause a panic,
// and narrows it to whole runes when an end falls inside one.
func clampSpan(text string, s Span) Span {
	s.Start = min(max(s.Start, 0), len(text))
	s.End = min(max(s.End, s.Start), len(text))
	w := s
	if q, n, ok := insideRune(text, w.Start); ok {
		w.Start = q + n
	}
	if q, _, ok := insideRune(text, w.End); ok {
		w.End = q
	}
	if w.End < w.Start {
		return Span{s.Start, s.Start} // inside a single rune
	}
	return w
}

// insideRune reports whether byte offset p falls inside the rune at
// text[q:q+n], after its first byte.
func insideRune(text string, p int) (q, n int, ok bool) {
	for q = p - 1; q >= 0 && q >= p-3; q-- {
		if utf8.RuneStart(text[q]) {
			_, n = utf8.DecodeRuneInString(text[q:])
			return q, n, q+n > p
		}
	}
	return 0, 0, false
}

package quote

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsnlp/newsnlp/nlp"
)

// indirect finds reported speech around the cues no direct quote took:
// "Smith said (that) ..." and "..., Smith said" (the content follows or
// precedes its attribution), "according to Smith, ...", and "..., adding
// that ..." after a main clause. The content runs to the end of the
// sentence, or to the next attribution in it. Quoted words inside make it
// mixed.
func (f *finder) indirect() {
	for i := 0; i < len(f.toks); i++ {
		in := &f.info[i]
		if in.used || in.marked >= 0 || in.class&(wCue|wPhrase) == 0 {
			continue
		}
		c, ok := f.cueAt(i)
		if !ok {
			continue
		}
		lo, hi := f.sentence(i)
		if c.according {
			f.according(c, lo, hi)
			i = c.end - 1
			continue
		}
		k := f.afterCue(c, hi)
		var sp speakerRef
		s0 := i
		if c.participle {
			sp = f.mainSubject(i)
		} else {
			sp, s0 = f.leftSpeaker(i, lo)
		}
		// a parenthetical attribution: "..., Smith said(, ...)"
		inner := sp.ok && !c.participle && s0 > lo && (f.is(s0-1, ",") || f.isDash(s0-1) || f.closesMark(s0-1)) && f.groupEnds(k, hi)
		switch {
		case !inner && sp.ok && f.contentFollows(c, k, hi):
			start := k
			if f.is(start, "that") || f.is(start, ":") {
				start++
			}
			end := hi
			if f.subordinate(i, lo) {
				// "Barkley, who said he votes Democratic, said ...", "While
				// Ramos said that ..., he ...": the clause ends at its comma
				end = f.nextComma(start, hi)
			}
			f.addReported(c, sp, start, f.contentEnd(start, end))
		case !inner && sp.ok && f.is(k, ",") && f.clauseFollows(k+1, hi):
			// "as The Times reported on Saturday, he has ..."
			f.addReported(c, sp, k+1, f.contentEnd(k+1, hi))
		case inner:
			f.addBefore(c, sp, lo, s0-1, k, hi)
		case !sp.ok && !c.participle && c.start > lo && (f.is(c.start-1, ",") || f.closesMark(c.start-1)):
			// "..., said Smith"
			rs, e := f.rightSpeaker(c.end, hi)
			if !rs.ok {
				continue
			}
			e = f.skipAdverbials(e, hi)
			if !f.groupEnds(e, hi) {
				continue
			}
			f.addBefore(c, rs, lo, c.start-1, e, hi)
		default:
			continue
		}
		i = c.end - 1
	}
}

// subordinate reports whether the cue at token i stands in a relative
// clause ("Barkley, who said ...,") or in a clause that opens its sentence
// with a subordinating word ("While Ramos said ..., he ..."), whose
// content ends with the clause.
func (f *finder) subordinate(i, lo int) bool {
	if f.is(f.skipBetween(i-1, lo), "who") && f.is(f.skipBetween(i-1, lo)-1, ",") {
		return true
	}
	if f.has(lo, wSubordinator) {
		for k := lo; k < i; k++ {
			if f.is(k, ",") {
				return false // the cue is in the main clause
			}
		}
		return true
	}
	return false
}

// nextComma returns the first comma at or after token t before hi, or hi.
func (f *finder) nextComma(t, hi int) int {
	for ; t < hi; t++ {
		if f.is(t, ",") {
			return t
		}
	}
	return hi
}

// addBefore adds reported content written before its attribution: tokens
// [lo, sep), sep being the comma, dash or closing mark before the
// attribution, which ends at token g. When a clause goes on after the
// attribution ("In contrast, Berkman said, there seem to be ..."), it is
// a second part.
func (f *finder) addBefore(c cue, sp speakerRef, lo, sep, g, hi int) {
	lo = f.afterDateline(lo, sep)
	if sep <= lo {
		return
	}
	end := sep
	if f.closesMark(sep) {
		end = sep + 1 // keep the closing mark of a quoted fragment
	}
	end = f.trimEnd(lo, end)
	if end <= lo {
		return
	}
	before := nlp.Span{Start: f.toks[lo].Start, End: f.toks[end-1].End}
	if (f.is(g, ",") || f.is(g, ";")) && (f.clauseFollows(g+1, hi) || f.predicateFollows(g+1, hi)) {
		if e := f.trimEnd(g+1, f.contentEnd(g+1, hi)); e > g+1 {
			f.addParts(c, sp, before, nlp.Span{Start: f.toks[g+1].Start, End: f.toks[e-1].End})
			return
		}
	}
	f.addParts(c, sp, before, nlp.Span{})
}

// afterDateline returns the first token after a dateline that opens the
// words [lo, hi) ("LISBON —", "LISBON (Reuters) -"), or lo when there is
// none: the place the report was filed from is no part of what was said.
func (f *finder) afterDateline(lo, hi int) int {
	j := lo
	for j < hi && j-lo < 4 && allCaps(f.word(j)) && hasLetterOrDigit(f.word(j)) {
		j++
	}
	if j == lo {
		return lo
	}
	if f.is(j, "(") {
		k := j + 1
		for k < hi && k-j <= 4 && !f.is(k, ")") {
			k++
		}
		if !f.is(k, ")") {
			return lo
		}
		j = k + 1
	}
	if j < hi && f.isDash(j) {
		return j + 1
	}
	return lo
}

// clauseFollows reports whether the words from token j on read as a clause
// of reported content rather than an afterthought: they do not open with a
// conjunction, another cue or a quotation, and there are at least three.
func (f *finder) clauseFollows(j, hi int) bool {
	if j+3 > hi || f.has(j, wClause) && !f.has(j, wPronoun) && !f.is(j, "there") && !f.is(j, "that") || f.isMarkTok(j) || f.has(j, wCue|wPhrase|wVenue) {
		return false
	}
	if c, ok := f.cueAt(j); ok && (c.participle || c.according) {
		return false
	}
	return f.isWordTok(j)
}

// predicateFollows reports whether the words from token j on are the
// rest of a clause whose subject stands before a parenthetical
// attribution: "This campaign, he says, is different"; "Many of the
// closures, he said, have involved public courses". They open with a
// form of "be", "have" or "do" or a modal, and run on for three words or
// more.
func (f *finder) predicateFollows(j, hi int) bool {
	if j+3 > hi || !f.isLowerTok(j) {
		return false
	}
	return f.beVerb(j) || f.has(j, wModal) || f.is(j, "has") || f.is(j, "have") || f.is(j, "had") || f.is(j, "does") || f.is(j, "do") || f.is(j, "did")
}

// contentFollows reports whether the reported content starts at token k,
// right after a cue and what goes with it.
func (f *finder) contentFollows(c cue, k, hi int) bool {
	if k >= hi {
		return false
	}
	if f.has(k, wOpener) || f.is(k, ":") {
		return true
	}
	if f.isMarkTok(k) {
		m := f.info[k].marked
		if m < 0 || f.closesMark(k) {
			return false
		}
		in := f.marked[m].inner
		return !titleLike(f.text[in.Start:in.End]) // wrote "The Harbour Years"
	}
	if f.is(k, "to") || f.is(k, "not") && f.is(k+1, "to") {
		return c.verb != nil && c.verb.inf && f.infinitiveAt(k) && k+2 < hi
	}
	if c.verb != nil && c.verb.clause && f.has(k, wPronoun) && !f.is(k, "you") && f.isWordTok(k+1) && !f.has(k+1, wClause|wLink|wVenue) {
		return true // "has indicated he may invite": a clause, without "that"
	}
	if !f.isWordTok(k) || (c.verb != nil && c.verb.clause) {
		return false
	}
	if f.has(k, wClause) && !f.has(k, wPronoun) && !f.is(k, "there") {
		return false
	}
	if f.has(k, wVenue) {
		return false
	}
	return true
}

// groupEnds reports whether an attribution that ends at token k closes its
// clause: the sentence ends, or a comma, a semicolon or a dash follows.
func (f *finder) groupEnds(k, hi int) bool {
	return k >= hi || f.isEndPunct(k) || f.is(k, ",") || f.is(k, ";") || f.isDash(k) || f.isMarkTok(k) && !f.closesMark(k)
}

// contentEnd returns where reported content that starts at token start
// ends: at the end of the sentence, before a comma or semicolon that opens
// another attribution ("..., Jones said", "..., adding that", "...,
// according to"), or before a direct quote.
func (f *finder) contentEnd(start, hi int) int {
	for t := start; t < hi; t++ {
		if m := f.info[t].marked; m >= 0 && f.quoteOf[m] >= 0 {
			return t
		}
		if f.is(t, ",") || f.is(t, ";") || f.isDash(t) {
			if f.opensAttribution(t+1, hi) {
				return t
			}
		}
		if t > start && (f.is(t, "and") || f.is(t, "but")) && f.finiteCue(t+1, hi) {
			return t // "noted that ... and asked whether ...": the speaker's next act
		}
	}
	return hi
}

// finiteCue reports whether a verb of saying in the past or present
// tense, with no subject of its own, follows at token j: a second verb of
// the same speaker.
func (f *finder) finiteCue(j, hi int) bool {
	for j < hi && (f.has(j, wBetween) || f.isAdverb(j)) {
		j++
	}
	if j >= hi || f.info[j].class&wCue == 0 || f.info[j].marked >= 0 {
		return false
	}
	form := f.info[j].form
	return form == formPast || form == formThird
}

// opensAttribution reports whether an attribution of its own starts at
// token j: a participle cue, "according to", or a speaker and its verb.
func (f *finder) opensAttribution(j, hi int) bool {
	if j >= hi {
		return false
	}
	if f.is(j, "and") || f.is(j, "but") || f.is(j, "while") {
		j++
	}
	commas := 0
	for k := j; k < hi && k-j < 14; k++ {
		if f.is(k, ",") && k > j+1 {
			// at most the two commas of an apposition: "a spokeswoman,
			// Ana Ruiz, said"
			if commas++; commas > 2 {
				return false
			}
			continue
		}
		if f.info[k].marked >= 0 || f.isEndPunct(k) || k-j >= 10 && commas == 0 {
			return false
		}
		c, ok := f.cueAt(k)
		if !ok {
			continue
		}
		if k == j {
			return c.participle || c.according
		}
		sp, s0 := f.leftSpeaker(k, j)
		return sp.ok && (s0 == j || s0 > j+1 && f.is(s0-1, ",")) // the speaker, or the name in apposition to it
	}
	return false
}

// according handles "according to X": the content is the rest of the
// sentence, on either side of the phrase.
func (f *finder) according(c cue, lo, hi int) {
	sp, e := f.sourcePhrase(c.end, hi)
	if !sp.ok {
		return
	}
	first := c.start == lo || c.start == lo+1 && (f.is(lo, "But") || f.is(lo, "And") || f.isMarkTok(lo))
	switch {
	case first && f.is(e, ","):
		f.addReported(c, sp, e+1, f.contentEnd(e+1, hi))
	case c.start-1 > lo && (f.is(c.start-1, ",") || f.isDash(c.start-1)):
		start := lo
		before := nlp.Span{Start: f.toks[start].Start, End: f.toks[c.start-2].End}
		if (f.is(e, ",") || f.isDash(e)) && e+1 < hi && !f.isEndPunct(e+1) {
			end := f.trimEnd(e+1, hi)
			if end > e+1 {
				after := nlp.Span{Start: f.toks[e+1].Start, End: f.toks[end-1].End}
				f.addParts(c, sp, before, after)
				return
			}
		}
		f.addReported(c, sp, start, c.start-1)
	case c.start > lo:
		f.addReported(c, sp, lo, c.start)
	}
}

// sourcePhrase reads the source after "according to": everything up to
// the next comma, dash or end of sentence ("according to a report from
// Bloomberg New Energy Finance, ..."), named by the person or
// organisation in it when there is one. end is the token after it.
func (f *finder) sourcePhrase(j, hi int) (speakerRef, int) {
	e := j
	for e < hi && e-j < 30 && !f.is(e, ",") && !f.is(e, ";") && !f.is(e, ":") && !f.isDash(e) && !f.isEndPunct(e) && !(f.isMarkTok(e) && !f.closesMark(e)) {
		e++
	}
	if e == j || e-j >= 30 {
		return f.rightSpeaker(j, hi)
	}
	sp := speakerRef{ok: true, t0: j, t1: e, head: e - 1, mention: -1}
	for k := j; k < e; k++ {
		if m := f.info[k].mention; m >= 0 && (f.doc.Mentions[m].Type == nlp.Person || f.doc.Mentions[m].Type == nlp.Org) {
			t1 := k
			for t1 < e && f.info[t1].mention == m {
				t1++
			}
			return speakerRef{ok: true, t0: k, t1: t1, head: t1 - 1, mention: int(m)}, e
		}
	}
	if f.has(j, wPronoun) && e == j+1 {
		sp.head = j
	}
	return sp, e
}

// addReported adds the reported content of tokens [start, end), its final
// punctuation left out, as an indirect or mixed quote.
func (f *finder) addReported(c cue, sp speakerRef, start, end int) {
	end = f.trimEnd(start, end)
	if end <= start {
		return
	}
	f.addParts(c, sp, nlp.Span{Start: f.toks[start].Start, End: f.toks[end-1].End}, nlp.Span{})
}

// trimEnd steps back over final punctuation (not a closing quotation
// mark) and returns the new end.
func (f *finder) trimEnd(start, end int) int {
	for end > start {
		t := f.word(end - 1)
		if f.isEndPunct(end-1) || t == "," || t == ";" || t == ":" || f.isDash(end-1) {
			end--
			continue
		}
		break
	}
	return end
}

// addParts adds reported content made of one piece, or two when second
// is not empty. A quote that is only a quoted stretch is direct; with
// quoted words in it, mixed.
func (f *finder) addParts(c cue, sp speakerRef, first, second nlp.Span) {
	q := nlp.Quote{Span: first, Kind: nlp.Indirect, Cue: f.cueSpan(c)}
	if second.Len() > 0 {
		q.End = second.End
		q.Parts = []nlp.Span{first, second}
	}
	if q.Len() <= 0 || !hasLetterOrDigit(f.text[q.Start:q.End]) || f.overlapsDirect(q.Span) {
		return
	}
	if f.hasMarked(q.Span) {
		q.Kind = nlp.Mixed
		if inner, ok := f.wholeMarked(q.Span); ok {
			q.Span, q.Kind = inner, nlp.Direct
		}
	}
	f.useCue(c)
	f.add(q, sp)
}

// overlapsDirect reports whether s overlaps a direct quote already found.
func (f *finder) overlapsDirect(s nlp.Span) bool {
	// direct quotes are in text order and do not overlap: find the first
	// that ends after s starts
	i := sort.Search(f.ndirect, func(i int) bool { return f.quotes[i].End > s.Start })
	for ; i < f.ndirect && f.quotes[i].Start < s.End; i++ {
		q := &f.quotes[i]
		if len(q.Parts) == 0 {
			return true
		}
		// between the parts of an interrupted quote stands its attribution,
		// which may report more: "..." she said, adding that ... "..."
		for _, p := range q.Parts {
			if s.Start < p.End && p.Start < s.End {
				return true
			}
		}
	}
	return false
}

// markedIn returns the index of the first quoted stretch that opens in s,
// or -1.
func (f *finder) markedIn(s nlp.Span) int {
	i := sort.Search(len(f.marked), func(i int) bool { return f.marked[i].open.Start >= s.Start })
	if i < len(f.marked) && f.marked[i].open.Start < s.End {
		return i
	}
	return -1
}

// hasMarked reports whether a quoted stretch lies in s.
func (f *finder) hasMarked(s nlp.Span) bool { return f.markedIn(s) >= 0 }

// wholeMarked returns the inside of the one quoted stretch that makes up
// all of s (its marks and punctuation aside), if there is one.
func (f *finder) wholeMarked(s nlp.Span) (nlp.Span, bool) {
	i := f.markedIn(s)
	if i < 0 {
		return nlp.Span{}, false
	}
	m := &f.marked[i]
	before := f.text[s.Start:m.open.Start]
	after := ""
	if e := f.markedEnd(i); e < s.End {
		after = f.text[e:s.End]
	}
	if !hasLetterOrDigit(before) && !hasLetterOrDigit(after) && hasLetterOrDigit(f.text[m.inner.Start:m.inner.End]) {
		return m.inner, true
	}
	return nlp.Span{}, false
}

func hasLetterOrDigit(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// colons finds quotations introduced by a name and a colon: a headline
// ("Ortiz: We Will Win") or a line of a transcript ("ORTIZ: We will.").
// The name must be a person or an organisation the entity layer found,
// or a transcript's capitalised surname of a person in the story.
func (f *finder) colons() {
	for pi := range f.paras {
		t0 := f.tokenAt(f.paras[pi].Start)
		if t0 >= len(f.toks) || f.info[t0].marked >= 0 {
			continue
		}
		hi := f.paraEnd(t0)
		colon := -1
		for k := t0; k < hi && k-t0 <= 4; k++ {
			if f.is(k, ":") {
				colon = k
				break
			}
		}
		if colon <= t0 || colon+1 >= hi {
			continue
		}
		sp := f.colonSpeaker(t0, colon)
		if !sp.ok {
			continue
		}
		end := f.trimEnd(colon+1, f.sentEndOrPara(colon+1, hi))
		if end <= colon+1 {
			continue
		}
		span := nlp.Span{Start: f.toks[colon+1].Start, End: f.toks[end-1].End}
		if f.overlapsQuote(span) {
			continue
		}
		f.addParts(cue{start: colon, end: colon + 1}, sp, span, nlp.Span{})
	}
}

// sentEndOrPara returns the end of the content after a colon: the title
// sentence's end in a headline, else the paragraph's.
func (f *finder) sentEndOrPara(t, hi int) int {
	if f.doc.Sentences[f.toks[t].Sentence].Title {
		_, e := f.sentence(t)
		return e
	}
	return hi
}

// colonSpeaker returns the speaker named by tokens [t0, colon): a person
// or organisation mention that covers them all, or a capitalised word that
// is a person's surname in the story.
func (f *finder) colonSpeaker(t0, colon int) speakerRef {
	m := f.info[colon-1].mention
	if m >= 0 {
		typ := f.doc.Mentions[m].Type
		if typ != nlp.Person && typ != nlp.Org {
			return noSpeaker
		}
		first := colon - 1
		for first > t0 && f.info[first-1].mention == m {
			first--
		}
		if first != t0 && !(first == t0+1 && f.has(t0, wDet)) {
			return noSpeaker
		}
		return speakerRef{ok: true, t0: first, t1: colon, head: colon - 1, mention: int(m)}
	}
	if colon != t0+1 || !allCaps(f.word(t0)) {
		return noSpeaker
	}
	for e := range f.doc.Entities {
		ent := &f.doc.Entities[e]
		if ent.Type != nlp.Person {
			continue
		}
		last := ent.Name[strings.LastIndexByte(ent.Name, ' ')+1:]
		if strings.EqualFold(last, f.word(t0)) {
			return speakerRef{ok: true, t0: t0, t1: t0 + 1, head: t0, mention: -1, ent: e + 1}
		}
	}
	return noSpeaker
}

func allCaps(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	r, _ := utf8.DecodeRuneInString(s)
	return n >= 2 && unicode.IsUpper(r)
}

package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsnlp/newsnlp/nlp"
)

// attribution is a cue with its speaker, as found next to a quotation.
type attribution struct {
	cue     cue
	speaker speakerRef
	cueSpan nlp.Span
	t0, t1  int // the attribution's tokens, speaker included
}

// direct turns the quoted stretches that are quotations into direct
// quotes: those that stand as sentences or clauses of their own ("We will
// win," she said) and either have a speaker next to them, go on from the
// quote before, or read as speech. A quotation interrupted by its
// attribution is one quote; so is one that goes on in the same paragraph
// after its attribution sentence.
func (f *finder) direct() {
	prev := -1 // the last direct quote, an index into f.quotes
	for k := range f.marked {
		m := &f.marked[k]
		if m.inner.Len() == 0 || !hasLetter(f.text[m.inner.Start:m.inner.End]) || codeLike(f.text[m.inner.Start:m.inner.End]) {
			continue
		}
		ot := f.tokenAt(m.open.Start)
		ct := -1 // the closing mark's token
		if m.closed {
			ct = f.tokenAt(f.markedEnd(k) - 1)
		}
		if ot >= len(f.toks) {
			continue
		}
		if !f.standsAlone(k, ot) {
			// words quoted as what someone called a thing: Cardoso called the
			// system "rigged"; she described the plan as "a betrayal"
			if c, sp, ok := f.namingCue(ot); ok && m.closed {
				// the thing named and what it was called: mixed
				f.useCue(c)
				q := nlp.Quote{Span: nlp.Span{Start: f.toks[c.end].Start, End: m.close.End}, Kind: nlp.Mixed, Cue: f.cueSpan(c)}
				f.add(q, sp)
			}
			continue
		}
		after, okAfter := attribution{}, false
		if ct >= 0 {
			after, okAfter = f.attributionAfter(ct)
		}
		before, okBefore := f.attributionBefore(ot)
		q := nlp.Quote{Span: m.inner, Kind: nlp.Direct, Parts: m.parts}
		if len(m.parts) > 0 {
			q.Parts = append([]nlp.Span(nil), m.parts...)
		}
		sp := noSpeaker
		if okBefore && f.info[before.cue.start].used {
			okBefore = false // the cue of the quote before, which this one goes on
		}
		samePara := prev >= 0 && f.continues(prev, ot)
		switch {
		case okAfter:
			q.Cue, sp = after.cueSpan, after.speaker
			f.useCue(after.cue)
		case okBefore:
			q.Cue, sp = before.cueSpan, before.speaker
			f.useCue(before.cue)
		case samePara:
			// interrupted by its attribution, or going on after it
			f.extend(prev, m)
			continue
		default:
			if nc, ok := f.nameColon(ot); ok {
				q.Cue, sp = nc.cueSpan, nc.speaker
			} else if intro, ok := f.colonIntro(ot); ok {
				q.Cue, sp = intro.cueSpan, intro.speaker
				f.useCue(intro.cue)
			} else if subj := f.precedingSubject(ot); subj.ok && !f.cueAfter(ct) && !titleLike(f.text[m.inner.Start:m.inner.End]) {
				sp = subj // Her rival, Karl Weber, disagreed. "We won fairly."
			} else if prev >= 0 && f.nearPara(prev, ot) && f.speakers[prev].ok && !titleLike(f.text[m.inner.Start:m.inner.End]) {
				sp = f.speakers[prev]
			} else if !f.readsAsSpeech(m) {
				continue
			}
		}
		f.quoteOf[k] = int32(f.add(q, sp))
		f.ndirect = len(f.quotes)
		prev = len(f.quotes) - 1
	}
	f.openRunsOn()
}

// openRunsOn gives a direct quote that its paragraph leaves open, and that
// has no speaker, the speaker of the quotation that opens the next
// paragraph: one quotation over two paragraphs, attributed in the second
// ("… than a promise,¶"and we will keep ours," Ortiz said).
func (f *finder) openRunsOn() {
	for k := 0; k+1 < len(f.marked); k++ {
		qi, next := f.quoteOf[k], f.quoteOf[k+1]
		if qi < 0 || next < 0 || f.marked[k].closed || f.speakers[qi].ok || !f.speakers[next].ok {
			continue
		}
		end := f.tokenAt(f.marked[k].inner.End - 1)
		ot := f.tokenAt(f.marked[k+1].open.Start)
		if end >= len(f.toks) || ot >= len(f.toks) || ot != f.paraStart(ot) || f.info[ot].para != f.info[end].para+1 {
			continue
		}
		f.speakers[qi] = f.speakers[next]
	}
}

// namingCue finds "call" or "describe ... as" a few words before a quoted
// stretch whose opening mark is token ot, with the object between them:
// "called the system "rigged"", "calling the protester "...", "described
// the plan as "...". It returns the cue and its speaker.
func (f *finder) namingCue(ot int) (cue, speakerRef, bool) {
	lo, _ := f.sentence(ot)
	for k := ot - 1; k >= lo && ot-k <= 7; k-- {
		if f.info[k].marked >= 0 || !f.isWordTok(k) && !f.is(k, "'s") && !f.is(k, "’s") {
			break
		}
		t := f.word(k)
		describe := hasPrefixFold(t, "describ") && f.is(ot-1, "as")
		call := strings.EqualFold(t, "call") || strings.EqualFold(t, "calls") || strings.EqualFold(t, "called") || strings.EqualFold(t, "calling")
		if !describe && !(call && !f.is(k+1, "for") && !f.is(k+1, "on")) {
			continue
		}
		c := cue{start: k, end: k + 1}
		var sp speakerRef
		if f.is(k-1, ",") {
			c.participle = true
			sp = f.mainSubject(k)
		} else {
			sp, _ = f.leftSpeaker(k, lo)
		}
		if !sp.ok || f.passive(k) {
			return cue{}, noSpeaker, false
		}
		return c, sp, true
	}
	return cue{}, noSpeaker, false
}

// hasPrefixFold reports whether s starts with the lower-case ASCII prefix,
// ignoring case.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// extend adds the stretch m to quote i as a further part.
func (f *finder) extend(i int, m *marked) {
	q := &f.quotes[i]
	if len(q.Parts) == 0 {
		q.Parts = []nlp.Span{q.Span}
	}
	if len(m.parts) > 0 {
		q.Parts = append(q.Parts, m.parts...)
	} else {
		q.Parts = append(q.Parts, m.inner)
	}
	q.End = m.inner.End
}

// useCue marks a cue's tokens as given to a quote.
func (f *finder) useCue(c cue) {
	for i := c.start; i < c.end; i++ {
		f.info[i].used = true
	}
}

// standsAlone reports whether the quoted stretch k, whose opening mark is
// token ot, is a sentence or a clause of its own rather than words quoted
// inside one (a title, a nickname, a scare quote, or a fragment of reported
// speech): it opens a sentence, or follows a colon, a comma, a dash or a
// verb of saying.
func (f *finder) standsAlone(k, ot int) bool {
	lo, _ := f.sentence(ot)
	p := ot - 1
	if p < lo || f.info[p].para != f.info[ot].para {
		return true
	}
	switch f.word(p) {
	case ":", ",", "—", "–", "―", "--", "(", ";":
		return true
	}
	if f.isEndPunct(p) || f.isMarkTok(p) {
		return true
	}
	m := &f.marked[k]
	if f.isCueTok(p) {
		// said "we will win"; but not a title after "wrote"
		return !titleLike(f.text[m.inner.Start:m.inner.End])
	}
	// a whole sentence quoted after a verb's object: asked the crowd "If
	// ...?"; not one after "that", "because" or "and", which holds it in
	// a clause
	return m.closed && f.isWordTok(p) && !f.has(p, wClause|wOpener|wDet|wLink|wVenue|wBetween) &&
		sentenceLike(f.text[m.inner.Start:m.inner.End])
}

// sentenceLike reports whether quoted text is a sentence of its own: it
// opens with a capital, ends with a full stop, a question or an
// exclamation mark, holds at least four words and is not a title (whose
// words all open with a capital, American style putting the full stop of
// the sentence around it inside its marks: host of "The Late Show.").
func sentenceLike(s string) bool {
	first, _ := utf8.DecodeRuneInString(s)
	last, n := utf8.DecodeLastRuneInString(s)
	return unicode.IsUpper(first) && (last == '.' || last == '?' || last == '!') && wordCount(s) >= 4 && !titleLike(s[:len(s)-n])
}

// attributionAfter finds the speaker and cue written right after a
// quotation whose closing mark is token ct: "..., she said", "..., said
// Smith", "..." — Smith. After a quotation that ends its sentence ("We
// will win." Smith said.), an attribution must be all its sentence holds;
// one that goes on with a comma or colon and a quotation after a question
// or a sentence ("Why now?" Weber then wrote back, "...") introduces the
// next quotation rather than ending this one.
func (f *finder) attributionAfter(ct int) (attribution, bool) {
	a, ok := f.findAttributionAfter(ct)
	if !ok {
		return a, false
	}
	j := ct + 1
	if f.is(j, ",") || f.isDash(j) {
		j++
	}
	if f.endsSentence(ct) && !f.isLowerTok(j) && a.t1 < f.paraEnd(ct) && !f.isEndPunct(a.t1) {
		return attribution{}, false // "... win." Smith told reporters the vote...: a new sentence
	}
	if f.isEndPunct(ct-1) && f.isUpperTok(ct+1) && (f.is(a.t1, ",") || f.is(a.t1, ":")) && f.isMarkTok(a.t1+1) && !f.closesMark(a.t1+1) {
		return attribution{}, false
	}
	return a, true
}

// findAttributionAfter finds the attribution after a quotation closed by
// token ct, as attributionAfter does, before the checks on what follows.
func (f *finder) findAttributionAfter(ct int) (attribution, bool) {
	j := ct + 1
	para := f.info[ct].para
	if j < len(f.toks) && (f.is(j, ",") || f.isDash(j)) {
		j++
	}
	if j >= len(f.toks) || f.info[j].para != para {
		return attribution{}, false
	}
	// a dash and a name: "..." — Bernie Sanders
	if f.isDash(ct + 1) {
		if sp, end := f.rightSpeaker(ct+2, f.paraEnd(ct)); sp.ok && sp.mention >= 0 && (end >= len(f.toks) || f.info[end].para != para || f.isEndPunct(end) || f.is(end, ",")) {
			d := f.toks[ct+1].Span
			return attribution{cue: cue{start: ct + 1, end: ct + 2}, speaker: sp, cueSpan: d, t0: ct + 1, t1: end}, true
		}
	}
	hi := min(j+30, len(f.toks)) // room for "..., Smith, who ..., said"
	for k := j; k < hi && f.info[k].para == para; k++ {
		if f.info[k].marked >= 0 || f.isEndPunct(k) || f.is(k, ";") || f.is(k, ":") {
			break
		}
		c, ok := f.cueAt(k)
		if !ok {
			if f.is(k, ",") && k > j {
				// "..., Smith, the union's leader, said": the comma may open an
				// apposition; go on
				continue
			}
			continue
		}
		if c.according {
			sp, end := f.rightSpeaker(c.end, f.paraEnd(k))
			if sp.ok && k == j {
				return attribution{cue: c, speaker: sp, cueSpan: f.cueSpan(c), t0: k, t1: end}, true
			}
			return attribution{}, false
		}
		if k == j {
			// "..., said Smith"
			sp, end := f.rightSpeaker(c.end, f.paraEnd(k))
			if !sp.ok {
				return attribution{}, false
			}
			return attribution{cue: c, speaker: sp, cueSpan: f.cueSpan(c), t0: k, t1: f.skipAdverbials(end, f.paraEnd(k))}, true
		}
		sp, start := f.leftSpeaker(k, j)
		if !sp.ok || start != j && !f.apposition(j, start) {
			return attribution{}, false
		}
		return attribution{cue: c, speaker: sp, cueSpan: f.cueSpan(c), t0: j, t1: f.afterCue(c, f.paraEnd(k))}, true
	}
	return attribution{}, false
}

// apposition reports whether tokens [j, start) stand before a speaker's
// name as a phrase set off by a comma: a description ("the harbour's
// spokeswoman, [Marta Reis]") or an aside ("as his father dreamed, [Mr.
// Turry] said").
func (f *finder) apposition(j, start int) bool {
	if start <= j+1 || !f.is(start-1, ",") {
		return false
	}
	for k := j; k < start-1; k++ {
		if f.isCueTok(k) || f.has(k, wPhrase) && f.phraseAt(k) > 0 || f.isMarkTok(k) {
			return false
		}
	}
	return true
}

// cueAfter reports whether a verb or phrase of saying stands in the rest
// of the sentence after token ct.
func (f *finder) cueAfter(ct int) bool {
	if ct < 0 {
		return false
	}
	_, hi := f.sentence(ct)
	for k := ct + 1; k < hi; k++ {
		if f.info[k].marked < 0 && f.info[k].class&(wCue|wPhrase) != 0 {
			if _, ok := f.cueAt(k); ok {
				return true
			}
		}
	}
	return false
}

// endsSentence reports whether the quotation closed by token ct ends with
// a period inside its marks ("We will win."), after which a new sentence
// starts; a question or exclamation may still take its attribution
// ("Why?" she asked).
func (f *finder) endsSentence(ct int) bool {
	return ct > 0 && (f.is(ct-1, ".") || f.is(ct-1, "…") || f.is(ct-1, "..."))
}

// isLowerTok reports whether token i starts with a lower-case letter.
func (f *finder) isLowerTok(i int) bool {
	if i < 0 || i >= len(f.toks) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(f.word(i))
	return unicode.IsLower(r)
}

// attributionBefore finds the speaker and cue written right before a
// quotation whose opening mark is token ot: she said, "..."; she told
// reporters: "..."; according to Smith, "...".
func (f *finder) attributionBefore(ot int) (attribution, bool) {
	lo := f.paraStart(ot)
	j := ot - 1
	if j < lo {
		return attribution{}, false
	}
	punct := false
	if f.is(j, ",") || f.is(j, ":") || f.isDash(j) {
		j--
		punct = true
	}
	if j > lo && f.is(j, "that") {
		j-- // "tweeted that, "..."
		punct = true
	}
	for k := j; k >= lo && j-k < 14; k-- {
		if f.info[k].marked >= 0 || f.isEndPunct(k) {
			break
		}
		if f.info[k].used {
			// the cue of the quote before: "..., she said, "..."
			c, ok := f.cueAt(k)
			if ok && f.afterCue(c, ot) == j+1 {
				return attribution{cue: c, cueSpan: f.cueSpan(c)}, true
			}
			continue
		}
		c, ok := f.cueAt(k)
		if !ok {
			continue
		}
		if c.according {
			sp, end := f.rightSpeaker(c.end, ot)
			if sp.ok && end == j+1 {
				return attribution{cue: c, speaker: sp, cueSpan: f.cueSpan(c), t0: k, t1: end}, true
			}
			continue
		}
		after := f.afterCue(c, ot)
		if !punct && c.end != j+1 && after != j+1 {
			continue // said "we will win", asked the crowd "...?": the verb and its hearer right before the mark
		}
		if f.is(after, "of") && (f.is(j+1, ",") || f.is(j+1, ":")) {
			// "says of Clinton, "...": the subject, up to the comma
			for e := after + 1; e <= j && f.isWordTok(e); e++ {
				if e == j {
					after = j + 1
				}
			}
		}
		if after == j+1 {
			var sp speakerRef
			if c.participle {
				sp = f.mainSubject(k) // "..., adding: "..."", "by saying "...""
			} else {
				sp, _ = f.leftSpeaker(k, lo)
			}
			if !sp.ok {
				if rs, end := f.rightSpeaker(c.end, ot); rs.ok && end == j+1 {
					sp = rs // said Smith: "..."
				}
			}
			return attribution{cue: c, speaker: sp, cueSpan: f.cueSpan(c), t0: k, t1: j + 1}, true
		}
		if rs, end := f.rightSpeaker(c.end, ot); rs.ok && (f.skipAdverbials(end, ot) == j+1 || f.relativeTo(end, j)) {
			// said Smith on Monday: "..."; Said Dorothy Pike, who grew up
			// next door, "..."
			return attribution{cue: c, speaker: rs, cueSpan: f.cueSpan(c), t0: k, t1: j + 1}, true
		}
	}
	return attribution{}, false
}

// relativeTo reports whether a relative clause on a speaker opens at
// token e (", who grew up next door") and runs to token j.
func (f *finder) relativeTo(e, j int) bool {
	if !f.is(e, ",") || !f.is(e+1, "who") && !f.is(e+1, "which") || j <= e+2 {
		return false
	}
	for k := e + 2; k < j; k++ {
		if f.isEndPunct(k) || f.info[k].marked >= 0 || f.is(k, ";") {
			return false
		}
	}
	return true
}

// nameColon finds the speaker of a quotation written after a name and a
// colon, with no verb: a headline ("Marques: ‘We Will Finish the
// Bridge.’"), a digest's "- Karin Holm: “...”" or "More from Holm: “...”".
// The name is a person's or an organisation's, with its title, and opens
// its paragraph or follows a dash or "from".
func (f *finder) nameColon(ot int) (attribution, bool) {
	c := ot - 1
	if c < 1 || !f.is(c, ":") {
		return attribution{}, false
	}
	m := f.info[c-1].mention
	if m < 0 {
		return attribution{}, false
	}
	if typ := f.doc.Mentions[m].Type; typ != nlp.Person && typ != nlp.Org {
		return attribution{}, false
	}
	t0 := c - 1
	for t0 > 0 && f.info[t0-1].mention == m {
		t0--
	}
	lo := f.paraStart(c)
	start := f.titleStart(t0, lo)
	if start > lo && !f.isDash(start-1) && !f.is(start-1, "from") && !f.isEndPunct(start-1) {
		return attribution{}, false
	}
	sp := speakerRef{ok: true, t0: t0, t1: c, head: c - 1, mention: int(m)}
	return attribution{cue: cue{start: c, end: c + 1}, speaker: sp, cueSpan: f.toks[c].Span, t0: start, t1: c}, true
}

// colonIntro finds the attribution of a quotation that opens a paragraph
// after one that ends with a colon: She added:¶"...".
func (f *finder) colonIntro(ot int) (attribution, bool) {
	lo := f.paraStart(ot)
	if lo != ot || ot == 0 || !f.is(ot-1, ":") {
		return attribution{}, false
	}
	colon := ot - 1
	plo := f.paraStart(colon)
	for k := colon - 1; k >= plo && colon-k < 20; k-- {
		if f.info[k].marked >= 0 || f.isEndPunct(k) {
			break
		}
		c, ok := f.cueAt(k)
		if !ok {
			continue
		}
		var sp speakerRef
		if c.participle {
			sp = f.mainSubject(k) // "The Times confirmed it, reporting:"
		} else {
			sp, _ = f.leftSpeaker(k, plo)
		}
		if !sp.ok {
			sp, _ = f.rightSpeaker(c.end, colon)
		}
		return attribution{cue: c, speaker: sp, cueSpan: f.cueSpan(c), t0: k, t1: colon}, true
	}
	return attribution{}, false
}

// continues reports whether a quotation opening at token ot goes on from
// quote prev: it is in the same paragraph, and nothing but prev's
// attribution stands between them ("We will win," she said, "and soon.";
// "We will win," she said on Monday. "And soon."). A relative clause on
// the speaker is part of the attribution ("said one aide, who said he left
// on good terms."), and so is a participle of the same speaker's ("...,"
// she said, noting that ... "..."); another verb of saying, a clause of its
// own (", and her husband cut in") or another sentence starts a new quote.
func (f *finder) continues(prev, ot int) bool {
	q := &f.quotes[prev]
	pt := f.tokenAt(q.End - 1)
	if f.info[pt].para != f.info[ot].para {
		return false
	}
	for k := pt + 1; k < ot; k++ {
		if f.isEndPunct(k) && k+1 < ot && !f.isMarkTok(k+1) && f.info[k+1].marked < 0 {
			return false // another sentence
		}
		if f.is(k, ";") || f.is(k, ",") && (f.is(k+1, "and") || f.is(k+1, "but") || f.is(k+1, "then")) {
			return false
		}
		if f.info[k].used || f.info[k].class&(wCue|wPhrase) == 0 {
			continue
		}
		if c, ok := f.cueAt(k); ok && !c.participle && !f.is(f.skipBetween(k-1, pt+1), "who") {
			return false // another act of saying
		}
	}
	return true
}

// precedingSubject returns the speaker of a quotation without an
// attribution, opening at token ot, that a sentence just before it names
// as the subject of its last clause: a person or "he" or "she" ("Her
// rival, Karl Weber, disagreed. "We won fairly.""; "..., and his wife
// laughed. "He never keeps a promise.""). The sentence ends right before
// the quotation, or ends the paragraph before one the quotation opens. A
// sentence with a verb of saying is an attribution, whose speaker the
// quote before holds; none is returned for it.
func (f *finder) precedingSubject(ot int) speakerRef {
	e := ot - 1 // the sentence's final punctuation
	if e < 0 || !f.isEndPunct(e) || f.info[e].marked >= 0 {
		return noSpeaker
	}
	if f.info[e].para != f.info[ot].para && f.paraStart(ot) != ot {
		return noSpeaker
	}
	lo, _ := f.sentence(e)
	c0 := lo
	for k := lo; k < e; k++ {
		if f.is(k, ";") || f.is(k, ",") && (f.is(k+1, "and") || f.is(k+1, "but")) {
			c0 = k + 1
		}
	}
	for k := c0; k < e; k++ {
		if f.info[k].marked >= 0 || f.info[k].used || f.isCueTok(k) || f.has(k, wPhrase) && f.phraseAt(k) > 0 {
			return noSpeaker
		}
	}
	if f.is(c0, "and") || f.is(c0, "but") || f.is(c0, "And") || f.is(c0, "But") {
		c0++
	}
	if f.has(c0, wPronoun) {
		if f.is(c0, "he") || f.is(c0, "He") || f.is(c0, "she") || f.is(c0, "She") {
			return speakerRef{ok: true, t0: c0, t1: c0 + 1, head: c0, mention: -1}
		}
		return noSpeaker
	}
	if f.is(c0, "his") || f.is(c0, "her") || f.is(c0, "His") || f.is(c0, "Her") {
		// "his wife laughed", "Her rival, Karl Weber, disagreed"
		if !f.has(c0+1, wPerson) {
			return noSpeaker // "Her bill passed"
		}
		if f.is(c0+2, ",") {
			if sp, ok := f.headAt(c0+3, e); ok && sp.mention >= 0 && f.doc.Mentions[sp.mention].Type == nlp.Person && f.is(sp.t1, ",") {
				return sp
			}
		}
		if f.isLowerTok(c0 + 2) {
			return speakerRef{ok: true, t0: c0, t1: c0 + 2, head: c0 + 1, mention: -1}
		}
		return noSpeaker
	}
	sp, ok := f.headAt(c0, e)
	if !ok || sp.mention < 0 || f.doc.Mentions[sp.mention].Type != nlp.Person || f.is(sp.t1, "'s") || f.is(sp.t1, "’s") {
		return noSpeaker
	}
	if f.is(sp.t1, ",") {
		// "Smith, the union's leader, shook her head": past the apposition
		return sp
	}
	if !f.isLowerTok(sp.t1) && !f.has(sp.t1, wBetween) {
		return noSpeaker // a list or a name in a title, not a subject and its verb
	}
	return sp
}

// nearPara reports whether a quotation opening at token ot is in the
// paragraph of quote prev or the next one, where an unattributed
// quotation is still prev's speaker's.
func (f *finder) nearPara(prev, ot int) bool {
	pp := f.info[f.tokenAt(f.quotes[prev].End-1)].para
	op := f.info[ot].para
	return op == pp || op == pp+1
}

// readsAsSpeech reports whether a quoted stretch without a speaker nearby
// is still speech rather than a title or a scare quote: a sentence, or at
// least five words that are not all capitalised.
func (f *finder) readsAsSpeech(m *marked) bool {
	s := f.text[m.inner.Start:m.inner.End]
	words := wordCount(s)
	if titleLike(s) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, " ,"))
	if words >= 3 && (last == '.' || last == '?' || last == '!') {
		return true
	}
	return words >= 6
}

// mainSubject is the speaker of the clause a participle cue at token k
// hangs on ("Smith told reporters ..., adding that"): the speaker of the
// previous quote in the sentence, else the sentence's first name or
// pronoun.
func (f *finder) mainSubject(k int) speakerRef {
	lo, _ := f.sentence(k)
	from := f.toks[lo].Start
	for i := len(f.quotes) - 1; i >= 0; i-- {
		q := &f.quotes[i]
		if q.Cue.Len() > 0 && q.Cue.End <= f.toks[k].Start && q.Cue.Start >= from {
			return f.speakers[i]
		}
		// both runs of quotes, direct then reported, are in text order:
		// stop looking in one once its quotes are well before the sentence
		if q.End+1000 < from {
			if i <= f.ndirect {
				break
			}
			i = f.ndirect
		}
	}
	s := lo
	if f.is(s, "And") || f.is(s, "But") || f.is(s, "So") {
		s++
	}
	if sp, ok := f.headAt(s, k); ok {
		return sp
	}
	if sp, _ := f.rightSpeaker(s, k); sp.ok && f.has(s, wDet) {
		return sp
	}
	for t := lo; t < k; t++ {
		if f.info[t].marked >= 0 {
			continue
		}
		if f.info[t].mention >= 0 && f.doc.Mentions[f.info[t].mention].Type == nlp.Person || f.has(t, wPronoun) {
			sp, _ := f.nounPhraseBefore(f.mentionEnd(t), lo)
			return sp
		}
	}
	return noSpeaker
}

// mentionEnd returns the last token of the mention at token t, or t.
func (f *finder) mentionEnd(t int) int {
	m := f.info[t].mention
	if m < 0 {
		return t
	}
	for t+1 < len(f.toks) && f.info[t+1].mention == m {
		t++
	}
	return t
}

// cueSpan returns the bytes of a cue, with the hearer of "told" when it is
// a group ("told reporters").
func (f *finder) cueSpan(c cue) nlp.Span {
	end := c.end
	if c.verb != nil && c.verb.obj && end < len(f.toks) && f.has(end, wHearer) && !f.has(end, wDet|wPronoun) && f.info[end].mention < 0 && !f.is(end, "me") && !f.is(end, "him") && !f.is(end, "her") && !f.is(end, "them") && !f.is(end, "us") {
		end++
	}
	return nlp.Span{Start: f.toks[c.start].Start, End: f.toks[end-1].End}
}

// paraStart returns the first token of token i's paragraph.
func (f *finder) paraStart(i int) int { return f.paraTok[f.info[i].para] }

// paraEnd returns one past the last token of token i's paragraph.
func (f *finder) paraEnd(i int) int { return f.paraTok[f.info[i].para+1] }

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// codeLike reports whether quoted text is a URL, a path, markup or code
// rather than words: no space and a character words do not hold, or a
// scheme.
func codeLike(s string) bool {
	if strings.Contains(s, "://") || strings.HasPrefix(s, "www.") || strings.ContainsAny(s, "<>{}") {
		return true
	}
	if !strings.ContainsAny(s, " \t\n") && strings.ContainsAny(s, "/=\\_;()#@") {
		return true
	}
	return false
}

// titleLike reports whether quoted text reads as a title, a name or a
// slogan: at most eight words, nearly every one capitalised, and no
// sentence punctuation at the end.
func titleLike(s string) bool {
	s = strings.TrimSpace(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	if last == '.' || last == '?' || last == '!' || last == ',' {
		return false
	}
	words, caps := 0, 0
	for w := range strings.FieldsSeq(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			continue
		}
		words++
		if unicode.IsUpper(r) || unicode.IsDigit(r) || smallTitleWord(w) {
			caps++
		}
	}
	if words > 8 {
		return false
	}
	return words <= 2 || caps == words
}

// smallTitleWord reports whether w stays lower case in a title.
func smallTitleWord(w string) bool {
	switch w {
	case "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "de", "la", "le", "von", "van", "is":
		return true
	}
	return false
}

func wordCount(s string) int {
	n := 0
	for w := range strings.FieldsSeq(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
		}
	}
	return n
}

package entity

import (
	"github.com/newsnlp/newsnlp/gazetteer"
	"github.com/newsnlp/newsnlp/ner"
)

// Names glued to their neighbours, and names cut from their heads.
//
//   - An organisation glued to the person after it, with a title between
//     ("[Stanford University economist Maria Lopez]"), is two names; the
//     title and the organisation before it become the person's role, as
//     when the tagger keeps them apart.
//   - A person glued to "of" and an organisation ("[Jane Holt of the Green
//     Party]") is two names, when the part after "of" is a listed
//     organisation or ends in an organisation word; "Duke of Edinburgh"
//     stays whole.
//   - A place or organisation right after a capitalised organisation word
//     and "of" that the tagger left out ("University of [Chicago]", "Bank
//     of [England]") takes them back, with up to two capitalised
//     qualifiers before the word ("National University of [Singapore]"),
//     and is an organisation.
//   - A name the gazetteer lists whole that the tagger cut at "of" or "of
//     the" is one: "[Democratic Republic] of the [Congo]", "Isle of
//     [Man]".

// splitGlued splits candidates that glue an organisation to a person, at a
// title or at "of".
func (r *resolver) splitGlued() {
	n := len(r.cands)
	for ci := 0; ci < n; ci++ {
		if c := &r.cands[ci]; !c.dead && c.t1-c.t0 >= 3 {
			if !r.splitAtTitle(ci) {
				r.splitAtOf(ci)
			}
		}
	}
}

// splitAtTitle splits candidate ci at a lower-case title inside it with
// capitalised words on both sides: "[Stanford University economist Maria
// Lopez]" is the organisation "Stanford University" and the person "Maria
// Lopez". It reports whether it split.
func (r *resolver) splitAtTitle(ci int) bool {
	c := &r.cands[ci]
	for p := c.t0 + 1; p < c.t1-1; p++ {
		if !startsLower(r.words[p]) {
			continue
		}
		n, title := r.titleAt(p, c.t1, false)
		if n == 0 || !title || p+n >= c.t1 || !isCapitalised(r.words[p+n]) || !isCapitalised(r.words[p-1]) {
			continue
		}
		t0, t1, sent, tag := c.t0, c.t1, c.sent, c.tag
		if tag == ner.PER {
			tag = ner.ORG // the part before the title is no person
		}
		r.kill(ci)
		r.addCand(cand{t0: t0, t1: p, sent: sent, tag: tag})
		r.addCand(cand{t0: p + n, t1: t1, sent: sent, tag: ner.PER})
		return true
	}
	return false
}

// splitAtOf splits a person's name glued to "of" and an organisation:
// "[Jane Holt of the Green Party]".
func (r *resolver) splitAtOf(ci int) {
	c := &r.cands[ci]
	if c.tag != ner.PER {
		return
	}
	for p := c.t0 + 2; p < c.t1-1; p++ {
		if r.words[p] != "of" {
			continue
		}
		o0 := p + 1
		if isArticle(r.words[o0]) {
			o0++
		}
		if o0 >= c.t1 || !r.personLike(c.t0, p) {
			return
		}
		if !isOrgHead(r.words[c.t1-1]) && !r.kinds(r.joinWords(o0, c.t1)).Has(gazetteer.Org) {
			return
		}
		t0, t1, sent := c.t0, c.t1, c.sent
		r.kill(ci)
		r.addCand(cand{t0: t0, t1: p, sent: sent, tag: ner.PER})
		r.addCand(cand{t0: o0, t1: t1, sent: sent, tag: ner.ORG})
		return
	}
}

// maxOfHead is the most words before "of" in a listed name joined by
// joinListedOf: "Democratic Republic", "Federated States".
const maxOfHead = 3

// joinListedOf joins each candidate to the words before "of" or "of the"
// when the gazetteer lists the whole name, taking the longest: the tagger
// cut "[Democratic Republic] of the [Congo]".
func (r *resolver) joinListedOf() {
	for ci := range r.cands {
		c := &r.cands[ci]
		if c.dead {
			continue
		}
		lo, _ := r.sentRange(c.sent)
		of := c.t0 - 1
		if of > lo && r.words[of] == "the" {
			of--
		}
		if of <= lo || r.words[of] != "of" || r.owner[of] >= 0 || r.owner[c.t0-1] >= 0 {
			continue
		}
		best, prior := -1, -1
		for a := of - 1; a >= max(lo, of-maxOfHead); a-- {
			if !isCapitalised(r.words[a]) {
				break
			}
			o := int(r.owner[a])
			if o >= 0 && (r.cands[o].t1 != of || r.cands[o].t0 < a) {
				if r.cands[o].t0 < a {
					continue // a longer candidate: try from its start
				}
				break
			}
			if k := r.kinds(r.joinWords(a, c.t1)); k.Has(gazetteer.GPEKinds | gazetteer.LOCKinds | gazetteer.Org) {
				best, prior = a, o
			}
		}
		if best < 0 {
			continue
		}
		if prior >= 0 {
			r.kill(prior)
		}
		if k := r.kinds(r.joinWords(best, c.t1)); k.Has(gazetteer.GPEKinds | gazetteer.LOCKinds) {
			c.tag = ner.LOC
		} else {
			c.tag = ner.ORG
		}
		r.narrowWide(ci, best, c.t1)
	}
}

// takeOrgHead gives an organisation word and "of" the tagger left out
// back to the name after them: "University of [Chicago]".
func (r *resolver) takeOrgHead() {
	for ci := range r.cands {
		c := &r.cands[ci]
		if c.dead || c.tag == ner.PER {
			continue
		}
		lo, _ := r.sentRange(c.sent)
		of := c.t0 - 1
		head := of - 1
		if head < lo || r.words[of] != "of" || r.owner[of] >= 0 || r.owner[head] >= 0 ||
			!isCapitalised(r.words[head]) || !isOrgHead(r.words[head]) {
			continue
		}
		t0 := head
		for t0 > lo && head-t0 < maxQualifiers && r.owner[t0-1] < 0 && r.isQualifier(r.words[t0-1]) {
			t0--
		}
		c.tag = ner.ORG
		r.narrowWide(ci, t0, c.t1)
	}
}

package entity

import (
	"strings"

	"github.com/newsnlp/newsnlp/gazetteer"
	"github.com/newsnlp/newsnlp/ner"
)

// Facilities and other places whose names the tagger cuts or misses.
//
// A facility's name is built from words that open or end it: "Fort
// Bragg", "Camp David" and "Mount Kenya" start at an opener; "Joint Base
// Andrews" and "Naval Station Norfolk" put qualifiers before a base word
// and the name after it; "Ramstein Air Base", "Gladstone Avenue" and "17th
// Street" end in a head word (the gazetteer's FacWord and StreetWord). The
// words' positions are this file's: openers start a name, base words
// follow qualifiers. The tagger often labels only
// part of such a name, or none of it, whatever the sentence's frame; so:
//   - two candidates cut at an opener are one ("[Fort] [Bragg]");
//   - a candidate after an opener the tagger left out takes it back, with
//     the qualifiers before a base word ("Joint Base [Lewis-McChord]",
//     "Camp [David]", even when the tagger called David a person);
//   - a candidate that starts at an opener takes back the capitalised
//     qualifier before it ("Joint [Base Lewis-McChord]", "Andrews [Air
//     Force Base]");
//   - a run of capitalised words the tagger left unlabelled, outside
//     headlines, is a facility when it ends in a head word or runs on
//     through a base word, and has a word that is a name rather than a
//     common word (by the casing statistics) or an ordinal ("17th
//     Street"): "Main Street" and "Police Station" alone are not enough.

// nameOpeners are the words that open a place's name: "Fort Bragg", "Camp
// David", "Mount Kenya".
var nameOpeners = map[string]bool{
	"fort": true, "camp": true, "mount": true, "lake": true, "port": true, "cape": true,
	"isle": true, "point": true,
}

// baseWords open a facility's name after qualifiers: "Joint Base Andrews",
// "Naval Station Norfolk".
var baseWords = map[string]bool{"base": true, "station": true}

// lateOpeners are the words a place may start with when the tagger started
// it one word late: "Joint [Base Lewis-McChord]", "Andrews [Air Force
// Base]", "Old [Bridge Road]".
var lateOpeners = map[string]bool{
	"base": true, "camp": true, "fort": true, "air": true, "naval": true, "airport": true,
	"station": true, "bridge": true,
}

// maxQualifiers is the most capitalised words taken back before a base
// word: "Joint", "Naval Air".
const maxQualifiers = 2

// joinHeads joins a place the tagger cut after a word that opens names
// ("[Joint Base] [Lewis-McChord]", "[Fort] [Bragg]") into one, and gives
// back the opening words to a place the tagger started late.
func (r *resolver) joinHeads() {
	for ci := 0; ci+1 < len(r.cands); ci++ {
		a, b := &r.cands[ci], &r.cands[ci+1]
		if a.dead || b.dead || a.t1 != b.t0 || a.sent != b.sent || a.tag == ner.PER || b.tag == ner.PER {
			continue
		}
		w := r.words[a.t1-1]
		if !inLower(nameOpeners, w) && !inLower(baseWords, w) {
			continue
		}
		if inLower(baseWords, w) || a.tag == ner.MISC {
			a.tag = ner.LOC // "Joint Base Lewis-McChord" is a place, "Port Vale" may be a club
		}
		t0, t1 := a.t0, b.t1
		r.kill(ci + 1)
		r.narrowWide(ci, t0, t1)
	}
	for ci := range r.cands {
		if !r.cands[ci].dead {
			r.takeOpener(ci)
		}
	}
	// A place the tagger started one word late, at the word that opens it
	// ("Joint [Base Lewis-McChord]", "Andrews [Air Force Base]"):
	// take back the capitalised word before it, unless that word opens the
	// sentence, is listed as a title, or is a function word.
	for ci := range r.cands {
		c := &r.cands[ci]
		if c.dead || c.tag == ner.PER || c.t0 == 0 {
			continue
		}
		lo, _ := r.sentRange(c.sent)
		prev := c.t0 - 1
		if prev <= lo || r.owner[prev] >= 0 || !inLower(lateOpeners, r.words[c.t0]) {
			continue
		}
		if r.isQualifier(r.words[prev]) {
			r.narrowWide(ci, prev, c.t1)
		}
	}
}

// takeOpener gives candidate ci the opener the tagger left out before it:
// "Camp [David]", "Joint Base [Lewis-McChord]", "Naval Station [Norfolk]".
// A person or MISC so extended is a place; an organisation stays one
// ("Port [Vale]" is a club).
func (r *resolver) takeOpener(ci int) {
	c := &r.cands[ci]
	lo, _ := r.sentRange(c.sent)
	p := c.t0 - 1
	if p < lo || r.owner[p] >= 0 || !isCapitalised(r.words[p]) || isUpperWord(r.words[p]) {
		return
	}
	w := r.words[p]
	t0 := p
	switch {
	case inLower(nameOpeners, w):
	case inLower(baseWords, w):
		for t0 > lo && p-t0 < maxQualifiers && r.owner[t0-1] < 0 && r.isQualifier(r.words[t0-1]) {
			t0--
		}
	default:
		return
	}
	if c.tag == ner.PER || c.tag == ner.MISC {
		c.tag = ner.LOC
	}
	r.narrowWide(ci, t0, c.t1)
}

// isQualifier reports whether w may qualify a place's opener: a
// capitalised word that is not a function word, determiner or title.
func (r *resolver) isQualifier(w string) bool {
	return isCapitalised(w) && !isUpperWord(w) && !isFunctionWord(w) && !isDeterminer(w) &&
		!r.kinds(w).Has(gazetteer.Title)
}

// isDeterminer reports whether w is a determiner or possessive, which can
// be capitalised at a clause's start but never opens a name.
func isDeterminer(w string) bool { return inLower(determiners, w) }

// determiners are the words isDeterminer knows.
var determiners = map[string]bool{
	"this": true, "that": true, "these": true, "those": true, "its": true, "his": true, "her": true,
	"their": true, "our": true, "my": true, "your": true, "near": true,
}

// maxFacilityRun is the most words of an unlabelled facility name.
const maxFacilityRun = 6

// findFacilities adds the facilities the tagger left unlabelled (see the
// comment at the top of this file). It runs once the headlines are known.
func (r *resolver) findFacilities() {
	for si := range r.doc.Sentences {
		lo, hi := r.sentRange(si)
		for p := lo; p < hi; {
			if r.owner[p] >= 0 || !r.facilityRunWord(p, true) {
				p++
				continue
			}
			q := p + 1
			for q < hi && q-p < maxFacilityRun && r.owner[q] < 0 && r.facilityRunWord(q, false) {
				q++
			}
			if q-p >= 2 && !r.lineHead[r.tokLine[p]] {
				r.facilityInRun(si, p, q) // a facility's name has two words or more
			}
			p = q
		}
	}
}

// facilityRunWord reports whether token p may be in a run of capitalised
// words that names a facility; an ordinal ("17th") may start one.
func (r *resolver) facilityRunWord(p int, first bool) bool {
	w := r.words[p]
	if first && isOrdinalNumber(w) {
		return true
	}
	return isCapitalised(w) && hasLetter(w) && !isUpperWord(w) && !isFunctionWord(w) && !isDeterminer(w)
}

// facilityInRun adds the facility named by the run [p, q) of unlabelled
// capitalised words, if there is one: the words up to a head word, or the
// whole run through a base word; the sentence's first word only if it is
// a name.
func (r *resolver) facilityInRun(si, p, q int) {
	lo, _ := r.sentRange(si)
	if p == lo && !r.isNameWord(r.words[p]) {
		p++
	}
	for h := p; h < q; h++ {
		w := r.words[h]
		var t1 int
		switch {
		case inLower(baseWords, w) && h+1 < q:
			t1 = q // "Joint Base Andrews"
		case h > p && r.isFacilityWord(w):
			t1 = h + 1 // "Gladstone Avenue", "Ramstein Air Base"
		default:
			continue
		}
		named := false
		for x := p; x < t1 && !named; x++ {
			named = x != h && (isOrdinalNumber(r.words[x]) || r.isNameWord(r.words[x]))
		}
		if named {
			r.addCand(cand{t0: p, t1: t1, sent: si, tag: ner.LOC})
		}
		return
	}
}

// isNameWord reports whether w is a name rather than a common word: the
// casing statistics say it is mostly capitalised, or never saw it, and it
// is no facility word.
func (r *resolver) isNameWord(w string) bool {
	if r.casing == nil || r.isFacilityWord(w) || inLower(lateOpeners, w) {
		return false
	}
	b := r.casing.CapitalBucket(w)
	return b == 0 || b >= 4
}

// isOrdinalNumber reports whether w is a number with an ordinal suffix:
// "17th", "1st", "42nd".
func isOrdinalNumber(w string) bool {
	n := 0
	for n < len(w) && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	if n == 0 || n > 4 {
		return false
	}
	s := w[n:]
	return strings.EqualFold(s, "st") || strings.EqualFold(s, "nd") || strings.EqualFold(s, "rd") || strings.EqualFold(s, "th")
}

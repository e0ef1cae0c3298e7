package entity

import (
	"github.com/newsnlp/newsnlp/gazetteer"
	"github.com/newsnlp/newsnlp/ner"
)

// Coordinations.
//
// "and" and "&" join two names ("the Department of Energy and the Nuclear
// Regulatory Commission", "the Federation and Kosmos") or sit inside one
// ("Centers for Disease Control and Prevention", "Customs and Border
// Protection", "Procter & Gamble"). The tagger errs both ways. What tells
// them apart is whether each side could stand alone as a name: a side is
// complete when the gazetteer lists it, when it ends in a word that heads
// organisations ("Commission", "Navy") or opens with one followed by "of"
// ("Department of Energy"), or when it holds a name rather than only
// common words, by the casing statistics ("Kosmos", "Boeing"; not
// "Prevention", "Border Protection").
//
//   - A candidate with one "and" in it is split in two when the second
//     side begins with an article or a determiner ("X and the Y Agency"),
//     or when both sides are complete, unless the second continues the
//     first: it has no organisation word of its own after a first side
//     with "of" or "for" in it ("Party of Socialists and Democrats"), or it
//     ends in one the first lacks, which the first shares ("Bill and
//     Melinda Gates Foundation"). A name the gazetteer lists whole
//     ("Bosnia and Herzegovina") stays whole.
//   - Two names the tagger cut at "and" or "&", or a name and the
//     capitalised words the tagger left beside it, are one when the whole
//     is listed ("[Bosnia] and [Herzegovina]"), or, for organisations, when
//     the first ends in a common word and the second is common words that
//     cannot stand alone ("[U.S. Customs] and [Border Protection]",
//     "[Centers for Disease Control] and Prevention"; a one-word second the
//     tagger labelled itself only after "of" or "for": "[Academy of Arts]
//     and [Sciences]", not "[Braves] and [Cubs]"), or when unlabelled
//     common words come before a name of common words that ends in an
//     organisation word ("Food and [Drug Administration]"). Organisations
//     on either side of "&" are one firm's name ("[Procter] & Gamble",
//     "[Johnson] & [Johnson]").

// maxCoordSide is the most words of an unlabelled side of a coordination.
const maxCoordSide = 3

// isCoordinator reports whether w joins names: "and" or "&".
func isCoordinator(w string) bool { return w == "and" || w == "&" }

// coordinations splits candidates glued at "and" and joins those cut at
// "and" or "&" (see the comment at the top of this file).
func (r *resolver) coordinations() {
	n := len(r.cands)
	for ci := 0; ci < n; ci++ {
		if !r.cands[ci].dead {
			r.splitCoordination(ci)
		}
	}
	for a, w := range r.words {
		if isCoordinator(w) && r.owner[a] < 0 && a > 0 && a+1 < len(r.words) &&
			r.doc.Tokens[a-1].Sentence == r.doc.Tokens[a+1].Sentence {
			r.joinCoordination(a)
		}
	}
}

// splitCoordination splits candidate ci at its "and" if it joins two
// names.
func (r *resolver) splitCoordination(ci int) {
	c := &r.cands[ci]
	and := -1
	for t := c.t0 + 1; t < c.t1-1; t++ {
		if r.words[t] == "and" {
			if and >= 0 {
				return // a list: leave it to the tagger
			}
			and = t
		}
	}
	if and < 0 || r.listed(c.t0, c.t1) {
		return
	}
	r0 := and + 1
	for r0 < c.t1 && (isArticle(r.words[r0]) || isDeterminer(r.words[r0]) || isLowerWord(r.words[r0])) {
		r0++ // "and the ...", "and its ...", "and especially ..."
	}
	if r0 >= c.t1 {
		return
	}
	if r0 == and+1 {
		if !r.completeName(c.t0, and) || !r.completeName(r0, c.t1) {
			return
		}
		ownHead := r.endsInOrgWord(r0, c.t1)
		if !ownHead && r.hasOfPhrase(c.t0, and) {
			return // "Party of Socialists and Democrats"
		}
		if ownHead && !r.endsInOrgWord(c.t0, and) && !r.hasOrgHead(c.t0, and) {
			return // "Bill and Melinda Gates Foundation"
		}
	}
	t0, t1, sent, tag := c.t0, c.t1, c.sent, c.tag
	r.kill(ci)
	r.addCand(cand{t0: t0, t1: and, sent: sent, tag: tag})
	r.addCand(cand{t0: r0, t1: t1, sent: sent, tag: tag})
}

// joinCoordination joins the names on either side of the coordinator at
// token a when they are one name.
func (r *resolver) joinCoordination(a int) {
	lo, hi := r.sentRange(int(r.doc.Tokens[a].Sentence))
	// The left side: a candidate ending at a, or unlabelled capitalised words.
	l0, lc := a, int(r.owner[a-1])
	if lc >= 0 {
		if r.cands[lc].t1 != a {
			return
		}
		l0 = r.cands[lc].t0
	} else {
		for l0 > lo && a-l0 < maxCoordSide && r.owner[l0-1] < 0 && r.isCoordWord(r.words[l0-1]) {
			l0--
		}
	}
	// The right side: a candidate starting after a, or capitalised words.
	r1, rc := a+1, int(r.owner[a+1])
	if rc >= 0 {
		if r.cands[rc].t0 != a+1 {
			return
		}
		r1 = r.cands[rc].t1
	} else {
		for r1 < hi && r1-a-1 < maxCoordSide && r.owner[r1] < 0 && r.isCoordWord(r.words[r1]) {
			r1++
		}
	}
	if l0 == a || r1 == a+1 || (lc < 0 && rc < 0) {
		return
	}
	tag := ner.ORG
	switch {
	case r.listed(l0, r1):
		if lc >= 0 {
			tag = r.cands[lc].tag
		} else {
			tag = r.cands[rc].tag
		}
	case (lc >= 0 && r.cands[lc].tag != ner.ORG) || (rc >= 0 && r.cands[rc].tag != ner.ORG):
		return // only organisations: "[Texas] and [Gulf Coast]" are two places
	case r.words[a] == "&":
		// "[Procter] & Gamble", "[Johnson] & [Johnson]": a firm's name.
	case lc >= 0:
		// "[U.S. Customs] and [Border Protection]"
		if !r.isCommonWord(r.words[a-1]) || r.completeName(a+1, r1) ||
			(rc >= 0 && r1-a-1 == 1 && !r.hasOfPhrase(l0, a)) {
			return
		}
	default:
		// "Food and [Drug Administration]"
		if r.completeName(l0, a) || r.hasName(a+1, r1) || !r.endsInOrgWord(a+1, r1) {
			return
		}
	}
	sent := int(r.doc.Tokens[a].Sentence)
	if lc >= 0 {
		r.kill(lc)
	}
	if rc >= 0 {
		r.kill(rc)
	}
	r.addCand(cand{t0: l0, t1: r1, sent: sent, tag: tag})
}

// isCoordWord reports whether w may be an unlabelled word of a name beside
// a coordinator: capitalised, not a function word, determiner or acronym.
func (r *resolver) isCoordWord(w string) bool {
	return isCapitalised(w) && hasLetter(w) && !isUpperWord(w) && !isFunctionWord(w) && !isDeterminer(w)
}

// listed reports whether the gazetteer lists the words [a, b) as a name
// of any kind.
func (r *resolver) listed(a, b int) bool {
	return r.kinds(listedForm(r.joinWords(a, b))).Has(gazetteer.GPEKinds | gazetteer.LOCKinds |
		gazetteer.NORPKinds | gazetteer.Org)
}

// completeName reports whether the words [a, b) could stand alone as a
// name: listed, ending in an organisation word, opening with one and "of",
// or holding a name by the casing statistics.
func (r *resolver) completeName(a, b int) bool {
	return b > a && (r.listed(a, b) || r.hasOrgHead(a, b) || r.hasName(a, b))
}

// hasName reports whether one of the words [a, b) is a name by the casing
// statistics or the gazetteer.
func (r *resolver) hasName(a, b int) bool {
	for p := a; p < b; p++ {
		if w := r.words[p]; !isFunctionWord(w) && (r.isNameWord(w) || r.listed(p, p+1)) {
			return true
		}
	}
	return false
}

// hasOrgHead reports whether the words [a, b) end in an organisation
// word or open with one and "of": "Nuclear Regulatory Commission",
// "Department of Energy".
func (r *resolver) hasOrgHead(a, b int) bool {
	return isOrgHead(r.words[b-1]) || (b-a >= 3 && isOrgHead(r.words[a]) && r.words[a+1] == "of")
}

// endsInOrgWord reports whether the words [a, b) end in a word the
// gazetteer lists as one that ends organisations' names ("Office",
// "Administration") or in an organisation head.
func (r *resolver) endsInOrgWord(a, b int) bool {
	w := r.words[b-1]
	return b > a && (isOrgHead(w) || r.kinds(w).Has(gazetteer.OrgWord))
}

// hasOfPhrase reports whether "of" or "for" joins words inside [a, b):
// "Party of Socialists", "Centers for Disease Control".
func (r *resolver) hasOfPhrase(a, b int) bool {
	for p := a + 1; p < b-1; p++ {
		if r.words[p] == "of" || r.words[p] == "for" {
			return true
		}
	}
	return false
}

// isCommonWord reports whether w is a common word by the casing
// statistics: capitalised less than three fifths of the time.
func (r *resolver) isCommonWord(w string) bool {
	if r.casing == nil {
		return false
	}
	b := r.casing.CapitalBucket(w)
	return b >= 1 && b <= 3
}

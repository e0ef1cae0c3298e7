package entity

import (
	"strings"

	"github.com/newsnlp/newsnlp/gazetteer"
	"github.com/newsnlp/newsnlp/ner"
	"github.com/newsnlp/newsnlp/nlp"
)

// Titles and roles.
//
// A mention's span is the name alone. A title written before a name (a
// gazetteer Title: "President", "Defense Secretary", "Secretary of State",
// "Sen.", "Gen.") is its role, whether the tagger put the title inside the
// span or left it out. A place, nationality or organisation just before
// the title qualifies it and joins the role, while staying a mention of its
// own: "U.S. President Jane Doe" is the GPE "U.S." and the PERSON "Jane
// Doe" with the role "U.S. President"; "Kenyan President William Ruto" has
// the role "Kenyan President". Honorifics ("Mr.",
// "Mrs.", "Dr.", "Sir") are dropped from the span and are not roles. Words
// of a title ("Defense", "Commerce", "State") are never mentions. A title
// before a name is evidence that the name is a person's: "President Lincoln"
// is a PERSON even when the tagger calls "Lincoln" a place. A span that is
// all title ("King", a surname too) is left as the tagger made it, and a
// one-word title that is also a first name ("Dean Jones") is only a title
// when a full name follows it.
//
// Lower-case titles ("Kenyan president William Ruto") are roles only
// before names the tagger already calls persons. A title inside a span the
// tagger labelled something else is split off only when what follows looks
// like a person's name (two capitalised words or more, a listed first name
// first, no organisation word), so "General Motors" and "Prince Edward
// Island" stay whole.

// personEvidence is the vote a title or honorific gives to PERSON.
const personEvidence = 2

// qualifierKinds are the gazetteer kinds that may qualify a title.
const qualifierKinds = gazetteer.Country | gazetteer.State | gazetteer.BigCity | gazetteer.Demonym | gazetteer.Org

// neverTitle reports whether w is listed as an honorific but opens place
// names ("St. Louis", "Saint Lucia") or is an initial ("M. Butcher") more
// often than it titles a person.
func neverTitle(w string) bool {
	if len(w) > 5 {
		return false
	}
	for _, x := range [...]string{"st.", "st", "saint", "ste.", "ste", "san", "santa", "m."} {
		if strings.EqualFold(w, x) {
			return true // "M." is an initial far more often than "Monsieur"
		}
	}
	return false
}

// findRoles splits titles off the candidates and records their roles.
func (r *resolver) findRoles() {
	n := len(r.cands) // qualifiers added on the way are places, not persons
	for i := 0; i < n; i++ {
		if !r.cands[i].dead {
			r.innerTitle(i)
		}
		if !r.cands[i].dead {
			r.outerTitle(i)
		}
	}
	for i := 0; i < n; i++ {
		if c := &r.cands[i]; !c.dead && c.tag == ner.PER && c.role.End == 0 {
			r.appositiveRole(i)
		}
	}
}

// maxAppositive is the most tokens an appositive role may have.
const maxAppositive = 8

// appositiveRole finds a role written as an appositive next to a person's
// name: "Rita Cardoso, the union's leader," gives "union's leader", "Ada
// Okafor, a spokeswoman for the ministry," gives "spokeswoman for the
// ministry", and "the mayor of Barreiro, Paulo Serrão, said" gives "mayor
// of Barreiro". The phrase sits between commas (or a comma and the
// sentence's end), opens with an article or a title, holds a listed title
// and no other person.
func (r *resolver) appositiveRole(ci int) {
	c := &r.cands[ci]
	sa, se := r.sentRange(c.sent)
	// After the name.
	if c.t1+2 < se && r.words[c.t1] == "," {
		a := c.t1 + 1
		e := a
		for e < se && e-a < maxAppositive && !isClauseMark(r.words[e]) {
			e++
		}
		if e > a && (e == se || isClauseMark(r.words[e])) {
			if start, ok := r.rolePhrase(a, e); ok {
				c.role = r.tokenSpan(start, e)
				return
			}
		}
	}
	// Before the name, closed by a comma after it.
	if c.t0-2 >= sa && r.words[c.t0-1] == "," && (c.t1 == se || r.words[c.t1] == ",") {
		e := c.t0 - 1
		a := e
		for a > sa && e-a < maxAppositive && !isClauseMark(r.words[a-1]) {
			a--
		}
		if a < e && (a == sa || isClauseMark(r.words[a-1])) {
			if start, ok := r.rolePhrase(a, e); ok {
				c.role = r.tokenSpan(start, e)
			}
		}
	}
}

// rolePhrase reports whether tokens [a, b) are a role phrase, and where the
// role starts (after a leading article).
func (r *resolver) rolePhrase(a, b int) (int, bool) {
	start := a
	switch strings.ToLower(r.words[a]) {
	case "the", "a", "an":
		start = a + 1
	default:
		if n, title := r.titleAt(a, b, false); n == 0 || !title {
			return 0, false
		}
	}
	if start >= b {
		return 0, false
	}
	hasTitle := false
	for p := start; p < b; p++ {
		if o := r.owner[p]; o >= 0 && r.cands[o].tag == ner.PER {
			return 0, false // a list of people, not a role
		}
		if !hasTitle {
			if n, title := r.titleAt(p, b, false); n > 0 && title {
				hasTitle = true
			}
		}
	}
	return start, hasTitle
}

// isClauseMark reports whether w ends an appositive phrase.
func isClauseMark(w string) bool {
	switch w {
	case ",", ".", ";", ":", "(", ")", "—", "–", "--", "\"", "“", "”", "!", "?":
		return true
	}
	return false
}

// titleAt returns the length of the title or honorific that starts at
// token p and ends by limit, and whether it is a title (not only an
// honorific); 0 if there is none. A one-word title that is also a first
// name ("Dean", "Major") counts only if two words or more follow it before
// limit, so "Dean Jones" stays a name while "Major John Smith" loses the
// rank.
func (r *resolver) titleAt(p, limit int, capital bool) (int, bool) {
	if (capital && !isCapitalised(r.words[p])) || !hasLetter(r.words[p]) || neverTitle(r.words[p]) {
		return 0, false
	}
	n, k := r.gz.Match(&r.h, r.words[:limit], p)
	if n == 0 || !k.Has(gazetteer.Title|gazetteer.Honorific) {
		return 0, false
	}
	if n == 1 && k.Has(gazetteer.FirstName) && limit-p-n < 2 {
		return 0, false
	}
	return n, k.Has(gazetteer.Title)
}

// adminHeads end the names of local governments' areas, which qualify a
// title: "Clark County Sheriff", "Orleans Parish District Attorney".
var adminHeads = map[string]bool{"County": true, "Parish": true, "Borough": true, "Township": true, "City": true}

// adminPlaceAt returns the length of an area's name that starts at token
// p: one or two capitalised words and an administrative head ("Clark
// County", "St. Louis City"); 0 if there is none.
func adminPlaceAt(words []string, p int) int {
	for n := 2; n <= 3 && p+n <= len(words); n++ {
		if !isCapitalised(words[p+n-2]) || adminHeads[words[p+n-2]] {
			return 0
		}
		if adminHeads[words[p+n-1]] {
			return n
		}
	}
	return 0
}

// qualifierAt returns the length of a place, nationality or organisation
// name that starts at token p and ends by limit, and the tagger-style type
// it stands for; 0 if there is none.
func (r *resolver) qualifierAt(p, limit int) (int, ner.Type) {
	w := r.words[p]
	if !isCapitalised(w) {
		return 0, 0
	}
	n, k := r.gz.Match(&r.h, r.words[:limit], p)
	if n == 0 && isDottedAbbrev(w) {
		// "U.S President": an abbreviation that lost its last full stop.
		if k = r.kinds(w + "."); k.Has(qualifierKinds) {
			n = 1
		}
	}
	if n == 0 && r.isDemonymForm(w) {
		return 1, ner.MISC // "Bavarian Premier"
	}
	if m := adminPlaceAt(r.words[:limit], p); m > n {
		return m, ner.LOC // "Clark County Sheriff"
	}
	switch {
	case n == 0 || !k.Has(qualifierKinds):
		return 0, 0
	case k.Has(gazetteer.Country | gazetteer.State | gazetteer.BigCity):
		return n, ner.LOC
	case k.Has(gazetteer.Org):
		return n, ner.ORG
	}
	return n, ner.MISC
}

// titledNames adds the names the tagger missed after a capitalised title
// or honorific: "Chief of Staff Jane Okafor" (a listed first name and a
// second word), "Mr. Okafor" (any capitalised word after an honorific),
// "President Obama" (a word known as a surname or from a person named
// elsewhere in the story).
func (r *resolver) titledNames() {
	var personWords map[string]bool
	for si := range r.doc.Sentences {
		sa, se := r.sentRange(si)
		for p := sa; p < se; p++ {
			if r.owner[p] >= 0 {
				continue
			}
			q, title, honorific := p, false, false
			for q < se && r.owner[q] < 0 {
				n, t := r.titleAt(q, se, true)
				if n == 0 {
					break
				}
				title, honorific = title || t, honorific || !t
				q += n
			}
			if q == p {
				continue
			}
			e := q
			for e < se && e-q < 3 && r.owner[e] < 0 && isCapitalised(r.words[e]) && !isFunctionWord(r.words[e]) &&
				!isUpperWord(r.words[e]) {
				e++
			}
			if e == q || (e < se && r.owner[e] >= 0) {
				p = q - 1
				continue
			}
			ok := false
			switch {
			case honorific && !title:
				ok = true
			case e-q >= 2:
				ok = r.personLike(q, e)
			default:
				if personWords == nil {
					personWords = map[string]bool{}
					for i := range r.cands {
						if c := &r.cands[i]; !c.dead && c.tag == ner.PER {
							for _, w := range strings.Fields(r.keyOf(i)) {
								personWords[w] = true
							}
						}
					}
				}
				k := r.kinds(r.words[q])
				ok = (k.Has(gazetteer.LastName) || personWords[r.foldKey(r.words[q])]) &&
					!k.Has(gazetteer.GPEKinds|gazetteer.LOCKinds|gazetteer.Org|gazetteer.OrgWord|gazetteer.NORPKinds)
			}
			if ok {
				r.addCand(cand{t0: q, t1: e, sent: si, tag: ner.PER, headline: r.lineHead[r.tokLine[q]]})
			}
			p = e - 1
		}
	}
}

// innerTitle splits titles and honorifics at the start of candidate ci's
// span off the name.
func (r *resolver) innerTitle(ci int) {
	c := &r.cands[ci]
	p := c.t0
	qual0, qual1, qualTag := -1, -1, ner.Type(0)
	roleStart, roleEnd := -1, -1
	for p < c.t1 {
		if n, title := r.titleAt(p, c.t1, true); n > 0 {
			if title {
				if roleStart < 0 {
					roleStart = p
				}
				roleEnd = p + n
			}
			p += n
			continue
		}
		if p == c.t0 {
			if n, tag := r.qualifierAt(p, c.t1); n > 0 && p+n < c.t1 {
				if m, title := r.titleAt(p+n, c.t1, true); m > 0 && title {
					qual0, qual1, qualTag = p, p+n, tag
					p += n
					continue
				}
			}
		}
		break
	}
	if p == c.t0 {
		return
	}
	if p >= c.t1 {
		return // titles only: the tagger's call ("King" is a surname too)
	}
	if !isCapitalised(r.words[p]) {
		return // a title of a place: "Duke of Edinburgh"
	}
	if c.tag != ner.PER && (roleStart < 0 || !r.personLike(p, c.t1) ||
		r.kinds(r.joinWords(c.t0, c.t1)).Has(gazetteer.GPEKinds|gazetteer.LOCKinds|gazetteer.Org)) {
		return
	}
	t1, sent := c.t1, c.sent
	r.narrow(ci, p, t1)
	if r.cands[ci].dead {
		return
	}
	r.cands[ci].perEv += personEvidence
	if roleStart >= 0 {
		start := roleStart
		if qual0 >= 0 {
			start = qual0
			r.addCand(cand{t0: qual0, t1: qual1, sent: sent, tag: qualTag})
		}
		r.cands[ci].role = r.tokenSpan(start, roleEnd)
	}
}

// outerTitle finds the title written just before candidate ci, including
// one that runs into the span ("Secretary of [State Ana Ortiz]").
func (r *resolver) outerTitle(ci int) {
	c := &r.cands[ci]
	sa, _ := r.sentRange(c.sent)
	if c.t0 == sa {
		return
	}
	capital := c.tag != ner.PER
	if prev := r.words[c.t0-1]; !hasLetter(prev) || (capital && !isCapitalised(prev) && prev != "of") {
		return // no title ends just before the name
	}
	r.cutTitleInSpan(ci, capital)
	c = &r.cands[ci]
	if c.dead || c.t0 == sa {
		return
	}
	t, roleStart, roleEnd := r.titleChainBefore(ci)
	if t == c.t0 || (capital && !isCapitalised(r.words[t])) {
		return
	}
	r.dropTitleWords(ci, t)
	r.cands[ci].perEv += personEvidence
	if roleStart < 0 {
		return // honorifics only
	}
	start := r.qualifiedRoleStart(ci, roleStart) // may add a candidate
	r.cands[ci].role = r.tokenSpan(start, roleEnd)
}

// cutTitleInSpan narrows candidate ci past a title that starts before it
// and runs into it: "Secretary of [State Ana Ortiz]" becomes "Ana Ortiz".
// Unless the tagger called it a person, what is left must look like a
// person's name.
func (r *resolver) cutTitleInSpan(ci int, capital bool) {
	c := &r.cands[ci]
	sa, _ := r.sentRange(c.sent)
	for x := max(sa, c.t0-4); x < c.t0; x++ {
		n, title := r.titleAt(x, c.t1-1, capital)
		if n == 0 || !title || x+n <= c.t0 {
			continue
		}
		if c.tag != ner.PER && !r.personLike(x+n, c.t1) {
			break
		}
		r.narrow(ci, x+n, c.t1)
		break
	}
}

// titleChainBefore returns where the run of titles and honorifics just
// before candidate ci starts (ci's t0 if there is none), and the tokens of
// the role in it: from its first title to the end of its last (-1, -1 if
// it is honorifics only). An honorific after the titles is no part of the
// role: "Federal Reserve chairman Mr Powell" has the role "Federal
// Reserve chairman".
func (r *resolver) titleChainBefore(ci int) (t, roleStart, roleEnd int) {
	c := &r.cands[ci]
	sa, _ := r.sentRange(c.sent)
	t = sa + r.gz.MatchBefore(&r.h, r.words[sa:c.t1], c.t0-sa, gazetteer.Title|gazetteer.Honorific)
	// Walk the chain forward: honorifics are dropped, titles are the role.
	roleStart, roleEnd = -1, -1
	for p := t; p < c.t0; {
		n, title := r.titleAt(p, c.t0, false)
		if n == 0 {
			// MatchBefore found a chain that titleAt refuses ("St."); keep
			// only what follows.
			roleStart, roleEnd = -1, -1
			p++
			t = p
			continue
		}
		if title {
			if roleStart < 0 {
				roleStart = p
			}
			roleEnd = p + n
		}
		p += n
	}
	return t, roleStart, roleEnd
}

// dropTitleWords drops the candidates among the title words [t, ci's t0):
// "Commerce" in "Commerce Secretary", "State" in "Secretary of State". A
// candidate that runs into the title from before keeps what precedes it.
func (r *resolver) dropTitleWords(ci, t int) {
	for p := t; p < r.cands[ci].t0; p++ {
		o := int(r.owner[p])
		if o < 0 || o == ci {
			continue
		}
		if r.cands[o].t0 >= t {
			r.kill(o)
		} else {
			r.narrow(o, r.cands[o].t0, t)
		}
	}
}

// qualifiedRoleStart returns where candidate ci's role starts: at its
// first title, or at the place, nationality or organisation just before
// it that qualifies it ("U.S. President", "Kenyan President"), which is a
// mention of its own (made here if the tagger missed it).
func (r *resolver) qualifiedRoleStart(ci, roleStart int) int {
	c := &r.cands[ci]
	sa, _ := r.sentRange(c.sent)
	if roleStart <= sa {
		return roleStart
	}
	if o := int(r.owner[roleStart-1]); o >= 0 && o != ci {
		if q := &r.cands[o]; q.t1 == roleStart && q.tag != ner.PER && roleStart-q.t0 <= 4 {
			return q.t0
		}
		return roleStart
	}
	for x := max(sa, roleStart-3); x < roleStart; x++ {
		if x > sa && isCapitalised(r.words[x-1]) && !isFunctionWord(r.words[x-1]) {
			continue // part of a longer name: "North Korean [Red Cross] president"
		}
		if n, tag := r.qualifierAt(x, roleStart); n > 0 && x+n == roleStart {
			if r.addCand(cand{t0: x, t1: roleStart, sent: c.sent, tag: tag}) >= 0 {
				return x
			}
			break
		}
	}
	return roleStart
}

// personLike reports whether tokens [a, b) look like a person's full name:
// two to four capitalised words, the first a listed first name, none an
// organisation or place word.
func (r *resolver) personLike(a, b int) bool {
	if b-a < 2 || b-a > 4 {
		return false
	}
	for p := a; p < b; p++ {
		w := r.words[p]
		if !isCapitalised(w) || isGeoHead(w) {
			return false
		}
		if k := r.kinds(w); k.Has(gazetteer.FacWord|gazetteer.StreetWord) && !k.Has(gazetteer.LastName) {
			return false // "Heathrow Airport"; "Tom Hall" is a person
		}
		if r.kinds(w).Has(gazetteer.OrgWord | gazetteer.OrgSuffix) {
			return false
		}
	}
	return r.kinds(r.words[a]).Has(gazetteer.FirstName)
}

// isDottedAbbrev reports whether w is capital letters separated by full
// stops without a final one: "U.S", "U.K".
func isDottedAbbrev(w string) bool {
	if len(w) < 3 || len(w)%2 == 0 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if (i%2 == 0 && (w[i] < 'A' || w[i] > 'Z')) || (i%2 == 1 && w[i] != '.') {
			return false
		}
	}
	return true
}

// tokenSpan returns the bytes of tokens [a, b).
func (r *resolver) tokenSpan(a, b int) nlp.Span {
	return nlp.Span{Start: r.doc.Tokens[a].Start, End: r.doc.Tokens[b-1].End}
}

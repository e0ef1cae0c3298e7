package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsnlp/newsnlp/gazetteer"
	"github.com/newsnlp/newsnlp/ner"
)

// People's names the tagger cuts or mistypes by their form.
//
//   - A double-barrelled surname the tagger left out after a name
//     ("[Kentavious] Caldwell-Pope", "[Sarah] Vine-Hall") joins it; a
//     one-word name so extended is a person's, unless the gazetteer lists
//     it as a place or an organisation.
//   - A short surname and a hyphenated given name of syllables, as
//     Cantonese and Korean names are romanised ("Chan Kwok-kin", "Moon
//     Jae-in", "Li Song-ho"), or a name of two or three words with a
//     hyphenated given name the gazetteer knows ("Jean-Pierre Raffarin"),
//     is a person's name, whatever the tagger's type.
//   - The gazetteer's particles, in lower case, join a person's name to the
//     rest of it ("[Luiz Inácio Lula] da [Silva]", "[Robin] van Persie",
//     "[Mohammed] bin Salman", "[Bashar] al-Assad"): after a person's name,
//     particles and a capitalised name (labelled or not) are part of it.
//   - A middle initial opens no name of its own: "[James] [B. Comey]" is
//     one person, and so is "[Stanley|LOC] [B. Greenberg]" when the word
//     before is a listed first name; a listed first name, an initial and a
//     capitalised word ("Maria E. Dmitriyeva") are a person's name,
//     whatever the tagger's type.
//   - A person's name the tagger cut short takes back the capitalised words
//     after it that follow the same words in a fuller form of the name in
//     the story, labelled or not: "Mr. [Vander] Plaats" after "[Ruud Vander
//     Plaats]", "[Wasserman] [Schultz]" after "[Debbie Wasserman Schultz]".

// maxParticles is the most particles in a row inside a name: "von und
// zu".
const maxParticles = 3

// personNames mends people's names by their form (see the comment at the
// top of this file).
func (r *resolver) personNames() {
	n := len(r.cands)
	for ci := 0; ci < n; ci++ {
		if r.cands[ci].dead {
			continue
		}
		r.joinSurname(ci)
		if c := &r.cands[ci]; !c.dead && c.tag == ner.PER {
			r.joinParticles(ci)
		}
		if !r.cands[ci].dead {
			r.joinInitial(ci)
		}
		if c := &r.cands[ci]; !c.dead && c.tag == ner.PER {
			r.joinFullerForm(ci)
		}
		if c := &r.cands[ci]; !c.dead && c.tag != ner.PER && (r.isSyllableName(c.t0, c.t1) || r.hasHyphenatedGivenName(c.t0, c.t1) || r.hasMiddleInitial(c.t0, c.t1)) {
			c.tag = ner.PER
		}
	}
}

// joinSurname extends candidate ci over a double-barrelled surname the
// tagger left out after it.
func (r *resolver) joinSurname(ci int) {
	c := &r.cands[ci]
	_, hi := r.sentRange(c.sent)
	if c.t1 >= hi || c.t1-c.t0 > 2 || r.owner[c.t1] >= 0 || !isDoubleBarrelled(r.words[c.t1]) {
		return
	}
	if c.tag != ner.PER {
		first := r.words[c.t0]
		k := r.kinds(r.joinWords(c.t0, c.t1))
		if k.Has(gazetteer.GPEKinds|gazetteer.LOCKinds|gazetteer.NORPKinds|gazetteer.Org) ||
			!(r.kinds(first).Has(gazetteer.FirstName) || (r.casing != nil && r.casing.CapitalBucket(first) == 0)) {
			return
		}
		c.tag = ner.PER
	}
	r.narrowWide(ci, c.t0, c.t1+1)
}

// isInitial reports whether w is one capital letter and a full stop: "B.".
func isInitial(w string) bool {
	return len(w) == 2 && w[1] == '.' && 'A' <= w[0] && w[0] <= 'Z'
}

// joinInitial joins to the candidate ci, a person's or a listed first
// name of one word the tagger took for something else, the person
// candidate right after it that opens with an initial: "[James] [B.
// Comey]", "[Stanley|LOC] [B. Greenberg]".
func (r *resolver) joinInitial(ci int) {
	c := &r.cands[ci]
	_, hi := r.sentRange(c.sent)
	if c.t1 >= hi || !isInitial(r.words[c.t1]) {
		return
	}
	if c.tag != ner.PER && (c.t1-c.t0 != 1 || !r.kinds(r.words[c.t0]).Has(gazetteer.FirstName)) {
		return
	}
	ni := r.owner[c.t1]
	if ni < 0 || int(ni) == ci {
		return
	}
	n := &r.cands[ni]
	if n.dead || n.tag != ner.PER || n.t0 != c.t1 {
		return
	}
	t1 := n.t1
	r.kill(int(ni))
	c.tag = ner.PER
	r.narrowWide(ci, c.t0, t1)
}

// hasMiddleInitial reports whether tokens [a, b) are a listed first name,
// an initial and a capitalised word that is no organisation's: "Maria
// E. Dmitriyeva".
func (r *resolver) hasMiddleInitial(a, b int) bool {
	if b-a != 3 || !isInitial(r.words[a+1]) || !isCapitalised(r.words[a]) || !isCapitalised(r.words[a+2]) {
		return false
	}
	return r.kinds(r.words[a]).Has(gazetteer.FirstName) && !r.kinds(r.words[a+2]).Has(gazetteer.OrgWord|gazetteer.OrgSuffix) &&
		!r.kinds(r.joinWords(a, b)).Has(gazetteer.GPEKinds|gazetteer.LOCKinds|gazetteer.Org)
}

// joinFullerForm extends the person candidate ci over the capitalised
// words after it that follow its words in another person candidate:
// "Mr. [Vander] Plaats" after "[Ruud Vander Plaats]".
func (r *resolver) joinFullerForm(ci int) {
	c := &r.cands[ci]
	_, hi := r.sentRange(c.sent)
	if c.t1 >= hi || !isCapitalised(r.words[c.t1]) {
		return
	}
	// the words after may be free, or a person candidate of their own that
	// the fuller form holds: "[Wasserman] [Schultz]"
	next, nextEnd := int32(-1), c.t1
	if o := r.owner[c.t1]; o >= 0 {
		if n := &r.cands[o]; n.dead || n.tag != ner.PER || n.t0 != c.t1 {
			return
		}
		next, nextEnd = o, r.cands[o].t1
	}
	free := func(t int) bool { return r.owner[t] < 0 || r.owner[t] == next }
	n := c.t1 - c.t0
	best := 0
	for oi := range r.cands {
		o := &r.cands[oi]
		if oi == ci || o.dead || o.tag != ner.PER || o.t1-o.t0 <= n {
			continue
		}
	at:
		for p := o.t0; p+n < o.t1; p++ {
			for k := 0; k < n; k++ {
				if r.words[p+k] != r.words[c.t0+k] {
					continue at
				}
			}
			m := 0
			for p+n+m < o.t1 && c.t1+m < hi && free(c.t1+m) && r.words[p+n+m] == r.words[c.t1+m] {
				m++
			}
			best = max(best, m)
		}
	}
	if best == 0 || next >= 0 && c.t1+best < nextEnd {
		return // none, or the next name only in part
	}
	if next >= 0 {
		r.kill(int(next))
	}
	r.narrowWide(ci, c.t0, c.t1+best)
}

// isDoubleBarrelled reports whether w is two capitalised words joined by
// a hyphen: "Caldwell-Pope".
func isDoubleBarrelled(w string) bool {
	i := strings.IndexByte(w, '-')
	if i <= 0 || i == len(w)-1 || strings.IndexByte(w[i+1:], '-') >= 0 {
		return false
	}
	a, b := w[:i], w[i+1:]
	return isCapitalised(a) && isCapitalised(b) && isLetters(a) && isLetters(b) && !isUpperWord(a) && !isUpperWord(b) &&
		!inLower(compassWords, a) && !inLower(compassWords, b)
}

// compassWords are the points of the compass, which join place names
// rather than surnames: "Galway North-East".
var compassWords = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "northeast": true, "northwest": true,
	"southeast": true, "southwest": true, "central": true,
}

// isSyllableName reports whether tokens [a, b) are a short surname and a
// given name of two syllables joined by a hyphen, the second in lower case:
// "Chan Kwok-kin", "Moon Jae-in".
func (r *resolver) isSyllableName(a, b int) bool {
	if b-a != 2 {
		return false
	}
	sur, given := r.words[a], r.words[a+1]
	if !isCapitalised(sur) || !isLetters(sur) || utf8.RuneCountInString(sur) > 5 || isUpperWord(sur) ||
		inLower(nameOpeners, sur) || isGeoHead(sur) || r.kinds(sur).Has(gazetteer.Title|gazetteer.Honorific) {
		return false // "Mount Coot-tha"
	}
	i := strings.IndexByte(given, '-')
	if i <= 0 || i == len(given)-1 {
		return false
	}
	first, second := given[:i], given[i+1:]
	return isCapitalised(first) && isLetters(first) && len(first) <= 5 && isLowerWord(second) && len(second) <= 5 &&
		!strings.HasSuffix(second, "ed") && !r.kinds(first).Has(gazetteer.GPEKinds|gazetteer.Org)
}

// hasHyphenatedGivenName reports whether tokens [a, b), two or three
// capitalised words not listed as a place or an organisation and ending in
// no common word, hold a hyphenated given name the gazetteer knows before
// the last word: "Jean-Pierre Raffarin".
func (r *resolver) hasHyphenatedGivenName(a, b int) bool {
	if b-a < 2 || b-a > 3 {
		return false
	}
	found := false
	for p := a; p < b; p++ {
		w := r.words[p]
		if !isCapitalised(w) || isUpperWord(w) {
			return false
		}
		found = found || (p < b-1 && strings.IndexByte(w, '-') > 0 && r.gz.HyphenKinds(&r.h, w).Has(gazetteer.FirstName))
	}
	return found && !r.isCommonWord(r.words[b-1]) && // not "Price-Anderson Act"
		!r.kinds(r.joinWords(a, b)).Has(gazetteer.GPEKinds|gazetteer.LOCKinds|gazetteer.Org)
}

// particlesAt returns how many tokens from p are name particles in lower
// case ("da", "von der"), up to hi.
func (r *resolver) particlesAt(p, hi int) int {
	n, k := r.gz.Match(&r.h, r.words[:hi], p)
	if n == 0 || n > maxParticles || !k.Has(gazetteer.Particle) {
		return 0
	}
	for q := p; q < p+n; q++ {
		if !isLowerWord(r.words[q]) || r.owner[q] >= 0 {
			return 0
		}
	}
	return n
}

// joinParticles extends the person candidate ci over particles and the
// name after them: "[Luiz Inácio Lula] da [Silva]", "[Bashar] al-Assad".
func (r *resolver) joinParticles(ci int) {
	c := &r.cands[ci]
	_, hi := r.sentRange(c.sent)
	if c.t1 >= hi {
		return
	}
	p := c.t1 + r.particlesAt(c.t1, hi)
	if p == c.t1 {
		// "al-Assad": a particle joined to the name.
		if w := r.words[p]; r.owner[p] < 0 && startsLower(w) && r.gz.HyphenKinds(&r.h, w).Has(gazetteer.Particle) {
			r.narrowWide(ci, c.t0, p+1)
		}
		return
	}
	if p >= hi {
		return
	}
	end := p
	switch o := int(r.owner[p]); {
	case o >= 0:
		if q := &r.cands[o]; q.t0 != p || q.t1-q.t0 > 2 || q.tag == ner.LOC && r.kinds(r.text(q)).Has(gazetteer.GPEKinds) {
			return // not a surname: "Pedro de [Madrid]"
		}
		end = r.cands[o].t1
		r.kill(o)
	case isCapitalised(r.words[p]) && isLetters(strings.ReplaceAll(r.words[p], "-", "")):
		end = p + 1
	default:
		return
	}
	r.narrowWide(ci, c.t0, end)
}

// isLetters reports whether s is letters only.
func isLetters(s string) bool {
	for _, ch := range s {
		if !unicode.IsLetter(ch) {
			return false
		}
	}
	return s != ""
}

package quote

import (
	"sort"
	"strings"

	"github.com/newsnlp/newsnlp/nlp"
)

// speakerRef is a quote's speaker as found in the text, before it is
// resolved to an entity.
type speakerRef struct {
	ok      bool
	t0, t1  int // the phrase's tokens, [t0, t1)
	head    int // the token that names it: a name's last token, the pronoun, the noun
	mention int // the mention that names the speaker, or -1
	ent     int // 1 + the entity a transcript's surname names outright, or 0
}

// noSpeaker is the speaker of a quote whose source the text does not give.
var noSpeaker = speakerRef{mention: -1}

// leftSpeaker finds the speaker written before the verb at token v: a
// name ("Finance Minister Tiago Ferraz said"), a pronoun ("she said"), a
// noun phrase ("a spokesman for the ministry said"), a name with an
// apposition or a relative clause ("Rita Cardoso, the union's leader,
// said"; "Cardoso, who leads the union, said"). start is the phrase's first
// token with the words before the name (titles) included.
func (f *finder) leftSpeaker(v, lo int) (sp speakerRef, start int) {
	j := f.skipBetween(v-1, lo)
	if j < lo {
		return noSpeaker, v
	}
	if f.is(j, ",") && j-2 >= lo && f.is(j-2, ",") && (f.has(j-1, wBetween) || f.isAdverb(j-1)) {
		j = f.skipBetween(j-3, lo) // "officials, however, said"
		if j < lo {
			return noSpeaker, v
		}
	}
	if f.is(j, ")") {
		// "Rep. Brad Sherman (D-Calif.) said"
		for k := j - 1; k >= lo && j-k <= 10; k-- {
			if f.is(k, "(") {
				j = f.skipBetween(k-1, lo)
				break
			}
		}
		if j < lo || f.is(j, ")") {
			return noSpeaker, v
		}
	}
	if f.is(j, "who") || f.is(j, "which") || f.is(j, "that") && f.is(j-1, ",") {
		// "Cardoso, who leads the union, said": the antecedent speaks
		if f.is(j-1, ",") {
			sp, start = f.segmentSpeaker(j-1, lo, v)
			if !sp.ok {
				sp, start = f.nounPhraseBefore(j-2, lo)
			}
			return sp, start
		}
		return noSpeaker, v
	}
	if f.is(j, "and") || f.is(j, "but") {
		// "Smith praised the plan but said ...": the clause's subject
		return f.mainSubject(v), v
	}
	if f.is(j, ",") {
		return f.segmentSpeaker(j, lo, v)
	}
	return f.nounPhraseBefore(j, lo)
}

// segmentSpeaker finds the subject of a verb at token v that a comma at
// token j separates from it: "Cory James, 22, of Flint, Mich., said";
// "The mayor of Barreiro, Paulo Serrão, said"; "Rita Cardoso, the union's
// leader, said"; "the ministry, which runs the port, said". Of the
// comma-separated pieces before the verb, back to the start of the clause,
// the nearest one that opens with a person's or an organisation's name is
// the speaker; failing that, the noun phrase that opens the clause.
func (f *finder) segmentSpeaker(j, lo, v int) (speakerRef, int) {
	start := lo
	for k := j - 1; k >= lo; k-- {
		if f.is(k, ")") {
			k = f.openParen(k, lo) // "(D-Md.)" holds no boundary
			continue
		}
		if f.isEndPunct(k) && !f.abbrevDot(k) || f.is(k, ";") || f.is(k, ":") || f.isMarkTok(k) || j-k > 30 {
			start = k + 1
			break
		}
	}
	end := j
	org, orgAt := noSpeaker, -1 // an organisation's piece, which a person's before it outranks
	for k := j - 1; k >= start-1; k-- {
		if k >= start && f.is(k, ")") {
			k = f.openParen(k, start)
			continue
		}
		if k >= start && !f.is(k, ",") && !f.isDash(k) {
			continue
		}
		// the piece right before the verb's comma is an apposition only when
		// another comma opens it: "The plan is dead, said Smith" has none
		if s := k + 1; s < end && (end != j || k >= start) {
			if sp, ok := f.headAt(s, end); ok {
				if sp.mention < 0 || f.doc.Mentions[sp.mention].Type == nlp.Person {
					return sp, s
				}
				if !org.ok {
					org, orgAt = sp, s // "Smith, the Acme chief, said": Smith
				}
			}
		}
		end = k
	}
	if org.ok {
		return org, orgAt
	}
	// no piece opens with a name: the noun phrase that opens the clause
	s := start
	if f.is(s, "And") || f.is(s, "But") || f.is(s, "and") || f.is(s, "but") {
		s++
	}
	if sp, e := f.rightSpeaker(s, j); sp.ok && f.is(e, ",") && e != j {
		return sp, s
	}
	return noSpeaker, v
}

// abbrevDot reports whether token k is the full stop of an abbreviation
// the tokenizer split off, inside a sentence: "R-Wis." before a comma.
func (f *finder) abbrevDot(k int) bool {
	return f.is(k, ".") && k > 0 && f.toks[k-1].End == f.toks[k].Start && f.isWordTok(k-1) && f.is(k+1, ",")
}

// openParen returns the token of the "(" that the ")" at token k closes,
// at most ten tokens back and not before lo; k when there is none.
func (f *finder) openParen(k, lo int) int {
	for i := k - 1; i >= lo && k-i <= 10; i-- {
		if f.is(i, "(") {
			return i
		}
	}
	return k
}

// headAt returns the name or pronoun that opens tokens [s, e), after at
// most a few title words ("Sen. Jim Whelan", "former Gov. Jim Hodges",
// "Rep. Bobby Scott (D-Va.)"): a person or an organisation. A place or an
// organisation that qualifies a person's title gives way to the person
// ("Alabama Sen. Jeff Sessions", "United Auto Workers Secretary-Treasurer
// Gary Casteel", "Pentagon spokesman Navy Capt. Jeff Davis").
func (f *finder) headAt(s, e int) (speakerRef, bool) {
	if s < e && f.has(s, wPronoun) && !f.is(s, "it") {
		return speakerRef{ok: true, t0: s, t1: s + 1, head: s, mention: -1}, true
	}
	org := noSpeaker
	for k := s; k < e && k-s <= 7; k++ {
		if m := f.info[k].mention; m >= 0 {
			typ := f.doc.Mentions[m].Type
			t1 := k
			for t1 < e && f.info[t1].mention == m {
				t1++
			}
			switch {
			case partyState(f.word(k)):
				return org, org.ok // "R-N.Y."
			case f.is(t1, "'s") || f.is(t1, "’s"):
				return org, org.ok // "Mr. Ortiz's deputy": Ortiz is not the head
			case typ == nlp.Person && t1 < e && f.isLowerTok(t1) && !f.has(t1, wClause|wBetween) && !f.isCueTok(t1):
				// a name as a modifier: "the Clinton campaign's director"
			case typ == nlp.Person:
				return speakerRef{ok: true, t0: k, t1: t1, head: t1 - 1, mention: int(m)}, true
			case typ == nlp.Org && !org.ok:
				org = speakerRef{ok: true, t0: k, t1: t1, head: t1 - 1, mention: int(m)}
			case typ != nlp.Org && typ != nlp.GPE && typ != nlp.NORP:
				return org, org.ok
			}
			k = t1 - 1
			continue
		}
		if f.has(k, wClause|wLink|wVenue) && !f.is(k, "the") || f.isCueTok(k) {
			break
		}
		if !(f.isUpperTok(k) || f.is(k, ".") || f.is(k, "the") || f.is(k, "former") || f.is(k, "then") || f.has(k, wPerson)) {
			break
		}
	}
	return org, org.ok
}

// partyState reports whether w is an American politician's party and
// state: "R-N.Y.", "D-Calif.", "I-Vt.".
func partyState(w string) bool {
	return len(w) >= 3 && w[1] == '-' && (w[0] == 'R' || w[0] == 'D' || w[0] == 'I') && w[2] >= 'A' && w[2] <= 'Z'
}

// nounPhraseBefore finds the noun phrase that ends at token j: a name (with
// the title words before it), a pronoun, or a common noun phrase of up to
// ten tokens that may contain "of", "for" and the like.
func (f *finder) nounPhraseBefore(j, lo int) (speakerRef, int) {
	if j < lo || j < 0 {
		return noSpeaker, j + 1
	}
	if f.is(j, "'s") || f.is(j, "’s") {
		return noSpeaker, j + 1
	}
	if m := f.info[j].mention; m >= 0 && f.nounBeforeLink(j, lo) {
		// "a spokesman for Mayor Frank Jackson": the noun before the link
		// heads the phrase, which runs to the name's end
		t0 := j
		for t0 > lo && f.info[t0-1].mention == m {
			t0--
		}
		sp, start := f.nounPhraseBefore(f.linkBefore(t0, lo)-1, lo)
		if sp.ok && sp.mention < 0 {
			sp.t1 = j + 1
			return sp, start
		}
	}
	if m := f.info[j].mention; m >= 0 && !f.nounBeforeLink(j, lo) {
		t0 := j
		for t0 > lo && f.info[t0-1].mention == m {
			t0--
		}
		sp := speakerRef{ok: true, t0: t0, t1: j + 1, head: j, mention: int(m)}
		if typ := f.doc.Mentions[m].Type; typ != nlp.Person && t0-2 >= lo && (f.is(t0-1, "of") || f.is(t0-1, "from")) {
			// "Rep. Tom Cole of Oklahoma said": the person, not the place
			if pm := f.info[t0-2].mention; pm >= 0 && f.doc.Mentions[pm].Type == nlp.Person {
				return f.nounPhraseBefore(t0-2, lo)
			}
		}
		return sp, f.titleStart(t0, lo)
	}
	if f.has(j, wPronoun) {
		return speakerRef{ok: true, t0: j, t1: j + 1, head: j, mention: -1}, j
	}
	if !f.isWordTok(j) || f.has(j, wClause|wDet) || f.isCueTok(j) && !f.nounAfterDet(j) {
		return noSpeaker, j + 1
	}
	start, head := j, j
	for k := j - 1; k >= lo && j-k < 10; k-- {
		switch {
		case f.has(k, wDet):
			start = k
			if k-2 >= lo && f.has(k-1, wLink) && f.isWordTok(k-2) && !f.has(k-2, wClause|wDet) && !f.isCueTok(k-2) {
				// "a spokeswoman for the council": go on to the noun the
				// phrase hangs on, which is its head
				head = k - 2
				k--
				continue
			}
			return f.phrase(start, j, head), start
		case f.has(k, wLink) && k > lo && f.isWordTok(k-1) && !f.has(k-1, wClause):
			head = k - 1
			continue
		case f.is(k, "'s") || f.is(k, "’s"):
			continue
		case f.isWordTok(k) && !f.has(k, wClause) && !f.isCueTok(k):
			if m := f.info[k].mention; m >= 0 && f.doc.Mentions[m].Type == nlp.Person {
				// "Smith spokesman" is not a phrase; stop at the name, unless
				// a determiner opens it: "one Clinton aide", "a Cardoso spokesman"
				b := k
				for b > lo && f.info[b-1].mention == m {
					b--
				}
				if b > lo && f.has(b-1, wDet) && !f.has(b-1, wPronoun) {
					return f.phrase(b-1, j, head), b - 1
				}
				return f.phrase(start, j, head), start
			}
			start = k
			continue
		}
		break
	}
	return f.phrase(start, j, head), start
}

// titleStart returns the first token of the title and determiner written
// before a name that starts at token t0, not before lo: "Finance Minister
// Tiago Ferraz", "the union's leader Rita Cardoso". A title may hold
// another name when a title word stands between it and the person's
// ("Senate minority leader Harry Reid", "Lisbon Port Authority chairman
// Luis Pena"); a name right before the person's is another speaker's
// ("Ferraz Ortiz said" is not one phrase).
func (f *finder) titleStart(t0, lo int) int {
	start := t0
	titled := false // a title word stands between
	for k := t0 - 1; k >= lo && t0-k <= 7; k-- {
		if f.has(k, wClause) || !f.isWordTok(k) && !f.is(k, "'s") && !f.is(k, "’s") && !f.is(k, ".") {
			break
		}
		if f.is(k, ".") && !(k > lo && (f.has(k-1, wMale|wFemale) || f.abbreviation(k-1))) {
			break
		}
		if f.has(k, wLink) && !(f.is(k, "of") && f.isUpperTok(k-1) && f.isUpperTok(k+1)) {
			break // "a spokesman for [Mayor Frank Jackson]"; but "Secretary of State"
		}
		if m := f.info[k].mention; m >= 0 && f.isUpperTok(k) {
			typ := f.doc.Mentions[m].Type
			if typ != nlp.NORP && typ != nlp.GPE && !titled {
				break
			}
		} else if f.isWordTok(k) && !f.has(k, wDet) {
			titled = true
		}
		start = k
		if f.has(k, wDet) {
			break
		}
	}
	return start
}

// nounAfterDet reports whether token j, a form of a verb of saying that
// is also a noun, stands as the noun after a determiner: "the state", "a
// report".
func (f *finder) nounAfterDet(j int) bool {
	return f.isCueTok(j) && f.lx.verbs[f.info[j].verb].noun && f.has(j-1, wDet) && !f.has(j-1, wPronoun)
}

// abbreviation reports whether token i is a short capitalised word that a
// period may follow inside a name's title: "Sen", "Gov", "Dr".
func (f *finder) abbreviation(i int) bool {
	return i >= 0 && f.isUpperTok(i) && len(f.word(i)) <= 4 && f.info[i].mention < 0
}

// nounBeforeLink reports whether the name that ends at token j hangs on a
// common noun before it: "Officials at City Hall", "a spokesman for the
// Foreign Ministry". Then that noun heads the speaker's phrase, which is
// not the name's.
func (f *finder) nounBeforeLink(j, lo int) bool {
	m := f.info[j].mention
	t0 := j
	for t0 > lo && f.info[t0-1].mention == m {
		t0--
	}
	k := f.linkBefore(t0, lo)
	return k-1 >= lo && f.has(k, wLink) && f.isWordTok(k-1) && f.info[k-1].mention < 0 && !f.has(k-1, wClause|wDet) && !f.isCueTok(k-1)
}

// linkBefore returns the token before the name that starts at token t0,
// its title and determiner left out: the link word of "a spokesman for
// [Mayor Frank Jackson]" or "officials at [the Foreign Ministry]".
func (f *finder) linkBefore(t0, lo int) int {
	k := f.titleStart(t0, lo) - 1
	if k > lo && f.is(k, "the") {
		k--
	}
	return k
}

// phrase is the speaker named by tokens [t0, t1] with head token head: the
// name in it when the name is its head ("Defense Secretary Grace Mwangi"),
// else the phrase itself.
func (f *finder) phrase(t0, t1, head int) speakerRef {
	sp := speakerRef{ok: true, t0: t0, t1: t1 + 1, head: head, mention: -1}
	if m := f.info[head].mention; m >= 0 {
		sp.mention = int(m)
	}
	return sp
}

// rightSpeaker finds the speaker written after a cue that ends at token e:
// "said Smith", "according to the ministry", "according to officials
// familiar with the talks". end is the token after the phrase.
func (f *finder) rightSpeaker(e, hi int) (sp speakerRef, end int) {
	j := e
	if j >= hi {
		return noSpeaker, j
	}
	if f.has(j, wPronoun) && !f.is(j, "it") {
		return speakerRef{ok: true, t0: j, t1: j + 1, head: j, mention: -1}, j + 1
	}
	if !f.isWordTok(j) || f.has(j, wClause|wLink|wVenue|wTime|wOpener) && !f.has(j, wDet) {
		return noSpeaker, j // "tweeting at him", "said in"
	}
	k := j
	if f.has(k, wDet) && !f.is(k, "that") {
		k++
	}
	start := k
	head := -1
	linked := false // a link word ("for", "of") stands after the head
	for k < hi && k-start < 10 {
		if m := f.info[k].mention; m >= 0 {
			for k < hi && f.info[k].mention == m {
				k++
			}
			// a name after a title takes the head ("Foreign Minister Karl
			// Weber", "Alabama Sen. Jeff Sessions"); one after a link does
			// not ("a spokesman for Mayor Frank Jackson")
			if head < 0 || !linked && (f.info[head].mention < 0 || f.doc.Mentions[m].Type == nlp.Person && f.doc.Mentions[f.info[head].mention].Type != nlp.Person) {
				head = k - 1
			}
			continue
		}
		if f.is(k, "'s") || f.is(k, "’s") {
			k++
			head = -1
			continue
		}
		if f.has(k, wLink) && head >= 0 && k+1 < hi && f.isWordTok(k+1) && !f.has(k+1, wClause) {
			k++
			linked = true
			if f.has(k, wDet) {
				k++
			}
			continue
		}
		if f.isWordTok(k) && !f.has(k, wClause|wOpener|wPronoun) && !f.isCueTok(k) && !f.has(k, wTime) {
			switch {
			case head < 0:
				head = k
			case linked:
			case f.info[head].mention >= 0:
				if f.isLowerTok(k) {
					head = k // a name as a modifier: "another Twitter user", "a Cardoso spokesman"
				}
			case !f.has(head, wGroup|wPerson) || f.has(k, wPerson):
				head = k // "a party official"; but "officials familiar with"
			}
			k++
			continue
		}
		break
	}
	if head < 0 {
		return noSpeaker, j
	}
	sp = speakerRef{ok: true, t0: j, t1: k, head: head, mention: -1}
	if m := f.info[head].mention; m >= 0 {
		sp.mention = int(m)
	}
	if sp.mention < 0 || f.doc.Mentions[sp.mention].Type != nlp.Person {
		// "said another Twitter user, Johanna Bayer": the apposition names
		// the speaker
		c := k
		for c < hi && c-k < 4 && f.isWordTok(c) {
			c++
		}
		if f.is(c, ",") {
			if ap, ok := f.headAt(c+1, hi); ok && ap.mention >= 0 && f.doc.Mentions[ap.mention].Type == nlp.Person && ap.t0 == c+1 &&
				(ap.t1 >= hi || f.is(ap.t1, ",") || f.isEndPunct(ap.t1)) {
				return ap, ap.t1
			}
		}
	}
	return sp, k
}

// resolver ties speakers to the story's entities.
type resolver struct {
	f        *finder
	entityOf []int32 // per mention: the index of its entity, or -1
	gender   []int8  // per entity: 1 female, 2 male, 0 unknown
	lastSpk  int     // the entity of the last resolved speaker, or -1
	// lastSpkSent is the sentence of lastSpk's mention.
	lastSpkSent int
	// speakers holds the resolved speakers, one allocation per document;
	// its capacity is the number of quotes.
	speakers []nlp.Speaker
}

const (
	genderUnknown int8 = iota
	genderFemale
	genderMale
)

func (r *resolver) init(f *finder) {
	r.f = f
	doc := f.doc
	r.lastSpk = -1
	r.entityOf = make([]int32, len(doc.Mentions))
	for i := range r.entityOf {
		r.entityOf[i] = -1
	}
	r.gender = make([]int8, len(doc.Entities))
	for e, ent := range doc.Entities {
		for _, m := range ent.Mentions {
			i := sort.Search(len(doc.Mentions), func(i int) bool { return doc.Mentions[i].Start >= m.Start })
			if i < len(doc.Mentions) && doc.Mentions[i].Span == m.Span {
				r.entityOf[i] = int32(e)
			}
			if ent.Type == nlp.Person && r.gender[e] == genderUnknown {
				r.gender[e] = r.genderNear(m)
			}
		}
	}
	r.genderFromPronouns()
}

// genderFromPronouns gives a person no honorific or title has given a
// gender the one of the pronouns the story uses for them when they speak
// of themselves: in a sentence whose only person before it is theirs, a
// "he" or "she" right after a verb of saying, outside quotation marks, is
// a vote ("Clinton said she ...", "Weber told reporters that he ...").
func (r *resolver) genderFromPronouns() {
	f := r.f
	var votes []int
	for si := range f.doc.Sentences {
		s := &f.doc.Sentences[si]
		subj := -1
	sentence:
		for t := s.TokenStart; t < s.TokenEnd; t++ {
			if f.info[t].marked >= 0 {
				continue
			}
			if m := f.info[t].mention; m >= 0 {
				e := int(r.entityOf[m])
				switch {
				case e < 0 || f.doc.Entities[e].Type != nlp.Person || e == subj:
				case subj < 0:
					subj = e
				default:
					break sentence // two people: the pronoun could be either's
				}
				continue
			}
			if !f.has(t, wHe|wShe) {
				continue
			}
			g := genderMale
			if f.has(t, wShe) {
				g = genderFemale
			}
			if subj >= 0 && r.gender[subj] == genderUnknown && (f.isCueTok(t-1) || f.is(t-1, "that") && f.isCueTok(t-2)) && (f.is(t, "he") || f.is(t, "she")) {
				if votes == nil {
					votes = make([]int, len(f.doc.Entities))
				}
				if g == genderFemale {
					votes[subj]--
				} else {
					votes[subj]++
				}
			}
			break
		}
	}
	for e, v := range votes {
		switch {
		case v > 0:
			r.gender[e] = genderMale
		case v < 0:
			r.gender[e] = genderFemale
		}
	}
}

// genderNear reads a person's gender from an honorific or a gendered
// role written right before a mention: "Mrs. Marques", "Congresswoman
// Ortiz".
func (r *resolver) genderNear(m nlp.Mention) int8 {
	f := r.f
	t := f.tokenAt(m.Start)
	for k := t - 1; k >= 0 && t-k <= 2; k-- {
		if f.is(k, ".") {
			continue
		}
		w := f.word(k)
		switch {
		case f.has(k, wFemale) || hasSuffixFold(w, "woman"):
			return genderFemale
		case f.has(k, wMale) || hasSuffixFold(w, "man") && !hasSuffixFold(w, "human"):
			return genderMale
		}
		break
	}
	for role := m.Role; role != ""; {
		var w string
		w, role, _ = strings.Cut(role, " ")
		e := f.lx.lookup(w)
		switch {
		case e.class&wFemale != 0 || hasSuffixFold(w, "woman"):
			return genderFemale // "Congresswoman"
		case e.class&wMale != 0 || hasSuffixFold(w, "man") && !hasSuffixFold(w, "human"):
			return genderMale // "Chairman"
		}
	}
	return genderUnknown
}

// resolve turns a speaker found in the text into the Speaker of a quote
// that starts at byte pos; nested is set for a quote inside another's
// content, whose speaker does not become the last one.
func (r *resolver) resolve(sp speakerRef, pos int, nested bool) *nlp.Speaker {
	if !sp.ok {
		return nil
	}
	f := r.f
	span := nlp.Span{Start: f.toks[sp.t0].Start, End: f.toks[sp.t1-1].End}
	r.speakers = append(r.speakers, nlp.Speaker{Entity: -1})
	out := &r.speakers[len(r.speakers)-1]
	switch {
	case sp.ent > 0:
		out.Span = span
		out.Entity = sp.ent - 1
		out.Name = f.doc.Entities[out.Entity].Name
		out.Type = f.doc.Entities[out.Entity].Type
	case sp.mention >= 0 && f.descriptive(sp):
		// "the Democrat": a description that holds a nationality or a
		// party's name, not the name of the speaker
		d := sp
		if !f.has(d.t0, wDet) {
			d.t0--
		}
		d.head = d.t1 - 1
		out.Span = nlp.Span{Start: f.toks[d.t0].Start, End: f.toks[d.t1-1].End}
		out.Name = f.text[out.Start:out.End]
		if e := r.description(d); e >= 0 {
			out.Entity = e
			out.Name = f.doc.Entities[e].Name
			out.Type = f.doc.Entities[e].Type
		}
	case sp.mention >= 0:
		m := &f.doc.Mentions[sp.mention]
		out.Span = m.Span
		if e := r.entityOf[sp.mention]; e >= 0 {
			out.Entity = int(e)
			out.Name = f.doc.Entities[e].Name
			out.Type = f.doc.Entities[e].Type
		} else {
			out.Name, out.Type = m.Text, m.Type
		}
	case f.has(sp.head, wPronoun) && sp.t1-sp.t0 == 1:
		out.Span = span
		if e := r.pronoun(sp.head); e >= 0 {
			out.Entity = e
			out.Name = f.doc.Entities[e].Name
			out.Type = f.doc.Entities[e].Type
		}
	default:
		out.Span = span
		out.Name = f.text[span.Start:span.End]
		if e := r.description(sp); e >= 0 {
			out.Entity = e
			out.Name = f.doc.Entities[e].Name
			out.Type = f.doc.Entities[e].Type
		}
	}
	if out.Entity >= 0 && !nested {
		r.lastSpk = out.Entity
		r.lastSpkSent = int(f.toks[sp.t0].Sentence)
	}
	return out
}

// pronoun resolves the pronoun at token i to an entity, or -1: "he" and
// "she" to the person most recently in subject position before it whose
// gender does not contradict the pronoun, "it" and "they" to an
// organisation the same way; "I", "we" and "you" stay unresolved.
func (r *resolver) pronoun(i int) int {
	f := r.f
	var want func(e int) bool
	switch p := f.word(i); {
	case strings.EqualFold(p, "he"), strings.EqualFold(p, "she"):
		g := genderMale
		if strings.EqualFold(p, "she") {
			g = genderFemale
		}
		want = func(e int) bool {
			return f.doc.Entities[e].Type == nlp.Person && (r.gender[e] == genderUnknown || r.gender[e] == g)
		}
	case strings.EqualFold(p, "it"), strings.EqualFold(p, "they"):
		want = func(e int) bool { return f.doc.Entities[e].Type == nlp.Org }
	default:
		return -1
	}
	they := strings.EqualFold(f.word(i), "they")
	// this sentence before the pronoun; then the speaker of the quote just
	// before, when it was in this sentence or the one before ("..., he
	// said. That's why, he argued, ..."); then the sentences before, the
	// first candidate of each (the subject is usually first). "They" may
	// stand for a group of people, who have no name ("McConnell aides
	// acknowledged ... But they emphasized ...").
	s := int(f.toks[i].Sentence)
	budget := 400 // tokens looked at, so that a long sentence costs no more
	for k := s; k >= 0 && s-k <= 4 && budget > 0; k-- {
		if k == s-1 && r.lastSpk >= 0 && s-r.lastSpkSent <= 1 && want(r.lastSpk) {
			return r.lastSpk
		}
		sent := &f.doc.Sentences[k]
		end := sent.TokenEnd
		if k == s {
			end = i
		}
		for t := sent.TokenStart; t < end && budget > 0; t++ {
			budget--
			if f.info[t].marked >= 0 {
				continue
			}
			m := f.info[t].mention
			if m < 0 {
				if they && f.has(t, wGroup) {
					return -1
				}
				continue
			}
			if e := r.entityOf[m]; e >= 0 && want(int(e)) {
				return int(e)
			}
		}
	}
	if r.lastSpk >= 0 && want(r.lastSpk) {
		return r.lastSpk
	}
	return -1
}

// description resolves a speaker described rather than named ("the mayor",
// "the senator", "the ministry", "the company", "the businessman", "the
// 45-year-old", "the Democrat") to the entity it stands for: the one most
// recently mentioned before the speaker with a role that holds the
// phrase's head noun ("Sen." for "senator"), with the head written next
// to a mention ("the businessman Tomas Berg", "Maria Lopez, a Democrat
// from Ohio,", "Tomas Berg, 45,"), or, for an organisation, with a name
// that holds it; for an organisation noun such as "company" or "agency"
// that no name holds, the organisation last named in the sentences just
// before. Two entities that fit, mentioned last in the same sentence, are
// ambiguous. It returns -1 for an unnamed source ("a spokeswoman").
func (r *resolver) description(sp speakerRef) int {
	f := r.f
	if !strings.EqualFold(f.word(sp.t0), "the") || sp.t1-sp.t0 > 4 {
		return -1
	}
	head := f.word(sp.head)
	before := f.toks[sp.t0].Start
	age := ageOf(head)
	person := f.has(sp.head, wPerson) || hasSuffixFold(head, "man") || hasSuffixFold(head, "woman") || age > 0 || f.info[sp.head].mention >= 0
	orgNoun := f.info[sp.head].class&wOrgNoun != 0 // "the campaign" is no person whose role names one
	best, bestAt, bestSent := -1, -1, -1
	ambiguous := false
	for e := range f.doc.Entities {
		ent := &f.doc.Entities[e]
		if orgNoun && ent.Type == nlp.Person {
			continue
		}
		at, sent := -1, -1
		for _, m := range ent.Mentions {
			if m.Start >= before || m.Start <= at {
				continue
			}
			match := false
			switch {
			case age > 0:
				match = ent.Type == nlp.Person && r.aged(m, age)
			case ent.Type == nlp.Org && containsWord(ent.Name, head):
				match = true
			default:
				for _, role := range ent.Roles {
					if roleHasWord(role, head) {
						match = true
						break
					}
				}
				if !match && person && ent.Type == nlp.Person {
					match = r.describedNear(m, head)
				}
			}
			if match {
				at, sent = m.Start, m.Sentence
			}
		}
		if at < 0 {
			continue
		}
		switch {
		case at > bestAt:
			ambiguous = best >= 0 && sent == bestSent && ent.Type == f.doc.Entities[best].Type
			best, bestAt, bestSent = e, at, sent
		case sent == bestSent && ent.Type == f.doc.Entities[best].Type:
			ambiguous = true
		}
	}
	if ambiguous {
		return -1
	}
	if best >= 0 || f.info[sp.head].class&wOrgNoun == 0 {
		return best
	}
	// "American Airlines declined to comment. The company said ..."
	s := f.toks[sp.t0].Sentence
	for t := f.doc.Sentences[s].TokenStart - 1; t >= 0 && s-f.toks[t].Sentence <= 2; t-- {
		if m := f.info[t].mention; m >= 0 && f.info[t].marked < 0 {
			if e := r.entityOf[m]; e >= 0 && f.doc.Entities[e].Type == nlp.Org {
				return int(e)
			}
		}
	}
	return -1
}

// descriptive reports whether a speaker's phrase that holds a mention is
// a description rather than a name: "the Democrat", "the Briton", where
// the mention is a nationality or a group.
func (f *finder) descriptive(sp speakerRef) bool {
	typ := f.doc.Mentions[sp.mention].Type
	if typ != nlp.NORP && typ != nlp.Misc || sp.t1-sp.t0 > 2 {
		return false
	}
	t0 := sp.t0
	if !f.has(t0, wDet) {
		t0--
	}
	return t0 >= 0 && strings.EqualFold(f.word(t0), "the")
}

// ageOf returns the age an "N-year-old" word gives, or 0.
func ageOf(w string) int {
	n, rest := 0, w
	for len(rest) > 0 && rest[0] >= '0' && rest[0] <= '9' && n < 200 {
		n = n*10 + int(rest[0]-'0')
		rest = rest[1:]
	}
	if n == 0 || !strings.EqualFold(rest, "-year-old") {
		return 0
	}
	return n
}

// aged reports whether the text gives the person of mention m the age n:
// "Tomas Berg, 45," or "45-year-old Tomas Berg".
func (r *resolver) aged(m nlp.Mention, n int) bool {
	f := r.f
	t := f.tokenAt(m.Start)
	e := t
	for e < len(f.toks) && f.toks[e].Start < m.End {
		e++
	}
	if f.is(e, ",") && e+1 < len(f.toks) && ageToken(f.word(e+1)) == n {
		return true
	}
	return t > 0 && ageOf(f.word(t-1)) == n
}

// ageToken returns the number a token of digits holds, or 0.
func ageToken(w string) int {
	n := 0
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' || n > 200 {
			return 0
		}
		n = n*10 + int(w[i]-'0')
	}
	return n
}

// describedNear reports whether the word head describes the person of
// mention m where the story names them: among the few words before the
// name ("the businessman Tomas Berg", "billionaire Tomas Berg") or in an
// apposition after it ("Maria Lopez, a Democrat from Ohio,"), or as the
// party of a party-and-state tag ("Maria Lopez (D-Ohio)" for "Democrat").
func (r *resolver) describedNear(m nlp.Mention, head string) bool {
	f := r.f
	t := f.tokenAt(m.Start)
	for k := t - 1; k >= 0 && t-k <= 3 && f.isWordTok(k); k-- {
		if strings.EqualFold(f.word(k), head) {
			return true
		}
	}
	e := t
	for e < len(f.toks) && f.toks[e].Start < m.End {
		e++
	}
	if !f.is(e, ",") && !f.is(e, "(") {
		return false
	}
	_, hi := f.sentence(t)
	for k := e + 1; k < hi && k-e <= 8 && !f.is(k, ",") && !f.is(k, ")"); k++ {
		w := f.word(k)
		if strings.EqualFold(w, head) || partyTag(w, head) {
			return true
		}
	}
	return false
}

// partyTag reports whether w is a party-and-state tag ("D-Ohio", "R-N.Y.")
// of the party a description names: "Democrat", "Republican".
func partyTag(w, head string) bool {
	if len(w) < 3 || w[1] != '-' {
		return false
	}
	switch w[0] {
	case 'D':
		return strings.EqualFold(head, "democrat")
	case 'R':
		return strings.EqualFold(head, "republican")
	}
	return false
}

// roleHasWord reports whether a role ("Sen.", "Finance Minister") holds
// the word w, an abbreviation standing for the word it begins: "Sen." for
// "senator", "Gov." for "governor".
func roleHasWord(role, w string) bool {
	if containsWord(role, w) {
		return true
	}
	for part := range strings.FieldsSeq(role) {
		if a, ok := strings.CutSuffix(part, "."); ok && len(a) >= 2 && len(w) > len(a) && strings.EqualFold(w[:len(a)], a) {
			return true
		}
	}
	return false
}

// containsWord reports whether s holds the word w, ignoring case.
func containsWord(s, w string) bool {
	for len(s) > 0 {
		i := strings.IndexFunc(s, func(r rune) bool { return r != ' ' && r != '-' })
		if i < 0 {
			return false
		}
		s = s[i:]
		j := strings.IndexAny(s, " -")
		if j < 0 {
			j = len(s)
		}
		if strings.EqualFold(s[:j], w) {
			return true
		}
		s = s[j:]
	}
	return false
}

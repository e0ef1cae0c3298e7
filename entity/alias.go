package entity

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsnlp/newsnlp/gazetteer"
	"github.com/newsnlp/newsnlp/ner"
	"github.com/newsnlp/newsnlp/nlp"
)

// One entity per real-world thing.
//
// Candidates with the same name (ignoring case, diacritics and the kind of
// apostrophe) form a group, and each group gets one type by vote: each
// mention votes for its own type (a headline mention half as much), a title
// or honorific before it votes twice for PERSON, ties go to the
// gazetteer's type, then to the first mention's, and MISC, the tagger's
// word for a name it cannot place, loses to a type with half its votes. The gazetteer overrides
// the vote where the tagger is known to be confused: a listed nationality
// or group is NORP, a listed organisation ("NATO") is ORG rather than a
// person (or a place, for an acronym), and a listed country or state that
// is not also a listed person name is never a PERSON without a title to say
// so. (A big city is: "Davenport" is a surname too.)
//
// Groups that name one thing are then linked:
//   - a headline name to the one body name whose words it is made of
//     ("RANGERS" to "Texas Rangers", see headline.go);
//   - places and organisations by the gazetteer's canonical name: "U.S.",
//     "US", "United States" and "America" are one GPE;
//   - an acronym defined in the story, "European Investment Bank (EIB)",
//     and an acronym made of the initials of a name in the story ("NATO"
//     and "North Atlantic Treaty Organization"), with the expansion's type;
//   - a person's surname, first name, or first and last name to the one
//     longer person name in the story that contains it: "Cardoso" and
//     "President Cardoso" join "Rita Cardoso", whatever type the tagger gave
//     them, unless the short name is a listed country, state or big city
//     with no person vote. A short name that two different people share
//     ("Bush" beside "George W. Bush" and "Jeb Bush") stays apart. The
//     longer name may be typed otherwise when it has a person's form (a
//     listed first name and capitalised words, see personLike) and the
//     short one is a PERSON: "Earhart" makes "Amelia Earhart" a person;
//   - a company name to its form with a suffix: "Acme" and "Acme Inc.".
//
// An entity is named by the gazetteer's canonical name when it is a listed
// place or organisation ("United States"), and otherwise by its fullest
// form in the story: the mention with the most words, preferring body text
// to a headline and mixed case to capitals, then the first.

// typeOrder lists the output types; votes are kept in this order.
var typeOrder = [...]nlp.EntityType{nlp.Person, nlp.Org, nlp.GPE, nlp.Loc, nlp.NORP, nlp.Facility, nlp.Event, nlp.Misc}

const numTypes = len(typeOrder)

func typeIndex(t nlp.EntityType) int {
	for i, x := range typeOrder {
		if x == t {
			return i
		}
	}
	return numTypes - 1
}

// group is the candidates that share a name.
type group struct {
	key    string // folded name
	text   string // the first mention's text
	words  int    // words in the name
	votes  [numTypes]float32
	typ    nlp.EntityType
	kinds  gazetteer.Kind
	first  int // first candidate, in text order
	locked bool
	perEv  float32 // votes from titles and honorifics
	canon  string  // the gazetteer's canonical name, for listed places and organisations
	family string  // "geo" or "org": the kind of thing canon names
}

// group sorts the live candidates into text order, groups them by name and
// votes on each group's type.
//
// Mentions of one name are one entity, whose type the vote decides from
// all of them ("Yukos" twice ORG and once GPE is an ORG). Two kinds of
// disagreement are kept apart, as the evidence says two things share the
// name: a place's name used for a team or a government ("Chicago" the city
// and "CHICAGO" the club in one sports story: ORG against a place type,
// when the gazetteer lists the name as a place and not as an
// organisation), and a person's name used mostly as MISC, a title or a
// product named after them ("Michael Collins" the film beside Michael
// Collins the man). A tie with nothing to break it (one "Spartak" PER, one
// ORG) is no majority either: it stays apart.
func (r *resolver) group() {
	order := r.liveOrder()
	keys := make([]string, len(r.cands))
	votes := make(map[string]*[numTypes]float32, len(order))
	for _, ci := range order {
		c := &r.cands[ci]
		keys[ci] = r.keyOf(ci)
		v := votes[keys[ci]]
		if v == nil {
			v = new([numTypes]float32)
			votes[keys[ci]] = v
		}
		v[typeIndex(c.typ)] += candWeight(c)
		v[0] += c.perEv
	}
	index := make(map[string]int, len(votes))
	for _, ci := range order {
		c := &r.cands[ci]
		text, key := r.text(c), keys[ci]
		gk := key
		k := r.kinds(listedForm(text))
		// A place's name for a club or a government is another thing only
		// when the gazetteer lists the name as a place and not as an
		// organisation; an unlisted name is one thing the tagger typed two
		// ways ("Yukos" ORG and GPE).
		apart := k.Has(gazetteer.GPEKinds|gazetteer.LOCKinds) && !k.Has(gazetteer.Org)
		switch v := votes[key]; {
		case c.locked:
			gk = key + "\x00" + string(c.typ)
		case c.typ == nlp.Misc && v[0] > 0 && v[typeIndex(nlp.Misc)] >= v[0] && r.personLike(c.t0, c.t1):
			gk = key + "\x00misc" // a work named after a person
		case apart && c.typ == nlp.Org && placeVotes(v) > 0:
			gk = key + "\x00org"
		case apart && isPlaceType(c.typ) && v[typeIndex(nlp.Org)] > 0:
			gk = key + "\x00place"
		case tiedWithout(v, c.typ, nlp.EntityType(k.Type())):
			gk = key + "\x00" + string(c.typ) // no majority and no gazetteer to break the tie
		}
		gi, ok := index[gk]
		if !ok {
			gi = len(r.groups)
			index[gk] = gi
			r.groups = append(r.groups, group{
				key: key, text: text, words: countWords(key), first: ci,
				kinds: r.kinds(listedForm(text)), locked: c.locked, typ: c.typ,
			})
		}
		c.group = gi
		g := &r.groups[gi]
		g.votes[typeIndex(c.typ)] += candWeight(c)
		g.votes[0] += c.perEv
		g.perEv += c.perEv
	}
	for gi := range r.groups {
		g := &r.groups[gi]
		if !g.locked {
			g.typ = r.voteType(g)
		}
	}
	r.parent = make([]int, len(r.groups))
	for i := range r.parent {
		r.parent[i] = i
	}
}

// isPlaceType reports whether t is a kind of place.
func isPlaceType(t nlp.EntityType) bool { return t == nlp.GPE || t == nlp.Loc || t == nlp.Facility }

// placeVotes returns the votes for kinds of place.
func placeVotes(v *[numTypes]float32) float32 {
	return v[typeIndex(nlp.GPE)] + v[typeIndex(nlp.Loc)] + v[typeIndex(nlp.Facility)]
}

// tiedWithout reports whether type t shares the top vote with another type
// while the gazetteer's type gz has less.
func tiedWithout(v *[numTypes]float32, t, gz nlp.EntityType) bool {
	top := v[typeIndex(t)]
	if top == 0 || maxOther(v, t) != top {
		return false
	}
	return gz == "" || v[typeIndex(gz)] < top
}

// candWeight is a candidate's vote for its own type: a headline's counts
// half.
func candWeight(c *cand) float32 {
	if c.headline {
		return 0.5
	}
	return 1
}

// maxOther returns the largest vote for a type other than t.
func maxOther(v *[numTypes]float32, t nlp.EntityType) float32 {
	var m float32
	ti := typeIndex(t)
	for i, x := range v {
		if i != ti && x > m {
			m = x
		}
	}
	return m
}

// liveOrder returns the live candidates' indices in text order.
func (r *resolver) liveOrder() []int {
	order := make([]int, 0, len(r.cands))
	for i := range r.cands {
		if !r.cands[i].dead {
			order = append(order, i)
		}
	}
	sort.SliceStable(order, func(a, b int) bool {
		return r.cands[order[a]].span.Start < r.cands[order[b]].span.Start
	})
	return order
}

// voteType returns a group's type: the vote, with the gazetteer's
// overrides.
func (r *resolver) voteType(g *group) nlp.EntityType {
	k := g.kinds
	places := gazetteer.GPEKinds | gazetteer.LOCKinds
	if k.Has(gazetteer.NORPKinds) && !k.Has(places|gazetteer.Org) {
		return nlp.NORP
	}
	best := -1
	gzType := nlp.EntityType(k.Type())
	firstType := typeIndex(r.cands[g.first].typ)
	for i := range g.votes {
		switch {
		case g.votes[i] == 0:
		case best < 0 || g.votes[i] > g.votes[best]:
			best = i
		case g.votes[i] == g.votes[best]:
			if typeOrder[i] == gzType || (typeOrder[best] != gzType && i == firstType) {
				best = i
			}
		}
	}
	if m := typeIndex(nlp.Misc); best == m {
		// MISC is what the tagger says of a name it cannot place: a type
		// with half its votes or more wins over it ("Zorvatco" twice MISC,
		// once ORG).
		alt := -1
		for i := range g.votes {
			if i != m && g.votes[i] > 0 && (alt < 0 || g.votes[i] > g.votes[alt]) {
				alt = i
			}
		}
		if alt >= 0 && 2*g.votes[alt] >= g.votes[m] {
			best = alt
		}
	}
	typ := typeOrder[best]
	orgOnly := k.Has(gazetteer.Org) && !k.Has(places|gazetteer.NORPKinds)
	switch {
	case orgOnly && typ == nlp.Person && g.perEv == 0:
		return nlp.Org // "NATO" is no one
	case orgOnly && (typ == nlp.GPE || typ == nlp.Loc || typ == nlp.Facility) && IsAcronym(g.text):
		return nlp.Org // nor a place
	case orgOnly && g.votes[best] <= maxOther(&g.votes, typ):
		return nlp.Org // a split vote
	case typ == nlp.Person && k.Has(gazetteer.Country|gazetteer.State) && !k.Has(gazetteer.PERKinds) && g.perEv == 0:
		return nlp.GPE // "Ukraine said"
	}
	return typ
}

// typeOf returns the type of group g's entity.
func (r *resolver) typeOf(g int) nlp.EntityType { return r.groups[r.find(g)].typ }

func (r *resolver) find(g int) int {
	for r.parent[g] != g {
		r.parent[g] = r.parent[r.parent[g]]
		g = r.parent[g]
	}
	return g
}

// union puts group a's entity into b's and gives it type typ.
func (r *resolver) union(a, b int, typ nlp.EntityType) {
	ra, rb := r.find(a), r.find(b)
	// Groups are numbered in order of first mention; the earlier one stays
	// the root, so the outcome does not depend on the order of linking.
	root := min(ra, rb)
	r.parent[ra], r.parent[rb] = root, root
	r.groups[root].typ = typ
}

// link joins the groups that name one thing.
func (r *resolver) link() {
	for _, p := range r.headAlias {
		body, head := &r.cands[p[0]], &r.cands[p[1]]
		if !body.dead && !head.dead {
			r.union(head.group, body.group, r.groups[r.find(body.group)].typ)
		}
	}
	r.linkCanonical()
	r.linkAcronyms()
	r.linkPersons()
	r.linkOrgSuffixes()
	r.linkOrgShortForms()
}

// linkCanonical joins listed places, organisations and nationalities that
// share a canonical name.
func (r *resolver) linkCanonical() {
	seen := map[string]int{}
	for gi := range r.groups {
		g := &r.groups[gi]
		var family string
		switch typ := r.typeOf(gi); {
		case (typ == nlp.GPE || typ == nlp.Loc) && g.kinds.Has(gazetteer.GPEKinds|gazetteer.LOCKinds):
			family = "geo"
		case typ == nlp.Org && g.kinds.Has(gazetteer.Org):
			family = "org"
		case typ == nlp.NORP && g.kinds.Has(gazetteer.NORPKinds):
			family = "norp"
		default:
			continue
		}
		if isAllLower(g.text) {
			continue // "us" is no country
		}
		canon, ok := r.gz.Canonical(listedForm(g.text))
		if !ok {
			continue
		}
		if family != "norp" {
			g.canon, g.family = canon, family
		}
		ck := family + "\x00" + r.foldKey(canon)
		if o, ok := seen[ck]; ok {
			r.union(gi, o, r.groups[r.find(o)].typ)
		} else {
			seen[ck] = gi
		}
	}
}

// findAcronymDefs finds acronyms defined in brackets, "European Investment
// Bank (EIB)" or "EIB (European Investment Bank)", and makes a candidate
// for the acronym if the tagger missed it. The pairs are linked later.
func (r *resolver) findAcronymDefs() {
	n := len(r.cands)
	for ci := 0; ci < n; ci++ {
		c := &r.cands[ci]
		if c.dead || c.tag == ner.PER {
			continue
		}
		_, se := r.sentRange(c.sent)
		j := c.t1
		if j+2 >= se || r.words[j] != "(" || r.words[j+2] != ")" {
			continue
		}
		long, short := ci, -1
		if inner := r.words[j+1]; IsAcronym(inner) && c.t1-c.t0 >= 2 {
			if !r.initialMatches(inner, r.text(c)) {
				continue
			}
			short = int(r.owner[j+1])
			if short < 0 {
				short = r.addCand(cand{t0: j + 1, t1: j + 2, sent: c.sent, tag: r.cands[ci].tag,
					headline: r.lineHead[r.tokLine[j+1]]})
			}
		}
		if short < 0 {
			continue
		}
		r.acronyms = append(r.acronyms, [2]int{long, short})
	}
}

// initialMatches reports whether acronym and name start with the same
// letter, ignoring a leading function word of the name.
func (r *resolver) initialMatches(acronym, name string) bool {
	words := strings.Fields(name)
	for len(words) > 1 && isFunctionWord(words[0]) {
		words = words[1:]
	}
	a, _ := utf8.DecodeRuneInString(acronym)
	b, _ := utf8.DecodeRuneInString(words[0])
	return unicode.ToUpper(a) == unicode.ToUpper(b)
}

// linkAcronyms joins acronyms to their expansions: those defined in
// brackets, then those made of the initials of a name in the story.
func (r *resolver) linkAcronyms() {
	for _, p := range r.acronyms {
		long, short := &r.cands[p[0]], &r.cands[p[1]]
		if long.dead || short.dead {
			continue
		}
		r.union(short.group, long.group, r.groups[r.find(long.group)].typ)
	}
	byInitials := map[string]int{} // initials -> group, or -1 if two things share them
	for gi := range r.groups {
		g := &r.groups[gi]
		if g.words < 2 || r.typeOf(gi) == nlp.Person {
			continue
		}
		a, b := initials(g.text)
		for _, in := range []string{a, b} {
			if len(in) < 2 {
				continue
			}
			if o, ok := byInitials[in]; ok && o >= 0 && r.find(o) != r.find(gi) {
				byInitials[in] = -1
			} else if !ok {
				byInitials[in] = gi
			}
		}
	}
	for gi := range r.groups {
		g := &r.groups[gi]
		if g.words != 1 || g.locked || !IsAcronym(g.text) {
			continue
		}
		o, ok := byInitials[acronymLetters(g.text)]
		if !ok || o < 0 || r.find(o) == r.find(gi) {
			continue
		}
		r.union(gi, o, r.groups[r.find(o)].typ)
	}
}

// linkPersons joins a surname, a first name, or a first and last name to
// the one longer person name in the story that has it.
func (r *resolver) linkPersons() {
	index := map[string][]int{}
	add := func(k string, gi int) {
		if list := index[k]; len(list) == 0 || list[len(list)-1] != gi {
			index[k] = append(list, gi)
		}
	}
	for gi := range r.groups {
		g := &r.groups[gi]
		if g.words < 2 || (r.typeOf(gi) != nlp.Person && !r.personForm(gi)) {
			continue
		}
		ws := personNameWords(g.key)
		if len(ws) < 2 {
			continue
		}
		n := len(ws)
		add(ws[n-1], gi)
		add(ws[n-2]+" "+ws[n-1], gi)
		if r.typeOf(gi) == nlp.Person {
			// A name typed otherwise is a person's only by its surname
			// ("Earhart"): news calls people by their first name rarely, a
			// company by its first word often ("Zorvat" of "Zorvat Halden").
			add(ws[0], gi)
			if n >= 3 {
				add(ws[0]+" "+ws[n-1], gi)
				add(strings.Join(ws[1:], " "), gi)
			}
		}
	}
	if len(index) == 0 {
		return
	}
	order := make([]int, len(r.groups))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return r.groups[order[a]].words > r.groups[order[b]].words })
	for _, gi := range order {
		g := &r.groups[gi]
		targets := index[g.key]
		if len(targets) == 0 || !r.mayBePerson(gi) {
			continue
		}
		root := -1
		for _, t := range targets {
			if t == gi || r.groups[t].words <= g.words {
				continue
			}
			if rt := r.find(t); root < 0 {
				root = rt
			} else if rt != root {
				root = -2 // two people share the name
				break
			}
		}
		if root >= 0 && root != r.find(gi) && (r.typeOf(root) == nlp.Person || r.typeOf(gi) == nlp.Person) {
			r.union(gi, root, nlp.Person)
		}
	}
}

// personForm reports whether group gi, typed other than PERSON, has the
// form of a person's full name the gazetteer does not list as anything
// else: "Amelia Earhart" typed ORG or MISC beside "Earhart" typed PERSON.
func (r *resolver) personForm(gi int) bool {
	g := &r.groups[gi]
	if g.locked || g.kinds.Has(gazetteer.GPEKinds|gazetteer.LOCKinds|gazetteer.NORPKinds|gazetteer.Org|gazetteer.Market) {
		return false
	}
	switch r.typeOf(gi) {
	case nlp.Org, nlp.Misc, nlp.GPE, nlp.Loc:
	default:
		return false
	}
	c := &r.cands[g.first]
	return r.personLike(c.t0, c.t1)
}

// mayBePerson reports whether a group the tagger may have mistyped can
// join a person: not a nationality or event, not a listed organisation, and
// not a listed country, state or big city unless a title says otherwise.
func (r *resolver) mayBePerson(gi int) bool {
	g := &r.groups[gi]
	switch typ := r.typeOf(gi); {
	case typ == nlp.Person:
		return true
	case g.locked || typ == nlp.NORP || typ == nlp.Event:
		return false
	case g.kinds.Has(gazetteer.Org | gazetteer.NORPKinds):
		return false
	case g.kinds.Has(gazetteer.Country|gazetteer.State|gazetteer.BigCity) && g.votes[0] == 0:
		return false
	}
	return true
}

// linkOrgSuffixes joins a company's name to its form with a company
// suffix: "Acme" and "Acme Inc." are one ORG.
func (r *resolver) linkOrgSuffixes() {
	var index map[string]int
	for gi := range r.groups {
		g := &r.groups[gi]
		if r.typeOf(gi) != nlp.Org || g.words < 2 {
			continue
		}
		ws := strings.Fields(g.text)
		n := len(ws)
		for n > 1 && r.kinds(strings.TrimSuffix(ws[n-1], ",")).Has(gazetteer.OrgSuffix) {
			n--
		}
		if n == len(ws) {
			continue
		}
		if index == nil {
			index = map[string]int{}
		}
		k := r.foldKey(strings.TrimSuffix(strings.Join(ws[:n], " "), ","))
		if _, ok := index[k]; !ok {
			index[k] = gi
		}
	}
	if index == nil {
		return
	}
	for gi := range r.groups {
		g := &r.groups[gi]
		if o, ok := index[g.key]; ok && o != gi && (r.typeOf(gi) == nlp.Org || r.typeOf(gi) == nlp.Misc) {
			r.union(gi, o, nlp.Org)
		}
	}
}

// linkOrgShortForms joins a one-word name to the one organisation of the
// story whose name begins or ends with it: "Zorvat" after "Zorvat Halden",
// "Halden" after "Zorvat Halden". The short form must be typed ORG or MISC,
// or PERSON with nothing (no title, no honorific) that says it is a
// person; it must not be a word of organisations ("Bank", "Group"), a
// place or a nationality; and it stays apart when two organisations, or an
// organisation and a person, could claim it.
func (r *resolver) linkOrgShortForms() {
	index := map[string][]int{}
	for gi := range r.groups {
		g := &r.groups[gi]
		if g.words < 2 {
			continue
		}
		ws := strings.Fields(g.key)
		for _, w := range []string{ws[0], ws[len(ws)-1]} {
			if list := index[w]; len(list) == 0 || list[len(list)-1] != gi {
				index[w] = append(list, gi)
			}
		}
	}
	for gi := range r.groups {
		g := &r.groups[gi]
		if g.words != 1 || r.find(gi) != gi || len(index[g.key]) == 0 || !r.shortFormCandidate(gi) {
			continue
		}
		root := -1
		for _, t := range index[g.key] {
			rt := r.find(t)
			if r.typeOf(rt) != nlp.Org || (root >= 0 && rt != root) {
				root = -2 // a person, a place or two organisations share the word
				break
			}
			root = rt
		}
		if root >= 0 && root != gi {
			r.union(gi, root, nlp.Org)
		}
	}
}

// shortFormCandidate reports whether one-word group gi may be an
// organisation's short name (see linkOrgShortForms).
func (r *resolver) shortFormCandidate(gi int) bool {
	g := &r.groups[gi]
	switch typ := r.typeOf(gi); {
	case g.locked:
		return false
	case typ == nlp.Person:
		if g.perEv > 0 {
			return false
		}
	case typ != nlp.Org && typ != nlp.Misc:
		return false
	}
	if isOrgHead(g.text) || IsAcronym(g.text) {
		return false
	}
	return !g.kinds.Has(gazetteer.GPEKinds | gazetteer.LOCKinds | gazetteer.NORPKinds | gazetteer.OrgWord | gazetteer.FirstName)
}

// entityName names an entity of type typ from its candidates, in text
// order.
func (r *resolver) entityName(typ nlp.EntityType, members []int) string {
	family := "geo"
	if typ == nlp.Org {
		family = "org"
	}
	if typ == nlp.GPE || typ == nlp.Loc || typ == nlp.Facility || typ == nlp.Org {
		for _, ci := range members {
			if g := &r.groups[r.cands[ci].group]; g.canon != "" && g.family == family {
				return g.canon
			}
		}
	}
	best := -1
	var bestScore [2]int
	for _, ci := range members {
		c := &r.cands[ci]
		text := r.text(c)
		s := [2]int{countWords(text), 0}
		if !c.headline {
			s[1] += 2
		}
		if !isUpperWord(text) {
			s[1]++
		}
		if best < 0 || s[0] > bestScore[0] || (s[0] == bestScore[0] && s[1] > bestScore[1]) {
			best, bestScore = ci, s
		}
	}
	name := r.text(&r.cands[best])
	if strings.ContainsAny(name, "\n\t\r") || strings.Contains(name, "  ") {
		name = strings.Join(strings.Fields(name), " ")
	}
	return name
}

// countWords returns the number of space-separated words in s.
func countWords(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		sp := s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

func isAllLower(s string) bool {
	for _, ch := range s {
		if unicode.IsUpper(ch) {
			return false
		}
	}
	return true
}

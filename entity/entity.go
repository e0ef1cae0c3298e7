package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsnlp/newsnlp/gazetteer"
	"github.com/newsnlp/newsnlp/ner"
	"github.com/newsnlp/newsnlp/nlp"
)

// Resolve turns the tokens' BIO labels (Token.NER) into doc.Mentions and
// doc.Entities, replacing what they held, with the gazetteer gz. The steps, each in its own file:
//
//  1. runs of B-/I- labels become candidate mentions, without quotation
//     marks, brackets or a possessive "'s" at their edges (this file);
//  2. headlines and datelines are found (headline.go), and facilities the
//     tagger cut or missed are mended (facility.go), as are listed names
//     (listed.go), names glued to their neighbours or cut from their heads
//     (glue.go) and people's names (person.go);
//  3. titles and roles are split off names: "Defense Secretary Ana
//     Ortiz" is the name "Ana Ortiz" with the role "Defense Secretary"
//     (role.go), and a headline's candidates are kept only
//     where they name something the body or the gazetteer vouches for
//     (headline.go);
//  4. each candidate gets a type from the tagger's label, the gazetteer and
//     the word's form: GPE or LOC for places, NORP for nationalities and
//     groups, EVENT, FAC (entitytype.go);
//  5. candidates are grouped by name, each group gets one type by vote, and
//     groups that name one thing are linked: surnames to full names,
//     acronyms to their expansions, country aliases to one country
//     (alias.go).
//
// Entities come out in order of first mention; every mention keeps its own
// span and text. casing, if not nil, tells common words from names (the
// tagger's model is one); without it a few rules have less to go on.
func Resolve(doc *nlp.Document, gz *gazetteer.Gazetteer, casing Casing) {
	r := newResolver(doc, gz, casing)
	r.collect()
	r.splitJoined()
	r.markLines()
	r.findFacilities()
	r.listedNames()
	r.appositiveAcronyms()
	r.takeOrgHead()
	r.joinListedOf()
	r.splitGlued()
	r.personNames()
	r.titledNames()
	r.findRoles()
	r.possessiveNames()
	r.findAcronymDefs()
	r.filterHeadlines()
	for i := range r.cands {
		if !r.cands[i].dead {
			r.cands[i].typ = r.localType(&r.cands[i])
		}
	}
	r.orgEvidence()
	r.group()
	r.link()
	r.retypeByOrgEvidence()
	r.build()
}

// cand is a candidate mention: a run of tokens the tagger labelled, as the
// later steps narrow, retype or drop it.
type cand struct {
	t0, t1   int            // the name's tokens, [t0, t1) in Document.Tokens
	span     nlp.Span       // the name's bytes; may trim inside the edge tokens
	sent     int            // sentence index
	tag      ner.Type       // the tagger's class
	typ      nlp.EntityType // the type it resolves to
	role     nlp.Span       // the title or role written before the name, if any
	perEv    float32
	orgEv    float32 // signs that a name typed PERSON is a company (orgevidence.go)
	clitic   int     // t1 with a trailing "'s" the tagger put in the span; 0 if none
	headline bool    // in a headline line: needs outside evidence to stay
	locked   bool    // type fixed by its position (a dateline's place)
	dead     bool
	key      string // folded name, the grouping key; "" until keyOf computes it
	group    int
}

// Casing tells common words from names by how often text capitalises
// them; *ner.Model is one.
type Casing interface {
	// CapitalBucket returns how often the lower-cased form of word is
	// capitalised in the middle of a sentence, from 1 (less than a fifth of
	// the time) to 5 (four fifths or more), or 0 if the form is unknown.
	CapitalBucket(word string) int
}

// resolver holds the per-document state of Resolve.
type resolver struct {
	doc    *nlp.Document
	gz     *gazetteer.Gazetteer
	casing Casing
	h      gazetteer.Hasher
	words  []string // token texts, parallel to doc.Tokens
	cands  []cand
	owner  []int32 // per token: the live candidate covering it, or -1

	kindMemo map[string]gazetteer.Kind // gazetteer lookups so far

	tokLine  []int32 // per token: its line index
	lineHead []bool  // per line: a headline
	fold     []byte  // scratch

	groups    []group
	parent    []int    // union-find over groups
	acronyms  [][2]int // candidates: an expansion and the acronym defined after it
	headAlias [][2]int // candidates: a body name and a headline name made of its words
}

func newResolver(doc *nlp.Document, gz *gazetteer.Gazetteer, casing Casing) *resolver {
	r := &resolver{doc: doc, gz: gz, casing: casing}
	r.words = make([]string, len(doc.Tokens))
	r.owner = make([]int32, len(doc.Tokens))
	for i, t := range doc.Tokens {
		r.words[i] = doc.Text[t.Start:t.End]
		r.owner[i] = -1
	}
	return r
}

// sentRange returns the token range of sentence si.
func (r *resolver) sentRange(si int) (int, int) {
	s := r.doc.Sentences[si]
	return s.TokenStart, s.TokenEnd
}

// collect turns runs of B-/I- labels into candidates. An I- label that does
// not continue a run of its type starts one, as conlleval reads it.
func (r *resolver) collect() {
	toks := r.doc.Tokens
	n := 0
	for i := range toks {
		if toks[i].NER.IsBegin() {
			n++
		}
	}
	r.cands = make([]cand, 0, n+n/4+4)
	for i := 0; i < len(toks); {
		typ := toks[i].NER.Type()
		if typ == 0 {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) && toks[j].Sentence == toks[i].Sentence && toks[j].NER == ner.Inside(typ) {
			j++
		}
		r.addCand(cand{t0: i, t1: j, sent: int(toks[i].Sentence), tag: typ})
		i = j
	}
}

// splitJoined splits a candidate that joins places with a dash or a slash
// ("Russia–Ukraine" war, "Israel/Gaza") into one per place, and cuts a
// name the tagger labelled with its hyphenated suffix ("U.S.-led") down
// to the name (see cutModifiers).
func (r *resolver) splitJoined() {
	r.joinHeads()
	r.coordinations()
	r.cutModifiers()
	n := len(r.cands)
	for ci := 0; ci < n; ci++ {
		c := &r.cands[ci]
		if c.dead || c.t1-c.t0 == 1 {
			continue
		}
		var parts [][2]int
		a := c.t0
		for t := c.t0; t <= c.t1; t++ {
			if t < c.t1 && !isJoiner(r.words[t]) {
				continue
			}
			if t > a {
				parts = append(parts, [2]int{a, t})
			}
			a = t + 1
		}
		if len(parts) < 2 {
			continue
		}
		ok := true
		for _, p := range parts {
			ok = ok && r.kinds(r.joinWords(p[0], p[1])).Has(gazetteer.GPEKinds|gazetteer.LOCKinds|gazetteer.NORPKinds)
		}
		if !ok {
			continue
		}
		sent := c.sent
		r.kill(ci)
		for _, p := range parts {
			tag := ner.MISC // a nationality
			if r.kinds(r.joinWords(p[0], p[1])).Has(gazetteer.GPEKinds | gazetteer.LOCKinds) {
				tag = ner.LOC
			}
			r.addCand(cand{t0: p[0], t1: p[1], sent: sent, tag: tag})
		}
	}
}

// narrowWide sets candidate ci's tokens to [t0, t1), which must be free of
// other live candidates.
func (r *resolver) narrowWide(ci, t0, t1 int) {
	c := &r.cands[ci]
	c.t0, c.t1, c.clitic = t0, t1, 0
	if !r.trim(c) {
		r.kill(ci)
		return
	}
	r.setOwner(ci)
}

func isJoiner(w string) bool {
	switch w {
	case "-", "–", "—", "/", "--":
		return true
	}
	return false
}

// addCand trims c's edges and, if a name is left and no live candidate
// overlaps it, adds it. It returns the new candidate's index or -1.
func (r *resolver) addCand(c cand) int {
	if !r.trim(&c) {
		return -1
	}
	for t := c.t0; t < c.t1; t++ {
		if r.owner[t] >= 0 {
			return -1
		}
	}
	r.cands = append(r.cands, c)
	idx := len(r.cands) - 1
	r.setOwner(idx)
	return idx
}

func (r *resolver) setOwner(ci int) {
	c := &r.cands[ci]
	for t := c.t0; t < c.t1; t++ {
		r.owner[t] = int32(ci)
	}
}

// kill drops candidate ci.
func (r *resolver) kill(ci int) {
	c := &r.cands[ci]
	for t := c.t0; t < c.t1; t++ {
		if r.owner[t] == int32(ci) {
			r.owner[t] = -1
		}
	}
	c.dead = true
}

// narrow sets candidate ci's tokens to [t0, t1), a sub-range of its own,
// trims the edges again and drops it if nothing is left.
func (r *resolver) narrow(ci, t0, t1 int) {
	c := &r.cands[ci]
	for t := c.t0; t < c.t1; t++ {
		if (t < t0 || t >= t1) && r.owner[t] == int32(ci) {
			r.owner[t] = -1
		}
	}
	if t1 < c.t1 {
		c.clitic = 0
	}
	c.t0, c.t1 = t0, t1
	if !r.trim(c) {
		r.kill(ci)
		return
	}
	r.setOwner(ci)
}

// trim drops quotation marks, brackets, other punctuation, a possessive
// "'s" and a leading lower-case "the" from the edges of c and sets c.span.
// It reports whether a name is left.
func (r *resolver) trim(c *cand) bool {
	w := r.words
	if c.clitic == 0 && c.t1-c.t0 > 1 && (w[c.t1-1] == "'s" || w[c.t1-1] == "’s") && r.doc.Tokens[c.t1-1].NER.IsInside() {
		c.clitic = c.t1
	}
	for c.t0 < c.t1 {
		s := w[c.t0]
		if !hasAlnum(s) || (c.t1-c.t0 > 1 && (s == "the" || s == "a" || s == "an" || isScore(s))) {
			c.t0++
			continue
		}
		break
	}
	for c.t1 > c.t0 {
		s := w[c.t1-1]
		switch {
		case isClitic(s):
		case s == ")" && c.t1-c.t0 > 2 && w[c.t1-3] == "(":
			goto done // "Mladost (BJ)"
		case s != "." && !hasAlnum(s):
		case (s == "s" || s == "S") && c.t1-c.t0 > 1 && isApostrophe(w[c.t1-2]):
		case c.t1-c.t0 > 1 && isLowerWord(s):
			// A name does not end in a common word: "Western [military]".
		case c.t1-c.t0 > 1 && (isScore(s) || (c.tag == ner.PER && isNumber(s))):
			// Nor in a score, nor a person's in a number: "Taylor Fritz [7-6]".
		default:
			goto done
		}
		c.t1--
	}
done:
	if c.t0 >= c.t1 {
		return false
	}
	toks := r.doc.Tokens
	sp := nlp.Span{Start: toks[c.t0].Start, End: toks[c.t1-1].End}
	text := r.doc.Text
	// Inside the edge tokens: a quotation mark glued to the name, or a
	// possessive the tokenizer left on the word.
	for sp.Start < sp.End {
		ch, n := utf8.DecodeRuneInString(text[sp.Start:sp.End])
		if !isNameEdgePunct(ch) {
			break
		}
		sp.Start += n
	}
	for sp.End > sp.Start {
		name := text[sp.Start:sp.End]
		if k := possessiveSuffix(name); k > 0 {
			sp.End -= k
			continue
		}
		ch, n := utf8.DecodeLastRuneInString(name)
		if !isNameEdgePunct(ch) && ch != ',' && ch != ';' && ch != ':' {
			break
		}
		if ch == ')' && strings.IndexByte(name, '(') >= 0 {
			break
		}
		sp.End -= n
	}
	if sp.Start >= sp.End || !hasAlnum(text[sp.Start:sp.End]) {
		return false
	}
	c.span, c.key = sp, ""
	return true
}

// isScore reports whether tok is a score or a set's result: "7-6", "2–1",
// "6-4(5)".
func isScore(tok string) bool {
	a, b, ok := strings.Cut(tok, "-")
	if !ok {
		a, b, ok = strings.Cut(tok, "–")
	}
	if !ok {
		return false
	}
	if i := strings.IndexByte(b, '('); i > 0 && strings.HasSuffix(b, ")") && isNumber(b[i+1:len(b)-1]) {
		b = b[:i] // "6-4(5)": a tie-break
	}
	return isNumber(a) && isNumber(b) && len(a) <= 3 && len(b) <= 3 // not years: "1966-76"
}

// isNumber reports whether tok is digits only.
func isNumber(tok string) bool {
	for i := 0; i < len(tok); i++ {
		if tok[i] < '0' || tok[i] > '9' {
			return false
		}
	}
	return tok != ""
}

// possessiveNames gives back a trailing "'s" that the tagger put in a
// span when the name without it is not known: "Lloyd's", "Moody's" and
// "Lord's" are names, while "Russia's" (a listed country) and "Cardoso's"
// (when "Cardoso" is mentioned elsewhere) are possessives.
func (r *resolver) possessiveNames() {
	var keys map[string]bool
	for i := range r.cands {
		c := &r.cands[i]
		if c.dead || c.clitic == 0 || c.clitic != c.t1+1 {
			continue
		}
		if keys == nil {
			keys = map[string]bool{}
			for j := range r.cands {
				if d := &r.cands[j]; !d.dead && d.clitic == 0 {
					keys[r.keyOf(j)] = true
				}
			}
		}
		text := r.text(c)
		if keys[r.foldKey(text)] || r.kinds(text).Has(gazetteer.GPEKinds|gazetteer.LOCKinds|gazetteer.NORPKinds|gazetteer.Org) {
			continue
		}
		if r.owner[c.t1] >= 0 {
			continue
		}
		c.t1++
		c.span.End = r.doc.Tokens[c.t1-1].End
		c.key = ""
		r.owner[c.t1-1] = int32(i)
	}
}

// listedForm returns name as the gazetteer lists it: an abbreviation that
// lost its last full stop ("U.S") gets it back.
func listedForm(name string) string {
	if isDottedAbbrev(name) {
		return name + "."
	}
	return name
}

// kinds returns the gazetteer's categories for name, remembering them for
// the rest of the document.
func (r *resolver) kinds(name string) gazetteer.Kind {
	if k, ok := r.kindMemo[name]; ok {
		return k
	}
	if r.kindMemo == nil {
		r.kindMemo = make(map[string]gazetteer.Kind)
	}
	k := r.gz.Kinds(name)
	r.kindMemo[name] = k
	return k
}

// keyOf returns candidate ci's grouping key, computing it once.
func (r *resolver) keyOf(ci int) string {
	c := &r.cands[ci]
	if c.key == "" {
		c.key = r.foldKey(r.text(c))
	}
	return c.key
}

// text returns the candidate's text.
func (r *resolver) text(c *cand) string { return r.doc.Text[c.span.Start:c.span.End] }

// build makes Document.Mentions and Document.Entities from the live
// candidates and their linked groups. Entities are in order of first
// mention.
func (r *resolver) build() {
	doc := r.doc
	order := r.liveOrder()
	entOf := make([]int32, len(r.groups)) // root group -> entity index + 1
	var counts []int
	for _, ci := range order {
		root := r.find(r.cands[ci].group)
		if entOf[root] == 0 {
			counts = append(counts, 0)
			entOf[root] = int32(len(counts))
		}
		counts[entOf[root]-1]++
	}
	// One backing array each for the entities' mentions and candidates.
	doc.Mentions = make([]nlp.Mention, 0, len(order))
	doc.Entities = make([]nlp.Entity, len(counts))
	ments := make([]nlp.Mention, len(order))
	members := make([]int, len(order))
	offs := make([]int, len(counts)+1)
	for i, n := range counts {
		offs[i+1] = offs[i] + n
		doc.Entities[i].Mentions = ments[offs[i]:offs[i]:offs[i+1]]
	}
	for _, ci := range order {
		c := &r.cands[ci]
		root := r.find(c.group)
		ei := int(entOf[root] - 1)
		e := &doc.Entities[ei]
		m := nlp.Mention{Span: c.span, Text: r.text(c), Type: r.groups[root].typ, Sentence: c.sent}
		if c.role.End > c.role.Start {
			m.Role = doc.Text[c.role.Start:c.role.End]
		}
		doc.Mentions = append(doc.Mentions, m)
		members[offs[ei]+len(e.Mentions)] = ci
		e.Type = m.Type
		e.Mentions = append(e.Mentions, m)
		if m.Role != "" && !containsString(e.Roles, m.Role) {
			e.Roles = append(e.Roles, m.Role)
		}
	}
	for ei := range doc.Entities {
		e := &doc.Entities[ei]
		e.Name = r.entityName(e.Type, members[offs[ei]:offs[ei+1]])
	}
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// hasAlnum reports whether s holds a letter or a digit.
func hasAlnum(s string) bool {
	for _, ch := range s {
		if unicode.IsLetter(ch) || unicode.IsDigit(ch) {
			return true
		}
	}
	return false
}

// isClitic reports whether tok is a possessive clitic token: 's, ’s or a
// bare apostrophe.
func isClitic(tok string) bool {
	switch tok {
	case "'s", "'S", "’s", "’S", "'", "’":
		return true
	}
	return false
}

// isLowerWord reports whether tok is letters, all lower case.
func isLowerWord(tok string) bool {
	if tok == "" {
		return false
	}
	for _, ch := range tok {
		if !unicode.IsLower(ch) {
			return false
		}
	}
	return true
}

func isApostrophe(tok string) bool { return tok == "'" || tok == "’" }

// isNameEdgePunct reports whether ch is a quotation mark or bracket that
// never begins or ends a name.
func isNameEdgePunct(ch rune) bool {
	switch ch {
	case '"', '\'', '“', '”', '‘', '’', '«', '»', '„', '‹', '›', '`', '(', ')', '[', ']', '{', '}', '*', '_':
		return true
	}
	return false
}

// possessiveSuffix returns the byte length of a trailing possessive ("'s",
// "’s" or a bare apostrophe after s) on name, or 0.
func possessiveSuffix(name string) int {
	for _, suf := range []string{"'s", "’s", "'S", "’S"} {
		if strings.HasSuffix(name, suf) && len(name) > len(suf) {
			return len(suf)
		}
	}
	return 0
}

func isLetterRune(ch rune) bool { return unicode.IsLetter(ch) }

// isCapitalised reports whether s starts with an upper-case letter.
func isCapitalised(s string) bool {
	ch, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(ch)
}

// isUpperWord reports whether s has at least two letters and none of them
// lower case: "NATO", "U.S.", "AL-AIN".
func isUpperWord(s string) bool {
	letters := 0
	for _, ch := range s {
		if unicode.IsLower(ch) {
			return false
		}
		if unicode.IsLetter(ch) {
			letters++
		}
	}
	return letters >= 2
}

// startsLower reports whether s starts with a lower-case letter.
func startsLower(s string) bool {
	ch, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(ch)
}

// foldKey returns the grouping key of a name: folded as the gazetteer folds
// (case, diacritics, apostrophes), with runs of white space made one space.
func (r *resolver) foldKey(name string) string {
	b := r.fold[:0]
	space := false
	for _, f := range strings.Fields(name) {
		if space {
			b = append(b, ' ')
		}
		b = gazetteer.Fold(b, f)
		space = true
	}
	r.fold = b
	return string(b)
}

package entity

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"github.com/newsnlp/newsnlp/gazetteer"
	"github.com/newsnlp/newsnlp/nlp"
)

// Table merges the entities of many stories into one row per
// real-world entity: how many stories name it, how often, and where it was
// seen first. It keeps, per distinct name, the stories that use it and a few
// sources; nothing of the stories' text.
//
// Names are merged across stories by the rules that merge them within a
// story (Key):
//   - the same name, ignoring case, diacritics, full stops, a possessive, a
//     leading "the" (not for people), the gazetteer's titles and honorifics
//     before a person's name ("President", "Mr") and a person's middle
//     initials and generational suffix;
//   - the gazetteer's canonical name of a listed place ("US", "U.S.",
//     "America" and "United States");
//   - a shorter name into a longer one of the same type when exactly one
//     longer name claims it: because some story mentioned the entity by the
//     shorter name, because the shorter is a person's surname, or because it
//     is the longer name's acronym ("EU", "European Union"). When two
//     entities claim a short name ("Cardoso": Rita and Ines), it stays on
//     its own row.
//
// GPE and LOC are one type for merging, since taggers confuse them, and a
// name typed differently by different stories is one row ("Yukos" ORG in
// one, GPE in another), unless the gazetteer lists it as a place and the
// other type is an organisation or a person ("Washington" the city and
// the person). A row gets the type most of its mentions have.
type Table struct {
	gz         *gazetteer.Gazetteer
	h          gazetteer.Hasher
	maxSources int
	stories    int32
	nodes      map[nodeKey]*node
	order      []*node
}

type nodeKey struct {
	class nlp.EntityType
	key   string
}

// node is one distinct name (after normalising) of one type class.
type node struct {
	nodeKey
	tokens   int
	acronym  string                 // the letters of a name written as an acronym ("EU"), or ""
	initials [2]string              // the initials of a name of two words or more (see initials)
	surfaces map[string]int         // names as written → mentions
	types    map[nlp.EntityType]int // entity type → mentions
	aliases  map[string]struct{}    // keys of other names it was mentioned by in a story
	storyIDs []int32                // the stories that name it, each once, by place in the input
	sources  []storySource          // the first maxSources of them in input order, sorted
	first    int32                  // the first story's place: acronym and initials are from its name
	mentions int
}

// storySource is a story's place in the input and its source.
type storySource struct {
	ID     int32
	Source string
}

// Row is one row of the cross-story table.
type Row struct {
	Name     string         `json:"name"`
	Type     nlp.EntityType `json:"type"`
	Stories  int            `json:"stories"`  // stories that mention it
	Mentions int            `json:"mentions"` // mentions in all stories
	Aliases  []string       `json:"aliases"`  // other names merged into this row, most mentioned first
	Sources  []string       `json:"sources"`  // the first stories, in input order
}

// DefaultTableSources is how many sources a row lists by default.
const DefaultTableSources = 3

// NewTable returns an empty table whose rows list up to maxSources
// sources (DefaultTableSources if maxSources <= 0). It merges names with the
// embedded gazetteer.
func NewTable(maxSources int) *Table {
	if maxSources <= 0 {
		maxSources = DefaultTableSources
	}
	return &Table{gz: gazetteer.Default(), maxSources: maxSources, nodes: map[nodeKey]*node{}}
}

// Stories returns the number of stories added.
func (t *Table) Stories() int { return int(t.stories) }

// Add adds one story's entities as the next story of the input: as
// AddAt(t.Stories(), source, ents). Stories must be added in input order, so
// that each row's sources are the first ones. Only the entities' names,
// types and mention texts are read; no string of the story is kept.
func (t *Table) Add(source string, ents []nlp.Entity) {
	t.AddAt(int(t.stories), source, ents)
}

// AddAt adds one story's entities as the story at place order (from 0) of
// the input, in whatever order stories come: each row lists the sources of
// its first stories by place, and the rows are those that adding the same
// stories in input order gives. Every story must have its own place, below
// 2^31. Tables filled with different stories are combined by Merge.
func (t *Table) AddAt(order int, source string, ents []nlp.Entity) {
	id := int32(order)
	t.stories++
	for _, e := range ents {
		class := typeClass(e.Type)
		key, toks := t.key(e.Name, class)
		if key == "" {
			continue
		}
		n := t.nodes[nodeKey{class, key}]
		if n == nil {
			key = strings.Clone(key)
			n = &node{nodeKey: nodeKey{class, key}, tokens: toks,
				surfaces: map[string]int{}, types: map[nlp.EntityType]int{}, aliases: map[string]struct{}{}}
			n.first = id
			n.spelling(e.Name)
			t.nodes[n.nodeKey] = n
			t.order = append(t.order, n)
		} else if id < n.first {
			// A story earlier in the input than any before names it.
			n.first = id
			n.spelling(e.Name)
		}
		count := max(len(e.Mentions), 1)
		n.mentions += count
		n.types[e.Type] += count
		// A map assignment stores its key anew, so clone on every one.
		n.surfaces[strings.Clone(e.Name)] += count
		if len(n.storyIDs) == 0 || n.storyIDs[len(n.storyIDs)-1] != id {
			n.storyIDs = append(n.storyIDs, id)
			n.sources = firstSources(n.sources, t.maxSources, storySource{id, source})
		}
		for _, m := range e.Mentions {
			if k, _ := t.key(m.Text, class); k != "" && k != key {
				if _, ok := n.aliases[k]; !ok {
					n.aliases[strings.Clone(k)] = struct{}{}
				}
			}
		}
	}
}

// spelling sets what a node takes from the name of its first story: the
// letters of an acronym and the initials of a longer name.
func (n *node) spelling(name string) {
	n.acronym, n.initials = "", [2]string{}
	if IsAcronym(name) {
		n.acronym = acronymLetters(name)
	}
	if n.tokens >= 2 {
		n.initials[0], n.initials[1] = initials(name)
	}
}

// firstSources adds s to sources, the first stories by place, sorted, if
// it is among the first max.
func firstSources(sources []storySource, max int, s storySource) []storySource {
	i, _ := slices.BinarySearchFunc(sources, s.ID, func(a storySource, id int32) int { return cmp.Compare(a.ID, id) })
	if i >= max {
		return sources
	}
	s.Source = strings.Clone(s.Source)
	sources = slices.Insert(sources, i, s)
	return sources[:min(len(sources), max)]
}

// Merge moves the stories of other, a table filled with other stories
// (AddAt with places of their own), into t, which then holds the rows of
// both: the same rows as one table that all the stories were added to. Rows
// list t's number of sources. other must not be used afterwards. Merge is
// how a distributed run (the Beam pipeline) combines partial tables.
func (t *Table) Merge(other *Table) {
	t.stories += other.stories
	for _, o := range other.order {
		n := t.nodes[o.nodeKey]
		if n == nil {
			o.sources = o.sources[:min(len(o.sources), t.maxSources)]
			t.nodes[o.nodeKey] = o
			t.order = append(t.order, o)
			continue
		}
		if o.first < n.first {
			n.first, n.acronym, n.initials = o.first, o.acronym, o.initials
		}
		n.mentions += o.mentions
		for ty, c := range o.types {
			n.types[ty] += c
		}
		for name, c := range o.surfaces {
			n.surfaces[name] += c
		}
		for k := range o.aliases {
			n.aliases[k] = struct{}{}
		}
		n.storyIDs = append(n.storyIDs, o.storyIDs...)
		for _, s := range o.sources {
			n.sources = firstSources(n.sources, t.maxSources, s)
		}
	}
	*other = Table{}
}

// Rows merges the names and returns the rows, the entities in most stories
// first (then most mentions, then by name).
func (t *Table) Rows() []Row {
	uf := newUnionFind(len(t.order))
	t.mergeAcrossTypes(uf)
	t.mergeClaimed(uf, t.claims())
	groups := map[int][]*node{}
	var rootOrder []int
	for i, n := range t.order {
		r := uf.find(i)
		if _, ok := groups[r]; !ok {
			rootOrder = append(rootOrder, r)
		}
		groups[r] = append(groups[r], n)
	}
	rows := make([]Row, 0, len(rootOrder))
	for _, r := range rootOrder {
		rows = append(rows, t.row(groups[r]))
	}
	slices.SortStableFunc(rows, func(a, b Row) int {
		return cmp.Or(cmp.Compare(b.Stories, a.Stories), cmp.Compare(b.Mentions, a.Mentions),
			cmp.Compare(a.Name, b.Name), cmp.Compare(a.Type, b.Type))
	})
	return rows
}

// mergeAcrossTypes merges the names that are one name typed differently
// by different stories ("Yukos" ORG in one, GPE in another), keeping a
// listed place apart from an organisation or a person of its name
// ("Washington" the city and the person).
func (t *Table) mergeAcrossTypes(uf unionFind) {
	byKey := make(map[string][]int, len(t.order)) // key -> the nodes with it, of other types
	for i, n := range t.order {
		for _, k := range byKey[n.key] {
			if uf.find(k) != uf.find(i) && !t.apart(t.order[k], n) {
				uf[uf.find(i)] = uf.find(k)
			}
		}
		byKey[n.key] = append(byKey[n.key], i)
	}
}

// apart reports whether two nodes of one name are different things: a
// listed place and an organisation or a person.
func (t *Table) apart(a, b *node) bool {
	if a.class == b.class {
		return false
	}
	place := func(c nlp.EntityType) bool { return c == nlp.GPE || c == nlp.Facility }
	other := func(c nlp.EntityType) bool { return c == nlp.Org || c == nlp.Person }
	if !(place(a.class) && other(b.class)) && !(place(b.class) && other(a.class)) {
		return false
	}
	k := t.gz.Kinds(a.key)
	return k.Has(gazetteer.GPEKinds|gazetteer.LOCKinds) && !k.Has(gazetteer.Org)
}

// claims returns, for each name (an index into t.order), the longer names
// of its type class that claim it: those some story mentioned it as an
// alias of, a person's full names that end in it (a one-word surname), and
// the names whose initials it is (an acronym).
func (t *Table) claims() [][]int {
	idx := make(map[nodeKey]int, len(t.order))
	for i, n := range t.order {
		idx[n.nodeKey] = i
	}
	claims := make([][]int, len(t.order))
	claim := func(short, long int) {
		if t.order[long].tokens > t.order[short].tokens && !slices.Contains(claims[short], long) {
			claims[short] = append(claims[short], long)
		}
	}
	bySurname := map[string][]int{}
	byInitials := map[nodeKey][]int{} // {class, initials} → names of two words or more
	for i, n := range t.order {
		for k := range n.aliases {
			if j, ok := idx[nodeKey{n.class, k}]; ok {
				claim(j, i)
			}
		}
		if n.tokens < 2 {
			continue
		}
		if n.class == nlp.Person {
			words := strings.Fields(n.key)
			bySurname[words[len(words)-1]] = append(bySurname[words[len(words)-1]], i)
		}
		for j, in := range n.initials {
			if len(in) >= 2 && (j == 0 || in != n.initials[0]) {
				byInitials[nodeKey{n.class, in}] = append(byInitials[nodeKey{n.class, in}], i)
			}
		}
	}
	for i, n := range t.order {
		if n.tokens != 1 {
			continue
		}
		if n.class == nlp.Person {
			for _, j := range bySurname[n.key] {
				claim(i, j)
			}
		}
		if n.acronym != "" {
			for _, j := range byInitials[nodeKey{n.class, n.acronym}] {
				claim(i, j)
			}
		}
	}
	return claims
}

// mergeClaimed merges each short name claimed by one entity only into it,
// shortest first, so that a chain of claims ends at the fullest name.
func (t *Table) mergeClaimed(uf unionFind, claims [][]int) {
	shortFirst := make([]int, len(t.order))
	for i := range shortFirst {
		shortFirst[i] = i
	}
	slices.SortStableFunc(shortFirst, func(a, b int) int { return cmp.Compare(t.order[a].tokens, t.order[b].tokens) })
	for _, i := range shortFirst {
		var roots []int
		for _, j := range claims[i] {
			if r := uf.find(j); !slices.Contains(roots, r) {
				roots = append(roots, r)
			}
		}
		if len(roots) == 1 && roots[0] != uf.find(i) {
			uf[uf.find(i)] = roots[0]
		}
	}
}

// unionFind is a disjoint-set forest over 0..n-1: each element's parent.
type unionFind []int

func newUnionFind(n int) unionFind {
	uf := make(unionFind, n)
	for i := range uf {
		uf[i] = i
	}
	return uf
}

// find returns the root of i's set, halving the path on the way.
func (uf unionFind) find(i int) int {
	for uf[i] != i {
		uf[i] = uf[uf[i]]
		i = uf[i]
	}
	return i
}

// row sums up a group of merged names.
func (t *Table) row(group []*node) Row {
	type surface struct {
		name                             string
		tokens, mentions, words, letters int
		shouting, abbrev                 bool
	}
	var surfaces []surface
	types := map[nlp.EntityType]int{}
	var ids []int32
	var row Row
	type src struct {
		id   int32
		name string
	}
	var srcs []src
	for _, n := range group {
		for s, c := range n.surfaces {
			surfaces = append(surfaces, surface{name: s, tokens: n.tokens, mentions: c,
				words: len(strings.Fields(s)), letters: countLetters(s), shouting: isShouting(s)})
		}
		for ty, c := range n.types {
			types[ty] += c
		}
		row.Mentions += n.mentions
		ids = append(ids, n.storyIDs...)
		for _, s := range n.sources {
			srcs = append(srcs, src{s.ID, s.Source})
		}
	}
	// The row's name: from the fullest name merged, spelt out rather than
	// abbreviated (a name in capitals is an abbreviation when a name in
	// lower case has more letters: "U.S.", "United States"), then the most
	// used, then the longest.
	longestLower := 0
	for _, s := range surfaces {
		if !s.shouting {
			longestLower = max(longestLower, s.letters)
		}
	}
	for i := range surfaces {
		surfaces[i].abbrev = surfaces[i].shouting && surfaces[i].letters < longestLower
	}
	slices.SortFunc(surfaces, func(a, b surface) int {
		return cmp.Or(cmp.Compare(b.tokens, a.tokens), compareBool(a.abbrev, b.abbrev),
			cmp.Compare(b.mentions, a.mentions), cmp.Compare(b.words, a.words), cmp.Compare(a.name, b.name))
	})
	row.Name = surfaces[0].name
	row.Aliases = []string{}
	slices.SortStableFunc(surfaces[1:], func(a, b surface) int {
		return cmp.Or(cmp.Compare(b.mentions, a.mentions), cmp.Compare(a.name, b.name))
	})
	for _, s := range surfaces[1:] {
		if len(row.Aliases) == 5 {
			break
		}
		row.Aliases = append(row.Aliases, s.name)
	}
	best := -1
	for ty, c := range types {
		if c > best || (c == best && ty < row.Type) {
			row.Type, best = ty, c
		}
	}
	slices.Sort(ids)
	row.Stories = len(slices.Compact(ids))
	slices.SortFunc(srcs, func(a, b src) int { return cmp.Compare(a.id, b.id) })
	srcs = slices.CompactFunc(srcs, func(a, b src) bool { return a.id == b.id })
	row.Sources = []string{}
	for _, s := range srcs[:min(len(srcs), t.maxSources)] {
		row.Sources = append(row.Sources, s.name)
	}
	return row
}

// typeClass is the type under which names are merged: GPE and LOC are one,
// since taggers confuse them.
func typeClass(typ nlp.EntityType) nlp.EntityType {
	if typ == nlp.Loc {
		return nlp.GPE
	}
	return typ
}

// key returns the key under which the table merges a name of type class
// (see Key), and its number of words.
func (t *Table) key(name string, class nlp.EntityType) (string, int) {
	k := nameKey(t.gz, &t.h, name, class)
	return k, countWords(k)
}

// isShouting reports whether a name is written in capitals ("REUTERS", "U.S.").
func isShouting(name string) bool {
	letters := 0
	for _, r := range name {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 1
}

func countLetters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

func compareBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

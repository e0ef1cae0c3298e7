package gazetteer

import (
	"embed"
	"fmt"
	"io/fs"
	"math/bits"
	"strings"
	"sync"
)

//go:embed data/*.tsv
var dataFS embed.FS

// Entry is one listed name.
type Entry struct {
	Name string // as listed, e.g. "U.S."
	Kind Kind   // one category (BigCity entries also carry City)
	// Canonical is the usual name of the thing: "United States" for "U.S.",
	// the country for a demonym ("Russia" for "Russians"). It equals Name
	// when the list gives none.
	Canonical string
	// Code is an ISO 3166-1 alpha-2 country code for countries, demonyms and
	// cities, or a GeoNames first-level division code ("US.TX") for states.
	Code string
}

// slot is one cell of the open-addressing table of key hashes.
type slot struct {
	hash uint64
	kind Kind  // union of the entries' kinds, plus prefix
	head int32 // first entry with this key, -1 for none
	tail int32 // last entry with this key
}

// node is an entry with the index of the next entry of the same key.
type node struct {
	Entry
	next int32
}

// Gazetteer is a set of lexicons. It is read-only and safe for concurrent use.
type Gazetteer struct {
	entries []node
	table   []slot
	mask    uint64
	maxLen  int // most tokens in a name
}

// Default returns the lexicons embedded in the binary, decoded on first use.
var Default = sync.OnceValue(func() *Gazetteer {
	g, err := load(dataFS)
	if err != nil {
		panic(fmt.Sprintf("gazetteer: embedded data: %v", err)) // a build error, caught by the tests
	}
	return g
})

func load(fsys fs.FS) (*Gazetteer, error) {
	files, err := fs.Glob(fsys, "data/*.tsv")
	if err != nil {
		return nil, err
	}
	texts := make([]string, len(files))
	lines := 0
	for i, f := range files {
		b, err := fs.ReadFile(fsys, f)
		if err != nil {
			return nil, err
		}
		texts[i] = string(b)
		lines += strings.Count(texts[i], "\n") + 1
	}
	g := &Gazetteer{entries: make([]node, 0, lines)}
	size := 1 << bits.Len(uint(lines+lines/2))
	g.table = make([]slot, size)
	g.mask = uint64(size - 1)
	var h Hasher
	var toks []string
	for fi, text := range texts {
		for ln := 1; text != ""; ln++ {
			line := text
			if i := strings.IndexByte(text, '\n'); i >= 0 {
				line, text = text[:i], text[i+1:]
			} else {
				text = ""
			}
			if line == "" || line[0] == '#' {
				continue
			}
			var cols [4]string
			nc := 0
			for nc < 4 {
				i := strings.IndexByte(line, '\t')
				if i < 0 {
					cols[nc] = line
					nc++
					break
				}
				cols[nc], line = line[:i], line[i+1:]
				nc++
			}
			if nc < 2 {
				return nil, fmt.Errorf("%s:%d: want kind<TAB>name", files[fi], ln)
			}
			k, ok := kindByName(cols[0])
			if !ok {
				return nil, fmt.Errorf("%s:%d: unknown kind %q", files[fi], ln, cols[0])
			}
			e := Entry{Name: cols[1], Kind: k, Canonical: cols[1], Code: cols[3]}
			if cols[2] != "" {
				e.Canonical = cols[2]
			}
			toks = appendSplit(toks[:0], e.Name)
			if len(toks) == 0 {
				continue
			}
			h.Reset()
			var key uint64
			for i, t := range toks {
				key = h.Add(t)
				if i < len(toks)-1 {
					g.insert(key).kind |= prefix
				}
			}
			g.maxLen = max(g.maxLen, len(toks))
			g.add(g.insert(key), e)
		}
	}
	return g, nil
}

// add appends e to the slot's entries unless it is already there.
func (g *Gazetteer) add(s *slot, e Entry) {
	for i := s.head; i >= 0; i = g.entries[i].next {
		if g.entries[i].Entry == e {
			return
		}
	}
	idx := int32(len(g.entries))
	g.entries = append(g.entries, node{e, -1})
	if s.head < 0 {
		s.head = idx
	} else {
		g.entries[s.tail].next = idx
	}
	s.tail = idx
	s.kind |= e.Kind
}

// insert returns the slot for hash, claiming an empty one if needed. The
// table is sized so that it never fills.
func (g *Gazetteer) insert(hash uint64) *slot {
	for i := hash & g.mask; ; i = (i + 1) & g.mask {
		s := &g.table[i]
		if s.kind == 0 && s.head == 0 && s.tail == 0 {
			*s = slot{hash: hash, head: -1, tail: -1}
			return s
		}
		if s.hash == hash {
			return s
		}
	}
}

// find returns the slot for hash, or nil.
func (g *Gazetteer) find(hash uint64) *slot {
	for i := hash & g.mask; ; i = (i + 1) & g.mask {
		s := &g.table[i]
		if s.kind == 0 && s.head == 0 && s.tail == 0 {
			return nil
		}
		if s.hash == hash {
			return s
		}
	}
}

// Len returns the number of entries.
func (g *Gazetteer) Len() int { return len(g.entries) }

// Lookup returns every entry listed under name (matched as SplitName splits
// it, ignoring case and diacritics), or nil.
func (g *Gazetteer) Lookup(name string) []Entry {
	s := g.find(g.keyOf(name))
	if s == nil {
		return nil
	}
	var out []Entry
	for i := s.head; i >= 0; i = g.entries[i].next {
		out = append(out, g.entries[i].Entry)
	}
	return out
}

// Kinds returns the union of the categories name is listed under, or 0.
func (g *Gazetteer) Kinds(name string) Kind {
	if s := g.find(g.keyOf(name)); s != nil {
		return s.kind &^ prefix
	}
	return 0
}

// Canonical returns the usual name of the place, organisation or nationality
// that name denotes ("United States" for "U.S.", "US" or "America") and true,
// or name and false if it is not listed under one of those kinds. When a name
// has several canonical forms, the first of a country, then a place, then an
// organisation wins.
func (g *Gazetteer) Canonical(name string) (string, bool) {
	es := g.Lookup(name)
	for _, want := range []Kind{Country, State | BigCity, City | LOCKinds, Org, NORPKinds} {
		for _, e := range es {
			if e.Kind.Has(want) {
				return e.Canonical, true
			}
		}
	}
	return name, false
}

func (g *Gazetteer) keyOf(name string) uint64 {
	var h Hasher
	h.Reset()
	k := uint64(hashOffset)
	for _, t := range appendSplit(nil, name) {
		k = h.Add(t)
	}
	return k
}

// Match finds the longest listed name that starts at toks[i] and returns its
// length in tokens and its categories, or 0, 0. Case is ignored: callers
// decide what a lower-case match is worth. h is scratch space, reused to
// avoid allocation; a nil h allocates.
func (g *Gazetteer) Match(h *Hasher, toks []string, i int) (n int, k Kind) {
	if h == nil {
		h = new(Hasher)
	}
	h.Reset()
	for j := i; j < len(toks) && j-i < g.maxLen; j++ {
		s := g.find(h.Add(toks[j]))
		if s == nil {
			break
		}
		if s.kind&^prefix != 0 {
			n, k = j-i+1, s.kind&^prefix
		}
		if s.kind&prefix == 0 {
			break
		}
	}
	return n, k
}

// MatchBefore finds the longest run of listed names of the wanted kinds that
// ends just before toks[end] and returns where it starts; end if there is
// none. For example, with want = Title|Honorific and toks = "said Defense
// Secretary Pete Hegseth" and end at "Pete", it returns the index of
// "Defense".
func (g *Gazetteer) MatchBefore(h *Hasher, toks []string, end int, want Kind) int {
	if h == nil {
		h = new(Hasher)
	}
	start := end
	for {
		best := start
		for i := max(0, start-g.maxLen); i < start; i++ {
			if n, k := g.Match(h, toks[:start], i); i+n == start && k.Has(want) {
				best = i
				break
			}
		}
		if best == start {
			return start
		}
		start = best
	}
}

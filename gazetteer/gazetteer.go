package gazetteer

//go:generate go run ./internal/gencmd

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"sync"
	"unicode/utf8"
)

// compiled is data/gazetteer.bin, built from data/*.tsv by Compile.
//
//go:embed data/gazetteer.bin
var compiled []byte

// Entry is one listed name.
type Entry struct {
	Name string // as listed, e.g. "U.S."
	// Kind is the entry's category: one bit, except that BigCity entries
	// also carry City and the sorts of organisation (Media, Gov...) Org.
	Kind Kind
	// Canonical is the usual name of the thing: "United States" for "U.S.",
	// the country for a demonym ("Russia" for "Russians"). It equals Name
	// when the list gives none.
	Canonical string
	// Code is an ISO 3166-1 alpha-2 country code for countries, demonyms and
	// cities, or a GeoNames first-level division code ("US.TX") for states.
	Code string
}

// Gazetteer is a set of lexicons. It is read-only and safe for concurrent
// use. It reads the compiled table in place: loading decodes nothing.
type Gazetteer struct {
	table   []byte
	entries []byte
	blob    []byte
	mask    uint64
	maxLen  int // most tokens in a name
}

// Default returns the lexicons embedded in the binary.
var Default = sync.OnceValue(func() *Gazetteer {
	g, err := open(compiled)
	if err != nil {
		panic(fmt.Sprintf("gazetteer: embedded data: %v", err)) // a build error, caught by the tests
	}
	return g
})

// Open returns the gazetteer in b, a table that Compile returned, reading it
// in place: b must not change afterwards.
func Open(b []byte) (*Gazetteer, error) { return open(b) }

func open(b []byte) (*Gazetteer, error) {
	if len(b) < headerSize || string(b[:4]) != magic {
		return nil, errors.New("not a compiled gazetteer")
	}
	u := func(i int) int { return int(binary.LittleEndian.Uint32(b[4+4*i:])) }
	size, n, nblob, maxLen := u(0), u(1), u(2), u(3)
	if size&(size-1) != 0 || headerSize+size*slotSize+n*entrySize+nblob != len(b) {
		return nil, errors.New("compiled gazetteer: bad sizes")
	}
	t := b[headerSize:]
	return &Gazetteer{
		table:   t[:size*slotSize],
		entries: t[size*slotSize : size*slotSize+n*entrySize],
		blob:    t[size*slotSize+n*entrySize:],
		mask:    uint64(size - 1),
		maxLen:  maxLen,
	}, nil
}

// find returns the slot index for hash, or -1.
func (g *Gazetteer) find(hash uint64) int {
	hash = nonZero(hash)
	for i := hash & g.mask; ; i = (i + 1) & g.mask {
		h := binary.LittleEndian.Uint64(g.table[i*slotSize:])
		if h == hash {
			return int(i)
		}
		if h == 0 {
			return -1
		}
	}
}

func (g *Gazetteer) slotKind(i int) Kind {
	return Kind(binary.LittleEndian.Uint32(g.table[i*slotSize+8:]))
}

// slotEntries returns a slot's entry word: first entry<<9 | prefixBit | count.
func (g *Gazetteer) slotEntries(i int) uint32 {
	return binary.LittleEndian.Uint32(g.table[i*slotSize+12:])
}

func (g *Gazetteer) str(off uint32) string {
	n := uint32(g.blob[off])
	return string(g.blob[off+1 : off+1+n])
}

func (g *Gazetteer) entry(i int) Entry {
	r := g.entries[i*entrySize:]
	le := binary.LittleEndian
	return Entry{Name: g.str(le.Uint32(r)), Canonical: g.str(le.Uint32(r[4:])), Code: g.str(le.Uint32(r[8:])), Kind: Kind(le.Uint32(r[12:]))}
}

// Len returns the number of entries.
func (g *Gazetteer) Len() int { return len(g.entries) / entrySize }

// Lookup returns every entry listed under name (matched as SplitName splits
// it, ignoring case and diacritics), or nil.
func (g *Gazetteer) Lookup(name string) []Entry {
	i := g.find(g.keyOf(name))
	if i < 0 {
		return nil
	}
	v := g.slotEntries(i)
	first, n := int(v>>9), int(v&0xff)
	if n == 0 {
		return nil
	}
	out := make([]Entry, n)
	for j := range out {
		out[j] = g.entry(first + j)
	}
	return out
}

// Kinds returns the union of the categories name is listed under, or 0.
func (g *Gazetteer) Kinds(name string) Kind {
	if i := g.find(g.keyOf(name)); i >= 0 {
		return g.slotKind(i)
	}
	return 0
}

// Canonical returns the usual name of the place, organisation or nationality
// that name denotes ("United States" for "U.S.", "US" or "America") and true,
// or name and false if it is not listed under one of those kinds. When a name
// has several canonical forms, a country's wins, then a state's or big
// city's, another place's, an organisation's and a nationality's.
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
	var buf [8]string
	for _, t := range appendSplit(buf[:0], name) {
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
		if s < 0 {
			break
		}
		if sk := g.slotKind(s); sk != 0 {
			n, k = j-i+1, sk
		}
		if g.slotEntries(s)&prefixBit == 0 {
			break
		}
	}
	return n, k
}

// MatchBefore finds the longest run of listed names of the wanted kinds that
// ends just before toks[end] and returns where it starts; end if there is
// none. For example, with want = Title|Honorific, toks = "said Defense
// Secretary Ana Ortiz" and end at "Ana", it returns the index of
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

// HyphenKinds returns the person-name kinds that every part of a hyphenated
// token has: FirstName for "Jean-Pierre", "Jae-in" or "Kwok-kin" (a part may
// be a listed given name or a syllable listed only for such names, "kin-"),
// LastName for "Smith-Jones"; with Particle added when the token starts with
// a name particle ("al-Assad", "bin-Salman", "el-Sisi"), whose other parts
// are then judged alone. It returns 0 for a token without a hyphen inside, or
// when the parts share no person-name kind. h is scratch space as for Match;
// a nil h allocates.
func (g *Gazetteer) HyphenKinds(h *Hasher, tok string) Kind {
	if h == nil {
		h = new(Hasher)
	}
	var lead Kind
	all := PERKinds
	parts := 0
	for rest := tok; ; {
		part, tail, more := cutHyphen(rest)
		if part == "" || (!more && parts == 0) {
			return 0 // no hyphen inside, or an empty part
		}
		h.Reset()
		hash := h.Add(part)
		k := g.kindsOf(hash)
		if parts == 0 && k.Has(Particle) {
			lead = Particle
		} else {
			all &= k | g.kindsOf(hashBytes(hash, []byte{'-'}))&FirstName
		}
		parts++
		if !more {
			break
		}
		rest = tail
	}
	if lead != 0 {
		if parts == 1 {
			return 0 // a particle alone: "al-"
		}
		return lead | all&PERKinds
	}
	return all & PERKinds
}

// kindsOf returns the kinds listed under a key hash.
func (g *Gazetteer) kindsOf(hash uint64) Kind {
	if i := g.find(hash); i >= 0 {
		return g.slotKind(i)
	}
	return 0
}

// cutHyphen splits s at its first hyphen (ASCII or a Unicode dash that Fold
// makes one): the part before, the rest after, and whether there was one.
func cutHyphen(s string) (part, rest string, ok bool) {
	for i, r := range s {
		switch r {
		case '-', '‐', '‑', '–':
			return s[:i], s[i+utf8.RuneLen(r):], true
		}
	}
	return s, "", false
}

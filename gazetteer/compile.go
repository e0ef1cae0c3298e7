package gazetteer

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io/fs"
	"math/bits"
	"sort"
	"strings"
)

// The compiled table is what the binary embeds, so that loading it costs
// nothing but a header check. Layout, little-endian:
//
//	header:  "GZT2", u32 table slots (a power of 2), u32 entries, u32 blob bytes, u32 longest name in tokens
//	table:   slots × {u64 key hash (0 = empty), u32 kind set, u32 first entry<<9 | prefix<<8 | entry count}
//
// prefix is 1 when the key is a proper prefix of a longer name, so that
// Match knows to read on; keeping it out of the kind set leaves Kind's 32
// bits to the lexicons.
//
//	entries: n × {u32 name, u32 canonical, u32 code, u32 kind}: offsets of length-prefixed strings in blob
//	blob:    u8 length + bytes, for every distinct string
const (
	magic      = "GZT2"
	headerSize = 20
	slotSize   = 16
	entrySize  = 16
	prefixBit  = 1 << 8 // in a slot's entry word
	maxEntries = 1 << 23
)

// Compile reads the TSV lists (data/*.tsv in fsys: kind<TAB>name[<TAB>canonical[<TAB>code]],
// '#' comments) and returns the compiled table that the package embeds.
// Run `go generate ./gazetteer` after editing a list.
func Compile(fsys fs.FS) ([]byte, error) {
	files, err := fs.Glob(fsys, "data/*.tsv")
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	type rec struct {
		hash uint64
		e    Entry
	}
	var recs []rec
	prefixes := map[uint64]bool{}
	seen := map[rec]bool{}
	maxLen := 0
	var h Hasher
	var toks []string
	for _, f := range files {
		b, err := fs.ReadFile(fsys, f)
		if err != nil {
			return nil, err
		}
		for ln, line := range strings.Split(string(b), "\n") {
			if line == "" || line[0] == '#' {
				continue
			}
			cols := strings.Split(line, "\t")
			if len(cols) < 2 || len(cols) > 4 {
				return nil, fmt.Errorf("%s:%d: want kind<TAB>name[<TAB>canonical[<TAB>code]]", f, ln+1)
			}
			cols = append(cols, "", "")
			k, ok := kindByName(cols[0])
			if !ok {
				return nil, fmt.Errorf("%s:%d: unknown kind %q", f, ln+1, cols[0])
			}
			e := Entry{Name: cols[1], Kind: k, Canonical: cols[2], Code: cols[3]}
			if e.Canonical == "" {
				e.Canonical = e.Name
			}
			if len(e.Name) > 255 || len(e.Canonical) > 255 || len(e.Code) > 255 {
				return nil, fmt.Errorf("%s:%d: field longer than 255 bytes", f, ln+1)
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
					prefixes[nonZero(key)] = true
				}
			}
			r := rec{nonZero(key), e}
			if !seen[r] {
				seen[r] = true
				recs = append(recs, r)
			}
			maxLen = max(maxLen, len(toks))
		}
	}
	if len(recs) >= maxEntries {
		return nil, fmt.Errorf("%d entries: the table holds fewer than %d", len(recs), maxEntries)
	}
	sort.SliceStable(recs, func(i, j int) bool { return recs[i].hash < recs[j].hash })

	// Strings.
	var blob bytes.Buffer
	offs := map[string]uint32{}
	str := func(s string) uint32 {
		if o, ok := offs[s]; ok {
			return o
		}
		o := uint32(blob.Len())
		blob.WriteByte(byte(len(s)))
		blob.WriteString(s)
		offs[s] = o
		return o
	}

	// Keys: entry groups and prefixes.
	type key struct {
		kind         Kind
		prefix       bool
		first, count uint32
	}
	keys := map[uint64]*key{}
	var order []uint64
	getKey := func(h uint64) *key {
		k := keys[h]
		if k == nil {
			k = &key{}
			keys[h] = k
			order = append(order, h)
		}
		return k
	}
	entries := make([]byte, 0, len(recs)*entrySize)
	for i, r := range recs {
		k := getKey(r.hash)
		if k.count == 0 {
			k.first = uint32(i)
		}
		k.count++
		if k.count > 255 {
			return nil, fmt.Errorf("more than 255 entries named %q", r.e.Name)
		}
		k.kind |= r.e.Kind
		entries = binary.LittleEndian.AppendUint32(entries, str(r.e.Name))
		entries = binary.LittleEndian.AppendUint32(entries, str(r.e.Canonical))
		entries = binary.LittleEndian.AppendUint32(entries, str(r.e.Code))
		entries = binary.LittleEndian.AppendUint32(entries, uint32(r.e.Kind))
	}
	for h := range prefixes {
		getKey(h).prefix = true
	}
	sort.Slice(order, func(i, j int) bool { return order[i] < order[j] })

	size := 1 << bits.Len(uint(len(order)+len(order)*2/3)) // a load factor of at most 0.6
	table := make([]byte, size*slotSize)
	mask := uint64(size - 1)
	for _, h := range order {
		k := keys[h]
		i := h & mask
		for binary.LittleEndian.Uint64(table[i*slotSize:]) != 0 {
			i = (i + 1) & mask
		}
		s := table[i*slotSize:]
		binary.LittleEndian.PutUint64(s, h)
		binary.LittleEndian.PutUint32(s[8:], uint32(k.kind))
		v := k.first<<9 | k.count
		if k.prefix {
			v |= prefixBit
		}
		binary.LittleEndian.PutUint32(s[12:], v)
	}

	out := make([]byte, 0, headerSize+len(table)+len(entries)+blob.Len())
	out = append(out, magic...)
	for _, v := range []int{size, len(recs), blob.Len(), maxLen} {
		out = binary.LittleEndian.AppendUint32(out, uint32(v))
	}
	out = append(out, table...)
	out = append(out, entries...)
	return append(out, blob.Bytes()...), nil
}

// nonZero keeps 0 free to mark empty slots.
func nonZero(h uint64) uint64 {
	if h == 0 {
		return 1
	}
	return h
}

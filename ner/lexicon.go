package ner

import (
	"encoding/binary"
	"fmt"
	"io"
	"math/bits"
	"sort"
	"time"
)

// The lexicon holds what unlabelled text teaches about word forms:
//   - two clusterings of the frequent forms (case kept) into 32 and 256
//     classes by the exchange algorithm (see exchange.go), packed as
//     c256<<5 | c32, plus 1;
//   - for each lower-cased form, how often it is capitalised mid-sentence,
//     in five buckets: what tells "Talks" in a headline from "Ruto".
//
// It is an open-addressing table of u32 key fingerprints and u16 values,
// keyed by mix(kind, hash).
type lexicon struct {
	keys []byte // slots × u32
	vals []byte // slots × u16
	mask uint64
}

const (
	lexCluster = 1 // value: leaf cluster id + 1
	lexCaps    = 2 // value: capitalisation bucket 1..5
)

func (l *lexicon) get(kind, h uint64) uint16 {
	if l == nil || len(l.keys) == 0 {
		return 0
	}
	k := mix(kind, h)
	fp := fingerprint(k)
	for i := k & l.mask; ; i = (i + 1) & l.mask {
		x := binary.LittleEndian.Uint32(l.keys[i*4:])
		if x == fp {
			return binary.LittleEndian.Uint16(l.vals[i*2:])
		}
		if x == 0 {
			return 0
		}
	}
}

// buildLexicon lays out entries (key = mix(kind, hash)) as a lexicon.
func buildLexicon(entries map[uint64]uint16) []byte {
	slots := 1 << bits.Len(uint(len(entries)+len(entries)/3+1))
	b := make([]byte, slots*6)
	keys, vals := b[:slots*4], b[slots*4:]
	ks := make([]uint64, 0, len(entries))
	for k := range entries {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return ks[i] < ks[j] })
	mask := uint64(slots - 1)
	for _, k := range ks {
		i := k & mask
		for binary.LittleEndian.Uint32(keys[i*4:]) != 0 {
			i = (i + 1) & mask
		}
		binary.LittleEndian.PutUint32(keys[i*4:], fingerprint(k))
		binary.LittleEndian.PutUint16(vals[i*2:], entries[k])
	}
	return b
}

func openLexicon(b []byte) (*lexicon, error) {
	if len(b)%6 != 0 {
		return nil, fmt.Errorf("lexicon: bad size %d", len(b))
	}
	slots := len(b) / 6
	if slots == 0 {
		return &lexicon{}, nil
	}
	if slots&(slots-1) != 0 {
		return nil, fmt.Errorf("lexicon: %d slots is not a power of 2", slots)
	}
	return &lexicon{keys: b[:slots*4], vals: b[slots*4:], mask: uint64(slots - 1)}, nil
}

// LexiconOptions configure the word statistics.
type LexiconOptions struct {
	MinCount int // forms seen fewer times get no cluster; 0 means 5
	MaxWords int // at most this many forms are clustered; 0 means 60000
	Progress io.Writer
}

// BuildLexicon learns word clusters and capitalisation statistics from
// unlabelled sentences and returns the serialised lexicon. Deterministic
// for given input and options (nothing is random).
func BuildLexicon(sents [][]string, opts LexiconOptions) []byte {
	if opts.MinCount <= 0 {
		opts.MinCount = 5
	}
	if opts.MaxWords <= 0 {
		opts.MaxWords = 60000
	}
	start := time.Now()
	logf := func(format string, args ...any) {
		if opts.Progress != nil {
			fmt.Fprintf(opts.Progress, "lexicon: "+format+" (%s)\n", append(args, time.Since(start).Round(time.Millisecond))...)
		}
	}
	x := newExtractor(nil, nil)
	type tok struct{ word, lower uint64 }
	toks := make([][]tok, len(sents))
	wordCount := map[uint64]int{}
	lowerCount := map[uint64]int{}
	capMid := map[uint64]int{}
	allMid := map[uint64]int{}
	n := 0
	var tis []tokInfo
	for si, s := range sents {
		ts := make([]tok, len(s))
		tis = tis[:0]
		for _, w := range s {
			var ti tokInfo
			x.analyse(w, &ti)
			tis = append(tis, ti)
		}
		// A headline's capitals (Title Case, ALL CAPS) say nothing of how
		// a word is written in prose.
		prose := len(tis) == 0 || sentenceStyle(tis) == styleNormal
		started, afterOpen := false, false
		for i, w := range s {
			ti := &tis[i]
			ts[i] = tok{ti.word, ti.lower}
			wordCount[ti.word]++
			lowerCount[ti.lower]++
			// Mid-sentence: after a word or number, and not just after an
			// opening quote, bracket, colon or dash, where a capital says as
			// little as at a sentence's start ("(CNN) -- The", `said: "We`).
			mid := started && !afterOpen
			started = started || ti.flags&(flagAlpha|flagHasDigit) != 0
			afterOpen = opensPhrase(w)
			if prose && mid && ti.flags&flagAlpha != 0 && ti.flags&flagAllCaps == 0 {
				allMid[ti.lower]++
				if ti.flags&flagInitCap != 0 {
					capMid[ti.lower]++
				}
			}
		}
		toks[si] = ts
		n += len(s)
	}
	logf("%d sentences, %d tokens, %d forms", len(sents), n, len(wordCount))

	entries := map[uint64]uint16{}
	for l, m := range allMid {
		if m >= 3 {
			entries[mix(lexCaps, l)] = uint16(1 + min(4, capMid[l]*5/m))
		}
	}

	vocab := topKeys(wordCount, opts.MinCount, opts.MaxWords)
	vi := make(map[uint64]int32, len(vocab))
	for i, w := range vocab {
		vi[w] = int32(i)
	}
	unk := int32(len(vocab)) // every other form
	index := func(h uint64) int32 {
		if i, ok := vi[h]; ok {
			return i
		}
		return unk
	}
	pairs := map[[2]int32]int32{}
	for _, ts := range toks {
		for i := 1; i < len(ts); i++ {
			pairs[[2]int32{index(ts[i-1].word), index(ts[i].word)}]++
		}
	}
	succ := successors(pairs, len(vocab)+1)
	logf("%d forms to cluster, %d bigrams", len(vocab), len(pairs))
	c32 := exchange(succ, len(vocab)+1, 32, 15, logf)
	c256 := exchange(succ, len(vocab)+1, 256, 8, logf)
	for w, h := range vocab {
		entries[mix(lexCluster, h)] = uint16(c256[w]<<5|c32[w]) + 1
	}
	logf("clustered")
	return buildLexicon(entries)
}

// opensPhrase reports whether a capital after token w may be a phrase's
// first letter rather than a name's: after quotes, opening brackets,
// colons and dashes.
func opensPhrase(w string) bool {
	switch w {
	case "\"", "“", "‘", "'", "``", "(", "[", ":", "-", "--", "–", "—", "...", "…":
		return true
	}
	return false
}

// topKeys returns the keys with count >= min, most frequent first (ties by
// key), at most max of them.
func topKeys(counts map[uint64]int, min, max int) []uint64 {
	var ks []uint64
	for k, c := range counts {
		if c >= min {
			ks = append(ks, k)
		}
	}
	sort.Slice(ks, func(i, j int) bool {
		if counts[ks[i]] != counts[ks[j]] {
			return counts[ks[i]] > counts[ks[j]]
		}
		return ks[i] < ks[j]
	})
	if len(ks) > max {
		ks = ks[:max]
	}
	return ks
}

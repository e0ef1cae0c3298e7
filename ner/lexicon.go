package ner

import (
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"math/bits"
	"math/rand/v2"
	"sort"
	"time"
)

// The lexicon holds what unlabelled text teaches about word forms:
//   - a distributional cluster for each frequent form (case kept), found by
//     hierarchical k-means over projected PPMI context vectors, in three
//     levels (32, ×8, ×8) numbered so that id>>3 and id>>6 are the parents;
//   - for each lower-cased form, how often it is capitalised mid-sentence,
//     in five buckets: what tells "Summit" in a headline from "Putin".
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
	Seed     uint64
	MinCount int // forms seen fewer times get no cluster; 0 means 5
	MaxWords int // at most this many forms are clustered; 0 means 60000
	Progress io.Writer
}

// BuildLexicon learns word clusters and capitalisation statistics from
// unlabelled sentences and returns the serialised lexicon. Deterministic
// for given input and options.
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
	var ti tokInfo
	type tok struct{ word, lower uint64 }
	toks := make([][]tok, len(sents))
	wordCount := map[uint64]int{}
	lowerCount := map[uint64]int{}
	capMid := map[uint64]int{}
	allMid := map[uint64]int{}
	n := 0
	for si, s := range sents {
		ts := make([]tok, len(s))
		for i, w := range s {
			x.analyse(w, &ti)
			ts[i] = tok{ti.word, ti.lower}
			wordCount[ti.word]++
			lowerCount[ti.lower]++
			if i > 0 && ti.flags&flagAlpha != 0 && ti.flags&flagAllCaps == 0 {
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
	ctxs := topKeys(lowerCount, 1, 1000)
	vi := make(map[uint64]int, len(vocab))
	for i, w := range vocab {
		vi[w] = i
	}
	ci := make(map[uint64]int, len(ctxs))
	for i, c := range ctxs {
		ci[c] = i
	}
	nc := 2*len(ctxs) + 2 // left and right contexts, plus sentence edges
	counts := make([]uint16, len(vocab)*nc)
	colSum := make([]float64, nc)
	inc := func(w, c int) {
		if p := &counts[w*nc+c]; *p < math.MaxUint16 {
			*p++
		}
		colSum[c]++
	}
	for _, ts := range toks {
		for i, t := range ts {
			w, ok := vi[t.word]
			if !ok {
				continue
			}
			if i == 0 {
				inc(w, nc-2)
			} else if c, ok := ci[ts[i-1].lower]; ok {
				inc(w, c)
			}
			if i == len(ts)-1 {
				inc(w, nc-1)
			} else if c, ok := ci[ts[i+1].lower]; ok {
				inc(w, len(ctxs)+c)
			}
		}
	}
	logf("%d forms to cluster, %d contexts", len(vocab), nc)

	// PPMI rows projected to dim dimensions with a seeded random matrix.
	const dim = 96
	rng := rand.New(rand.NewPCG(opts.Seed, 0x6c6578))
	proj := make([]float32, nc*dim)
	for i := range proj {
		proj[i] = float32(rng.NormFloat64())
	}
	total := 0.0
	for _, c := range colSum {
		total += c
	}
	vecs := make([]float32, len(vocab)*dim)
	for w := range vocab {
		row := counts[w*nc : (w+1)*nc]
		rowSum := 0.0
		for _, c := range row {
			rowSum += float64(c)
		}
		v := vecs[w*dim : (w+1)*dim]
		for c, k := range row {
			if k == 0 {
				continue
			}
			pmi := math.Log(float64(k) * total / (rowSum * colSum[c]))
			if pmi <= 0 {
				continue
			}
			p := proj[c*dim : (c+1)*dim]
			for d := range v {
				v[d] += float32(pmi) * p[d]
			}
		}
		normalise(v)
	}
	logf("projected")

	all := make([]int, len(vocab))
	for i := range all {
		all[i] = i
	}
	leaf := make([]int, len(vocab))
	for i, g1 := range kmeans(vecs, dim, all, 32, rng) {
		for j, g2 := range kmeans(vecs, dim, g1, 8, rng) {
			for k, g3 := range kmeans(vecs, dim, g2, 8, rng) {
				for _, w := range g3 {
					leaf[w] = (i*8+j)*8 + k
				}
			}
		}
	}
	for w, h := range vocab {
		entries[mix(lexCluster, h)] = uint16(leaf[w] + 1)
	}
	logf("clustered")
	return buildLexicon(entries)
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

func normalise(v []float32) {
	s := 0.0
	for _, x := range v {
		s += float64(x) * float64(x)
	}
	if s == 0 {
		return
	}
	inv := float32(1 / math.Sqrt(s))
	for i := range v {
		v[i] *= inv
	}
}

// kmeans splits members into at most k groups by spherical k-means on vecs
// and returns the non-empty groups in a deterministic order. Groups too
// small to split come back whole.
func kmeans(vecs []float32, dim int, members []int, k int, rng *rand.Rand) [][]int {
	if len(members) < 4*k {
		return [][]int{members}
	}
	cent := make([]float32, k*dim)
	for c, i := range rng.Perm(len(members))[:k] {
		copy(cent[c*dim:(c+1)*dim], vecs[members[i]*dim:(members[i]+1)*dim])
	}
	assign := make([]int, len(members))
	for it := 0; it < 12; it++ {
		changed := 0
		for mi, w := range members {
			v := vecs[w*dim : (w+1)*dim]
			best, bestSim := 0, float32(-2)
			for c := 0; c < k; c++ {
				cv := cent[c*dim : (c+1)*dim]
				var s float32
				for d := range v {
					s += v[d] * cv[d]
				}
				if s > bestSim {
					best, bestSim = c, s
				}
			}
			if assign[mi] != best || it == 0 {
				changed++
			}
			assign[mi] = best
		}
		clear(cent)
		for mi, w := range members {
			cv := cent[assign[mi]*dim : (assign[mi]+1)*dim]
			for d, x := range vecs[w*dim : (w+1)*dim] {
				cv[d] += x
			}
		}
		for c := 0; c < k; c++ {
			normalise(cent[c*dim : (c+1)*dim])
		}
		if changed == 0 {
			break
		}
	}
	groups := make([][]int, k)
	for mi, w := range members {
		groups[assign[mi]] = append(groups[assign[mi]], w)
	}
	out := groups[:0]
	for _, g := range groups {
		if len(g) > 0 {
			out = append(out, g)
		}
	}
	return out
}

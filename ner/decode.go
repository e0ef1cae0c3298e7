package ner

import (
	"math/bits"

	"github.com/newsnlp/newsnlp/gazetteer"
)

// extractor holds the per-document state of feature extraction and greedy
// decoding. It is reused across documents and is not safe for concurrent use.
type extractor struct {
	gz  *gazetteer.Gazetteer
	lex *lexicon
	h   gazetteer.Hasher

	norm, low, shp []byte

	words  []string  // the document's tokens, flat
	toks   []tokInfo // their attributes
	sent   []int     // sentence i is toks[sent[i]:sent[i+1]]
	styles []uint8
	order  []int

	forms  map[uint64]uint8     // per lower-cased form: formLower, formCap
	hist   map[uint64][5]uint16 // per lower-cased form: how often it was tagged O (capitalised) or each type
	feats  []uint64
	out    []uint8
	alt    []uint8 // training only: per token, the alternatives to its gold label (partial.go); nil for none
	scores [numLabels]float32
	base   int // len(feats) after the label-independent features

	// Tagging only (the weights do not change): cached scores.
	cache     map[uint64]int32                           // word hash -> index in cacheVals
	cacheVals [][numLabels]float32                       // unigram feature scores
	prev      [numLabels * numLabels]*[numLabels]float32 // previous-label feature scores
}

const (
	formLower      = 1 << iota // seen lower case, not first in a sentence, in prose
	formCap                    // seen capitalised, not first in a sentence, in prose
	formAfterTitle             // seen in a capitalised run after a job title or honorific
	formBeforeOrg              // seen in a capitalised run that ends with an organisation word
	formAfterPrep              // seen in a capitalised run after "in", "at", "from" or "near"
	formAfterFirst             // seen after a first name in a capitalised run
	formBeforeSaid             // seen in a capitalised run followed by "said", "says", "told"...
	formAfterThe               // seen in a capitalised run after "the"
)

// Hashes of the lower-cased prepositions that formAfterPrep looks for.
var (
	placePreps = [...]uint64{fnv([]byte("in")), fnv([]byte("at")), fnv([]byte("from")), fnv([]byte("near"))}
	sayVerbs   = [...]uint64{fnv([]byte("said")), fnv([]byte("says")), fnv([]byte("told")), fnv([]byte("added")),
		fnv([]byte("wrote")), fnv([]byte("asked")), fnv([]byte("replied"))}
	theHash = fnv([]byte("the"))
)

func hashIn(h uint64, set []uint64) bool {
	for _, x := range set {
		if x == h {
			return true
		}
	}
	return false
}

// contexts records, for each form in the capitalised runs of prose tokens
// [a, b), the telling contexts it was seen in, so that every occurrence in
// the story can use them (a cheap form of Ratinov & Roth's context
// aggregation).
func (x *extractor) contexts(a, b int) {
	for r0 := a; r0 < b; {
		if x.toks[r0].flags&flagInitCap == 0 {
			r0++
			continue
		}
		r1 := r0
		for r1 < b && x.toks[r1].flags&flagInitCap != 0 {
			r1++
		}
		// [r0, r1) is a run of capitalised tokens.
		start := r0
		for i := r0; i < r1; i++ {
			if x.toks[i].gazCover.Has(gazetteer.Title | gazetteer.Honorific) {
				start = i + 1
			}
		}
		prep := r0 > a && hashIn(x.toks[r0-1].lower, placePreps[:])
		the := r0 > a && x.toks[r0-1].lower == theHash
		said := r1 < b && hashIn(x.toks[r1].lower, sayVerbs[:])
		afterTitle := start > r0 || (r0 > a && x.toks[r0-1].gazCover.Has(gazetteer.Title|gazetteer.Honorific))
		org := r1-1 > start && x.toks[r1-1].gazCover.Has(gazetteer.OrgSuffix|gazetteer.OrgWord)
		for i := start; i < r1; i++ {
			var f uint8
			if afterTitle {
				f |= formAfterTitle
			}
			if org && i < r1-1 {
				f |= formBeforeOrg
			}
			if prep && start == r0 {
				f |= formAfterPrep
			}
			if the && start == r0 {
				f |= formAfterThe
			}
			if said {
				f |= formBeforeSaid
			}
			if i > start && x.toks[i-1].gazCover.Has(gazetteer.FirstName) {
				f |= formAfterFirst
			}
			if f != 0 {
				x.forms[x.toks[i].lower] |= f
			}
		}
		r0 = r1
	}
}

func newExtractor(gz *gazetteer.Gazetteer, lex *lexicon) *extractor {
	return &extractor{gz: gz, lex: lex, forms: map[uint64]uint8{}, hist: map[uint64][5]uint16{}}
}

// prepare analyses a document's tokens and fixes the decoding order:
// prose first, then headline-like sentences, so that names in a headline
// can use what the story's prose said about them.
func (x *extractor) prepare(doc [][]string) {
	x.words = x.words[:0]
	x.sent = append(x.sent[:0], 0)
	for _, s := range doc {
		x.words = append(x.words, s...)
		x.sent = append(x.sent, len(x.words))
	}
	if cap(x.toks) < len(x.words) {
		x.toks = make([]tokInfo, len(x.words))
	}
	x.toks = x.toks[:len(x.words)]
	for i, w := range x.words {
		t := &x.toks[i]
		x.analyse(w, t)
		t.gazCover, t.nGaz = 0, 0
		t.cluster = x.lex.get(lexCluster, t.word)
		if t.cluster == 0 && t.title != 0 {
			t.cluster = x.lex.get(lexCluster, t.title)
		}
		t.caps = x.lex.get(lexCaps, t.lower)
		t.hyCaps = 0
		if t.hy1 != 0 {
			t.hyCaps = x.lex.get(lexCaps, t.hy1)<<4 | x.lex.get(lexCaps, t.hy2)
		}
	}
	clear(x.forms)
	clear(x.hist)
	x.styles = x.styles[:0]
	x.order = x.order[:0]
	for si := range doc {
		a, b := x.sent[si], x.sent[si+1]
		st := uint8(styleNormal)
		if b > a {
			st = sentenceStyle(x.toks[a:b])
		}
		x.styles = append(x.styles, st)
		x.gazetteer(a, b)
		if st == styleNormal {
			x.order = append(x.order, si)
			for i := a + 1; i < b; i++ {
				t := &x.toks[i]
				if t.flags&flagLower != 0 {
					x.forms[t.lower] |= formLower
				} else if t.flags&flagInitCap != 0 {
					x.forms[t.lower] |= formCap
				}
			}
			x.contexts(a, b)
		}
	}
	for si, st := range x.styles {
		if st != styleNormal {
			x.order = append(x.order, si)
		}
	}
}

// gazetteer records the gazetteer matches of tokens [a, b).
func (x *extractor) gazetteer(a, b int) {
	if x.gz == nil {
		return
	}
	ws := x.words[a:b]
	for j := range ws {
		t := &x.toks[a+j]
		if t.flags&flagAlpha == 0 {
			continue
		}
		n, k := x.gz.Match(&x.h, ws, j)
		if n == 0 {
			continue
		}
		lc := uint64(0)
		if t.flags&flagLower != 0 {
			lc = 1
		}
		afterOf := false
		for p := 0; p < n; p++ {
			u := &x.toks[a+j+p]
			u.gazCover |= k
			if n >= 2 && k.Has(gazetteer.Title) {
				u.flags |= flagInTitle
				if afterOf {
					u.flags |= flagTitleTail
				}
				afterOf = afterOf || ws[j+p] == "of"
			}
			pos := uint64(1) // inside
			switch {
			case n == 1:
				pos = 0
			case p == 0:
				pos = 2
			case p == n-1:
				pos = 3
			}
			for kk := uint32(k); kk != 0 && u.nGaz < len(u.gaz); kk &= kk - 1 {
				bit := uint64(bits.TrailingZeros32(kk))
				u.gaz[u.nGaz] = bit<<8 | pos<<4 | lc
				u.nGaz++
			}
		}
	}
}

// add appends a feature.
func (x *extractor) add(t, v uint64) { x.feats = append(x.feats, mix(t, v)) }

// unigram appends the features that depend on the token's form alone.
func (x *extractor) unigram(t *tokInfo) {
	x.add(fBias, 0)
	x.add(fWord, t.word)
	x.add(fLower, t.lower)
	x.add(fShape, t.shape)
	for k := 0; k < t.nPre; k++ {
		x.add(fPrefix1+uint64(k), t.pre[k])
		x.add(fSuffix1+uint64(k), t.suf[k])
	}
	x.add(fLen, uint64(min(t.runes, 12)))
	if c := uint64(t.cluster); c != 0 {
		c--
		x.add(fCluster1, c&31)
		x.add(fCluster2, c>>5)
	}
}

// features computes the label-independent features of token i of sentence
// si into x.feats: the unigram ones too if withUnigram.
func (x *extractor) features(si, i int, withUnigram bool) {
	a, b := x.sent[si], x.sent[si+1]
	t := &x.toks[i]
	st := uint64(x.styles[si])
	x.feats = x.feats[:0]
	if withUnigram {
		x.unigram(t)
	}
	const none = 0x5bd1e995 // the value of a missing neighbour
	lm1, lp1, lm2, lp2 := uint64(none), uint64(none+1), uint64(none+2), uint64(none+3)
	sm1, sp1 := uint64(none), uint64(none+1)
	var gl, gr gazetteer.Kind
	if i-1 >= a {
		lm1, sm1, gl = x.toks[i-1].lower, x.toks[i-1].shape, x.toks[i-1].gazCover
		x.add(fWordM1Shape, x.toks[i-1].word^t.shape*31)
	}
	if i-2 >= a {
		lm2 = x.toks[i-2].lower
	}
	if i+1 < b {
		lp1, sp1, gr = x.toks[i+1].lower, x.toks[i+1].shape, x.toks[i+1].gazCover
	}
	if i+2 < b {
		lp2 = x.toks[i+2].lower
	}
	x.add(fLowerM1, lm1)
	x.add(fLowerP1, lp1)
	x.add(fLowerM2, lm2)
	x.add(fLowerP2, lp2)
	x.add(fShapeM1, sm1)
	x.add(fShapeP1, sp1)
	x.add(fBigramM1, lm1*0x100000001B3^t.lower)
	x.add(fBigramP1, t.lower*0x100000001B3^lp1)
	x.add(fShape3, (sm1*31+t.shape)*31+sp1)
	first := uint64(0)
	if i == a {
		first = 1
	}
	x.add(fFirstShape, first<<32^t.shape)
	x.add(fStyleShape, st<<40^first<<32^t.shape)
	x.add(fStyleFirst, st<<8|first<<4|uint64(t.flags&^flagLowerWord)) // flagLowerWord only constrains tagging
	for k := 0; k < t.nGaz; k++ {
		x.add(fGaz, t.gaz[k])
		x.add(fGaz, t.gaz[k]<<16|st<<2|uint64(t.flags&flagInitCap))
	}
	for kk := uint32(gl); kk != 0; kk &= kk - 1 {
		x.add(fGazLeft, uint64(bits.TrailingZeros32(kk)))
	}
	for kk := uint32(gr); kk != 0; kk &= kk - 1 {
		x.add(fGazRight, uint64(bits.TrailingZeros32(kk)))
	}
	var cm1, cp1 uint64
	if i-1 >= a {
		cm1 = uint64(x.toks[i-1].cluster)
	}
	if i+1 < b {
		cp1 = uint64(x.toks[i+1].cluster)
	}
	x.add(fClusterM1, c256(cm1))
	x.add(fClusterP1, c256(cp1))

	x.add(fClusterBigram, c32(cm1)<<16|c32(uint64(t.cluster)))
	x.add(fCaps, uint64(t.caps)<<16|st<<8|first<<4|uint64(t.flags&(flagInitCap|flagAllCaps)))
	if t.hy1 != 0 {
		x.add(fHyphenParts, uint64(t.hyCaps)<<16|st<<8|uint64(t.flags&(flagInitCap|flagAllCaps)))
	}
	if t.flags&(flagInitCap) != 0 {
		f := x.forms[t.lower]
		sf := st<<4 | first<<2
		if f&formLower != 0 {
			x.add(fDocLower, sf)
		}
		if f&formCap != 0 {
			x.add(fDocCap, sf)
		}
		if c := uint64(f >> 2); c != 0 {
			x.add(fDocContext, c<<8) // the combination
			for ; c != 0; c &= c - 1 {
				x.add(fDocContext, c&-c) // and each context
			}
		}
	}
	x.base = len(x.feats)
}

// labelFeatures appends the features that depend on earlier decisions.
func (x *extractor) labelFeatures(si, i, prev1, prev2 int, withPrev bool) {
	x.feats = x.feats[:x.base]
	t := &x.toks[i]
	p1 := uint64(prev1)
	if withPrev {
		x.prevFeatures(prev1, prev2)
	}
	x.add(fPrevLower, p1<<56^t.lower)
	x.add(fPrevShape, p1<<56^t.shape)
	x.add(fPrevCaps, p1<<24|uint64(t.caps)<<16|uint64(x.styles[si])<<8|uint64(t.flags&(flagInitCap|flagAllCaps)))
	if t.flags&flagInitCap != 0 {
		if h, ok := x.hist[t.lower]; ok {
			best := 0
			for k := 1; k < len(h); k++ {
				if h[k] > h[best] {
					best = k
				}
			}
			x.add(fHist, uint64(best))
			x.add(fHistStyle, uint64(best)<<8|uint64(x.styles[si]))
		}
	}
}

// remember records the decision for token i in the document's history.
func (x *extractor) remember(i, y int) {
	t := &x.toks[i]
	if t.flags&flagInitCap == 0 {
		return
	}
	h := x.hist[t.lower]
	h[typeOf(y)+1]++
	x.hist[t.lower] = h
}

// decode labels a prepared document greedily, sentence by sentence in
// x.order, calling score for each token's label scores. If gold is not nil,
// learn is called wherever the best allowed label differs from gold. The
// labels (indexes) go to out, flat. Where x.alt gives a token acceptable
// alternatives, a guess among them is not an error (partial.go). With cache, the scores of a form's
// unigram features are computed once and kept in x.cache (the weights must
// not change meanwhile).
func (x *extractor) decode(out []uint8, score func(feats []uint64, s *[numLabels]float32), gold []uint8, learn func(feats []uint64, gold, guess int), cache bool) {
	for _, si := range x.order {
		a, b := x.sent[si], x.sent[si+1]
		prev1, prev2 := 0, 0
		for i := a; i < b; i++ {
			if cache && x.surelyOutside(i, prev1) {
				out[i] = 0
				prev2, prev1 = prev1, 0
				continue
			}
			s := &x.scores
			if cache {
				*s = x.unigramScores(&x.toks[i], score)
			} else {
				*s = [numLabels]float32{}
			}
			x.features(si, i, !cache)
			x.labelFeatures(si, i, prev1, prev2, !cache)
			if cache {
				ps := x.prevScores(prev1, prev2, score)
				for y := range s {
					s[y] += ps[y]
				}
			}
			score(x.feats, s)
			best := 0
			tf := x.toks[i].flags
			for y := 1; y < numLabels && tf&flagTitleTail != flagTitleTail; y++ {
				if allowed(prev1, y) && s[y] > s[best] && !(tf&flagHonorific != 0 && honorificBans(y)) && !(tf&flagInTitle != 0 && typeOf(y) == 0) &&
					!(gold == nil && tf&flagLowerWord != 0 && inside(y)) {
					best = y
				}
			}
			if gold != nil && int(gold[i]) != best {
				if x.alt == nil {
					learn(x.feats, int(gold[i]), best)
				} else if !acceptable(gold[i], x.alt[i], best) {
					learn(x.feats, target(gold[i], x.alt[i], prev1, s), best)
				}
			}
			out[i] = uint8(best)
			x.remember(i, best)
			prev2, prev1 = prev1, best
		}
	}
}

// maxCache bounds the unigram score cache of one extractor.
const maxCache = 1 << 16

// unigramScores returns the summed weights of token t's unigram features,
// from the cache when the form was seen before.
func (x *extractor) unigramScores(t *tokInfo, score func(feats []uint64, s *[numLabels]float32)) [numLabels]float32 {
	if i, ok := x.cache[t.word]; ok {
		return x.cacheVals[i]
	}
	if x.cache == nil || len(x.cacheVals) >= maxCache {
		x.cache = make(map[uint64]int32, 1024)
		x.cacheVals = x.cacheVals[:0]
	}
	x.feats = x.feats[:0]
	x.unigram(t)
	var s [numLabels]float32
	score(x.feats, &s)
	x.cache[t.word] = int32(len(x.cacheVals))
	x.cacheVals = append(x.cacheVals, s)
	return s
}

// c32 and c256 unpack a lexicon cluster value (0 for none).
func c32(c uint64) uint64 {
	if c == 0 {
		return 32
	}
	return (c - 1) & 31
}

func c256(c uint64) uint64 {
	if c == 0 {
		return 256
	}
	return (c - 1) >> 5
}

// surelyOutside reports whether token i is certainly O, so that tagging
// can skip scoring it: outside a mention, a lower-case word that unlabelled
// text rarely capitalises, or a comma, full stop and the like, does not
// start one. Only tagging takes this short cut; training scores every token.
func (x *extractor) surelyOutside(i, prev int) bool {
	if open(prev) {
		return false
	}
	t := &x.toks[i]
	if t.flags&flagLower != 0 && t.flags&flagHasDigit == 0 {
		return t.caps == 1
	}
	if t.runes == 1 && t.flags&(flagAlpha|flagHasDigit) == 0 {
		switch x.words[i] {
		case ",", ".", ";", ":", "!", "?", "\"", "“", "”":
			return true
		}
	}
	return false
}

// prevFeatures appends the features of the two previous labels.
func (x *extractor) prevFeatures(prev1, prev2 int) {
	x.add(fPrev1, uint64(prev1))
	x.add(fPrev2, uint64(prev2)<<8|uint64(prev1))
}

// prevScores returns the summed weights of the previous-label features,
// computed once per pair.
func (x *extractor) prevScores(prev1, prev2 int, score func(feats []uint64, s *[numLabels]float32)) *[numLabels]float32 {
	k := prev1*numLabels + prev2
	if p := x.prev[k]; p != nil {
		return p
	}
	saved := x.feats
	x.feats = nil
	x.prevFeatures(prev1, prev2)
	p := new([numLabels]float32)
	score(x.feats, p)
	x.feats = saved
	x.prev[k] = p
	return p
}

// inside reports whether label y continues a mention begun on an earlier
// token (I or L).
func inside(y int) bool {
	return y != 0 && (partOf(y) == partI || partOf(y) == partL)
}

// honorificBans reports whether label y is barred from an honorific such as
// "Mr.": it is never part of a PER mention, and never starts a mention.
func honorificBans(y int) bool {
	return typeOf(y) == 0 || partOf(y) == partB || partOf(y) == partU
}

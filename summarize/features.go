package summarize

import (
	"math"
	"strings"
	"unicode/utf8"

	"github.com/newsnlp/newsnlp/nlp"
)

// feature is the index of one feature in a candidate's feature vector.
type feature int

// The scorer's features, in the order of a feature vector.
const (
	fBias feature = iota

	// Position: one-hot rank among the story's usable sentences (a
	// teaser opening the story takes no rank), the rank's logarithm and
	// its share of the story. Paragraphs are not a feature: the
	// CNN/DailyMail training stories come as one paragraph, so paragraph
	// features would be learned from BBC stories alone and would turn every
	// story set in paragraphs into a BBC-style summary.
	fRank0
	fRank1
	fRank2
	fRank3
	fRank4
	fLogRank
	fRelRank
	fTeaser

	// Length in words.
	fLogWords
	fShort
	fLong

	// Word overlap with the rest of the story and its opening. (Overlap
	// with a title is not a feature: hardly any training story has one.)
	fCentrality
	fCentralityRel
	fSharedTerms
	fLeadOverlap

	// Named entities.
	fEntitySalience
	fEntityTop
	fEntityCount

	// Surface form.
	fQuoteStart
	fQuoteAny
	fDigit
	fQuestion
	fDangling
	fColonEnd
	fParen

	// Summed and mean sentence frequency of the terms, relative to the
	// story's highest.
	fFreqSumRel
	fFreqMeanRel

	numFeatures
)

// featureNames are the names the model's weights are stored with.
var featureNames = [numFeatures]string{
	fBias:  "bias",
	fRank0: "rank0", fRank1: "rank1", fRank2: "rank2", fRank3: "rank3", fRank4: "rank4",
	fLogRank: "log_rank", fRelRank: "rel_rank", fTeaser: "opening_teaser",
	fLogWords: "log_words", fShort: "short", fLong: "long",
	fCentrality: "centrality", fCentralityRel: "centrality_rel", fSharedTerms: "shared_terms",
	fLeadOverlap:    "lead_overlap",
	fEntitySalience: "entity_salience", fEntityTop: "entity_top", fEntityCount: "entity_count",
	fQuoteStart: "quote_start", fQuoteAny: "quote_any", fDigit: "digit", fQuestion: "question",
	fDangling: "dangling", fColonEnd: "colon_end", fParen: "paren",
	fFreqSumRel: "freq_sum_rel", fFreqMeanRel: "freq_mean_rel",
}

// FeatureNames names the scorer's features, in the order of a feature
// vector. The model's weights are stored with these names.
var FeatureNames = featureNames[:]

// leadRanks is the number of rank one-hots (rank0 ... rank4).
const leadRanks = int(fRank4-fRank0) + 1

// vector is one candidate's features, indexed by feature.
type vector []float64

func (x vector) set(f feature, v float64) { x[f] = v }

// docFeatures holds what the scorer computes for one document's candidates.
type docFeatures struct {
	cands []int       // sentence indices, in article order
	x     [][]float64 // feature vectors, one per candidate
	terms [][]int32   // each candidate's distinct content terms
	words []int       // each candidate's word count
	// nTerms is the number of distinct terms: term ids are below it.
	nTerms int
}

// candidates returns the indices of sentences a summary may use: neither
// the title nor furniture.
func candidates(doc *nlp.Document) []int {
	var out []int
	for i, s := range doc.Sentences {
		if s.Title || junkReason(s.Text) != "" {
			continue
		}
		out = append(out, i)
	}
	return out
}

// extractFeatures computes the feature vectors of doc's candidate sentences.
func extractFeatures(doc *nlp.Document) *docFeatures {
	tm := &termer{ids: make(map[uint64]int32, 256)}
	df := &docFeatures{cands: candidates(doc)}
	df.collectTerms(doc, tm)
	df.nTerms = len(tm.ids)
	st := newTermStats(df.terms, len(tm.ids))
	ents := newEntityStats(doc)

	n := len(df.cands)
	df.x = make([][]float64, n)
	xs := make([]float64, n*int(numFeatures))
	pos := positioner{n: n}
	for k, si := range df.cands {
		s := doc.Sentences[si]
		x := vector(xs[k*int(numFeatures) : (k+1)*int(numFeatures) : (k+1)*int(numFeatures)])
		x.set(fBias, 1)
		text := strings.TrimSpace(s.Text)
		pos.features(x, text, df.words[k])
		x.set(fLogWords, math.Log1p(float64(df.words[k])))
		x.set(fShort, b2f(df.words[k] < 10))
		x.set(fLong, b2f(df.words[k] > 40))
		df.overlapFeatures(x, k, st)
		ents.features(x, doc, si)
		surfaceFeatures(x, doc, s, text, tm)
		df.x[k] = x
	}
	st.relative(df.x)
	return df
}

// collectTerms fills df.terms with each candidate's distinct terms (slices
// of one array) and df.words with its word count.
func (df *docFeatures) collectTerms(doc *nlp.Document, tm *termer) {
	n := len(df.cands)
	df.terms = make([][]int32, n)
	df.words = make([]int, n)
	var all []int32
	starts := make([]int, n+1)
	for k, si := range df.cands {
		s := doc.Sentences[si]
		starts[k] = len(all)
		all, df.words[k] = tm.terms(doc.Text, doc.Tokens[s.TokenStart:s.TokenEnd], all)
	}
	starts[n] = len(all)
	lastSeen := make([]int32, len(tm.ids)) // candidate number+1 that last kept each term
	for k := 0; k < n; k++ {
		ts := all[starts[k]:starts[k]:starts[k+1]]
		for _, v := range all[starts[k]:starts[k+1]] {
			if lastSeen[v] != int32(k+1) {
				lastSeen[v] = int32(k + 1)
				ts = append(ts, v) // overwrites all[starts[k]:] in place, never past starts[k+1]
			}
		}
		df.terms[k] = ts
	}
}

// termStats are the sentence frequencies of a story's terms, and the
// per-candidate sums the relative features are made from.
type termStats struct {
	sf      []float64 // sentence frequency of each term, over the candidates
	norm    float64   // Euclidean norm of sf
	cent    []float64 // centrality of each candidate
	sum     []float64 // summed sentence frequency of each candidate's terms
	mean    []float64 // mean sentence frequency of each candidate's terms
	maxCent float64
	maxSum  float64
	maxMean float64
}

func newTermStats(terms [][]int32, nTerms int) *termStats {
	st := &termStats{sf: make([]float64, nTerms)}
	for _, ts := range terms {
		for _, t := range ts {
			st.sf[t]++
		}
	}
	for _, f := range st.sf {
		st.norm += f * f
	}
	st.norm = math.Sqrt(st.norm)
	n := len(terms)
	st.cent, st.sum, st.mean = make([]float64, n), make([]float64, n), make([]float64, n)
	return st
}

// relative sets the features relative to the story's highest value, once
// every candidate has been seen.
func (st *termStats) relative(xs [][]float64) {
	for k, x := range xs {
		if st.maxCent > 0 {
			x[fCentralityRel] = st.cent[k] / st.maxCent
		}
		if st.maxSum > 0 {
			x[fFreqSumRel] = st.sum[k] / st.maxSum
			x[fFreqMeanRel] = st.mean[k] / st.maxMean
		}
	}
}

// overlapFeatures sets candidate k's centrality and its overlap with the
// story's opening, and records its sums in st.
func (df *docFeatures) overlapFeatures(x vector, k int, st *termStats) {
	n := len(df.cands)
	ts := df.terms[k]
	if len(ts) > 0 && st.norm > 0 {
		var dot, shared float64
		for _, t := range ts {
			dot += st.sf[t]
			shared += st.sf[t] - 1
		}
		st.cent[k] = dot / (math.Sqrt(float64(len(ts))) * st.norm)
		st.sum[k] = dot
		st.mean[k] = dot / float64(len(ts))
		st.maxSum = math.Max(st.maxSum, st.sum[k])
		st.maxMean = math.Max(st.maxMean, st.mean[k])
		x.set(fSharedTerms, shared/float64(len(ts))/math.Max(1, float64(n-1))*10)
	}
	st.maxCent = math.Max(st.maxCent, st.cent[k])
	x.set(fCentrality, st.cent[k])
	if k > 0 {
		x.set(fLeadOverlap, overlap(ts, df.terms[0]))
	}
}

// positioner sets the position features, candidate by candidate in article
// order.
type positioner struct {
	n    int // candidates
	rank int // rank among the non-teaser candidates so far
}

func (p *positioner) features(x vector, text string, words int) {
	// A teaser (a question, a short quote) does not take a lead slot: the
	// position features count only the other sentences, and a teaser
	// opening the story is marked as such.
	first, _ := utf8.DecodeRuneInString(text)
	teaser := isQuestion(text) || strings.ContainsRune("\"“‘'«", first) && words <= 12
	x.set(fLogRank, math.Log1p(float64(p.rank)))
	x.set(fRelRank, float64(p.rank)/float64(p.n))
	if teaser {
		x.set(fTeaser, b2f(p.rank == 0))
		return
	}
	if p.rank < leadRanks {
		x.set(fRank0+feature(p.rank), 1)
	}
	p.rank++
}

// entityStats are the story's entity mentions per sentence, and each
// entity's share of all mentions.
type entityStats struct {
	bySentence [][]int // sentence -> entity indices
	top        int     // the most mentioned entity
	topCount   int
	total      int // mentions of all entities
}

func newEntityStats(doc *nlp.Document) *entityStats {
	es := &entityStats{bySentence: make([][]int, len(doc.Sentences)), top: -1}
	for ei, e := range doc.Entities {
		es.total += len(e.Mentions)
		if len(e.Mentions) > es.topCount {
			es.top, es.topCount = ei, len(e.Mentions)
		}
		for _, m := range e.Mentions {
			if m.Sentence >= 0 && m.Sentence < len(es.bySentence) {
				es.bySentence[m.Sentence] = append(es.bySentence[m.Sentence], ei)
			}
		}
	}
	return es
}

// features sets the entity features of sentence si.
func (es *entityStats) features(x vector, doc *nlp.Document, si int) {
	ents := es.bySentence[si]
	if len(ents) == 0 || es.total == 0 {
		return
	}
	seen := map[int]bool{}
	for _, ei := range ents {
		if !seen[ei] {
			seen[ei] = true
			x[fEntitySalience] += float64(len(doc.Entities[ei].Mentions)) / float64(es.total)
			if ei == es.top && es.topCount > 1 {
				x.set(fEntityTop, 1)
			}
		}
	}
	x.set(fEntityCount, math.Log1p(float64(len(seen))))
}

// surfaceFeatures sets the features read off the sentence's text.
func surfaceFeatures(x vector, doc *nlp.Document, s nlp.Sentence, text string, tm *termer) {
	first, _ := utf8.DecodeRuneInString(text)
	x.set(fQuoteStart, b2f(strings.ContainsRune("\"“‘'«", first)))
	x.set(fQuoteAny, b2f(strings.IndexByte(text, '"') >= 0 || strings.Contains(text, "“") || strings.Contains(text, "”")))
	x.set(fDigit, b2f(strings.ContainsAny(text, "0123456789")))
	x.set(fQuestion, b2f(isQuestion(text)))
	if s.TokenEnd > s.TokenStart {
		tm.buf = lowerInto(tm.buf[:0], doc.TokenText(s.TokenStart))
		x.set(fDangling, b2f(danglingStarts[string(tm.buf)]))
	}
	x.set(fColonEnd, b2f(strings.HasSuffix(text, ":")))
	// A sentence wholly in brackets is an aside or a credit; a dateline
	// such as "(CNN) --" opening a sentence is not.
	x.set(fParen, b2f((first == '(' || first == '[') && strings.ContainsRune(")]", lastRune(strings.TrimRight(text, ". ")))))
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func isQuestion(s string) bool {
	s = strings.TrimRight(s, "\"'”’)» ")
	return strings.HasSuffix(s, "?")
}

// overlap is the share of a's terms also in b.
func overlap(a, b []int32) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	hit := 0
	for _, t := range a {
		for _, u := range b {
			if t == u {
				hit++
				break
			}
		}
	}
	return float64(hit) / float64(len(a))
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

package summarize

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsnlp/newsnlp/nlp"
)

// FeatureNames names the scorer's features, in the order of a feature
// vector. The model's weights are stored with these names.
var FeatureNames = []string{
	"bias",
	"rank0", "rank1", "rank2", "rank3", "rank4", "log_rank", "rel_rank",
	"para_first", "log_para",
	"log_words", "short", "long",
	"centrality", "centrality_rel", "shared_terms",
	"lead_overlap", "title_overlap",
	"entity_salience", "entity_top", "entity_count",
	"quote_start", "quote_any", "digit", "question", "dangling", "colon_end", "paren",
	"freq_sum_rel", "freq_mean_rel",
}

const numFeatures = 30

// docFeatures holds what the scorer computes for one document's candidates.
type docFeatures struct {
	cands []int       // sentence indices, in article order
	x     [][]float64 // feature vectors, one per candidate
	terms [][]int32   // each candidate's distinct content terms
	words []int       // each candidate's word count
	ids   map[string]int32
}

// candidates returns the indices of sentences a summary may use: not the
// title, not furniture, not a repeat of the title.
func candidates(doc *nlp.Document, titleTerms map[string]bool) []int {
	var out []int
	for i, s := range doc.Sentences {
		if s.Title || junkReason(s.Text) != "" {
			continue
		}
		out = append(out, i)
	}
	return out
}

// termer turns tokens into ids of stemmed, lowercased content words. Terms
// are keyed by a 64-bit hash, so that no string is allocated per term.
type termer struct {
	ids map[uint64]int32
	buf []byte
}

// hash64 is FNV-1a.
func hash64(b []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

// terms appends the ids of the content words of toks, tokens of text, to
// dst and returns it with the number of words (tokens starting with a letter
// or digit).
func (tm *termer) terms(text string, toks []nlp.Token, dst []int32) ([]int32, int) {
	words := 0
	for _, t := range toks {
		w := text[t.Start:t.End]
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			continue
		}
		words++
		b := lowerInto(tm.buf[:0], w)
		tm.buf = b
		if len(b) < 2 || stopwords[string(b)] {
			continue
		}
		key := hash64(lightStem(b))
		id, ok := tm.ids[key]
		if !ok {
			id = int32(len(tm.ids))
			tm.ids[key] = id
		}
		dst = append(dst, id)
	}
	return dst, words
}

// lowerInto appends w, lowercased, to dst.
func lowerInto(dst []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return append(dst[:0], strings.ToLower(w)...)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// lightStem folds the commonest English inflections (plural -s/-es/-ies,
// -ing, -ed, a final -e) in place, so that "rates" and "rate", "rising"
// and "rise" share a term. It is cruder than Porter's stemmer and cheap.
func lightStem(w []byte) []byte {
	n := len(w)
	suf := func(s string) bool { return n >= len(s) && string(w[n-len(s):]) == s }
	switch {
	case n > 4 && suf("ies"):
		w = append(w[:n-3], 'y')
	case n > 4 && (suf("sses") || suf("xes") || suf("ches") || suf("shes")):
		w = w[:n-2]
	case n > 3 && w[n-1] == 's' && !suf("ss") && !suf("us") && !suf("is"):
		w = w[:n-1]
	case n > 5 && suf("ing"):
		w = w[:n-3]
	case n > 4 && suf("ed"):
		w = w[:n-2]
	}
	if m := len(w); m > 3 && w[m-1] == 'e' {
		w = w[:m-1]
	}
	return w
}

// extractFeatures computes the feature vectors of doc's candidate sentences.
func extractFeatures(doc *nlp.Document) *docFeatures {
	tm := &termer{ids: make(map[uint64]int32, 256)}
	df := &docFeatures{}
	var titleTerms []int32
	if doc.Title != "" {
		for _, s := range doc.Sentences {
			if s.Title {
				titleTerms, _ = tm.terms(doc.Text, doc.Tokens[s.TokenStart:s.TokenEnd], titleTerms)
			}
		}
	}
	titleSet := map[int32]bool{}
	for _, t := range titleTerms {
		titleSet[t] = true
	}
	df.cands = candidates(doc, nil)
	n := len(df.cands)
	df.x = make([][]float64, n)
	df.terms = make([][]int32, n)
	df.words = make([]int, n)
	// Each candidate's distinct terms, as slices of one array.
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
	// Sentence frequency of each term, over the candidates.
	sf := make([]float64, len(tm.ids))
	for _, ts := range df.terms {
		for _, t := range ts {
			sf[t]++
		}
	}
	var docNorm float64
	for _, f := range sf {
		docNorm += f * f
	}
	docNorm = math.Sqrt(docNorm)

	// Entities: mentions per sentence, and each entity's share of mentions.
	entMentions := make([][]int, len(doc.Sentences)) // sentence -> entity indices
	top, topCount, totalMentions := -1, 0, 0
	for ei, e := range doc.Entities {
		totalMentions += len(e.Mentions)
		if len(e.Mentions) > topCount {
			top, topCount = ei, len(e.Mentions)
		}
		for _, m := range e.Mentions {
			if m.Sentence >= 0 && m.Sentence < len(entMentions) {
				entMentions[m.Sentence] = append(entMentions[m.Sentence], ei)
			}
		}
	}

	cent := make([]float64, n)
	maxCent := 0.0
	fsum := make([]float64, n)
	fmean := make([]float64, n)
	maxSum, maxMean := 0.0, 0.0
	para := 0
	prevEnd := -1
	rank := 0 // rank among non-teaser candidates
	xs := make([]float64, n*numFeatures)
	for k, si := range df.cands {
		s := doc.Sentences[si]
		x := xs[k*numFeatures : (k+1)*numFeatures : (k+1)*numFeatures]
		x[0] = 1
		// A teaser (a question, a short quote) opening a story does not
		// take a lead slot: the rank one-hots count only the others.
		text := strings.TrimSpace(s.Text)
		first, _ := utf8.DecodeRuneInString(text)
		teaser := isQuestion(text) || strings.ContainsRune("\"“‘'«", first) && df.words[k] <= 12
		if rank < 5 && !teaser {
			x[1+rank] = 1
		}
		if !teaser {
			rank++
		}
		x[6] = math.Log1p(float64(k))
		x[7] = float64(k) / float64(n)
		paraFirst := k == 0 || strings.Contains(doc.Text[max(prevEnd, 0):s.Start], "\n")
		if paraFirst && k > 0 {
			para++
		}
		prevEnd = s.End
		x[8] = b2f(paraFirst)
		x[9] = math.Log1p(float64(para))
		w := df.words[k]
		x[10] = math.Log1p(float64(w))
		x[11] = b2f(w < 10)
		x[12] = b2f(w > 40)
		ts := df.terms[k]
		if len(ts) > 0 && docNorm > 0 {
			var dot, shared float64
			for _, t := range ts {
				dot += sf[t]
				shared += sf[t] - 1
			}
			cent[k] = dot / (math.Sqrt(float64(len(ts))) * docNorm)
			fsum[k] = dot
			fmean[k] = dot / float64(len(ts))
			maxSum = math.Max(maxSum, fsum[k])
			maxMean = math.Max(maxMean, fmean[k])
			x[15] = shared / float64(len(ts)) / math.Max(1, float64(n-1)) * 10
		}
		maxCent = math.Max(maxCent, cent[k])
		x[13] = cent[k]
		if k > 0 {
			x[16] = overlap(ts, df.terms[0])
		}
		if len(titleSet) > 0 && len(ts) > 0 {
			hit := 0
			for _, t := range ts {
				if titleSet[t] {
					hit++
				}
			}
			x[17] = float64(hit) / float64(len(titleSet))
		}
		if ents := entMentions[si]; len(ents) > 0 && totalMentions > 0 {
			seen := map[int]bool{}
			for _, ei := range ents {
				if !seen[ei] {
					seen[ei] = true
					x[18] += float64(len(doc.Entities[ei].Mentions)) / float64(totalMentions)
					if ei == top && topCount > 1 {
						x[19] = 1
					}
				}
			}
			x[20] = math.Log1p(float64(len(seen)))
		}
		x[21] = b2f(strings.ContainsRune("\"“‘'«", first))
		x[22] = b2f(strings.ContainsAny(text, "\"“”"))
		x[23] = b2f(strings.ContainsAny(text, "0123456789"))
		x[24] = b2f(isQuestion(text))
		if s.TokenEnd > s.TokenStart {
			tm.buf = lowerInto(tm.buf[:0], doc.TokenText(s.TokenStart))
			x[25] = b2f(danglingStarts[string(tm.buf)])
		}
		x[26] = b2f(strings.HasSuffix(text, ":"))
		// A sentence wholly in brackets is an aside or a credit; a dateline
		// such as "(CNN) --" opening a sentence is not.
		x[27] = b2f((first == '(' || first == '[') && strings.ContainsRune(")]", lastRune(strings.TrimRight(text, ". "))))
		df.x[k] = x
	}
	for k := range df.x {
		if maxCent > 0 {
			df.x[k][14] = cent[k] / maxCent
		}
		if maxSum > 0 {
			df.x[k][28] = fsum[k] / maxSum
			df.x[k][29] = fmean[k] / maxMean
		}
	}
	return df
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

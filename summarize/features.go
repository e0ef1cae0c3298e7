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

// contentTerms appends the stemmed content words of tokens to dst.
func contentTerms(toks []nlp.Token, dst []string) (terms []string, words int) {
	for _, t := range toks {
		w := t.Text
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			continue
		}
		words++
		lw := lowerASCII(w)
		if len(lw) < 2 || stopwords[lw] {
			continue
		}
		dst = append(dst, lightStem(lw))
	}
	return dst, words
}

func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return strings.ToLower(s)
		}
		if 'A' <= c && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if 'A' <= b[j] && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				} else if b[j] >= utf8.RuneSelf {
					return strings.ToLower(s)
				}
			}
			return string(b)
		}
	}
	return s
}

// lightStem folds the commonest English inflections (plural -s/-es/-ies,
// -ing, -ed) so that "rates" and "rate", "rising" and "rise" share a term.
// It is cruder than Porter's stemmer and allocates nothing.
func lightStem(w string) string {
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		return w[:n-3] + "y"
	case n > 4 && (strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes")):
		return w[:n-2]
	case n > 3 && w[n-1] == 's' && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:n-1]
	case n > 5 && strings.HasSuffix(w, "ing"):
		return strings.TrimSuffix(w[:n-3], "e")
	case n > 4 && strings.HasSuffix(w, "ed"):
		return strings.TrimSuffix(w[:n-2], "e")
	case n > 4 && w[n-1] == 'e':
		return w[:n-1]
	}
	return w
}

// extractFeatures computes the feature vectors of doc's candidate sentences.
func extractFeatures(doc *nlp.Document) *docFeatures {
	var titleTerms []string
	if doc.Title != "" {
		for _, s := range doc.Sentences {
			if s.Title {
				titleTerms, _ = contentTerms(doc.Tokens[s.TokenStart:s.TokenEnd], titleTerms)
			}
		}
	}
	df := &docFeatures{ids: map[string]int32{}}
	id := func(t string) int32 {
		v, ok := df.ids[t]
		if !ok {
			v = int32(len(df.ids))
			df.ids[t] = v
		}
		return v
	}
	titleSet := map[int32]bool{}
	for _, t := range titleTerms {
		titleSet[id(t)] = true
	}
	df.cands = candidates(doc, nil)
	n := len(df.cands)
	df.x = make([][]float64, n)
	df.terms = make([][]int32, n)
	df.words = make([]int, n)
	var buf []string
	var lastSeen []int32 // candidate number+1 that last added each term
	for k, si := range df.cands {
		s := doc.Sentences[si]
		var words int
		buf, words = contentTerms(doc.Tokens[s.TokenStart:s.TokenEnd], buf[:0])
		df.words[k] = words
		for _, t := range buf {
			v := id(t)
			if int(v) >= len(lastSeen) {
				lastSeen = append(lastSeen, make([]int32, int(v)+1-len(lastSeen))...)
			}
			if lastSeen[v] != int32(k+1) {
				lastSeen[v] = int32(k + 1)
				df.terms[k] = append(df.terms[k], v)
			}
		}
	}
	// Sentence frequency of each term, over the candidates.
	sf := make([]float64, len(df.ids))
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
	entMentions := map[int][]int{} // sentence -> entity indices
	top, topCount, totalMentions := -1, 0, 0
	for ei, e := range doc.Entities {
		totalMentions += len(e.Mentions)
		if len(e.Mentions) > topCount {
			top, topCount = ei, len(e.Mentions)
		}
		for _, m := range e.Mentions {
			entMentions[m.Sentence] = append(entMentions[m.Sentence], ei)
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
	for k, si := range df.cands {
		s := doc.Sentences[si]
		x := make([]float64, numFeatures)
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
			x[25] = b2f(danglingStarts[lowerASCII(doc.Tokens[s.TokenStart].Text)])
		}
		x[26] = b2f(strings.HasSuffix(text, ":"))
		x[27] = b2f(strings.HasPrefix(text, "(") || strings.HasPrefix(text, "["))
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

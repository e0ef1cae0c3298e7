package summarize

import (
	"math"
	"sort"
	"strings"
	"unicode"

	"github.com/newsnlp/newsnlp/nlp"
)

// Options set the summary's length. Sentences is used unless Words or Ratio
// is set; the zero value gives DefaultSentences. Words counts
// white-space-separated words and is a cap: when no sentence fits the
// budget, the best sentence is given cut to it (Sentence.Truncated).
type Options struct {
	Sentences int     // number of sentences
	Words     int     // a word budget instead of a sentence count
	Ratio     float64 // a share of the story's sentences, 0 < Ratio <= 1
}

// DefaultSentences is the summary length when Options sets none.
const DefaultSentences = 3

// Sentence is one sentence chosen for the summary.
type Sentence struct {
	nlp.Span
	Index int    // index into Document.Sentences
	Text  string // verbatim from the document
	Score float64
	// Truncated marks a sentence cut to a word budget that no whole
	// sentence fits: Text and Span are its first words.
	Truncated bool
}

// Extract returns the summary of doc, in article order, chosen by the
// model embedded in the binary.
func Extract(doc *nlp.Document, opts Options) []Sentence {
	m, err := DefaultScorer()
	if err != nil {
		panic(err) // the embedded model is checked by the package's tests
	}
	return m.Extract(doc, opts)
}

// Extract returns the summary of doc, in article order: the best-scored
// sentences that are neither furniture nor the title nor near-duplicates of
// each other, as many as opts ask. A story with fewer such sentences gives
// all of them.
func (m *Model) Extract(doc *nlp.Document, opts Options) []Sentence {
	df := extractFeatures(doc)
	if len(df.cands) == 0 {
		return fallback(doc, opts)
	}
	scores := make([]float64, len(df.cands))
	for k, x := range df.x {
		scores[k] = m.score(x)
	}
	return m.selectSentences(doc, df, scores, opts)
}

// selectSentences picks candidates within the length opts set, greedily:
// each step takes the candidate whose score, less m.Redundancy times the
// share of its terms that the sentences already picked cover, is highest
// (maximal marginal relevance). A near-duplicate of a picked sentence, or
// a sentence that would overrun the word budget, is never taken.
func (m *Model) selectSentences(doc *nlp.Document, df *docFeatures, scores []float64, opts Options) []Sentence {
	n := len(df.cands)
	limit, budget := sentenceLimit(opts, n)
	covered := make([]bool, df.nTerms)
	out := make([]bool, n) // picked, or ruled out
	var picked []int
	words := 0
	for len(picked) < limit {
		best, bestV := -1, 0.0
		for k := 0; k < n; k++ {
			if out[k] {
				continue
			}
			v := scores[k]
			if m.Redundancy != 0 && len(picked) > 0 && len(df.terms[k]) > 0 {
				hit := 0
				for _, t := range df.terms[k] {
					if covered[t] {
						hit++
					}
				}
				v -= m.Redundancy * float64(hit) / float64(len(df.terms[k]))
			}
			if best < 0 || v > bestV {
				best, bestV = k, v
			}
		}
		if best < 0 {
			break
		}
		out[best] = true
		w := 0
		if budget > 0 {
			w = len(strings.Fields(doc.Sentences[df.cands[best]].Text))
			if words+w > budget {
				continue
			}
		}
		if duplicates(df, best, picked) {
			continue
		}
		picked = append(picked, best)
		words += w
		for _, t := range df.terms[best] {
			covered[t] = true
		}
	}
	if len(picked) == 0 && n > 0 {
		// No sentence fits the budget: the best one, cut to it.
		k := argmax(scores)
		s := doc.Sentences[df.cands[k]]
		return []Sentence{cutToWords(Sentence{Span: s.Span, Index: df.cands[k], Text: s.Text, Score: scores[k]}, budget)}
	}
	sort.Ints(picked)
	sum := make([]Sentence, len(picked))
	for i, k := range picked {
		si := df.cands[k]
		s := doc.Sentences[si]
		sum[i] = Sentence{Span: s.Span, Index: si, Text: s.Text, Score: scores[k]}
	}
	return sum
}

// argmax returns the index of the highest of xs (the first on ties).
func argmax(xs []float64) int {
	best := 0
	for i, x := range xs {
		if x > xs[best] {
			best = i
		}
	}
	return best
}

// sentenceLimit turns opts into a sentence count and a word budget (0: none).
func sentenceLimit(opts Options, n int) (limit, budget int) {
	switch {
	case opts.Words > 0:
		return n, opts.Words
	case opts.Ratio > 0:
		return max(1, int(math.Ceil(opts.Ratio*float64(n)))), 0
	case opts.Sentences > 0:
		return opts.Sentences, 0
	}
	return DefaultSentences, 0
}

// duplicates reports whether candidate k repeats one already picked: most
// of the shorter one's content terms are in the other.
func duplicates(df *docFeatures, k int, picked []int) bool {
	for _, p := range picked {
		a, b := df.terms[k], df.terms[p]
		if len(a) > len(b) {
			a, b = b, a
		}
		if len(a) > 0 && overlap(a, b) >= 0.8 {
			return true
		}
	}
	return false
}

// fallback serves stories whose every sentence looks like furniture: their
// first non-title sentences.
func fallback(doc *nlp.Document, opts Options) []Sentence {
	n := 0
	for _, s := range doc.Sentences {
		if !s.Title {
			n++
		}
	}
	limit, budget := sentenceLimit(opts, n)
	var out []Sentence
	for i, s := range doc.Sentences {
		if s.Title || len(out) >= limit {
			continue
		}
		if budget > 0 && len(out) > 0 {
			break
		}
		out = append(out, cutToWords(Sentence{Span: s.Span, Index: i, Text: s.Text}, budget))
	}
	return out
}

// cutToWords cuts s to its first n words when it has more (n > 0), so that
// a word budget is never exceeded; the span still slices the text.
func cutToWords(s Sentence, n int) Sentence {
	if n <= 0 {
		return s
	}
	words, inWord := 0, false
	for i, r := range s.Text {
		space := unicode.IsSpace(r)
		if !space && !inWord {
			if words == n {
				end := strings.TrimRightFunc(s.Text[:i], unicode.IsSpace)
				s.Text, s.End, s.Truncated = end, s.Start+len(end), true
				return s
			}
			words++
		}
		inWord = !space
	}
	return s
}

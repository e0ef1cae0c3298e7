package rouge

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Score is one ROUGE measure.
type Score struct {
	Precision float64
	Recall    float64
	F1        float64
}

func fscore(hits, refN, hypN int) Score {
	if refN == 0 || hypN == 0 || hits == 0 {
		return Score{}
	}
	p := float64(hits) / float64(hypN)
	r := float64(hits) / float64(refN)
	return Score{Precision: p, Recall: r, F1: 2 * p * r / (p + r)}
}

// Scores are the three measures of one summary against one reference.
type Scores struct {
	R1    Score // ROUGE-1: unigram overlap
	R2    Score // ROUGE-2: bigram overlap
	RLsum Score // ROUGE-Lsum: summary-level union LCS over newline-split sentences
}

// Scorer computes ROUGE. It caches stems, so it is not safe for concurrent
// use; give each goroutine its own.
type Scorer struct {
	stems map[string]string
	ids   map[string]int32
}

// NewScorer returns a Scorer with empty caches.
func NewScorer() *Scorer {
	return &Scorer{stems: map[string]string{}, ids: map[string]int32{}}
}

// Tokens returns text's tokens as rouge-score makes them: lowercased runs of
// [a-z0-9], each longer than three characters replaced by its Porter stem.
func (sc *Scorer) Tokens(text string) []string {
	var out []string
	for _, t := range words(text) {
		if len(t) > 3 {
			s, ok := sc.stems[t]
			if !ok {
				s = Stem(t)
				sc.stems[t] = s
			}
			t = s
		}
		out = append(out, t)
	}
	return out
}

// Tokens is Scorer.Tokens without a cache.
func Tokens(text string) []string {
	var out []string
	for _, t := range words(text) {
		if len(t) > 3 {
			t = Stem(t)
		}
		out = append(out, t)
	}
	return out
}

// words lowercases text and splits it on every character outside [a-z0-9].
// Non-ASCII letters count only if they lowercase to ASCII (the Kelvin sign,
// dotted capital I), as in Python's str.lower.
func words(text string) []string {
	var out []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			out = append(out, b.String())
			b.Reset()
		}
	}
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
				b.WriteByte(c)
			case 'A' <= c && c <= 'Z':
				b.WriteByte(c + 'a' - 'A')
			default:
				flush()
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		i += n
		if l := unicode.ToLower(r); l < utf8.RuneSelf && ('a' <= l && l <= 'z' || '0' <= l && l <= '9') {
			b.WriteByte(byte(l))
			if r == 'İ' { // Python lowercases it to "i" + U+0307, which then separates
				flush()
			}
			continue
		}
		flush()
	}
	flush()
	return out
}

// Score compares a summary (hyp) with a reference (ref). For ROUGE-Lsum both
// are split into sentences at newlines.
func (sc *Scorer) Score(ref, hyp string) Scores {
	refSents := sc.sentences(ref)
	hypSents := sc.sentences(hyp)
	refToks := flatten(refSents)
	hypToks := flatten(hypSents)
	return Scores{
		R1:    ngramScore(refToks, hypToks, 1),
		R2:    ngramScore(refToks, hypToks, 2),
		RLsum: lsum(refSents, hypSents),
	}
}

// Score is Scorer.Score with a fresh Scorer.
func Compute(ref, hyp string) Scores { return NewScorer().Score(ref, hyp) }

// sentences splits text at newlines, skips empty lines, and returns each
// line's tokens as interned ids.
func (sc *Scorer) sentences(text string) [][]int32 {
	var out [][]int32
	for _, line := range strings.Split(text, "\n") {
		if line == "" {
			continue
		}
		toks := sc.Tokens(line)
		ids := make([]int32, len(toks))
		for i, t := range toks {
			id, ok := sc.ids[t]
			if !ok {
				id = int32(len(sc.ids))
				sc.ids[t] = id
			}
			ids[i] = id
		}
		out = append(out, ids)
	}
	return out
}

func flatten(sents [][]int32) []int32 {
	var out []int32
	for _, s := range sents {
		out = append(out, s...)
	}
	return out
}

type gram struct{ a, b int32 }

func ngramScore(ref, hyp []int32, n int) Score {
	count := func(t []int32) map[gram]int {
		m := map[gram]int{}
		for i := 0; i+n <= len(t); i++ {
			g := gram{a: t[i], b: -1}
			if n == 2 {
				g.b = t[i+1]
			}
			m[g]++
		}
		return m
	}
	rc, hc := count(ref), count(hyp)
	refN, hypN, hits := 0, 0, 0
	for _, c := range rc {
		refN += c
	}
	for g, c := range hc {
		hypN += c
		hits += min(c, rc[g])
	}
	return fscore(hits, refN, hypN)
}

// lsum is rouge-score's summary-level LCS: for each reference sentence, the
// union of its tokens on an LCS with each summary sentence, each token
// counted at most as often as it occurs in both texts.
func lsum(refs, hyps [][]int32) Score {
	refN, hypN := 0, 0
	rc, hc := map[int32]int{}, map[int32]int{}
	for _, s := range refs {
		refN += len(s)
		for _, t := range s {
			rc[t]++
		}
	}
	for _, s := range hyps {
		hypN += len(s)
		for _, t := range s {
			hc[t]++
		}
	}
	if refN == 0 || hypN == 0 {
		return Score{}
	}
	hits := 0
	var table []int32
	for _, r := range refs {
		union := make([]bool, len(r))
		for _, h := range hyps {
			table = lcsMark(r, h, table, union)
		}
		for i, in := range union {
			if !in {
				continue
			}
			if t := r[i]; rc[t] > 0 && hc[t] > 0 {
				hits++
				rc[t]--
				hc[t]--
			}
		}
	}
	return fscore(hits, refN, hypN)
}

// lcsMark marks in union the positions of a that lie on the longest common
// subsequence of a and b, found by the same backtrack as rouge-score's (ties
// move up in a first). table is scratch space, returned for reuse.
func lcsMark(a, b []int32, table []int32, union []bool) []int32 {
	w := len(b) + 1
	need := (len(a) + 1) * w
	if cap(table) < need {
		table = make([]int32, need)
	}
	table = table[:need]
	for j := 0; j < w; j++ {
		table[j] = 0
	}
	for i := 1; i <= len(a); i++ {
		row, prev := table[i*w:(i+1)*w], table[(i-1)*w:i*w]
		row[0] = 0
		ai := a[i-1]
		for j := 1; j < w; j++ {
			if ai == b[j-1] {
				row[j] = prev[j-1] + 1
			} else {
				row[j] = max(prev[j], row[j-1])
			}
		}
	}
	i, j := len(a), len(b)
	for i > 0 && j > 0 {
		switch {
		case a[i-1] == b[j-1]:
			union[i-1] = true
			i--
			j--
		case table[(i-1)*w+j] >= table[i*w+j-1]:
			i--
		default:
			j--
		}
	}
	return table
}

package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsnlp/newsnlp/nlp"
)

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
// dst and returns it with the number of words (tokens starting with a
// letter or digit).
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

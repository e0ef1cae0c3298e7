package ner

import (
	"math/rand/v2"
	"strings"
	"unicode"
	"unicode/utf8"
)

// CoNLL-2003 headlines are mostly ALL CAPS, while today's news has Title-Case
// headlines. To teach the tagger that capitals in a headline say little,
// training sometimes puts a synthetic headline on a document: one of its
// prose sentences, Title-Cased or upper-cased, with its labels.

// headlineRate is the share of documents given a synthetic headline in a pass.
const headlineRate = 0.35

// smallWords stay lower case in Title Case (AP style), unless first.
var smallWords = map[string]bool{"a": true, "an": true, "the": true, "and": true, "but": true, "or": true,
	"nor": true, "for": true, "of": true, "in": true, "on": true, "at": true, "to": true, "by": true,
	"with": true, "as": true, "from": true, "into": true, "over": true, "up": true, "vs": true, "via": true}

// withHeadline returns d, or a copy of it that starts with a synthetic
// headline.
func withHeadline(d Document, rng *rand.Rand) Document {
	if rng.Float64() >= headlineRate {
		return d
	}
	var cands []int
	for i, s := range d {
		if len(s.Words) >= 4 && len(s.Words) <= 25 && hasLowerWord(s.Words) {
			cands = append(cands, i)
		}
	}
	if len(cands) == 0 {
		return d
	}
	src := d[cands[rng.IntN(len(cands))]]
	h := Sentence{Words: make([]string, len(src.Words)), Labels: src.Labels}
	mode := rng.IntN(10) // 0-2: ALL CAPS, 3-5: every word capitalised, else AP Title Case
	for i, w := range src.Words {
		switch {
		case mode < 3:
			h.Words[i] = strings.ToUpper(w)
		case mode < 6:
			h.Words[i] = capitalise(w)
		case i > 0 && smallWords[w]:
			h.Words[i] = w
		default:
			h.Words[i] = capitalise(w)
		}
	}
	out := make(Document, 0, len(d)+1)
	return append(append(out, h), d...)
}

func capitalise(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsLower(r) {
		return w
	}
	return string(unicode.ToUpper(r)) + w[n:]
}

func hasLowerWord(ws []string) bool {
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

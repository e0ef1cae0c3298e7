package ner

import (
	"math/rand/v2"
	"strings"
	"unicode"
	"unicode/utf8"
)

// CoNLL-2003 headlines are mostly ALL CAPS, while today's news has Title-Case
// headlines. To teach the tagger that capitals in a headline say little,
// training sometimes gives a document a synthetic headline: one of its prose
// sentences, Title-Cased or upper-cased, with its labels, moved to the top.

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
	k := cands[rng.IntN(len(cands))]
	src := d[k]
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
	// The source sentence leaves the story: otherwise every headline word
	// would also occur in lower case in the story, which real headlines
	// do not promise, and the document features would give it away.
	out := make(Document, 0, len(d))
	out = append(out, h)
	out = append(out, d[:k]...)
	return append(out, d[k+1:]...)
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

package ner

import (
	"sync"
	"unicode"
	"unicode/utf8"
)

// Model labels tokens with BIO entity tags. It is read-only after loading
// and safe for concurrent use.
//
// STUB: a capitalisation heuristic until the trained model lands.
type Model struct{}

// Default returns the model embedded in the binary, loaded once per process.
var Default = sync.OnceValues(func() (*Model, error) { return &Model{}, nil })

// Tag returns a BIO label ("B-PER", "I-ORG", "O", ...) for every token of a
// document, given as its sentences' token texts.
func (m *Model) Tag(doc [][]string) [][]string {
	out := make([][]string, len(doc))
	for i, sent := range doc {
		labels := make([]string, len(sent))
		prev := false
		for j, tok := range sent {
			r, _ := utf8.DecodeRuneInString(tok)
			capital := j > 0 && unicode.IsUpper(r)
			switch {
			case capital && prev:
				labels[j] = "I-MISC"
			case capital:
				labels[j] = "B-MISC"
			default:
				labels[j] = "O"
			}
			prev = capital
		}
		out[i] = labels
	}
	return out
}

package summarize

import "github.com/newsnlp/newsnlp/nlp"

// Options set the summary's length. Sentences is used unless Words or Ratio
// is set; the zero value gives DefaultSentences.
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
}

// Extract returns the summary of doc, in article order.
//
// STUB: the first body sentences (LEAD-N) until the scorer lands.
func Extract(doc *nlp.Document, opts Options) []Sentence {
	n := opts.Sentences
	if n <= 0 {
		n = DefaultSentences
	}
	var out []Sentence
	for i, s := range doc.Sentences {
		if s.Title {
			continue
		}
		if len(out) == n {
			break
		}
		out = append(out, Sentence{Span: s.Span, Index: i, Text: s.Text})
	}
	return out
}

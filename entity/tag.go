package entity

import (
	"github.com/newsnlp/newsnlp/ner"
	"github.com/newsnlp/newsnlp/nlp"
)

// MaxTagTokens bounds the tokens the tagger holds at once. A longer
// document (many stories run together in one file) is tagged in parts of
// whole sentences, so that the tagger's memory (a few hundred bytes a
// token) stays bounded whatever the input; its story-level features then
// see one part at a time. A news story is far shorter: about 65,000
// tokens is some 300 KB of text.
const MaxTagTokens = 1 << 16

// Tag sets every token's NER label with the tagger m; Resolve then reads
// the labels.
func Tag(doc *nlp.Document, m *ner.Model) {
	var (
		words  []string
		sents  [][]string
		labels []ner.Label
	)
	for a := 0; a < len(doc.Sentences); {
		// The part: sentences [a, b), at least one, at most MaxTagTokens
		// tokens unless one sentence alone has more.
		b, n := a, 0
		for b < len(doc.Sentences) {
			s := doc.Sentences[b]
			if b > a && n+s.TokenEnd-s.TokenStart > MaxTagTokens {
				break
			}
			n += s.TokenEnd - s.TokenStart
			b++
		}
		words, sents = words[:0], sents[:0]
		for _, s := range doc.Sentences[a:b] {
			for _, t := range doc.Tokens[s.TokenStart:s.TokenEnd] {
				words = append(words, doc.Text[t.Start:t.End])
			}
		}
		start := 0
		for _, s := range doc.Sentences[a:b] {
			k := s.TokenEnd - s.TokenStart
			sents = append(sents, words[start:start+k])
			start += k
		}
		labels = m.AppendLabels(labels[:0], sents)
		k := 0
		for _, s := range doc.Sentences[a:b] {
			for j := s.TokenStart; j < s.TokenEnd; j++ {
				doc.Tokens[j].NER = labels[k]
				k++
			}
		}
		a = b
	}
}

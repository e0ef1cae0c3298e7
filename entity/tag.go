package entity

import (
	"github.com/newsnlp/newsnlp/ner"
	"github.com/newsnlp/newsnlp/nlp"
)

// Tag sets every token's NER label with the tagger m, one sentence at a
// time; Resolve then reads the labels.
func Tag(doc *nlp.Document, m *ner.Model) {
	sents := make([][]string, len(doc.Sentences))
	words := make([]string, 0, len(doc.Tokens))
	for i, s := range doc.Sentences {
		for _, t := range doc.Tokens[s.TokenStart:s.TokenEnd] {
			words = append(words, t.Text)
		}
		sents[i] = words[len(words)-(s.TokenEnd-s.TokenStart):]
	}
	labels := m.AppendLabels(make([]ner.Label, 0, len(doc.Tokens)), sents)
	for _, s := range doc.Sentences {
		for j := s.TokenStart; j < s.TokenEnd; j++ {
			doc.Tokens[j].NER, labels = labels[0], labels[1:]
		}
	}
}

package nlp

import "strings"

// findEntities tags the document's tokens, turns BIO runs into mentions and
// groups the mentions into entities.
func (p *Parser) findEntities(doc *Document) {
	sents := make([][]string, len(doc.Sentences))
	for i, s := range doc.Sentences {
		words := make([]string, 0, s.TokenEnd-s.TokenStart)
		for _, t := range doc.Tokens[s.TokenStart:s.TokenEnd] {
			words = append(words, t.Text)
		}
		sents[i] = words
	}
	labels := p.ner.AppendTags(make([]string, 0, len(doc.Tokens)), sents)
	for _, s := range doc.Sentences {
		for j := s.TokenStart; j < s.TokenEnd; j++ {
			doc.Tokens[j].NER, labels = labels[0], labels[1:]
		}
	}
	doc.Mentions = mentionsFromBIO(doc)
	doc.Entities = groupMentions(doc.Mentions)
}

// typeNames maps the tagger's labels to output types.
var typeNames = map[string]string{"PER": Person, "ORG": Org, "LOC": GPE, "MISC": Misc}

// mentionsFromBIO turns runs of B-/I- labels into mentions.
func mentionsFromBIO(doc *Document) []Mention {
	var out []Mention
	for i := 0; i < len(doc.Tokens); {
		lab := doc.Tokens[i].NER
		if len(lab) < 3 || lab == "O" {
			i++
			continue
		}
		typ := lab[2:]
		j := i + 1
		for j < len(doc.Tokens) && doc.Tokens[j].NER == "I-"+typ && doc.Tokens[j].Sentence == doc.Tokens[i].Sentence {
			j++
		}
		s := Span{doc.Tokens[i].Start, doc.Tokens[j-1].End}
		name := typeNames[typ]
		if name == "" {
			name = typ
		}
		out = append(out, Mention{Span: s, Text: doc.Text[s.Start:s.End], Type: name, Sentence: doc.Tokens[i].Sentence})
		i = j
	}
	return out
}

// groupMentions merges mentions with the same text and type, in order of
// first appearance.
func groupMentions(ms []Mention) []Entity {
	var out []Entity
	index := map[string]int{}
	for _, m := range ms {
		key := m.Type + "\x00" + strings.ToLower(m.Text)
		i, ok := index[key]
		if !ok {
			i = len(out)
			index[key] = i
			out = append(out, Entity{Name: m.Text, Type: m.Type})
		}
		out[i].Mentions = append(out[i].Mentions, m)
	}
	return out
}

package eval

import "github.com/newsnlp/newsnlp/ner"

// NERTokens tags the gold tokens of docs with m and scores the predicted
// mentions against the gold ones (exact match, per type) and the per-story
// entity tables, on each document's text rebuilt as Render does: the model
// alone, without segmenter, tokenizer or entity layer.
func NERTokens(m *ner.Model, docs []ner.Document) *Scores {
	sc := NewScores()
	for _, d := range docs {
		words := make([][]string, len(d))
		gold := make([][]string, len(d))
		for i, s := range d {
			words[i], gold[i] = s.Words, s.Labels
		}
		r := Render(words, gold)
		var pred []Mention
		for i, s := range m.Tag(words) {
			for _, sp := range ner.Spans(s) {
				toks := r.Tokens[i]
				pred = append(pred, Mention{Start: toks[sp.Start].Start, End: toks[sp.End-1].End, Type: sp.Type})
			}
		}
		for k := range r.Gold {
			r.Gold[k].Type = NormType(r.Gold[k].Type)
		}
		sc.AddDoc([]rune(r.Text), r.Gold, pred)
	}
	return sc
}

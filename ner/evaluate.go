package ner

import "github.com/newsnlp/newsnlp/internal/eval"

// EvaluateTokens tags the gold tokens of docs and scores the predicted
// mentions against the gold ones (exact match, per type) and the per-story
// entity tables, on each document's text rebuilt as eval.Render does: the
// model alone, without tokenizer or pipeline.
func (m *Model) EvaluateTokens(docs []Document) *eval.Scores {
	sc := eval.NewScores()
	for _, d := range docs {
		words := make([][]string, len(d))
		gold := make([][]string, len(d))
		for i, s := range d {
			words[i], gold[i] = s.Words, s.Labels
		}
		r := eval.Render(words, gold)
		var pred []eval.Mention
		for i, s := range m.Tag(words) {
			for _, sp := range Spans(s) {
				toks := r.Tokens[i]
				pred = append(pred, eval.Mention{Start: toks[sp.Start].Start, End: toks[sp.End-1].End, Type: sp.Type})
			}
		}
		sc.AddDoc([]rune(r.Text), r.Gold, pred)
	}
	return sc
}

func (m *Model) tokenF1(docs []Document) float64 {
	c := m.EvaluateTokens(docs).Overall()
	return c.F1()
}

package ner

import "github.com/newsnlp/newsnlp/internal/eval"

// EvaluateTokens tags the gold tokens of docs and scores the predicted
// mentions against the gold ones (exact match, per type), in token
// offsets: the model alone, without tokenizer or pipeline.
func (m *Model) EvaluateTokens(docs []Document) *eval.Scores {
	sc := eval.NewScores()
	for _, d := range docs {
		words, gold := encodeDoc(d)
		pl := m.AppendTags(nil, words)
		var gl []string
		for _, y := range gold {
			gl = append(gl, bioLabels[y])
		}
		sc.AddDoc(nil, spansToMentions(d, gl), spansToMentions(d, pl))
	}
	return sc
}

// spansToMentions reads mentions off flat labels, sentence by sentence,
// with flat token offsets.
func spansToMentions(d Document, flat []string) []eval.Mention {
	var out []eval.Mention
	off := 0
	for _, s := range d {
		for _, sp := range Spans(flat[off : off+len(s.Words)]) {
			out = append(out, eval.Mention{Start: off + sp.Start, End: off + sp.End, Type: sp.Type})
		}
		off += len(s.Words)
	}
	return out
}

func (m *Model) tokenF1(docs []Document) float64 {
	c := m.EvaluateTokens(docs).Overall()
	return c.F1()
}

package sumeval

import (
	"fmt"

	"github.com/newsnlp/newsnlp/nlp"
	"github.com/newsnlp/newsnlp/summarize"
)

// TrainDocs returns the parsed articles as training documents of the given
// weight, leaving out those that failed to parse.
func TrainDocs(docs []Parsed, weight float64) []summarize.TrainDoc {
	var out []summarize.TrainDoc
	for _, d := range docs {
		if d.Doc != nil {
			out = append(out, summarize.TrainDoc{Doc: d.Doc, Reference: d.Summary, Weight: weight})
		}
	}
	return out
}

// CrossValidate scores held-out summaries: the articles are dealt into k
// folds (article i to fold i mod k), and each fold is summarized by a model
// trained on the other folds, with the given weight, and on every document
// of extra (other sets, never scored here). LEAD-n is scored on the same
// articles.
func CrossValidate(docs []Parsed, weight float64, extra []summarize.TrainDoc, k, n int, cfg summarize.TrainConfig) (*Result, error) {
	if k < 2 {
		return nil, fmt.Errorf("cross-validation needs at least 2 folds, not %d", k)
	}
	models := make([]*summarize.Model, k)
	for f := 0; f < k; f++ {
		var train []Parsed
		for i, d := range docs {
			if i%k != f {
				train = append(train, d)
			}
		}
		m, err := summarize.Train(append(TrainDocs(train, weight), extra...), cfg)
		if err != nil {
			return nil, fmt.Errorf("fold %d: %w", f, err)
		}
		models[f] = m
	}
	fold := map[*nlp.Document]int{}
	for i, d := range docs {
		if d.Doc != nil {
			fold[d.Doc] = i % k
		}
	}
	heldOut := func(doc *nlp.Document, n int) []summarize.Sentence {
		return models[fold[doc]].Extract(doc, summarize.Options{Sentences: n})
	}
	name := fmt.Sprintf("newsnlp-cv%d", k)
	return Evaluate(docs, n, []string{name, fmt.Sprintf("lead-%d", n)}, []Summarizer{heldOut, Lead}), nil
}

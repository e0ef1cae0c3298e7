package eval

import (
	"context"
	"fmt"

	"github.com/newsnlp/newsnlp"
	"github.com/newsnlp/newsnlp/ner"
)

// NERPipeline runs each document's text, rebuilt as ner.Render does, through
// the parser's whole pipeline (segmentation, tokens, tagger, entity layer)
// and scores the mentions it finds against the gold ones: what users get.
// name labels the documents in errors.
func NERPipeline(ctx context.Context, p *newsnlp.Parser, docs []ner.Document, name string) (*Scores, error) {
	sc := NewScores()
	for i, d := range docs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		r := ner.Render(d)
		doc, err := p.Parse(ctx, newsnlp.Source{Name: fmt.Sprintf("%s#%d", name, i+1), Text: r.Text}, newsnlp.Options{Entities: true})
		if err != nil {
			return nil, err
		}
		pred := make([]Mention, 0, len(doc.Mentions))
		for _, m := range doc.Mentions {
			s, e := doc.RuneSpan(m.Span)
			pred = append(pred, Mention{Start: s, End: e, Type: NormType(string(m.Type))})
		}
		text := []rune(r.Text)
		sc.AddDoc(text, goldMentions(r), pred)
	}
	return sc, nil
}

// NERTokens tags the gold tokens of docs with m and scores the predicted
// mentions against the gold ones (exact match, per type) and the per-story
// entity tables, on each document's text rebuilt as ner.Render does: the
// model alone, without segmenter, tokenizer or entity layer.
func NERTokens(m *ner.Model, docs []ner.Document) *Scores {
	sc := NewScores()
	for _, d := range docs {
		r := ner.Render(d)
		words := make([][]string, len(d))
		for i, s := range d {
			words[i] = s.Words
		}
		cp := codePoints(r.Text)
		var pred []Mention
		for i, s := range m.Tag(words) {
			for _, sp := range ner.Spans(s) {
				toks := r.Tokens[i]
				pred = append(pred, Mention{Start: cp[toks[sp.Start].Start], End: cp[toks[sp.End-1].End], Type: sp.Type})
			}
		}
		sc.AddDoc([]rune(r.Text), goldMentions(r), pred)
	}
	return sc
}

// goldMentions returns a rendered document's gold mentions in code points,
// their types mapped as NormType maps predictions.
func goldMentions(r ner.Rendered) []Mention {
	cp := codePoints(r.Text)
	out := make([]Mention, len(r.Mentions))
	for i, m := range r.Mentions {
		out[i] = Mention{Start: cp[m.Start], End: cp[m.End], Type: NormType(m.Type)}
	}
	return out
}

// codePoints maps every byte offset of s that starts a rune (and len(s))
// to its code point offset: the number of runes before it.
func codePoints(s string) []int {
	cp := make([]int, len(s)+1)
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			n++
		}
		cp[i+1] = n
	}
	return cp
}

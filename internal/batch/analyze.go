package batch

import (
	"context"
	"fmt"

	"github.com/newsnlp/newsnlp"
	"github.com/newsnlp/newsnlp/internal/render"
	"github.com/newsnlp/newsnlp/nlp"
	"github.com/newsnlp/newsnlp/source"
	"github.com/newsnlp/newsnlp/summarize"
)

// HeadlineFunc writes a headline for a parsed story and its summary.
type HeadlineFunc func(ctx context.Context, doc *nlp.Document, sum []summarize.Sentence) (*summarize.Headline, error)

// Pipeline is the default per-story work: decode, parse with entities and
// quotations, summarise and, if Headline is set, write a headline. It is safe for
// concurrent use; every worker shares its Parser.
type Pipeline struct {
	Parser  *newsnlp.Parser
	Summary summarize.Options
	// Headline, if set, is called for every story, at most
	// HeadlineConcurrency at a time (an LLM's rate limit).
	Headline            HeadlineFunc
	HeadlineConcurrency int
	sem                 chan struct{}
}

// NewPipeline returns a Pipeline on parser.
func NewPipeline(parser *newsnlp.Parser, sum summarize.Options, headline HeadlineFunc, headlineConcurrency int) *Pipeline {
	p := &Pipeline{Parser: parser, Summary: sum, Headline: headline, HeadlineConcurrency: max(headlineConcurrency, 1)}
	p.sem = make(chan struct{}, p.HeadlineConcurrency)
	return p
}

// Analyze implements Analyzer.
func (p *Pipeline) Analyze(ctx context.Context, in Input) (*Story, error) {
	src, warnings, err := newsnlp.SourceFromInput(&source.Input{Name: in.Name, Data: in.Data})
	if err != nil {
		return nil, err
	}
	switch in.Kind {
	case "html":
		src.HTML = true
	case "text":
		src.HTML = false
	}
	doc, err := p.Parser.Parse(ctx, src, newsnlp.Options{Entities: true, Quotes: true})
	if err != nil {
		return nil, err
	}
	sum := summarize.Extract(doc, p.Summary)
	s := &Story{
		Kind:     doc.Kind,
		Title:    doc.Title,
		Entities: render.Entities(doc),
		Quotes:   render.Quotes(doc),
		Summary:  render.Summary(doc, sum),
		Raw:      doc.Entities,
		Warnings: append(warnings, doc.Warnings...),
	}
	if p.Headline != nil {
		select {
		case p.sem <- struct{}{}:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
		h, err := p.Headline(ctx, doc, sum)
		<-p.sem
		if err != nil {
			return nil, fmt.Errorf("%s: headline: %w", in.Name, err)
		}
		s.Headline = h
	}
	return s, nil
}

package story

import (
	"context"

	"github.com/newsnlp/newsnlp"
	"github.com/newsnlp/newsnlp/internal/render"
	"github.com/newsnlp/newsnlp/source"
	"github.com/newsnlp/newsnlp/summarize"
)

// HeadlineFunc writes the headline of the story named source. It never
// fails: a headline that the LLM could not write is the request's offline
// one.
type HeadlineFunc func(ctx context.Context, source string, req summarize.HeadlineRequest) *summarize.Headline

// Pipeline is the default per-story work: decode, parse with entities and
// quotations, summarize and, if Headline is set, leave the headline for
// batch.Runner to ask for outside the pool of workers (see Story.Later). It is safe for
// concurrent use; every worker shares its Parser.
type Pipeline struct {
	Parser   *newsnlp.Parser
	Summary  summarize.Options
	Headline HeadlineFunc // nil: no headlines
	// Pages keeps each story's whole analysis in Story.View, for a sink
	// that writes a page per story.
	Pages bool
}

// NewPipeline returns a Pipeline on parser.
func NewPipeline(parser *newsnlp.Parser, sum summarize.Options, headline HeadlineFunc) *Pipeline {
	return &Pipeline{Parser: parser, Summary: sum, Headline: headline}
}

// Analyze analyses one story; it is the batch.Analyzer of a run.
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
	if p.Pages {
		s.View = &render.AnalyzeView{Doc: doc, Summary: sum}
	}
	if p.Headline != nil {
		req := summarize.NewHeadlineRequest(doc, sum)
		s.Later = func(ctx context.Context) { s.Headline = p.Headline(ctx, in.Name, req) }
	}
	return s, nil
}

package newsnlp

import (
	"context"
	"fmt"
	"runtime/debug"
	"slices"
	"strings"
	"sync"

	"github.com/newsnlp/newsnlp/entity"
	"github.com/newsnlp/newsnlp/extract"
	"github.com/newsnlp/newsnlp/gazetteer"
	"github.com/newsnlp/newsnlp/ner"
	"github.com/newsnlp/newsnlp/nlp"
	"github.com/newsnlp/newsnlp/quote"
	"github.com/newsnlp/newsnlp/source"
)

// Source is one article to parse.
type Source struct {
	Name string // shown in output: a path, a URL or "-"
	Text string // the decoded article: plain text or an HTML page
	HTML bool   // Text is HTML; see source.IsHTML
	URL  string // the page's address, if known, for resolving HTML links
}

// SourceFromInput decodes raw input and tells HTML from text. Warnings from
// decoding are returned for the caller to report.
func SourceFromInput(in *source.Input) (Source, []string, error) {
	dec, err := source.DecodeWith(in.Data, in.ContentType)
	if err != nil {
		return Source{}, nil, fmt.Errorf("%s: %w", in.Name, err)
	}
	isHTML := strings.Contains(in.ContentType, "html") || source.IsHTML(dec.Text)
	src := Source{Name: in.Name, Text: dec.Text, HTML: isHTML, URL: in.URL}
	if src.URL == "" && source.IsURL(in.Name) {
		src.URL = in.Name
	}
	return src, dec.Warnings, nil
}

// Options choose the stages Parse runs. The zero value runs segmentation only.
type Options struct {
	Entities bool // tag tokens and find entities
	POS      bool // add part-of-speech tags to tokens (slower)
	// Quotes finds the quotations and their speakers (Document.Quotes);
	// it needs the entities, so it runs the entity stages too.
	Quotes bool
}

// Parser turns articles into Documents. It holds the loaded models, is
// read-only after construction and safe for concurrent use.
type Parser struct {
	ner *ner.Model
	gz  *gazetteer.Gazetteer
}

// NewParser returns a Parser that uses the given NER model and the
// embedded gazetteer.
func NewParser(m *ner.Model) *Parser { return &Parser{ner: m, gz: gazetteer.Default()} }

// DefaultParser returns the Parser with the models embedded in the binary,
// loaded once per process.
var DefaultParser = sync.OnceValues(func() (*Parser, error) {
	m, err := ner.Default()
	if err != nil {
		return nil, fmt.Errorf("load NER model: %w", err)
	}
	return NewParser(m), nil
})

// Parse runs the pipeline on one article: clean, segment, tokenize and, as
// opts ask, tag and find entities. A panic inside a stage comes back as an
// error naming the source, so one bad article cannot stop a batch.
func (p *Parser) Parse(ctx context.Context, src Source, opts Options) (doc *nlp.Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			doc, err = nil, fmt.Errorf("%s: internal error: %v\n%s", src.Name, r, debug.Stack())
		}
	}()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	doc, title, err := clean(src)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", src.Name, err)
	}
	// Each stage is checked for cancellation before it starts, so that an
	// interrupt stops a long parse after the stage under way.
	stages := []func(){func() { nlp.SegmentBody(doc, title) }}
	if opts.POS {
		stages = append(stages, func() { nlp.TagPOS(doc) })
	}
	if opts.Entities || opts.Quotes {
		stages = append(stages, func() { entity.Tag(doc, p.ner) }, func() { entity.Resolve(doc, p.gz, p.ner) })
	}
	if opts.Quotes {
		stages = append(stages, func() { quote.Find(doc) })
	}
	for _, stage := range stages {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		stage()
	}
	return doc, nil
}

// clean finds the story in the source: the main text of an HTML page, or the
// story's regions in plain text. Either way the furniture is found once,
// and what was left out is listed in the document's Dropped.
func clean(src Source) (*nlp.Document, *nlp.Span, error) {
	doc := &nlp.Document{Source: src.Name, Kind: "text", Text: src.Text}
	var layout extract.Layout
	if src.HTML {
		page, err := extract.HTMLPage(strings.NewReader(src.Text), src.URL)
		if err != nil {
			return nil, nil, fmt.Errorf("extract HTML: %w", err)
		}
		doc.Kind = "html"
		doc.Byline, doc.Date = page.Byline, page.Date
		doc.Text, layout = page.Source, page.Layout
	} else {
		layout = extract.Text(doc.Text)
		doc.Byline, doc.Date = layout.Meta(doc.Text)
	}
	var title *nlp.Span
	if layout.Title != nil {
		title = &nlp.Span{Start: layout.Title.Start, End: layout.Title.End}
		doc.Title = strings.TrimSpace(doc.Text[title.Start:title.End])
		doc.Body = append(doc.Body, *title)
	}
	for _, r := range layout.Body {
		doc.Body = append(doc.Body, nlp.Span{Start: r.Start, End: r.End})
	}
	// The title need not open the text (a breadcrumb or a dateline may come
	// first); sentences must still come in text order.
	slices.SortFunc(doc.Body, func(a, b nlp.Span) int { return a.Start - b.Start })
	for _, d := range layout.Dropped {
		doc.Dropped = append(doc.Dropped, nlp.Dropped{Span: nlp.Span{Start: d.Start, End: d.End}, Reason: d.Reason})
	}
	return doc, title, nil
}

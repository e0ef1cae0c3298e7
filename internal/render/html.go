package render

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/newsnlp/newsnlp/nlp"
	"github.com/newsnlp/newsnlp/summarize"
)

// HTML is the report format: one self-contained HTML5 page (inline CSS, no
// script, nothing fetched) showing the story with its entities, summary,
// quotes and dropped page furniture marked. README.md documents its markup.
const HTML Format = "html"

// PageFormats are the formats of the commands whose views can be shown as a
// page (analyze, entities, summarize, quotes): Formats and HTML.
var PageFormats = append(slices.Clip(Formats), HTML)

// Parts chooses what a Page shows beside the article text and the dropped
// page furniture, which every page shows.
type Parts uint8

// The parts of a page.
const (
	ShowSummary  Parts = 1 << iota // the summary, its sentences marked in the article
	ShowEntities                   // mentions marked and coloured, the legend and the entity table
	ShowQuotes                     // quotations marked with their speakers, and the quotes table
	ShowAll      = ShowSummary | ShowEntities | ShowQuotes
)

// Quote is a quotation as a page marks it.
type Quote struct {
	nlp.Span            // the quotation in Doc.Text, bytes
	Parts    []nlp.Span // the pieces of a quote interrupted by its attribution; nil when it is one piece
	Speaker  string     // the speaker's canonical name; empty when none was found
	Kind     string     // what kind of quote it is, as the quote package names it
}

// Page is everything an HTML page shows of one document.
type Page struct {
	Doc      *nlp.Document
	Summary  []summarize.Sentence
	Headline *summarize.Headline
	Quotes   []Quote // in text order
	Show     Parts
	Index    string // a link back to the index of a batch run; "" for none
}

// Pager is a View that can be shown as an HTML page.
type Pager interface {
	View
	Page() Page
}

// Page implements Pager: the full report.
func (v AnalyzeView) Page() Page {
	return Page{Doc: v.Doc, Summary: v.Summary, Headline: v.Headline, Quotes: PageQuotes(v.Doc), Show: ShowAll}
}

// QuotesPageView is a QuotesView that keeps its document, for the quotes
// command's page (a QuotesView holds only its rows, so that a folder's
// worth of views stays small).
type QuotesPageView struct {
	QuotesView
	Doc *nlp.Document
}

// NewQuotesPageView returns the view of doc's quotations with its page.
func NewQuotesPageView(doc *nlp.Document) QuotesPageView {
	return QuotesPageView{QuotesView: NewQuotesView(doc), Doc: doc}
}

// Page implements Pager: the article with its quotations marked and the
// quotes table.
func (v QuotesPageView) Page() Page {
	return Page{Doc: v.Doc, Quotes: PageQuotes(v.Doc), Show: ShowQuotes}
}

// PageQuotes converts a document's quotations for its page: the speaker as
// the quotes table names it (the entity, an unnamed source's words, or an
// unresolved pronoun as written).
func PageQuotes(doc *nlp.Document) []Quote {
	out := make([]Quote, len(doc.Quotes))
	for i := range doc.Quotes {
		q := &doc.Quotes[i]
		name, _ := speakerCells(doc, q.Speaker)
		out[i] = Quote{Span: q.Span, Parts: q.Parts, Speaker: name, Kind: string(q.Kind)}
	}
	return out
}

// Page implements Pager: the article with its mentions and the entity table.
func (v EntitiesView) Page() Page { return Page{Doc: v.Doc, Show: ShowEntities} }

// Page implements Pager: the summary, its sentences marked in the article.
func (v SummaryView) Page() Page {
	return Page{Doc: v.Doc, Summary: v.Summary, Headline: v.Headline, Show: ShowSummary}
}

//go:embed report.css
var reportCSS string

//go:embed report.html.tmpl
var reportTemplate string

var pageTemplate = template.Must(template.New("report").Funcs(template.FuncMap{
	"typeClass": typeClass,
	"typeName":  typeName,
	"label":     reasonLabel,
}).Parse(reportTemplate))

// writeHTML prints the views as one page, an <article> per view. Views that
// are not Pagers show their grid as a table.
func writeHTML(w io.Writer, views []View) error {
	data := htmlData{CSS: template.CSS(reportCSS)}
	for i, v := range views {
		prefix := ""
		if len(views) > 1 {
			prefix = "d" + strconv.Itoa(i+1) + "-"
		}
		if p, ok := v.(Pager); ok {
			data.Docs = append(data.Docs, newHTMLDoc(p.Page(), prefix))
		} else {
			g := v.Grid()
			data.Docs = append(data.Docs, htmlDoc{Title: v.Source(), Source: v.Source(), Grid: &g})
		}
	}
	if len(data.Docs) == 1 {
		data.Title = data.Docs[0].Title
	} else {
		data.Title = strconv.Itoa(len(data.Docs)) + " stories"
	}
	return pageTemplate.Execute(w, data)
}

// WritePage prints one document's page: what --format html prints for it.
func WritePage(w io.Writer, p Page) error {
	d := newHTMLDoc(p, "")
	return pageTemplate.Execute(w, htmlData{Title: d.Title, CSS: template.CSS(reportCSS), Docs: []htmlDoc{d}})
}

// htmlData is what report.html.tmpl renders.
type htmlData struct {
	Title string
	CSS   template.CSS
	Docs  []htmlDoc
}

type htmlDoc struct {
	ID                          string // prefix of the document's element ids
	Index                       string // the link back to a batch run's index
	Title, Source, Link         string
	Byline, Date                string
	Headline                    string
	Summary                     []htmlSummaryItem
	Legend                      []htmlLegendItem
	Text                        template.HTML // the marked article text
	Dropped                     int
	Entities                    []htmlEntity
	Quotes                      []htmlQuote
	ShowSummary, ShowEntities   bool
	ShowQuotes, ShowQuoteCounts bool
	Grid                        *Grid // a view that is not a Pager
}

type htmlSummaryItem struct {
	Anchor, Text string
}

type htmlLegendItem struct {
	Type  nlp.EntityType
	Count int
}

type htmlEntity struct {
	Anchor  string
	Name    string
	Type    nlp.EntityType
	Count   int
	Roles   string
	Aliases string
	Quotes  int
}

type htmlQuote struct {
	Anchor, Speaker, Kind, Text string
}

// entityTypes is the order of the legend.
var entityTypes = []nlp.EntityType{nlp.Person, nlp.Org, nlp.GPE, nlp.Loc, nlp.NORP, nlp.Facility, nlp.Event, nlp.Misc}

// typeClass is the CSS class that colours a mention of type t.
func typeClass(t nlp.EntityType) string {
	if slices.Contains(entityTypes, t) {
		return "t-" + strings.ToLower(string(t))
	}
	return "t-other"
}

// typeNames explain the entity types in the legend.
var typeNames = map[nlp.EntityType]string{
	nlp.Person: "people", nlp.Org: "organizations", nlp.GPE: "countries, cities, states", nlp.Loc: "other places",
	nlp.NORP: "nationalities, religious and political groups", nlp.Facility: "buildings, airports, roads",
	nlp.Event: "events", nlp.Misc: "other names",
}

func typeName(t nlp.EntityType) string {
	if n, ok := typeNames[t]; ok {
		return n
	}
	return "other"
}

// reasonLabel makes a dropped region's reason ("share_buttons") readable.
func reasonLabel(reason string) string { return strings.ReplaceAll(reason, "_", " ") }

func newHTMLDoc(p Page, prefix string) htmlDoc {
	d := p.Doc
	out := htmlDoc{
		ID: prefix, Title: d.Title, Source: d.Source, Byline: d.Byline, Date: d.Date,
		ShowSummary: p.Show&ShowSummary != 0, ShowEntities: p.Show&ShowEntities != 0, ShowQuotes: p.Show&ShowQuotes != 0,
		Dropped: len(d.Dropped), Index: p.Index,
	}
	if out.Title == "" {
		out.Title = d.Source
	}
	if strings.HasPrefix(d.Source, "https://") || strings.HasPrefix(d.Source, "http://") {
		out.Link = d.Source
	}
	if p.Headline != nil {
		out.Headline = p.Headline.Text
	}
	if out.ShowSummary {
		for _, s := range p.Summary {
			out.Summary = append(out.Summary, htmlSummaryItem{Anchor: prefix + "s-" + strconv.Itoa(s.Index), Text: oneLine(s.Text)})
		}
	}
	if out.ShowQuotes {
		for i, q := range p.Quotes {
			out.Quotes = append(out.Quotes, htmlQuote{
				Anchor: prefix + "q-" + strconv.Itoa(i), Speaker: q.Speaker, Kind: q.Kind, Text: oneLine(quoteText(d.Text, q)),
			})
		}
	}
	if out.ShowEntities {
		out.ShowQuoteCounts = out.ShowQuotes
		quotes := map[string]int{}
		for _, q := range p.Quotes {
			quotes[q.Speaker]++
		}
		counts := map[nlp.EntityType]int{}
		for i, e := range d.Entities {
			counts[e.Type] += len(e.Mentions)
			out.Entities = append(out.Entities, htmlEntity{
				Anchor: prefix + "e-" + strconv.Itoa(i), Name: e.Name, Type: e.Type, Count: len(e.Mentions),
				Roles: strings.Join(e.Roles, "; "), Aliases: strings.Join(aliases(e), "; "), Quotes: quotes[e.Name],
			})
		}
		for _, t := range entityTypes {
			if counts[t] > 0 {
				out.Legend = append(out.Legend, htmlLegendItem{Type: t, Count: counts[t]})
			}
		}
		var others []nlp.EntityType
		for t := range counts {
			if !slices.Contains(entityTypes, t) {
				others = append(others, t)
			}
		}
		slices.Sort(others)
		for _, t := range others {
			out.Legend = append(out.Legend, htmlLegendItem{Type: t, Count: counts[t]})
		}
	}
	out.Text = template.HTML(markText(p, prefix))
	return out
}

// quoteText is the quoted words: its parts joined by a space, if it has any.
func quoteText(text string, q Quote) string {
	if len(q.Parts) == 0 {
		return slice(text, q.Span)
	}
	parts := make([]string, len(q.Parts))
	for i, p := range q.Parts {
		parts[i] = slice(text, p)
	}
	return strings.Join(parts, " ")
}

// slice is text[s.Start:s.End], the span cut to fit the text.
func slice(text string, s nlp.Span) string {
	s = clampSpan(s, len(text))
	return text[s.Start:s.End]
}

// clampSpan cuts s to lie within [0, n].
func clampSpan(s nlp.Span, n int) nlp.Span {
	s.End = min(max(s.End, 0), n)
	s.Start = min(max(s.Start, 0), s.End)
	return s
}

// aliases lists the other ways the story names e, in order of appearance.
func aliases(e nlp.Entity) []string {
	var out []string
	for _, m := range e.Mentions {
		if m.Text != e.Name && !slices.Contains(out, m.Text) {
			out = append(out, m.Text)
		}
	}
	return out
}

// markKind is a kind of marked region. Lower kinds nest outside higher ones.
type markKind uint8

const (
	markDropped markKind = iota
	markSummary
	markQuote
	markMention
)

// mark is one region, or one piece of a region, to mark in the article
// text, in bytes.
type mark struct {
	start, end int
	kind       markKind
	idx        int   // index into the document's dropped regions, sentences, quotes or entities
	mention    int   // index of the mention in its entity (markMention)
	opened     *bool // whether the region's first element was written; shared by its pieces
}

// markText returns the article text, escaped, with every region of the page
// marked. Regions that cross each other are split, and so is a quote in
// parts: the element that opens a region carries its data-* attributes and
// every later piece of it has the class "cont" only, so that each region is
// counted once.
func markText(p Page, prefix string) string {
	d := p.Doc
	var marks []mark
	add := func(s nlp.Span, kind markKind, idx, mention int) {
		marks = append(marks, mark{start: s.Start, end: s.End, kind: kind, idx: idx, mention: mention, opened: new(bool)})
	}
	for i, dr := range d.Dropped {
		add(dr.Span, markDropped, i, 0)
	}
	if p.Show&ShowSummary != 0 {
		for _, s := range p.Summary {
			add(s.Span, markSummary, s.Index, 0)
		}
	}
	if p.Show&ShowQuotes != 0 {
		for i, q := range p.Quotes {
			if len(q.Parts) == 0 {
				add(q.Span, markQuote, i, 0)
				continue
			}
			opened := new(bool)
			for _, part := range q.Parts {
				marks = append(marks, mark{start: part.Start, end: part.End, kind: markQuote, idx: i, opened: opened})
			}
		}
	}
	if p.Show&ShowEntities != 0 {
		for i, e := range d.Entities {
			for j, m := range e.Mentions {
				add(m.Span, markMention, i, j)
			}
		}
	}
	for i := range marks { // spans that reach past the text are cut
		c := clampSpan(nlp.Span{Start: marks[i].start, End: marks[i].end}, len(d.Text))
		marks[i].start, marks[i].end = c.Start, c.End
	}
	slices.SortStableFunc(marks, func(a, b mark) int {
		if a.start != b.start {
			return a.start - b.start
		}
		return int(a.kind) - int(b.kind)
	})

	m := marker{p: p, prefix: prefix}
	m.b.Grow(len(d.Text) + len(marks)*96 + 256)
	var active, stack []*mark
	next := 0 // next mark to open
	for pos := 0; pos < len(d.Text) || next < len(marks); {
		// Marks ending here leave; marks starting here join (empty ones are
		// written at once, inside whatever is open).
		active = slices.DeleteFunc(active, func(k *mark) bool { return k.end <= pos })
		for next < len(marks) && marks[next].start <= pos {
			k := &marks[next]
			next++
			if k.end <= pos {
				m.reconcile(&stack, active)
				m.open(k)
				m.close(k)
				continue
			}
			active = append(active, k)
		}
		if pos >= len(d.Text) {
			break
		}
		m.reconcile(&stack, active)
		// The text runs to the next boundary.
		end := len(d.Text)
		if next < len(marks) {
			end = marks[next].start
		}
		for _, k := range active {
			end = min(end, k.end)
		}
		m.text(d.Text[pos:end])
		pos = end
	}
	m.reconcile(&stack, nil)
	return m.b.String()
}

// marker writes the marked article text.
type marker struct {
	b      strings.Builder
	p      Page
	prefix string
}

// reconcile closes and opens elements so that the open ones are the active
// marks, outermost kind first.
func (m *marker) reconcile(stack *[]*mark, active []*mark) {
	want := slices.Clone(active)
	slices.SortStableFunc(want, func(a, b *mark) int {
		if a.kind != b.kind {
			return int(a.kind) - int(b.kind)
		}
		return a.start - b.start
	})
	keep := 0
	for keep < len(*stack) && keep < len(want) && (*stack)[keep] == want[keep] {
		keep++
	}
	for i := len(*stack) - 1; i >= keep; i-- {
		m.close((*stack)[i])
	}
	for _, k := range want[keep:] {
		m.open(k)
	}
	*stack = append((*stack)[:keep], want[keep:]...)
}

func (m *marker) open(k *mark) {
	first := !*k.opened
	*k.opened = true
	b := &m.b
	d := m.p.Doc
	switch k.kind {
	case markDropped:
		reason := d.Dropped[k.idx].Reason
		if first {
			b.WriteString(`<details class="dropped" data-dropped="`)
			b.WriteString(escape(reason))
			b.WriteString(`">`)
		} else {
			b.WriteString(`<details class="dropped cont">`)
		}
		b.WriteString(`<summary data-label="`)
		b.WriteString(escape(reasonLabel(reason)))
		b.WriteString(`"></summary>`)
	case markSummary:
		if first {
			fmt.Fprintf(b, `<span class="sum" id="%ss-%d" data-summary="%d">`, m.prefix, k.idx, k.idx)
		} else {
			b.WriteString(`<span class="sum cont">`)
		}
	case markQuote:
		if first {
			fmt.Fprintf(b, `<span class="q" id="%sq-%d" data-speaker="%s">`, m.prefix, k.idx, escape(m.p.Quotes[k.idx].Speaker))
		} else {
			b.WriteString(`<span class="q cont">`)
		}
	case markMention:
		e := &d.Entities[k.idx]
		cls := typeClass(e.Type)
		if !first {
			b.WriteString(`<mark class="m cont ` + cls + `">`)
			return
		}
		b.WriteString(`<mark class="m ` + cls + `"`)
		if k.mention == 0 {
			fmt.Fprintf(b, ` id="%se-%d"`, m.prefix, k.idx)
		}
		b.WriteString(` tabindex="0" data-type="`)
		b.WriteString(escape(string(e.Type)))
		b.WriteString(`" data-entity="`)
		b.WriteString(escape(e.Name))
		b.WriteString(`"`)
		if len(e.Roles) > 0 {
			b.WriteString(` data-role="`)
			b.WriteString(escape(strings.Join(e.Roles, "; ")))
			b.WriteString(`"`)
		}
		b.WriteString(`>`)
	}
}

func (m *marker) close(k *mark) {
	switch k.kind {
	case markDropped:
		m.b.WriteString(`</details>`)
	case markMention:
		m.b.WriteString(`</mark>`)
	default:
		m.b.WriteString(`</span>`)
	}
}

func (m *marker) text(s string) { m.b.WriteString(textEscaper.Replace(s)) }

// The escapers of text and of attribute values (in double quotes). Carriage
// returns are written as references because an HTML parser turns a literal
// one into a line feed, and the article's text content must equal the
// analysed text.
var (
	textEscaper = strings.NewReplacer(`&`, "&amp;", `<`, "&lt;", `>`, "&gt;", "\r", "&#13;")
	attrEscaper = strings.NewReplacer(`&`, "&amp;", `<`, "&lt;", `>`, "&gt;", `"`, "&#34;", `'`, "&#39;", "\r", "&#13;")
)

// escape escapes an attribute value.
func escape(s string) string { return attrEscaper.Replace(s) }

package render

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/newsnlp/newsnlp/nlp"
	"github.com/newsnlp/newsnlp/summarize"
)

// MentionJSON is one mention in JSON output. Start and End are Unicode code
// point offsets into the input, end exclusive.
type MentionJSON struct {
	Text     string `json:"text"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Sentence int    `json:"sentence"`
	Role     string `json:"role,omitempty"`
}

// EntityJSON is one entity in JSON output.
type EntityJSON struct {
	Name          string         `json:"name"`
	Type          nlp.EntityType `json:"type"`
	Count         int            `json:"count"`
	Roles         []string       `json:"roles"`
	FirstSentence int            `json:"first_sentence"`
	Quotes        int            `json:"quotes"` // quotations it is the speaker of
	Mentions      []MentionJSON  `json:"mentions"`
}

// SentenceJSON is one sentence in JSON output.
type SentenceJSON struct {
	Text  string `json:"text"`
	Index int    `json:"index"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	// Truncated marks a summary sentence cut to the --words budget.
	Truncated bool `json:"truncated,omitempty"`
}

// SpanJSON is a sentence without its index, as `sentences` prints it.
type SpanJSON struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// DroppedJSON is a region left out of the story.
type DroppedJSON struct {
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Reason string `json:"reason"`
	Text   string `json:"text"`
}

// EntitiesJSON is what `entities --format json` prints per document.
type EntitiesJSON struct {
	Source   string       `json:"source"`
	Entities []EntityJSON `json:"entities"`
}

// SummaryJSON is what `summarize --format json` prints per document.
type SummaryJSON struct {
	Source   string              `json:"source"`
	Title    string              `json:"title"`
	Summary  []SentenceJSON      `json:"summary"`
	Headline *summarize.Headline `json:"headline,omitempty"`
}

// SentencesJSON is what `sentences --format json` prints per document.
type SentencesJSON struct {
	Source    string     `json:"source"`
	Sentences []SpanJSON `json:"sentences"`
}

// AnalyzeJSON is what `analyze` prints per document: everything at once.
type AnalyzeJSON struct {
	Source    string              `json:"source"`
	Kind      string              `json:"kind"`
	Title     string              `json:"title"`
	Byline    string              `json:"byline"`
	Date      string              `json:"date"`
	Text      string              `json:"text"`
	Sentences []SentenceJSON      `json:"sentences"`
	Entities  []EntityJSON        `json:"entities"`
	Quotes    []QuoteJSON         `json:"quotes"`
	Summary   []SentenceJSON      `json:"summary"`
	Headline  *summarize.Headline `json:"headline,omitempty"`
	Dropped   []DroppedJSON       `json:"dropped"`
	Warnings  []string            `json:"warnings"`
}

// Entities converts a document's entities to JSON form.
func Entities(doc *nlp.Document) []EntityJSON {
	out := make([]EntityJSON, 0, len(doc.Entities))
	quotes := QuoteCounts(doc)
	for i, e := range doc.Entities {
		ej := EntityJSON{Name: e.Name, Type: e.Type, Count: len(e.Mentions), Roles: e.Roles, FirstSentence: -1, Quotes: quotes[i]}
		if ej.Roles == nil {
			ej.Roles = []string{}
		}
		ej.Mentions = make([]MentionJSON, len(e.Mentions))
		for i, m := range e.Mentions {
			start, end := doc.RuneSpan(m.Span)
			ej.Mentions[i] = MentionJSON{Text: m.Text, Start: start, End: end, Sentence: m.Sentence, Role: m.Role}
		}
		if len(e.Mentions) > 0 {
			ej.FirstSentence = e.Mentions[0].Sentence
		}
		out = append(out, ej)
	}
	return out
}

// Summary converts summary sentences to JSON form.
func Summary(doc *nlp.Document, sum []summarize.Sentence) []SentenceJSON {
	out := make([]SentenceJSON, len(sum))
	for i, s := range sum {
		start, end := doc.RuneSpan(s.Span)
		out[i] = SentenceJSON{Text: s.Text, Index: s.Index, Start: start, End: end, Truncated: s.Truncated}
	}
	return out
}

// Sentences converts a document's sentences to JSON form.
func Sentences(doc *nlp.Document) []SentenceJSON {
	out := make([]SentenceJSON, len(doc.Sentences))
	for i, s := range doc.Sentences {
		start, end := doc.RuneSpan(s.Span)
		out[i] = SentenceJSON{Text: s.Text, Index: i, Start: start, End: end}
	}
	return out
}

// EntitiesView shows a document's entity table.
type EntitiesView struct {
	Doc *nlp.Document
	// QuotesIfAny drops the quotes column when no entity is the speaker of
	// a quotation: for people's tables, not for csv and tsv, whose columns
	// stay the same from story to story.
	QuotesIfAny bool
}

// Source implements View.
func (v EntitiesView) Source() string { return v.Doc.Source }

// JSON implements View.
func (v EntitiesView) JSON() any {
	return EntitiesJSON{Source: v.Doc.Source, Entities: Entities(v.Doc)}
}

// Grid implements View: one row per entity.
func (v EntitiesView) Grid() Grid {
	quotes := QuoteCounts(v.Doc)
	withQuotes := !v.QuotesIfAny
	for _, n := range quotes {
		withQuotes = withQuotes || n > 0
	}
	// The first sentence is context: it is shortened first on a narrow
	// terminal, then the roles, before the names.
	g := Grid{Header: []string{"name", "type", "count", "roles", "first_sentence"}, Clip: true, Shrink: []int{4, 3}}
	if withQuotes {
		g.Header = []string{"name", "type", "count", "quotes", "roles", "first_sentence"}
		g.Shrink = []int{5, 4}
	}
	for i, e := range v.Doc.Entities {
		first := ""
		if len(e.Mentions) > 0 {
			if s := e.Mentions[0].Sentence; s >= 0 && s < len(v.Doc.Sentences) {
				first = v.Doc.Sentences[s].Text
			}
		}
		row := []string{e.Name, string(e.Type), strconv.Itoa(len(e.Mentions)), strings.Join(e.Roles, "; "), first}
		if withQuotes {
			row = []string{e.Name, string(e.Type), strconv.Itoa(len(e.Mentions)), strconv.Itoa(quotes[i]), strings.Join(e.Roles, "; "), first}
		}
		g.Rows = append(g.Rows, row)
	}
	return g
}

// WriteText implements View: one entity a line.
func (v EntitiesView) WriteText(w io.Writer) error {
	for _, e := range v.Doc.Entities {
		line := fmt.Sprintf("%s\t%s\t%d", e.Name, e.Type, len(e.Mentions))
		if len(e.Roles) > 0 {
			line += "\t" + strings.Join(e.Roles, "; ")
		}
		if _, err := fmt.Fprintln(w, line); err != nil {
			return err
		}
	}
	return nil
}

// SummaryView shows a document's summary and, if any, its headline.
type SummaryView struct {
	Doc      *nlp.Document
	Summary  []summarize.Sentence
	Headline *summarize.Headline
}

// Source implements View.
func (v SummaryView) Source() string { return v.Doc.Source }

// JSON implements View.
func (v SummaryView) JSON() any {
	return SummaryJSON{Source: v.Doc.Source, Title: v.Doc.Title, Summary: Summary(v.Doc, v.Summary), Headline: v.Headline}
}

// Grid implements View: one row per summary sentence.
func (v SummaryView) Grid() Grid {
	g := Grid{Header: []string{"index", "start", "end", "text"}}
	for _, s := range v.Summary {
		start, end := v.Doc.RuneSpan(s.Span)
		g.Rows = append(g.Rows, []string{strconv.Itoa(s.Index), strconv.Itoa(start), strconv.Itoa(end), s.Text})
	}
	return g
}

// WriteText implements View: the headline, if any, then a sentence a line.
func (v SummaryView) WriteText(w io.Writer) error {
	if v.Headline != nil {
		if _, err := fmt.Fprintf(w, "%s\n\n", v.Headline.Text); err != nil {
			return err
		}
	}
	for _, s := range v.Summary {
		text := oneLine(s.Text)
		if s.Truncated {
			text += " …"
		}
		if _, err := fmt.Fprintln(w, text); err != nil {
			return err
		}
	}
	return nil
}

// SentencesView lists a document's sentences.
type SentencesView struct{ Doc *nlp.Document }

// Source implements View.
func (v SentencesView) Source() string { return v.Doc.Source }

// JSON implements View.
func (v SentencesView) JSON() any {
	out := SentencesJSON{Source: v.Doc.Source, Sentences: make([]SpanJSON, len(v.Doc.Sentences))}
	for i, s := range v.Doc.Sentences {
		start, end := v.Doc.RuneSpan(s.Span)
		out.Sentences[i] = SpanJSON{Text: s.Text, Start: start, End: end}
	}
	return out
}

// Grid implements View.
func (v SentencesView) Grid() Grid {
	g := Grid{Header: []string{"index", "start", "end", "text"}}
	for i, s := range v.Doc.Sentences {
		start, end := v.Doc.RuneSpan(s.Span)
		g.Rows = append(g.Rows, []string{strconv.Itoa(i), strconv.Itoa(start), strconv.Itoa(end), s.Text})
	}
	return g
}

// WriteText implements View: a sentence a line.
func (v SentencesView) WriteText(w io.Writer) error {
	for _, s := range v.Doc.Sentences {
		if _, err := fmt.Fprintln(w, oneLine(s.Text)); err != nil {
			return err
		}
	}
	return nil
}

// TokensView lists a document's tokens with offsets and tags.
type TokensView struct{ Doc *nlp.Document }

// Source implements View.
func (v TokensView) Source() string { return v.Doc.Source }

// TokenJSON is one token in JSON output.
type TokenJSON struct {
	Text     string `json:"text"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Sentence int    `json:"sentence"`
	POS      string `json:"pos"`
	NER      string `json:"ner"`
}

// JSON implements View.
func (v TokensView) JSON() any {
	toks := make([]TokenJSON, len(v.Doc.Tokens))
	for i, t := range v.Doc.Tokens {
		start, end := v.Doc.RuneSpan(t.Span)
		toks[i] = TokenJSON{Text: v.Doc.TokenText(i), Start: start, End: end, Sentence: int(t.Sentence), POS: t.POS.String(), NER: t.NER.String()}
	}
	return struct {
		Source string      `json:"source"`
		Tokens []TokenJSON `json:"tokens"`
	}{v.Doc.Source, toks}
}

// Grid implements View: one row per token.
func (v TokensView) Grid() Grid {
	g := Grid{Header: []string{"sentence", "start", "end", "text", "pos", "ner"}}
	for i, t := range v.Doc.Tokens {
		start, end := v.Doc.RuneSpan(t.Span)
		g.Rows = append(g.Rows, []string{strconv.Itoa(int(t.Sentence)), strconv.Itoa(start), strconv.Itoa(end), v.Doc.TokenText(i), t.POS.String(), t.NER.String()})
	}
	return g
}

// WriteText implements View: tab-separated, a token a line.
func (v TokensView) WriteText(w io.Writer) error {
	for _, r := range v.Grid().Rows {
		if _, err := fmt.Fprintln(w, strings.Join(r, "\t")); err != nil {
			return err
		}
	}
	return nil
}

// AnalyzeView is everything about a document. Its human formats print the
// summary, then the entity table.
type AnalyzeView struct {
	Doc      *nlp.Document
	Summary  []summarize.Sentence
	Headline *summarize.Headline
}

// Source implements View.
func (v AnalyzeView) Source() string { return v.Doc.Source }

// JSON implements View.
func (v AnalyzeView) JSON() any {
	d := v.Doc
	out := AnalyzeJSON{
		Source: d.Source, Kind: d.Kind, Title: d.Title, Byline: d.Byline, Date: d.Date, Text: d.Text,
		Sentences: Sentences(d), Entities: Entities(d), Quotes: Quotes(d), Summary: Summary(d, v.Summary), Headline: v.Headline,
		Dropped: make([]DroppedJSON, len(d.Dropped)), Warnings: d.Warnings,
	}
	for i, dr := range d.Dropped {
		start, end := d.RuneSpan(dr.Span)
		out.Dropped[i] = DroppedJSON{Start: start, End: end, Reason: dr.Reason, Text: d.Text[dr.Start:dr.End]}
	}
	if out.Warnings == nil {
		out.Warnings = []string{}
	}
	return out
}

// Grid implements View: the entity table.
func (v AnalyzeView) Grid() Grid { return EntitiesView{Doc: v.Doc}.Grid() }

// WriteText implements View.
func (v AnalyzeView) WriteText(w io.Writer) error {
	if err := SummaryView(v).WriteText(w); err != nil {
		return err
	}
	if _, err := fmt.Fprintln(w); err != nil {
		return err
	}
	return EntitiesView{Doc: v.Doc}.WriteText(w)
}

var spaceRun = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ", "\t", " ")

// oneLine folds a sentence that spans lines onto one, for line formats.
func oneLine(s string) string { return spaceRun.Replace(s) }

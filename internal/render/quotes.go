package render

import (
	"fmt"
	"io"

	"github.com/newsnlp/newsnlp/nlp"
)

// QuoteJSON is one quotation in JSON output. Start and End are Unicode code
// point offsets into the input, end exclusive, without quotation marks.
type QuoteJSON struct {
	Text     string        `json:"text"`
	Start    int           `json:"start"`
	End      int           `json:"end"`
	Kind     nlp.QuoteKind `json:"kind"`
	Cue      *SpanJSON     `json:"cue"`
	Speaker  *SpeakerJSON  `json:"speaker"`
	Sentence int           `json:"sentence"`
	// Parts are the pieces of a quote interrupted by its attribution or
	// running over several paragraphs; absent when it is one piece.
	Parts []SpanJSON `json:"parts,omitempty"`
}

// SpeakerJSON is the source of a quotation: the mention in the text and
// the entity it refers to. Name is null for a pronoun that could not be
// resolved; Type is null for an unnamed source ("a spokeswoman").
type SpeakerJSON struct {
	Name  *string         `json:"name"`
	Type  *nlp.EntityType `json:"type"`
	Text  string          `json:"text"`
	Start int             `json:"start"`
	End   int             `json:"end"`
	// Entity is the index of the speaker's entity in the story's entity
	// list, or -1; batch's SQLite output links quotes to entities with it.
	Entity int `json:"-"`
}

// QuotesJSON is what `quotes --format json` prints per document.
type QuotesJSON struct {
	Source string      `json:"source"`
	Quotes []QuoteJSON `json:"quotes"`
}

// Quotes converts a document's quotations to JSON form.
func Quotes(doc *nlp.Document) []QuoteJSON {
	out := make([]QuoteJSON, len(doc.Quotes))
	for i := range doc.Quotes {
		q := &doc.Quotes[i]
		start, end := doc.RuneSpan(q.Span)
		qj := QuoteJSON{Text: q.Text(doc.Text), Start: start, End: end, Kind: q.Kind, Sentence: q.Sentence}
		if q.Cue.Len() > 0 {
			cs, ce := doc.RuneSpan(q.Cue)
			qj.Cue = &SpanJSON{Text: doc.Text[q.Cue.Start:q.Cue.End], Start: cs, End: ce}
		}
		if sp := q.Speaker; sp != nil {
			ss, se := doc.RuneSpan(sp.Span)
			sj := &SpeakerJSON{Text: doc.Text[sp.Start:sp.End], Start: ss, End: se, Entity: sp.Entity}
			if sp.Name != "" {
				sj.Name = &sp.Name
			}
			if sp.Type != "" {
				sj.Type = &sp.Type
			}
			qj.Speaker = sj
		}
		for _, p := range q.Parts {
			ps, pe := doc.RuneSpan(p)
			qj.Parts = append(qj.Parts, SpanJSON{Text: doc.Text[p.Start:p.End], Start: ps, End: pe})
		}
		out[i] = qj
	}
	return out
}

// QuoteCounts returns, per entity of doc, the number of quotations it is
// the speaker of.
func QuoteCounts(doc *nlp.Document) []int {
	n := make([]int, len(doc.Entities))
	for i := range doc.Quotes {
		if sp := doc.Quotes[i].Speaker; sp != nil && sp.Entity >= 0 && sp.Entity < len(n) {
			n[sp.Entity]++
		}
	}
	return n
}

// QuotesView lists a document's quotations with their speakers. It holds
// what it prints, not the document, so that a folder's worth of views is
// small.
type QuotesView struct {
	source string
	quotes []QuoteJSON
	rows   [][]string // speaker, role, kind, quote
}

// NewQuotesView returns the view of doc's quotations.
func NewQuotesView(doc *nlp.Document) QuotesView {
	v := QuotesView{source: doc.Source, quotes: Quotes(doc)}
	for i := range doc.Quotes {
		q := &doc.Quotes[i]
		name, role := speakerCells(doc, q.Speaker)
		v.rows = append(v.rows, []string{name, role, string(q.Kind), v.quotes[i].Text})
	}
	return v
}

// Source implements View.
func (v QuotesView) Source() string { return v.source }

// JSON implements View.
func (v QuotesView) JSON() any { return QuotesJSON{Source: v.source, Quotes: v.quotes} }

// Grid implements View: one row per quotation, the quote last, cut to fit
// on a terminal.
func (v QuotesView) Grid() Grid {
	return Grid{Header: []string{"speaker", "role", "kind", "quote"}, Rows: v.rows, Clip: true}
}

// WriteText implements View: a quotation a line, after its speaker.
func (v QuotesView) WriteText(w io.Writer) error {
	for i, r := range v.rows {
		name := r[0]
		if name == "" {
			name = "?"
		}
		if _, err := fmt.Fprintf(w, "%s (%s): %s\n", name, v.quotes[i].Kind, oneLine(r[3])); err != nil {
			return err
		}
	}
	return nil
}

// speakerCells returns the speaker's name as a table shows it (the
// entity's name, an unnamed source's phrase, or an unresolved pronoun as
// written) and its role: the role written before the mention, else the
// entity's first.
func speakerCells(doc *nlp.Document, sp *nlp.Speaker) (name, role string) {
	if sp == nil {
		return "", ""
	}
	name = sp.Name
	if name == "" {
		name = doc.Text[sp.Start:sp.End]
	}
	if sp.Entity >= 0 && sp.Entity < len(doc.Entities) {
		e := &doc.Entities[sp.Entity]
		for _, m := range e.Mentions {
			if m.Span == sp.Span && m.Role != "" {
				return name, m.Role
			}
		}
		if len(e.Roles) > 0 {
			role = e.Roles[0]
		}
	}
	return name, role
}

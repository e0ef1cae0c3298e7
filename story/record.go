package story

import (
	"bytes"
	"encoding/json"

	"github.com/newsnlp/newsnlp/entity"
	"github.com/newsnlp/newsnlp/internal/render"
	"github.com/newsnlp/newsnlp/summarize"
)

// StoryLine is one story's JSON line. Entities are as `newsnlp entities
// --format json` prints them, quotes as `newsnlp quotes --format json`, the
// summary as `newsnlp summarize --format json`. Stream records carry their
// id and line instead of a source.
type StoryLine struct {
	Source   string                `json:"source,omitempty"`
	ID       json.RawMessage       `json:"id,omitempty"`
	Line     int                   `json:"line,omitempty"`
	Title    string                `json:"title"`
	Entities []render.EntityJSON   `json:"entities"`
	Quotes   []render.QuoteJSON    `json:"quotes"`
	Summary  []render.SentenceJSON `json:"summary"`
	Headline *summarize.Headline   `json:"headline,omitempty"`
	Warnings []string              `json:"warnings,omitempty"`
	Hash     string                `json:"hash,omitempty"`
}

// ErrorLine is the JSON line of a story that could not be processed.
type ErrorLine struct {
	Source string          `json:"source,omitempty"`
	ID     json.RawMessage `json:"id,omitempty"`
	Line   int             `json:"line,omitempty"`
	Error  string          `json:"error"`
	Hash   string          `json:"hash,omitempty"`
}

// JSONLine is the story's record in JSON Lines output, with its newline: a
// StoryLine, or an ErrorLine when the story failed.
func (s *Story) JSONLine() ([]byte, error) {
	var v any
	if s.Err != nil {
		v = ErrorLine{Source: s.Source, ID: s.ID, Line: s.Line, Error: ErrorText(s), Hash: s.Hash}
	} else {
		l := StoryLine{Source: s.Source, ID: s.ID, Line: s.Line, Title: s.Title, Entities: s.Entities,
			Quotes: s.Quotes, Summary: s.Summary, Headline: s.Headline, Warnings: s.Warnings, Hash: s.Hash}
		if l.Entities == nil {
			l.Entities = []render.EntityJSON{}
		}
		if l.Quotes == nil {
			l.Quotes = []render.QuoteJSON{}
		}
		if l.Summary == nil {
			l.Summary = []render.SentenceJSON{}
		}
		v = l
	}
	return encodeLine(v)
}

// TableLine is a row of the cross-story entity table as a JSON line, with
// its newline, as `newsnlp entities DIR --format jsonl` writes it.
func TableLine(r entity.Row) ([]byte, error) { return encodeLine(r) }

// encodeLine encodes v as one line of JSON, leaving <, > and & as they are.
func encodeLine(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

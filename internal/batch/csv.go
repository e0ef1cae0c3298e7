package batch

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"strings"

	"github.com/newsnlp/newsnlp/internal/render"
	"github.com/newsnlp/newsnlp/story"
)

// csvHeader names the columns of CSV output: one row per story.
var csvHeader = []string{"source", "title", "entities", "summary", "headline", "error", "hash"}

// csvSink writes one CSV row per story. Fields hold no line breaks, so every
// row is one line and an interrupted file can be cut at its last newline,
// and no control characters (see render.StripControls).
type csvSink struct {
	out        *lineWriter
	needHeader bool
}

func newCSVSink(out *lineWriter, empty bool) *csvSink {
	return &csvSink{out: out, needHeader: empty}
}

var csvLine = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ")

func encodeCSV(rec []string) ([]byte, error) {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	for i, f := range rec {
		rec[i] = render.StripControls(csvLine.Replace(f))
	}
	if err := w.Write(rec); err != nil {
		return nil, err
	}
	w.Flush()
	return b.Bytes(), w.Error()
}

// Prepare implements Sink.
func (c *csvSink) Prepare(s *Story) error {
	name := s.Source
	if name == "" {
		name = story.RecordName(s.ID, s.Line)
	}
	var rec []string
	if s.Err != nil {
		rec = []string{name, "", "", "", "", story.ErrorText(s), s.Hash}
	} else {
		ents := make([]string, len(s.Entities))
		for i, e := range s.Entities {
			ents[i] = fmt.Sprintf("%s (%s, %d)", e.Name, e.Type, e.Count)
		}
		sum := make([]string, len(s.Summary))
		for i, x := range s.Summary {
			sum[i] = x.Text
		}
		headline := ""
		if s.Headline != nil {
			headline = s.Headline.Text
		}
		rec = []string{name, s.Title, strings.Join(ents, "; "), strings.Join(sum, " "), headline, "", s.Hash}
	}
	b, err := encodeCSV(rec)
	if err != nil {
		return err
	}
	s.Encoded = b
	return nil
}

// Write implements Sink.
func (c *csvSink) Write(s *Story) error {
	if c.needHeader {
		h, err := encodeCSV(append([]string(nil), csvHeader...))
		if err != nil {
			return err
		}
		if err := c.out.add(h); err != nil {
			return err
		}
		c.needHeader = false
	}
	if s.Encoded == nil {
		if err := c.Prepare(s); err != nil {
			return err
		}
	}
	return c.out.add(s.Encoded)
}

// Flush implements Sink.
func (c *csvSink) Flush() error { return c.out.flush() }

// Close implements Sink.
func (c *csvSink) Close() error {
	if c.needHeader {
		// An empty run still gives a file with its header.
		h, _ := encodeCSV(append([]string(nil), csvHeader...))
		c.out.add(h)
		c.needHeader = false
	}
	return c.out.close()
}

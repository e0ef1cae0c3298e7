package batch

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/newsnlp/newsnlp/entity"
	"github.com/newsnlp/newsnlp/internal/render"
	"github.com/newsnlp/newsnlp/story"
)

// TableFormats are the formats of the cross-story entity table.
var TableFormats = []render.Format{render.Table, render.TSV, render.CSV, render.Markdown, render.JSON, render.JSONL, render.Text}

// TableView shows the cross-story entity table as a render.View.
type TableView struct {
	Rows []entity.Row
}

// Source implements render.View: the table spans every story.
func (v TableView) Source() string { return "" }

// JSON implements render.View: an array of rows.
func (v TableView) JSON() any {
	if v.Rows == nil {
		return []entity.Row{}
	}
	return v.Rows
}

// Grid implements render.View.
func (v TableView) Grid() render.Grid {
	g := render.Grid{Header: []string{"name", "type", "stories", "mentions", "aliases", "sources"}}
	for _, r := range v.Rows {
		g.Rows = append(g.Rows, []string{r.Name, string(r.Type), strconv.Itoa(r.Stories), strconv.Itoa(r.Mentions),
			strings.Join(r.Aliases, "; "), strings.Join(r.Sources, "; ")})
	}
	return g
}

// WriteText implements render.View: a tab-separated row a line, no header.
func (v TableView) WriteText(w io.Writer) error {
	for _, r := range v.Grid().Rows {
		if _, err := fmt.Fprintln(w, strings.Join(r, "\t")); err != nil {
			return err
		}
	}
	return nil
}

// WriteTable prints the cross-story table in format f. CSV and TSV have one
// header line and no source column; JSON is an array, JSON Lines a row a
// line.
func WriteTable(w io.Writer, f render.Format, rows []entity.Row, opts render.Options) error {
	v := TableView{Rows: rows}
	switch f {
	case render.CSV, render.TSV:
		g := v.Grid()
		return render.WriteDelimited(w, f, g.Header, g.Rows)
	case render.JSONL:
		for _, r := range rows {
			line, err := story.TableLine(r)
			if err != nil {
				return err
			}
			if _, err := w.Write(line); err != nil {
				return err
			}
		}
		return nil
	}
	return render.Write(w, f, []render.View{v}, opts)
}

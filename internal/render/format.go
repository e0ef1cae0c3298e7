package render

import (
	"fmt"
	"io"
	"strings"
)

// Format is an output format.
type Format string

// The output formats.
const (
	Table    Format = "table"
	Text     Format = "text"
	JSON     Format = "json"
	JSONL    Format = "jsonl"
	CSV      Format = "csv"
	TSV      Format = "tsv"
	Markdown Format = "markdown"
)

// Formats lists every format, for help texts.
var Formats = []Format{Table, Text, JSON, JSONL, CSV, TSV, Markdown}

// ParseFormat checks a --format value against the formats a command allows.
func ParseFormat(s string, allowed []Format) (Format, error) {
	f := Format(strings.ToLower(strings.TrimSpace(s)))
	if f == "md" {
		f = Markdown
	}
	for _, a := range allowed {
		if f == a {
			return f, nil
		}
	}
	names := make([]string, len(allowed))
	for i, a := range allowed {
		names[i] = string(a)
	}
	return "", fmt.Errorf("unknown format %q: choose one of %s", s, strings.Join(names, ", "))
}

// Grid is a view's data as rows and columns. Header names are snake_case;
// the table and Markdown renderers show them in capitals.
type Grid struct {
	Header []string
	Rows   [][]string
	// Clip makes the table renderer cut over-long cells to fit, with an
	// ellipsis, instead of wrapping them: one line per row, for grids whose
	// long column is context rather than content.
	Clip bool
	// Shrink lists the columns the table renderer narrows first, in order,
	// when the table is wider than the terminal (each down to its header's
	// width); then the widest of the others. Nil means the widest first.
	Shrink []int
}

// View is one document's result, printable in every format.
type View interface {
	// Source names the input, for headings and the csv/tsv source column.
	Source() string
	// JSON returns the value that json and jsonl print.
	JSON() any
	// Grid returns the rows that table, csv, tsv and markdown print.
	Grid() Grid
	// WriteText prints the view as plain text for people.
	WriteText(w io.Writer) error
}

// Options tune the human formats.
type Options struct {
	Width int // terminal width for tables; 0 means no limit
}

// Write prints views in format f. With several views, json prints an array,
// jsonl a line each, csv and tsv one header with a source column, and the
// human formats a heading per view. Every format but JSON and JSON Lines,
// which escape them, drops control characters (see StripControls).
func Write(w io.Writer, f Format, views []View, opts Options) error {
	switch f {
	case JSON:
		return writeJSON(w, views)
	case JSONL:
		return writeJSONL(w, views)
	}
	cf := &controlFilter{w: w}
	if err := writeHuman(cf, f, views, opts); err != nil {
		return err
	}
	return cf.flush()
}

// writeHuman prints views in a format other than JSON.
func writeHuman(w io.Writer, f Format, views []View, opts Options) error {
	switch f {
	case CSV, TSV:
		return writeDelimited(w, views, f)
	case HTML:
		return writeHTML(w, views)
	case Table, Markdown, Text:
		for i, v := range views {
			if len(views) > 1 {
				if err := writeHeading(w, f, v.Source(), i); err != nil {
					return err
				}
			}
			var err error
			switch f {
			case Table:
				err = writeTable(w, v.Grid(), opts)
			case Markdown:
				err = writeMarkdown(w, v.Grid())
			default:
				err = v.WriteText(w)
			}
			if err != nil {
				return err
			}
		}
		return nil
	}
	return fmt.Errorf("render: unsupported format %q", f)
}

func writeHeading(w io.Writer, f Format, source string, i int) error {
	sep := ""
	if i > 0 {
		sep = "\n"
	}
	var err error
	if f == Markdown {
		_, err = fmt.Fprintf(w, "%s## %s\n\n", sep, source)
	} else {
		_, err = fmt.Fprintf(w, "%s==> %s <==\n", sep, source)
	}
	return err
}

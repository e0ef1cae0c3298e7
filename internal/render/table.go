package render

import (
	"io"

	"github.com/mattn/go-runewidth"
	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/tw"
)

// defaultTableWidth is the table width off a terminal, where none is known.
const defaultTableWidth = 120

// writeTable draws a grid as a box table that fits Width: columns keep their
// natural width and the widest one wraps (or is clipped, with Grid.Clip). Line breaks inside cells are folded
// to spaces, so a cell wraps only where the table needs it to.
func writeTable(w io.Writer, g Grid, opts Options) error {
	width := opts.Width
	if width <= 0 {
		width = defaultTableWidth
	}
	rows := make([][]string, len(g.Rows))
	for i, r := range g.Rows {
		rows[i] = make([]string, len(r))
		for j, c := range r {
			rows[i][j] = oneLine(c)
		}
	}
	wrap := tw.WrapNormal
	if g.Clip {
		wrap = tw.WrapTruncate
	}
	cfg := tablewriter.Config{
		Header: tw.CellConfig{Formatting: tw.CellFormatting{AutoWrap: tw.WrapNone, AutoFormat: tw.On}},
		Row: tw.CellConfig{
			Formatting:   tw.CellFormatting{AutoWrap: wrap},
			ColMaxWidths: tw.CellWidth{PerColumn: columnCaps(g.Header, rows, width)},
		},
	}
	t := tablewriter.NewTable(w, tablewriter.WithConfig(cfg))
	t.Header(toAny(g.Header)...)
	if err := t.Bulk(rows); err != nil {
		return err
	}
	return t.Render()
}

// columnCaps returns a maximum width for the widest column so that the whole
// table, borders and padding included, fits in width.
func columnCaps(header []string, rows [][]string, width int) tw.Mapper[int, int] {
	natural := make([]int, len(header))
	for i, h := range header {
		natural[i] = runewidth.StringWidth(h)
	}
	for _, r := range rows {
		for i, c := range r {
			if i < len(natural) {
				natural[i] = max(natural[i], runewidth.StringWidth(c))
			}
		}
	}
	total := 1 // left border
	widest := 0
	for i, n := range natural {
		total += n + 3 // padding on both sides and a border
		if n > natural[widest] {
			widest = i
		}
	}
	caps := tw.NewMapper[int, int]()
	if len(natural) > 0 && total > width {
		caps.Set(widest, max(20, natural[widest]-(total-width)))
	}
	return caps
}

func toAny(s []string) []any {
	out := make([]any, len(s))
	for i, v := range s {
		out[i] = v
	}
	return out
}

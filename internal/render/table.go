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
			ColMaxWidths: tw.CellWidth{PerColumn: columnCaps(g.Header, rows, g.Shrink, width)},
		},
	}
	t := tablewriter.NewTable(w, tablewriter.WithConfig(cfg))
	t.Header(toAny(g.Header)...)
	if err := t.Bulk(rows); err != nil {
		return err
	}
	return t.Render()
}

// columnCaps returns maximum widths for the columns so that the whole
// table, borders and padding included, fits in width: the columns in shrink
// are narrowed first, in order, each down to its header's width (headers
// are not wrapped), then the widest of the rest, until the table fits or no
// column can give more.
func columnCaps(header []string, rows [][]string, shrink []int, width int) tw.Mapper[int, int] {
	natural := make([]int, len(header))
	floor := make([]int, len(header))
	for i, h := range header {
		natural[i] = runewidth.StringWidth(h)
		floor[i] = max(natural[i], minColumn)
	}
	for _, r := range rows {
		for i, c := range r {
			if i < len(natural) {
				natural[i] = max(natural[i], runewidth.StringWidth(c))
			}
		}
	}
	total := 1 // left border
	for _, n := range natural {
		total += n + 3 // padding on both sides and a border
	}
	caps := tw.NewMapper[int, int]()
	over := total - width
	capped := append([]int(nil), natural...)
	narrow := func(col int, to int) {
		if cut := min(over, capped[col]-to); cut > 0 {
			capped[col] -= cut
			over -= cut
			caps.Set(col, capped[col])
		}
	}
	for _, col := range shrink {
		if over > 0 && col >= 0 && col < len(capped) {
			narrow(col, floor[col])
		}
	}
	for over > 0 {
		widest := -1
		for i := range capped {
			if capped[i] > floor[i] && (widest < 0 || capped[i] > capped[widest]) {
				widest = i
			}
		}
		if widest < 0 {
			break // as narrow as it goes
		}
		// Narrow the widest to the next widest (or as far as needed), so
		// that wide columns share the cut.
		next := floor[widest]
		for i := range capped {
			if i != widest && capped[i] < capped[widest] {
				next = max(next, capped[i])
			}
		}
		narrow(widest, next)
	}
	return caps
}

// minColumn is the narrowest a column is made, headers aside.
const minColumn = 3

func toAny(s []string) []any {
	out := make([]any, len(s))
	for i, v := range s {
		out[i] = v
	}
	return out
}

package render

import (
	"io"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/tw"
)

// writeTable draws a grid as a box table, wrapping long cells to fit Width.
func writeTable(w io.Writer, g Grid, opts Options) error {
	options := []tablewriter.Option{
		tablewriter.WithRowAutoWrap(tw.WrapNormal),
		tablewriter.WithHeaderAutoWrap(tw.WrapNone),
	}
	if opts.Width > 0 {
		options = append(options, tablewriter.WithMaxWidth(opts.Width))
	}
	t := tablewriter.NewTable(w, options...)
	t.Header(toAny(g.Header)...)
	if err := t.Bulk(g.Rows); err != nil {
		return err
	}
	return t.Render()
}

func toAny(s []string) []any {
	out := make([]any, len(s))
	for i, v := range s {
		out[i] = v
	}
	return out
}

package render

import (
	"encoding/csv"
	"io"
	"strings"
)

// writeDelimited prints every view's grid under one header, with the source
// as the first column. TSV fields cannot hold tabs or newlines, so those
// become spaces; CSV quotes them as RFC 4180 says.
func writeDelimited(w io.Writer, views []View, comma rune) error {
	cw := csv.NewWriter(w)
	cw.Comma = comma
	wroteHeader := false
	for _, v := range views {
		g := v.Grid()
		if !wroteHeader {
			if err := cw.Write(append([]string{"source"}, g.Header...)); err != nil {
				return err
			}
			wroteHeader = true
		}
		for _, row := range g.Rows {
			rec := append([]string{v.Source()}, row...)
			if comma == '\t' {
				for i, f := range rec {
					rec[i] = tsvField(f)
				}
			}
			if err := cw.Write(rec); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

var tsvReplacer = strings.NewReplacer("\t", " ", "\r\n", " ", "\n", " ", "\r", " ")

func tsvField(s string) string { return tsvReplacer.Replace(s) }

package render

import (
	"encoding/csv"
	"fmt"
	"io"
	"strings"
)

// writeDelimited prints every view's grid under one header, with the source
// as the first column.
func writeDelimited(w io.Writer, views []View, f Format) error {
	dw := newDelimWriter(w, f)
	wroteHeader := false
	for _, v := range views {
		g := v.Grid()
		if !wroteHeader {
			if err := dw.write(append([]string{"source"}, g.Header...)); err != nil {
				return err
			}
			wroteHeader = true
		}
		for _, row := range g.Rows {
			if err := dw.write(append([]string{v.Source()}, row...)); err != nil {
				return err
			}
		}
	}
	return dw.flush()
}

// WriteDelimited prints a header and rows as CSV or TSV, as every other
// table is printed in those formats (see delimWriter), without control
// characters: for tables that span documents, such as batch's cross-story
// table.
func WriteDelimited(w io.Writer, f Format, header []string, rows [][]string) error {
	if f != CSV && f != TSV {
		return fmt.Errorf("render: %q is not a delimited format", f)
	}
	cf := &controlFilter{w: w}
	dw := newDelimWriter(cf, f)
	if err := dw.write(header); err != nil {
		return err
	}
	for _, r := range rows {
		if err := dw.write(r); err != nil {
			return err
		}
	}
	if err := dw.flush(); err != nil {
		return err
	}
	return cf.flush()
}

// delimWriter writes records as CSV, quoted as RFC 4180 says, or as TSV:
// fields joined by tabs and never quoted (a `"` stays `"`, so that awk -F'\t'
// and cut read them), with the tabs and line breaks inside a field turned
// into spaces, since TSV cannot hold them.
type delimWriter struct {
	csv *csv.Writer // nil for TSV
	w   io.Writer
	b   strings.Builder
}

func newDelimWriter(w io.Writer, f Format) *delimWriter {
	if f == CSV {
		return &delimWriter{csv: csv.NewWriter(w)}
	}
	return &delimWriter{w: w}
}

func (d *delimWriter) write(rec []string) error {
	if d.csv != nil {
		return d.csv.Write(rec)
	}
	d.b.Reset()
	for i, f := range rec {
		if i > 0 {
			d.b.WriteByte('\t')
		}
		d.b.WriteString(tsvField(f))
	}
	d.b.WriteByte('\n')
	_, err := io.WriteString(d.w, d.b.String())
	return err
}

func (d *delimWriter) flush() error {
	if d.csv == nil {
		return nil
	}
	d.csv.Flush()
	return d.csv.Error()
}

var tsvReplacer = strings.NewReplacer("\t", " ", "\r\n", " ", "\n", " ", "\r", " ")

func tsvField(s string) string { return tsvReplacer.Replace(s) }

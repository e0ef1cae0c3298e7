package render

import (
	"fmt"
	"io"
	"strings"
)

// writeMarkdown prints a grid as a GitHub-flavoured Markdown table. Pipes and
// newlines inside cells are escaped so that every row stays one line.
func writeMarkdown(w io.Writer, g Grid) error {
	var b strings.Builder
	row := func(cells []string) {
		b.WriteString("|")
		for _, c := range cells {
			b.WriteString(" ")
			b.WriteString(mdCell(c))
			b.WriteString(" |")
		}
		b.WriteString("\n")
	}
	head := make([]string, len(g.Header))
	for i, h := range g.Header {
		head[i] = strings.ReplaceAll(h, "_", " ")
	}
	row(head)
	b.WriteString("|")
	for range g.Header {
		b.WriteString(" --- |")
	}
	b.WriteString("\n")
	for _, r := range g.Rows {
		row(r)
	}
	_, err := fmt.Fprint(w, b.String())
	return err
}

var mdReplacer = strings.NewReplacer("|", `\|`, "\r\n", "<br>", "\n", "<br>", "\r", "<br>")

func mdCell(s string) string { return mdReplacer.Replace(s) }

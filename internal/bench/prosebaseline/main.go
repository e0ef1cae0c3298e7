// Command prosebaseline is the comparison point for newsnlp's latency figure:
// it reads one article and prints prose v2's entities as JSON, calling
// prose.NewDocument with its defaults, as a Go user would. Build it with
// go build -o /tmp/prose-baseline ./internal/bench/prosebaseline.
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/jdkato/prose/v2"
)

func main() {
	var r io.Reader = os.Stdin
	if len(os.Args) > 1 {
		f, err := os.Open(os.Args[1])
		if err != nil {
			fmt.Fprintln(os.Stderr, "prosebaseline:", err)
			os.Exit(1)
		}
		defer f.Close()
		r = f
	}
	text, err := io.ReadAll(r)
	if err != nil {
		fmt.Fprintln(os.Stderr, "prosebaseline:", err)
		os.Exit(1)
	}
	doc, err := prose.NewDocument(string(text))
	if err != nil {
		fmt.Fprintln(os.Stderr, "prosebaseline:", err)
		os.Exit(1)
	}
	type entity struct {
		Text  string `json:"text"`
		Label string `json:"label"`
	}
	var out struct {
		Entities []entity `json:"entities"`
	}
	for _, e := range doc.Entities() {
		out.Entities = append(out.Entities, entity{e.Text, e.Label})
	}
	if err := json.NewEncoder(os.Stdout).Encode(out); err != nil {
		fmt.Fprintln(os.Stderr, "prosebaseline:", err)
		os.Exit(1)
	}
}

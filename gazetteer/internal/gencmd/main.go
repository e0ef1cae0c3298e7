// Command gencmd compiles gazetteer/data/*.tsv into gazetteer/data/gazetteer.bin.
// Run it with `go generate ./gazetteer` from the module root.
package main

import (
	"fmt"
	"os"

	"github.com/newsnlp/newsnlp/gazetteer"
)

func main() {
	b, err := gazetteer.Compile(os.DirFS("."))
	if err == nil {
		err = os.WriteFile("data/gazetteer.bin", b, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gazetteer:", err)
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "gazetteer: wrote data/gazetteer.bin (%d bytes)\n", len(b))
}

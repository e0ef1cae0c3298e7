// Command newsnlp turns news articles into structured facts: summaries,
// entity tables, sentences and tokens, for one story or thousands.
package main

import (
	"os"

	"github.com/newsnlp/newsnlp/internal/iostreams"
)

func main() {
	os.Exit(Main(os.Args[1:], iostreams.System()))
}

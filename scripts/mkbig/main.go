// Command mkbig writes one long plain-text input of a given size, made of
// BBC stories from the shared data one after another, for measuring peak
// memory and interrupts on big inputs. The file is for timing runs only:
// never commit it.
//
//	go run ./scripts/mkbig -shared ../shared -mb 16 -out /tmp/big16.txt
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/newsnlp/newsnlp/internal/batch/corpus"
)

func main() {
	shared := flag.String("shared", "../shared", "the shared folder with data/")
	out := flag.String("out", "", "file to write (required)")
	mb := flag.Float64("mb", 16, "size in MiB")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "mkbig: -out is required")
		os.Exit(2)
	}
	texts, err := corpus.Texts(*shared, corpus.Options{Text: 400})
	if err != nil {
		fmt.Fprintf(os.Stderr, "mkbig: %v\n", err)
		os.Exit(1)
	}
	f, err := os.Create(*out)
	if err != nil {
		fmt.Fprintf(os.Stderr, "mkbig: %v\n", err)
		os.Exit(1)
	}
	w := bufio.NewWriter(f)
	size := int(*mb * (1 << 20))
	for n, i := 0, 0; n < size; i++ {
		t := texts[i%len(texts)] + "\n\n"
		if n+len(t) > size {
			t = strings.ToValidUTF8(t[:size-n], "") // whole characters only
			t += strings.Repeat(" ", size-n-len(t))
		}
		w.WriteString(t)
		n += len(t)
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintf(os.Stderr, "mkbig: %v\n", err)
		os.Exit(1)
	}
	if err := f.Close(); err != nil {
		fmt.Fprintf(os.Stderr, "mkbig: %v\n", err)
		os.Exit(1)
	}
}

package batch

import (
	"testing"
	"unsafe"

	"github.com/newsnlp/newsnlp/nlp"
	"github.com/newsnlp/newsnlp/summarize"
)

func defaultSummary() summarize.Options { return summarize.Options{} }

func defaultParser(t testing.TB) *nlp.Parser {
	t.Helper()
	p, err := nlp.DefaultParser()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// unsafeSameData reports whether two strings share their bytes.
func unsafeSameData(a, b string) bool { return unsafe.StringData(a) == unsafe.StringData(b) }

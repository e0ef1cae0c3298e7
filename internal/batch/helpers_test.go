package batch

import (
	"testing"

	"github.com/newsnlp/newsnlp"
	"github.com/newsnlp/newsnlp/internal/testfs"
	"github.com/newsnlp/newsnlp/summarize"
)

func defaultSummary() summarize.Options { return summarize.Options{} }

func defaultParser(t testing.TB) *newsnlp.Parser {
	t.Helper()
	p, err := newsnlp.DefaultParser()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

var tree = testfs.Tree

package extract

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestDebugText prints how Text reads the file NEWSNLP_DEBUG_TEXT names.
func TestDebugText(t *testing.T) {
	path := os.Getenv("NEWSNLP_DEBUG_TEXT")
	if path == "" {
		t.Skip("NEWSNLP_DEBUG_TEXT not set")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	if strings.HasSuffix(path, ".page") {
		text, _, _ = readPage(t, path)
	}
	lines := joinWrapped(text, scanLines(text))
	cs := cues()
	for i := range lines {
		classify(text, &lines[i], cs)
	}
	findStory(text, lines, true)
	var b strings.Builder
	for _, l := range lines {
		if l.blank() {
			continue
		}
		mark := "+"
		if l.title {
			mark = "T"
		}
		if l.drop != "" {
			mark = "-" + l.drop
		}
		f := ""
		for _, x := range []struct {
			on bool
			s  string
		}{{l.prose, "p"}, {l.headline, "h"}, {l.name, "n"}, {l.date, "d"}, {l.section, "s"}, {l.final, "f"}} {
			if x.on {
				f += x.s
			}
		}
		s := text[l.start:l.end]
		if len(s) > 100 {
			s = s[:100]
		}
		fmt.Fprintf(&b, "%-18s %-5s %d %.2f %q\n", mark, f, l.cueKind, furnitureScore(text[l.start:l.end]), s)
	}
	t.Log("\n" + b.String())
}

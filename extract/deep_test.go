package extract

import (
	"strings"
	"testing"
)

// TestHTMLDeepNesting: a page nested deeper than the HTML parser's limit
// of 512 open elements degrades (the deep elements are flattened, their
// text kept) instead of failing.
func TestHTMLDeepNesting(t *testing.T) {
	story := "<p>Officials in Lisbon said on Monday that the port would reopen on Tuesday after the strike.</p>" +
		"<p>The harbour authority said ferries would run on the normal timetable from Wednesday morning.</p>"
	for _, depth := range []int{600, 5000} {
		page := "<html><head><title>Port reopens</title></head><body>" +
			strings.Repeat("<div>", depth) + story + strings.Repeat("</div>", depth) + "</body></html>"
		art, err := HTML(strings.NewReader(page), "")
		if err != nil {
			t.Fatalf("depth %d: %v", depth, err)
		}
		if !strings.Contains(art.Text, "port would reopen on Tuesday") || !strings.Contains(art.Text, "normal timetable") {
			t.Errorf("depth %d: text %q", depth, art.Text)
		}
	}
	// Unclosed formatting elements, which the parser reopens, deep too.
	page := "<body>" + strings.Repeat("<b><i><span>", 400) + story
	if _, err := HTML(strings.NewReader(page), ""); err != nil {
		t.Errorf("unclosed deep formatting: %v", err)
	}
}

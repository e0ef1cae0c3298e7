package render

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/newsnlp/newsnlp/nlp"
)

func TestIndexPage(t *testing.T) {
	var buf bytes.Buffer
	o := IndexOptions{Title: `archive/<b>`, ShowQuotes: true}
	if err := WriteIndexStart(&buf, o); err != nil {
		t.Fatal(err)
	}
	stories := []IndexStory{
		{Href: "a-1.html", Title: `Council <script>x</script> votes`, Source: "a.txt", Quotes: 2,
			Top: []IndexEntity{{Name: "Ana Costa", Type: nlp.Person, Count: 3}, {Name: "Porto", Type: nlp.GPE, Count: 1}}},
		{Source: "b.txt", Error: "empty input"},
	}
	for _, s := range stories {
		if err := WriteIndexStory(&buf, o, s); err != nil {
			t.Fatal(err)
		}
	}
	end := IndexEnd{Stories: 2, Failed: 1, More: 5, Rows: []IndexRow{
		{Name: "Ana Costa", Type: nlp.Person, Stories: 1, Mentions: 3, Aliases: "Costa", Links: []IndexLink{{Href: "a-1.html", Title: "Council"}}},
	}}
	if err := WriteIndexEnd(&buf, end); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if strings.Contains(out, "<script>") || strings.Contains(out, "<b>") {
		t.Error("the index holds a story's markup unescaped")
	}
	root, err := html.Parse(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	if n := len(withAttr(root, "data-story")); n != 2 {
		t.Errorf("%d story rows, want 2", n)
	}
	if n := len(withAttr(root, "data-entity-row")); n != 1 {
		t.Errorf("%d entity rows, want 1", n)
	}
	var hrefs []string
	walk(root, func(n *html.Node) {
		if h, ok := attr(n, "href"); ok {
			hrefs = append(hrefs, h)
		}
	})
	if strings.Join(hrefs, " ") != "a-1.html a-1.html" {
		t.Errorf("links %q, want the story's page from its row and from the entity table", hrefs)
	}
	for _, want := range []string{"failed: empty input", "5 more entities", ">2</td>", "2 stories, 1 failed"} {
		if !strings.Contains(out, want) {
			t.Errorf("index lacks %q", want)
		}
	}
	if !strings.HasSuffix(strings.TrimSpace(out), "</html>") {
		t.Error("index not closed")
	}
}

func TestPageLinksBackToIndex(t *testing.T) {
	p := testPage(t)
	p.Index = "index.html"
	var buf bytes.Buffer
	if err := WritePage(&buf, p); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `<a href="index.html">All stories</a>`) {
		t.Error("no link back to the index")
	}
}

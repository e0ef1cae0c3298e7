package batch

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsnlp/newsnlp/story"
	"golang.org/x/net/html"
)

// htmlAttrs counts the elements of a page carrying key, and gathers its hrefs.
func htmlAttrs(t *testing.T, path, key string) (int, []string) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	root, err := html.Parse(f)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	var hrefs []string
	var walk func(*html.Node)
	walk = func(node *html.Node) {
		for _, a := range node.Attr {
			if a.Key == key {
				n++
			}
			if a.Key == "href" {
				hrefs = append(hrefs, a.Val)
			}
		}
		for c := node.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return n, hrefs
}

func TestHTMLOutput(t *testing.T) {
	in := t.TempDir()
	text := "Mayor Ana Costa of Porto opened the tram line on Tuesday. Costa said Porto and Lisbon would share the cost.\n"
	for name, text := range map[string]string{
		"a/story.txt": text,
		"b/story.txt": strings.ReplaceAll(text, "Ana Costa", "Rui Almeida") + "Almeida thanked <script>alert(1)</script> the council.\n",
		"c/empty.txt": "",
	} {
		path := filepath.Join(in, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(t.TempDir(), "report") + "/"
	if got, err := FormatFor(out); got != FormatHTML || err != nil {
		t.Fatalf("FormatFor(%q) = %q, %v; want html", out, got, err)
	}
	o, err := Open(OutputOptions{Path: out, Format: FormatHTML})
	if err != nil {
		t.Fatal(err)
	}
	if !o.Pages {
		t.Fatal("html output does not ask for pages")
	}
	p := story.NewPipeline(defaultParser(t), defaultSummary(), nil)
	p.Pages = o.Pages
	var stories []*Story
	analyze := func(ctx context.Context, in Input) (*Story, error) {
		s, err := p.Analyze(ctx, in)
		if s != nil {
			stories = append(stories, s)
		}
		return s, err
	}
	r := &Runner{Analyze: analyze, Sink: o.Sink, Jobs: 1}
	st, err := r.Run(context.Background(), story.Walk([]string{in}, Filter{}, nil))
	if err != nil {
		t.Fatal(err)
	}
	if st.Stories != 3 || st.Failed != 1 {
		t.Fatalf("stats %+v", st)
	}
	for _, s := range stories {
		if s.View != nil || s.Encoded != nil {
			t.Error("a written story still holds its document or page")
		}
	}
	rows, hrefs := htmlAttrs(t, filepath.Join(out, IndexName), "data-story")
	if rows != 3 {
		t.Errorf("%d story rows in the index, want 3", rows)
	}
	pages := map[string]bool{}
	for _, h := range hrefs {
		if _, err := os.Stat(filepath.Join(out, h)); err != nil {
			t.Errorf("the index links to %s: %v", h, err)
		}
		pages[h] = true
	}
	if len(pages) != 2 {
		t.Errorf("the index links to %d pages, want one per story that worked: %v", len(pages), hrefs)
	}
	entries, _ := os.ReadDir(out)
	if len(entries) != 3 {
		t.Errorf("%d files in the folder, want 2 pages and the index", len(entries))
	}
	for h := range pages {
		n, back := htmlAttrs(t, filepath.Join(out, h), "data-entity")
		if n < 3 {
			t.Errorf("%s marks %d mentions", h, n)
		}
		if q, _ := htmlAttrs(t, filepath.Join(out, h), "data-speaker"); q < 1 {
			t.Errorf("%s marks %d quotes", h, q)
		}
		if len(back) == 0 || back[0] != IndexName {
			t.Errorf("%s does not link back to the index first: %v", h, back)
		}
	}
	index, _ := os.ReadFile(filepath.Join(out, IndexName))
	for _, want := range []string{"failed: empty input", "Porto", "Ana Costa", "Rui Almeida", "</html>"} {
		if !strings.Contains(string(index), want) {
			t.Errorf("index lacks %q", want)
		}
	}
	if strings.Contains(string(index), "<script>") {
		t.Error("index holds a story's markup")
	}
}

func TestPageName(t *testing.T) {
	a, b := PageName("a/story.txt"), PageName("b/story.txt")
	if a == b || !strings.HasPrefix(a, "story-") || !strings.HasSuffix(a, ".html") {
		t.Errorf("page names %q and %q", a, b)
	}
	if PageName("a/story.txt") != a {
		t.Error("page name not stable")
	}
	for _, key := range []string{"../../etc/passwd", `..\x`, "line 4", "", "https://example.com/a b?c=<d>"} {
		name := PageName(key)
		if strings.ContainsAny(name, `/\<> ?`) || strings.HasPrefix(name, ".") {
			t.Errorf("PageName(%q) = %q", key, name)
		}
	}
}

func TestHTMLOutputErrors(t *testing.T) {
	if _, err := Open(OutputOptions{Format: FormatHTML}); err == nil {
		t.Error("html to stdout accepted")
	}
	if _, err := Open(OutputOptions{Path: t.TempDir(), Format: FormatHTML, Resume: true}); err == nil {
		t.Error("html with resume accepted")
	}
	if got, err := FormatFor(t.TempDir()); got != FormatHTML || err != nil {
		t.Errorf("an existing folder gives %q, %v", got, err)
	}
}

package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/newsnlp/newsnlp/internal/render"
)

// countAttrs counts the elements of an HTML page that carry each attribute,
// and returns the text content of the element with class "text".
func countAttrs(t *testing.T, page string, keys ...string) (map[string]int, string) {
	t.Helper()
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	counts := map[string]int{}
	var text strings.Builder
	var walk func(n *html.Node, inText bool)
	walk = func(n *html.Node, inText bool) {
		if n.Type == html.ElementNode {
			for _, a := range n.Attr {
				if a.Key == "class" && a.Val == "text" {
					inText = true
				}
				for _, k := range keys {
					if a.Key == k {
						counts[k]++
					}
				}
			}
		}
		if inText && n.Type == html.TextNode {
			text.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inText)
		}
	}
	walk(root, false)
	return counts, text.String()
}

func TestHTMLFormatMatchesJSON(t *testing.T) {
	jsonOut := runCLI(t, "", false, "analyze", sample)
	var a render.AnalyzeJSON
	if err := json.Unmarshal([]byte(jsonOut.out), &a); err != nil {
		t.Fatal(err)
	}
	mentions := 0
	for _, e := range a.Entities {
		mentions += len(e.Mentions)
	}
	keys := []string{"data-type", "data-entity", "data-summary", "data-speaker", "data-dropped"}
	for _, c := range []struct {
		cmd  string
		want map[string]int
	}{
		{"analyze", map[string]int{"data-type": mentions, "data-entity": mentions, "data-summary": len(a.Summary),
			"data-speaker": len(a.Quotes), "data-dropped": len(a.Dropped)}},
		{"entities", map[string]int{"data-type": mentions, "data-entity": mentions, "data-dropped": len(a.Dropped)}},
		{"summarize", map[string]int{"data-summary": len(a.Summary), "data-dropped": len(a.Dropped)}},
		{"quotes", map[string]int{"data-speaker": len(a.Quotes), "data-dropped": len(a.Dropped)}},
	} {
		t.Run(c.cmd, func(t *testing.T) {
			out := runCLI(t, "", false, c.cmd, "--format", "html", sample)
			if out.code != 0 || out.err != "" {
				t.Fatalf("exit %d: %s", out.code, out.err)
			}
			if !strings.HasPrefix(out.out, "<!DOCTYPE html>") {
				t.Errorf("not an HTML5 page: %.40q", out.out)
			}
			counts, text := countAttrs(t, out.out, keys...)
			for _, k := range keys {
				if counts[k] != c.want[k] {
					t.Errorf("%d elements with %s, want %d", counts[k], k, c.want[k])
				}
			}
			if text != a.Text {
				t.Errorf("the article's text content is not analyze's text")
			}
		})
	}
	if mentions == 0 || len(a.Summary) == 0 || len(a.Dropped) == 0 || len(a.Quotes) == 0 {
		t.Errorf("the sample should have mentions, a summary, quotes and dropped furniture: %d %d %d %d",
			mentions, len(a.Summary), len(a.Quotes), len(a.Dropped))
	}
}

func TestHTMLFormatOnlyWherePagesExist(t *testing.T) {
	for _, cmd := range []string{"sentences", "tokens"} {
		if out := runCLI(t, "", false, cmd, "--format", "html", sample); out.code != exitUsage {
			t.Errorf("%s --format html: exit %d, want %d", cmd, out.code, exitUsage)
		}
	}
	// Several stories make one page with an article each.
	out := runCLI(t, "", false, "entities", "--format", "html", sample, sample)
	if out.code != 0 || strings.Count(out.out, `<article class="report"`) != 2 || strings.Count(out.out, "<!DOCTYPE html>") != 1 {
		t.Errorf("two stories: exit %d, %d articles in %d pages", out.code,
			strings.Count(out.out, `<article class="report"`), strings.Count(out.out, "<!DOCTYPE html>"))
	}
}

func TestBatchHTML(t *testing.T) {
	in := t.TempDir()
	data, err := os.ReadFile(sample)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"one.txt", "two.txt"} {
		if err := os.WriteFile(filepath.Join(in, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(t.TempDir(), "report")
	if r := runCLI(t, "", false, "batch", in, "--out", out+"/"); r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.err)
	}
	index, err := os.ReadFile(filepath.Join(out, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	counts, _ := countAttrs(t, string(index), "data-story", "data-entity-row")
	if counts["data-story"] != 2 || counts["data-entity-row"] == 0 {
		t.Errorf("index: %v", counts)
	}
	// Each page is analyze's report of its story.
	want := runCLI(t, "", false, "analyze", "--format", "json", sample)
	var a render.AnalyzeJSON
	if err := json.Unmarshal([]byte(want.out), &a); err != nil {
		t.Fatal(err)
	}
	mentions := 0
	for _, e := range a.Entities {
		mentions += len(e.Mentions)
	}
	pages, _ := filepath.Glob(filepath.Join(out, "one-*.html"))
	if len(pages) != 1 {
		t.Fatalf("pages %v", pages)
	}
	page, _ := os.ReadFile(pages[0])
	counts, text := countAttrs(t, string(page), "data-entity", "data-summary", "data-dropped")
	if counts["data-entity"] != mentions || counts["data-summary"] != len(a.Summary) || counts["data-dropped"] != len(a.Dropped) || text != a.Text {
		t.Errorf("batch page differs from analyze's: %v", counts)
	}
	// --format html names the folder even without a slash; it needs one.
	if r := runCLI(t, "", false, "batch", in, "--format", "html", "--out", filepath.Join(t.TempDir(), "r2")); r.code != 0 {
		t.Errorf("--format html --out DIR: exit %d: %s", r.code, r.err)
	}
	for _, args := range [][]string{{"--format", "html"}, {"--out", out + "/", "--resume"}} {
		if r := runCLI(t, "", false, append([]string{"batch", in}, args...)...); r.code != exitUsage {
			t.Errorf("batch %v: exit %d, want %d (%s)", args, r.code, exitUsage, r.err)
		}
	}
}

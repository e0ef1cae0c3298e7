package render

import (
	"bytes"
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/newsnlp/newsnlp/nlp"
	"github.com/newsnlp/newsnlp/summarize"
)

// testPage builds a page by hand: a story with page furniture, a summary
// sentence that a quote runs out of, a mention that runs out of the quote,
// markup in the text and in a name, and a carriage return.
func testPage(t *testing.T) Page {
	t.Helper()
	text := "Menu › News\r\n\n" + // 0: dropped breadcrumb
		`Mayor Ana <Costa> said: "The <script>window.pwned=1</script> plan works. It is fair," on Monday.` + "\n\n" +
		`<img src=x onerror="window.pwned=2"> Porto & Lisbon agree.` + "\n\n" +
		`"We sign," Lopes said, "today."` + "\n\n" +
		"Share this"
	at := func(s string) nlp.Span {
		i := strings.Index(text, s)
		if i < 0 {
			t.Fatalf("%q not in text", s)
		}
		return nlp.Span{Start: i, End: i + len(s)}
	}
	doc := &nlp.Document{Source: "story.txt", Kind: "text", Text: text, Title: `A "title" <b>`}
	doc.Dropped = []nlp.Dropped{{Span: at("Menu › News"), Reason: "breadcrumb"}, {Span: at("Share this"), Reason: "share_buttons"}}
	s1 := at(`Mayor Ana <Costa> said: "The <script>window.pwned=1</script> plan works.`)
	s2 := at(`It is fair," on Monday.`)
	s3 := at(`<img src=x onerror="window.pwned=2"> Porto & Lisbon agree.`)
	doc.Sentences = []nlp.Sentence{{Span: s1, Text: text[s1.Start:s1.End]}, {Span: s2, Text: text[s2.Start:s2.End]}, {Span: s3, Text: text[s3.Start:s3.End]}}
	costa := at("Ana <Costa>")
	fair := at(`fair," on`) // crosses the quote's end
	doc.Entities = []nlp.Entity{
		{Name: `Ana "<Costa>"`, Type: nlp.Person, Roles: []string{"Mayor"}, Mentions: []nlp.Mention{{Span: costa, Text: "Ana <Costa>", Type: nlp.Person}}},
		{Name: "Fair", Type: nlp.Misc, Mentions: []nlp.Mention{{Span: fair, Text: text[fair.Start:fair.End], Type: nlp.Misc, Sentence: 1}}},
		{Name: "Lisbon", Type: nlp.GPE, Mentions: []nlp.Mention{
			{Span: at("Porto"), Text: "Porto", Type: nlp.GPE, Sentence: 2},
			{Span: at("Lisbon"), Text: "Lisbon", Type: nlp.GPE, Sentence: 2},
		}},
	}
	quote := at(`"The <script>window.pwned=1</script> plan works. It is fair,"`) // crosses from the summary sentence into the next
	return Page{
		Doc:     doc,
		Summary: []summarize.Sentence{{Span: s1, Text: doc.Sentences[0].Text, Index: 0}},
		Quotes: []Quote{
			{Span: quote, Speaker: `Ana "<Costa>"`, Kind: "direct"},
			{Span: at("agree"), Kind: "direct"},
			{Span: at(`We sign," Lopes said, "today.`), Parts: []nlp.Span{at("We sign,"), at("today.")}, Speaker: "Lopes", Kind: "direct"},
		},
		Show: ShowAll,
	}
}

func renderPage(t *testing.T, p Page) *html.Node {
	t.Helper()
	var buf bytes.Buffer
	if err := WritePage(&buf, p); err != nil {
		t.Fatal(err)
	}
	root, err := html.Parse(&buf)
	if err != nil {
		t.Fatal(err)
	}
	return root
}

func walk(n *html.Node, f func(*html.Node)) {
	f(n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, f)
	}
}

func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

func hasClass(n *html.Node, class string) bool {
	v, _ := attr(n, "class")
	return n.Type == html.ElementNode && strings.Contains(" "+v+" ", " "+class+" ")
}

func find(root *html.Node, pred func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	walk(root, func(n *html.Node) {
		if pred(n) {
			out = append(out, n)
		}
	})
	return out
}

func withAttr(root *html.Node, key string) []*html.Node {
	return find(root, func(n *html.Node) bool {
		_, ok := attr(n, key)
		return n.Type == html.ElementNode && ok
	})
}

// textContent is the DOM's textContent of n.
func textContent(n *html.Node) string {
	var b strings.Builder
	walk(n, func(c *html.Node) {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	})
	return b.String()
}

func TestHTMLMarksEveryRegionOnce(t *testing.T) {
	p := testPage(t)
	root := renderPage(t, p)
	texts := find(root, func(n *html.Node) bool { return hasClass(n, "text") })
	if len(texts) != 1 {
		t.Fatalf("%d article texts, want 1", len(texts))
	}
	if got := textContent(texts[0]); got != p.Doc.Text {
		t.Errorf("article text content differs from the text:\n got %q\nwant %q", got, p.Doc.Text)
	}
	mentions := 0
	for _, e := range p.Doc.Entities {
		mentions += len(e.Mentions)
	}
	for _, c := range []struct {
		key  string
		want int
	}{{"data-type", mentions}, {"data-entity", mentions}, {"data-summary", len(p.Summary)}, {"data-speaker", len(p.Quotes)}, {"data-dropped", len(p.Doc.Dropped)}} {
		if got := len(withAttr(texts[0], c.key)); got != c.want {
			t.Errorf("%d elements with %s in the text, want %d", got, c.key, c.want)
		}
		if got := len(withAttr(root, c.key)); got != c.want {
			t.Errorf("%d elements with %s in the page, want %d", got, c.key, c.want)
		}
	}
	// Each marked element starts where its region starts, and its region's
	// pieces (it and the "cont" pieces after it) hold exactly the region's text.
	var quoteText strings.Builder
	quotes := 0
	walk(texts[0], func(n *html.Node) {
		if _, ok := attr(n, "data-speaker"); ok {
			quotes++
			if quotes == 1 {
				quoteText.WriteString(textContent(n))
			}
		} else if quotes == 1 && hasClass(n, "q") && hasClass(n, "cont") {
			quoteText.WriteString(textContent(n))
		}
	})
	q := p.Quotes[0]
	if got, want := quoteText.String(), p.Doc.Text[q.Start:q.End]; got != want {
		t.Errorf("the split quote's pieces hold %q, want %q", got, want)
	}
	// A quote in parts is marked in parts; the attribution between them is not quoted.
	var parts []string
	walk(texts[0], func(n *html.Node) {
		if v, ok := attr(n, "data-speaker"); ok && v == "Lopes" || hasClass(n, "q") && hasClass(n, "cont") && strings.Contains(textContent(n), "today") {
			parts = append(parts, textContent(n))
		}
	})
	if strings.Join(parts, "|") != "We sign,|today." {
		t.Errorf("the quote in parts is marked as %q", parts)
	}
	for _, n := range withAttr(texts[0], "data-entity") {
		if v, _ := attr(n, "data-entity"); v == "Fair" {
			if got := textContent(n); got != "fair,\"" {
				t.Errorf("first piece of the mention crossing the quote's end = %q", got)
			}
		}
		if v, _ := attr(n, "data-entity"); v == `Ana "<Costa>"` {
			if role, _ := attr(n, "data-role"); role != "Mayor" {
				t.Errorf("data-role = %q, want Mayor", role)
			}
			if typ, _ := attr(n, "data-type"); typ != "PERSON" {
				t.Errorf("data-type = %q, want PERSON", typ)
			}
			if tab, _ := attr(n, "tabindex"); tab != "0" {
				t.Errorf("mention not focusable: tabindex %q", tab)
			}
		}
	}
	for _, n := range withAttr(texts[0], "data-dropped") {
		if n.Data != "details" {
			t.Errorf("dropped furniture is a <%s>, want <details>", n.Data)
		}
		if _, open := attr(n, "open"); open {
			t.Error("dropped furniture is not folded")
		}
	}
	if v, _ := attr(withAttr(texts[0], "data-dropped")[1], "data-dropped"); v != "share_buttons" {
		t.Errorf("data-dropped = %q, want the reason", v)
	}
	if v, _ := attr(withAttr(texts[0], "data-speaker")[1], "data-speaker"); v != "" {
		t.Errorf("a quote without a speaker has data-speaker %q, want empty", v)
	}
}

func TestHTMLEscapesTheArticle(t *testing.T) {
	p := testPage(t)
	var buf bytes.Buffer
	if err := WritePage(&buf, p); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, bad := range []string{"<script", "<img", "<Costa>", "<b>", "\r"} {
		if strings.Contains(out, bad) {
			t.Errorf("page holds %q unescaped", bad)
		}
	}
	root, err := html.Parse(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	if n := find(root, func(n *html.Node) bool {
		return n.Type == html.ElementNode && (n.Data == "script" || n.Data == "img" || n.Data == "b" || n.Data == "costa")
	}); len(n) > 0 {
		t.Errorf("the article's markup became %d elements, first <%s>", len(n), n[0].Data)
	}
	for _, n := range find(root, func(n *html.Node) bool { return n.Type == html.ElementNode }) {
		for _, a := range n.Attr {
			if strings.HasPrefix(a.Key, "on") || a.Key == "src" {
				t.Errorf("<%s> has attribute %s=%q", n.Data, a.Key, a.Val)
			}
		}
	}
	if titles := find(root, func(n *html.Node) bool { return n.Type == html.ElementNode && n.Data == "title" }); len(titles) != 1 || textContent(titles[0]) != p.Doc.Title {
		t.Errorf("<title> is not the story's title %q", p.Doc.Title)
	}
}

func TestHTMLParts(t *testing.T) {
	p := testPage(t)
	count := func(p Page, key string) int { return len(withAttr(renderPage(t, p), key)) }
	ents := EntitiesView{Doc: p.Doc}.Page()
	if count(ents, "data-entity") != 4 || count(ents, "data-summary") != 0 || count(ents, "data-speaker") != 0 || count(ents, "data-dropped") != 2 {
		t.Error("entities page: want mentions and dropped furniture only")
	}
	sum := SummaryView{Doc: p.Doc, Summary: p.Summary}.Page()
	if count(sum, "data-entity") != 0 || count(sum, "data-summary") != 1 || count(sum, "data-dropped") != 2 {
		t.Error("summarize page: want summary sentences and dropped furniture only")
	}
	root := renderPage(t, p)
	// Table rows link to the first mention and to each quote.
	ids := map[string]bool{}
	walk(root, func(n *html.Node) {
		if id, ok := attr(n, "id"); ok {
			ids[id] = true
		}
	})
	links := 0
	walk(root, func(n *html.Node) {
		if href, ok := attr(n, "href"); ok && strings.HasPrefix(href, "#") {
			links++
			if !ids[href[1:]] {
				t.Errorf("link %s goes nowhere", href)
			}
		}
	})
	if want := len(p.Doc.Entities) + len(p.Quotes) + len(p.Summary); links != want {
		t.Errorf("%d links in the page, want %d (entities, quotes, summary)", links, want)
	}
	for i := range p.Doc.Entities {
		if !ids["e-"+strconv.Itoa(i)] {
			t.Errorf("entity %d's first mention has no id", i)
		}
	}
}

func TestHTMLSeveralDocuments(t *testing.T) {
	p := testPage(t)
	var buf bytes.Buffer
	views := []View{AnalyzeView{Doc: p.Doc, Summary: p.Summary}, EntitiesView{Doc: p.Doc}}
	if err := Write(&buf, HTML, views, Options{}); err != nil {
		t.Fatal(err)
	}
	root, err := html.Parse(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if got := len(find(root, func(n *html.Node) bool { return hasClass(n, "report") })); got != 2 {
		t.Errorf("%d articles, want one per view", got)
	}
	if got := len(withAttr(root, "data-entity")); got != 8 {
		t.Errorf("%d mentions, want 4 per view", got)
	}
	ids := map[string]bool{}
	walk(root, func(n *html.Node) {
		if id, ok := attr(n, "id"); ok {
			if ids[id] {
				t.Errorf("id %q used twice", id)
			}
			ids[id] = true
		}
	})
	// A view without a page shows its grid.
	buf.Reset()
	if err := Write(&buf, HTML, []View{SentencesView{p.Doc}}, Options{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "<td>It is fair,&#34; on Monday.</td>") {
		t.Errorf("sentences grid missing from the page:\n%s", buf.String())
	}
}

// cssVars reads the custom properties of one block of report.css.
func cssVars(t *testing.T, block string) map[string]string {
	t.Helper()
	vars := map[string]string{}
	for _, m := range regexp.MustCompile(`--([a-z-]+):\s*(#[0-9a-f]{6});`).FindAllStringSubmatch(block, -1) {
		vars[m[1]] = m[2]
	}
	if len(vars) < 10 {
		t.Fatalf("found %d colours in report.css", len(vars))
	}
	return vars
}

// luminance is WCAG 2's relative luminance of a #rrggbb colour.
func luminance(hex string) float64 {
	var l [3]float64
	for i := range l {
		v, _ := strconv.ParseUint(hex[1+2*i:3+2*i], 16, 8)
		c := float64(v) / 255
		if c <= 0.04045 {
			l[i] = c / 12.92
		} else {
			l[i] = math.Pow((c+0.055)/1.055, 2.4)
		}
	}
	return 0.2126*l[0] + 0.7152*l[1] + 0.0722*l[2]
}

// contrast is WCAG 2's contrast ratio of two colours.
func contrast(a, b string) float64 {
	la, lb := luminance(a), luminance(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

func TestReportColoursContrast(t *testing.T) {
	i := strings.Index(reportCSS, "prefers-color-scheme: dark")
	if i < 0 {
		t.Fatal("report.css has no dark mode")
	}
	for mode, block := range map[string]string{"light": reportCSS[:i], "dark": reportCSS[i:]} {
		v := cssVars(t, block)
		pairs := [][2]string{{"fg", "bg"}, {"muted", "bg"}, {"muted", "dropped"}, {"link", "bg"}, {"fg", "sum"}, {"fg", "dropped"}, {"bg", "fg"}}
		for _, typ := range append(entityTypes, "other") {
			pairs = append(pairs, [2]string{"fg", strings.ToLower(string(typ))})
		}
		for _, p := range pairs {
			fg, bg := v[p[0]], v[p[1]]
			if fg == "" || bg == "" {
				t.Errorf("%s: --%s or --%s missing", mode, p[0], p[1])
				continue
			}
			if c := contrast(fg, bg); c < 4.5 {
				t.Errorf("%s: --%s on --%s has contrast %.2f, want 4.5 or more", mode, p[0], p[1], c)
			}
		}
	}
}

func TestPageFormats(t *testing.T) {
	if _, err := ParseFormat("HTML", PageFormats); err != nil {
		t.Error(err)
	}
	if _, err := ParseFormat("html", Formats); err == nil {
		t.Error("html allowed for every command")
	}
}

func BenchmarkWritePage(b *testing.B) {
	t := &testing.T{}
	p := testPage(t)
	for b.Loop() {
		if err := WritePage(&bytes.Buffer{}, p); err != nil {
			b.Fatal(err)
		}
	}
}

// FuzzHTMLMarks marks regions at arbitrary places, crossing as they may, and
// checks that the page keeps the text and counts each region once.
func FuzzHTMLMarks(f *testing.F) {
	f.Add("Mayor Ana Costa said \"it works\" in Porto.\r\nShare this", []byte{0, 5, 6, 15, 21, 32, 3, 40, 36, 52})
	f.Add("<script>x</script> & <img src=x onerror=y>", []byte{0, 8, 2, 30, 9, 9, 20, 44})
	f.Add("ação — “olá” 日本", []byte{1, 7, 3, 12, 0, 20})
	f.Fuzz(func(t *testing.T, text string, cuts []byte) {
		if !utf8.ValidString(text) || strings.ContainsRune(text, 0) || len(text) == 0 {
			return
		}
		// Byte pairs become spans, moved back to rune starts.
		at := func(b byte) int {
			i := int(b) * len(text) / 255
			for i > 0 && i < len(text) && !utf8.RuneStart(text[i]) {
				i--
			}
			return i
		}
		doc := &nlp.Document{Source: "fuzz", Text: text}
		p := Page{Doc: doc, Show: ShowAll}
		for i := 0; i+1 < len(cuts) && i < 40; i += 2 {
			s := nlp.Span{Start: at(cuts[i]), End: at(cuts[i+1])}
			if s.End < s.Start {
				s.Start, s.End = s.End, s.Start
			}
			switch i / 2 % 4 {
			case 0:
				doc.Entities = append(doc.Entities, nlp.Entity{Name: text[s.Start:s.End], Type: nlp.Person, Mentions: []nlp.Mention{{Span: s}}})
			case 1:
				p.Summary = append(p.Summary, summarize.Sentence{Span: s, Index: i})
			case 2:
				p.Quotes = append(p.Quotes, Quote{Span: s, Speaker: text[s.Start:s.End]})
			case 3:
				doc.Dropped = append(doc.Dropped, nlp.Dropped{Span: s, Reason: "tags"})
			}
		}
		root := renderPage(t, p)
		texts := find(root, func(n *html.Node) bool { return hasClass(n, "text") })
		if len(texts) != 1 {
			t.Fatalf("%d article texts", len(texts))
		}
		if got := textContent(texts[0]); got != text {
			t.Fatalf("text content %q, want %q", got, text)
		}
		for key, want := range map[string]int{"data-entity": len(doc.Entities), "data-summary": len(p.Summary),
			"data-speaker": len(p.Quotes), "data-dropped": len(doc.Dropped)} {
			if got := len(withAttr(texts[0], key)); got != want {
				t.Errorf("%d elements with %s, want %d", got, key, want)
			}
		}
	})
}

package extract

import (
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// htmlPage builds an HTML page around an article body.
func htmlPage(head, body string) string {
	return `<!DOCTYPE html><html><head><meta charset="utf-8">` + head + `</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div class="sidebar"><h3>Most read</h3><ul><li><a href="/a">Ferry operator fined over safety breaches</a></li>
<li><a href="/b">Police name suspect in jewellery raid</a></li></ul></div>
<article>` + body + `</article>
<footer><p>© 2025 Valdoria Times. All rights reserved.</p><p><a href="/privacy">Privacy policy</a></p></footer>
</body></html>`
}

const storyBody = `<h1>Port of Valdoria reopens after strike</h1>
<p>The Port of Valdoria reopened on Friday after dockworkers ended a three-week strike over pay, the harbour authority said.</p>
<p>Union leader Tomas Reyko said members had accepted a 6% rise over two years. &ldquo;This was never about money alone,&rdquo; he told reporters outside the terminal on Friday morning.</p>
<p>Shipping lines had diverted more than 40 vessels to Kessport and Linmar during the dispute, costing exporters millions.</p>
<p>Trade Minister Ana Vell welcomed the deal and said the government would review safety rules at all state-run ports by June.</p>`

func TestHTML(t *testing.T) {
	head := `<title>Port of Valdoria reopens after strike | Valdoria Times</title>
<meta property="og:title" content="Port of Valdoria reopens after strike">
<meta name="author" content="Marta Ilves">
<meta property="article:published_time" content="2025-03-14T09:30:00Z">`
	art, err := HTML(strings.NewReader(htmlPage(head, storyBody)), "https://example.com/news/port")
	if err != nil {
		t.Fatal(err)
	}
	if art.Title != "Port of Valdoria reopens after strike" {
		t.Errorf("title %q", art.Title)
	}
	if art.Byline != "Marta Ilves" {
		t.Errorf("byline %q", art.Byline)
	}
	if art.Date != "2025-03-14T09:30:00Z" {
		t.Errorf("date %q", art.Date)
	}
	for _, want := range []string{"The Port of Valdoria reopened on Friday", "“This was never about money alone,”", "by June."} {
		if !strings.Contains(art.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, art.Text)
		}
	}
	for _, bad := range []string{"Ferry operator", "Privacy", "All rights reserved", "Home", "<p>"} {
		if strings.Contains(art.Text, bad) {
			t.Errorf("text keeps %q:\n%s", bad, art.Text)
		}
	}
	if strings.Count(art.Text, "\n\n") < 3 {
		t.Errorf("paragraphs not separated by blank lines:\n%s", art.Text)
	}
}

func TestHTMLMetadata(t *testing.T) {
	for _, c := range []struct {
		name, head, body    string
		title, byline, date string
	}{
		{"JSON-LD", `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Port reopens","datePublished":"2025-03-14","author":[{"@type":"Person","name":"Marta Ilves"},{"@type":"Person","name":"Joss Ferrant"}]}]}</script>`,
			storyBody, "", "Marta Ilves, Joss Ferrant", "2025-03-14"},
		{"time element", ``, `<p class="meta"><time datetime="2024-11-02T09:15:00+01:00">2 Nov</time></p>` + storyBody,
			"", "", "2024-11-02T09:15:00+01:00"},
		{"bad JSON-LD is ignored", `<script type="application/ld+json">{not json</script><meta name="author" content="By Ruth Camber">`, storyBody,
			"", "Ruth Camber", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			art, err := HTML(strings.NewReader(htmlPage(c.head, c.body)), "")
			if err != nil {
				t.Fatal(err)
			}
			if c.title != "" && art.Title != c.title {
				t.Errorf("title %q; want %q", art.Title, c.title)
			}
			if art.Byline != c.byline {
				t.Errorf("byline %q; want %q", art.Byline, c.byline)
			}
			if art.Date != c.date {
				t.Errorf("date %q; want %q", art.Date, c.date)
			}
		})
	}
}

func TestHTMLEncodings(t *testing.T) {
	body := `<p>François Müller, the mayor of Zürich, said on Monday that the city would open three new libraries by the end of next year.</p>
<p>He spoke at the opening of the Bibliothèque Süd, which cost 12 million francs and took four years to build, officials said.</p>`
	latin, err := charmap.ISO8859_1.NewEncoder().String(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></head><body><article>` + body + `</article></body></html>`)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ name, page string }{
		{"utf-8", htmlPage("", body)},
		{"latin-1 bytes", latin},
		{"entities", htmlPage("", strings.NewReplacer("ç", "&ccedil;", "ü", "&#252;", "è", "&egrave;", "Z&#252;rich", "Z&uuml;rich").Replace(body))},
	} {
		t.Run(c.name, func(t *testing.T) {
			art, err := HTML(strings.NewReader(c.page), "")
			if err != nil {
				t.Fatal(err)
			}
			for _, want := range []string{"François Müller", "Zürich", "Bibliothèque Süd"} {
				if !strings.Contains(art.Text, want) {
					t.Errorf("text lacks %q: %q", want, art.Text)
				}
			}
		})
	}
}

func TestHTMLBadInput(t *testing.T) {
	for _, c := range []struct{ name, page string }{
		{"empty", ""},
		{"no text", "<html><body><div></div></body></html>"},
		{"only scripts", "<html><head><script>var x = 1;</script></head><body><script>alert(1)</script></body></html>"},
		{"only navigation", `<html><body><nav><a href="/">Home</a> <a href="/x">World</a></nav></body></html>`},
	} {
		t.Run(c.name, func(t *testing.T) {
			if _, err := HTML(strings.NewReader(c.page), ""); !errors.Is(err, ErrNoText) {
				t.Errorf("error %v; want ErrNoText", err)
			}
		})
	}
	// Malformed pages still give their text.
	for _, c := range []struct{ name, page, want string }{
		{"unclosed tags", "<html><body><div><p>The mayor of Orlen resigned on Monday after a row over the budget, officials said.<p>Another paragraph follows here, with more detail on the row.", "mayor of Orlen resigned"},
		{"no html element", "<p>The mayor of Orlen resigned on Monday after a row over the budget, officials said.</p>", "mayor of Orlen resigned"},
		{"stray closing tags", "</div></span><p>The mayor of Orlen resigned on Monday after a row over the budget.</p></td></table>", "mayor of Orlen resigned"},
		{"unclosed title", "<html><head><title>Orlen mayor quits\n<script>var a='</title>';</script></head><body><article><p>The mayor of Orlen resigned on Monday after a row over the budget, officials said.</p><p>Council members will choose a successor within a month, the town clerk said in a statement on Monday evening.</p></article></body></html>", "mayor of Orlen resigned"},
	} {
		t.Run(c.name, func(t *testing.T) {
			art, err := HTML(strings.NewReader(c.page), "")
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(art.Text, c.want) {
				t.Errorf("text %q lacks %q", art.Text, c.want)
			}
		})
	}
}

func TestCloseTitle(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"<title>A</title><p>x", "<title>A</title><p>x"},
		{"<TITLE>Broken title\n<script>x</script>", "<TITLE>Broken title</title>\n<script>x</script>"},
		{"<title>Broken<script>", "<title>Broken</title><script>"},
		{"<p>no title</p>", "<p>no title</p>"},
	} {
		if got := string(closeTitle([]byte(c.in))); got != c.want {
			t.Errorf("closeTitle(%q) = %q; want %q", c.in, got, c.want)
		}
	}
}

// furnishedBody is a story body with the furniture news pages keep inside
// the article: captions, a related box, a newsletter box, share buttons, an
// author box and comments, all written for this test.
const furnishedBody = `<h1>Port of Valdoria reopens after strike</h1>
<p>The Port of Valdoria reopened on Friday after dockworkers ended a three-week strike over pay, the harbour authority said.</p>
<figure><img src="/cranes.jpg"><figcaption>Cranes stood idle at the container terminal for three weeks. Photo: Kessport Images</figcaption></figure>
<div class="caption">Officials ordered the inspection of 40 cranes</div>
<p>Union leader Tomas Reyko said members had accepted a 6% rise over two years, and that work would resume on the night shift.</p>
<p>This undated file photo shows the harbour's old customs house.</p>
<div class="related-articles"><h3>Related</h3><ul><li><a href="/x">Ferry operator fined over safety breaches</a></li><li><a href="/y">Dock strike enters third week</a></li></ul></div>
<p>Shipping lines had diverted more than 40 vessels to Kessport and Linmar during the dispute, costing exporters millions.</p>
<div class="newsletter-signup"><p>Get the Harbour Briefing every morning in your inbox.</p></div>
<p>Trade Minister Ana Vell welcomed the deal and said the government would review safety rules at all state-run ports by June.</p>
<p>(Produced by the Valdoria Times video team)</p>
<div class="share-tools"><a href="/s">Share</a> <a href="/t">Tweet</a></div>
<div class="author-bio"><p>Marta Ilves covers shipping and trade for the Valdoria Times.</p></div>
<div id="comments"><div class="comment"><p>Great news for the town, finally some common sense from both sides.</p></div></div>`

// TestHTMLPageFurniture checks that the furniture inside an article's
// markup stays out of its text and is listed, with a reason, as dropped
// regions of the page's source text.
func TestHTMLPageFurniture(t *testing.T) {
	head := `<title>Port of Valdoria reopens after strike | Valdoria Times</title>`
	p, err := HTMLPage(strings.NewReader(htmlPage(head, furnishedBody)), "")
	if err != nil {
		t.Fatal(err)
	}
	checkLayout(t, p.Source, p.Layout)
	if p.Layout.Title == nil || p.Source[p.Layout.Title.Start:p.Layout.Title.End] != p.Title {
		t.Fatalf("title region %v does not hold the title %q", p.Layout.Title, p.Title)
	}
	for _, want := range []string{"reopened on Friday", "6% rise", "diverted more than 40 vessels", "by June."} {
		if !strings.Contains(p.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, p.Text)
		}
	}
	dropped := map[string]string{}
	for _, d := range p.Layout.Dropped {
		dropped[p.Source[d.Start:d.End]] = d.Reason
	}
	for _, c := range []struct{ text, reason string }{
		{"Cranes stood idle", ReasonCaption},
		{"Officials ordered the inspection", ReasonCaption},
		{"This undated file photo", ReasonCaption},
		{"Ferry operator fined", ReasonRelatedStories},
		{"Get the Harbour Briefing", ReasonNewsletter},
		{"Produced by the Valdoria Times", ReasonCaption},
		{"Marta Ilves covers shipping", ReasonAuthorBio},
		{"Great news for the town", ReasonCommentForm},
	} {
		if strings.Contains(p.Text, c.text) {
			t.Errorf("text keeps %q", c.text)
		}
		if !strings.Contains(p.Source, c.text) {
			continue // Readability left it out of the main text
		}
		found := false
		for s, reason := range dropped {
			if strings.Contains(s, c.text) {
				found = true
				if reason != c.reason {
					t.Errorf("%q dropped as %s; want %s", c.text, reason, c.reason)
				}
			}
		}
		if !found {
			t.Errorf("%q not listed as dropped (dropped: %q)", c.text, dropped)
		}
	}
	art, err := HTML(strings.NewReader(htmlPage(head, furnishedBody)), "")
	if err != nil {
		t.Fatal(err)
	}
	if art.Text != p.Text || art.Title != p.Title {
		t.Errorf("HTML and HTMLPage disagree:\n%q\n%q", art.Text, p.Text)
	}
}

// TestHTMLPageMisleadingNames: a container whose class names furniture
// (here as the opinion pages of some papers are named) but holds the story
// keeps it.
func TestHTMLPageMisleadingNames(t *testing.T) {
	body := `<div class="comment-article">` + storyBody + `</div>`
	// Enough of the page outside the story that the container is not most
	// of the page.
	page := strings.Replace(htmlPage("", body), "</ul></div>", strings.Repeat(`<li><a href="/z">Council names new harbour master after long search</a></li>`, 20)+"</ul></div>", 1)
	p, err := HTMLPage(strings.NewReader(page), "")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"The Port of Valdoria reopened on Friday", "by June."} {
		if !strings.Contains(p.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, p.Text)
		}
	}
}

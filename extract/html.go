package extract

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// Article is the main content of an HTML page.
type Article struct {
	Title  string // the headline
	Byline string // the author, when the page names one
	Date   string // publication date: RFC 3339, or YYYY-MM-DD when the page gives no time
	Text   string // the main text: paragraphs separated by blank lines, without the title
}

// MaxHTMLBytes is the largest page HTML reads.
const MaxHTMLBytes = 32 << 20

// minTextWords is the fewest words a main text has: fewer is a page of
// links or a shell that scripts fill in.
const minTextWords = 5

// ErrNoText is returned when a page has no main text.
var ErrNoText = errors.New("no main text found in the page")

// Page is an HTML page read once: its article, and the text the article
// was cut from with the layout of its title, story and furniture.
type Page struct {
	Article
	// Source is the page's main text as rendered, furniture included,
	// after a title line when the text does not open with the title: what
	// Layout's regions index.
	Source string
	Layout Layout
}

// HTML extracts the main text, title, byline and date of an HTML page.
// pageURL, which may be empty, resolves relative links. The page should be
// UTF-8 (see source.Decode); other bytes are decoded by the charset the page
// declares, or as Windows-1252.
//
// The main text is found by go-readability (a port of Mozilla's
// Readability); the furniture it keeps (captions, "Share this",
// "Advertisement", "Related: ...") is then left out (see HTMLPage).
func HTML(r io.Reader, pageURL string) (*Article, error) {
	p, err := HTMLPage(r, pageURL)
	if err != nil {
		return nil, err
	}
	return &p.Article, nil
}

// HTMLPage reads an HTML page as HTML does and returns the article with
// the text it was cut from: the main text as rendered, where the furniture
// that the markup shows (captions, related links, share and newsletter
// boxes, runs of links) and the furniture that the story model finds
// (without its rules that go by shape alone) are dropped regions, found in
// one pass.
func HTMLPage(r io.Reader, pageURL string) (*Page, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxHTMLBytes+1))
	if err != nil {
		return nil, fmt.Errorf("read page: %w", err)
	}
	if len(data) > MaxHTMLBytes {
		return nil, fmt.Errorf("page larger than %d MiB", MaxHTMLBytes>>20)
	}
	if !utf8.Valid(data) {
		enc, _, _ := charset.DetermineEncoding(data, "text/html")
		if dec, err := enc.NewDecoder().Bytes(data); err == nil {
			data = dec
		}
	}
	data = closeTitle(data)
	doc, err := parseHTML(data)
	if err != nil {
		return nil, fmt.Errorf("parse HTML: %w", err)
	}
	var base *url.URL
	if pageURL != "" {
		base, _ = url.Parse(pageURL)
	}
	meta := readMeta(doc)
	// Furniture is marked in the whole page, before Readability moves and
	// renames the elements whose class and id say what they hold.
	markFurniture(doc)
	var art Article
	var text string
	var fixed []markedLine
	parsed, err := readability.FromDocument(doc, base)
	if err == nil && parsed.Node != nil {
		text, fixed = renderMain(parsed.Node)
		art.Title = stripMarks(parsed.Title())
		art.Byline = stripMarks(parsed.Byline())
		if t, err := parsed.PublishedTime(); err == nil {
			art.Date = formatDate(t)
		}
	}
	if art.Title == "" {
		art.Title = meta.title
	}
	if art.Byline == "" {
		art.Byline = meta.byline
	}
	if art.Date == "" {
		art.Date = meta.date
	}
	art.Title = chooseHTMLTitle(cleanLine(art.Title), meta.headings, firstLines(text, fixed, maxTitleLines))
	art.Byline = cleanByline(art.Byline)
	p := composePage(text, fixed, art)
	if countWords(p.Text) < minTextWords {
		return nil, ErrNoText
	}
	return p, nil
}

// composePage lays out the rendered main text with the furniture the
// markup showed, finds the title's repeat at its start (or puts the title
// line before it), and joins the story's regions into the article's text.
func composePage(text string, fixed []markedLine, art Article) *Page {
	lay := layoutFixed(text, false, fixed)
	title := art.Title
	var repeat *Region // the title, repeated at the text's start
	if lay.Title != nil {
		if strings.EqualFold(text[lay.Title.Start:lay.Title.End], title) {
			repeat = lay.Title
		} else {
			// A headline of the text's own: a paragraph of the story, in
			// its place among the others.
			k, _ := slices.BinarySearchFunc(lay.Body, lay.Title.Start, func(r Region, at int) int { return r.Start - at })
			lay.Body = slices.Insert(lay.Body, k, *lay.Title)
		}
		lay.Title = nil
	}
	if repeat == nil {
		for k := 0; k < len(lay.Body) && k < 3; k++ {
			if r := lay.Body[k]; strings.EqualFold(text[r.Start:r.End], title) {
				repeat = &r
				lay.Body = append(lay.Body[:k:k], lay.Body[k+1:]...)
				break
			}
		}
	}
	p := &Page{Article: art, Source: text, Layout: lay}
	switch {
	case repeat != nil:
		p.Layout.Title = repeat
	case title != "":
		p.Source = title + "\n\n" + text
		p.Layout = shiftLayout(lay, len(title)+2)
		p.Layout.Title = &Region{0, len(title)}
	}
	var b strings.Builder
	b.Grow(len(text))
	for _, r := range p.Layout.Body {
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(p.Source[r.Start:r.End])
	}
	p.Text = b.String()
	return p
}

// shiftLayout moves every region of lay by n bytes.
func shiftLayout(lay Layout, n int) Layout {
	out := Layout{Body: make([]Region, len(lay.Body)), Dropped: make([]Dropped, len(lay.Dropped))}
	for i, r := range lay.Body {
		out.Body[i] = Region{r.Start + n, r.End + n}
	}
	for i, d := range lay.Dropped {
		out.Dropped[i] = Dropped{Region{d.Start + n, d.End + n}, d.Reason}
	}
	if lay.Title != nil {
		out.Title = &Region{lay.Title.Start + n, lay.Title.End + n}
	}
	return out
}

// closeTitle repairs a page whose <title> is never closed, which would make
// an HTML parser read the whole page as the title: the title ends at its
// first line break or tag.
func closeTitle(data []byte) []byte {
	head := data[:min(len(data), 64<<10)]
	i := indexFold(head, []byte("<title"))
	if i < 0 {
		return data
	}
	gt := bytes.IndexByte(data[i:], '>')
	if gt < 0 {
		return data
	}
	start := i + gt + 1
	if indexFold(data[start:], []byte("</title")) >= 0 {
		return data
	}
	end := start + bytes.IndexAny(data[start:], "\n<")
	if end < start {
		end = len(data)
	}
	out := make([]byte, 0, len(data)+8)
	out = append(out, data[:end]...)
	out = append(out, "</title>"...)
	return append(out, data[end:]...)
}

// indexFold is bytes.Index for an ASCII lower-case sep, ignoring case.
func indexFold(s, sep []byte) int {
	for i := 0; i+len(sep) <= len(s); i++ {
		j := 0
		for ; j < len(sep); j++ {
			c := s[i+j]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != sep[j] {
				break
			}
		}
		if j == len(sep) {
			return i
		}
	}
	return -1
}

// cleanByline drops a leading "By" from an author's name.
func cleanByline(s string) string {
	s = cleanLine(s)
	if len(s) > 3 && strings.EqualFold(s[:3], "by ") {
		s = strings.TrimSpace(s[3:])
	}
	return strings.TrimLeft(s, ": ")
}

// cleanLine collapses white space in a one-line field.
func cleanLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// formatDate prints t as RFC 3339, or as a date alone at midnight UTC.
func formatDate(t time.Time) string {
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && t.Location() == time.UTC {
		return t.Format(time.DateOnly)
	}
	return t.Format(time.RFC3339)
}

// pageMeta is what a page's metadata says about its article.
type pageMeta struct {
	title, byline, date string
	headings            []string // texts of the page's h1 and h2 elements, in order
}

// readMeta reads the title, author and publication date from <meta> tags,
// JSON-LD and <time> elements.
func readMeta(doc *html.Node) pageMeta {
	var m pageMeta
	var titleTag, timeTag string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "meta":
				key := strings.ToLower(attr(n, "property") + attr(n, "name") + attr(n, "itemprop"))
				content := strings.TrimSpace(attr(n, "content"))
				switch key {
				case "og:title", "twitter:title", "headline":
					if m.title == "" {
						m.title = content
					}
				case "author", "article:author", "byl", "dc.creator", "sailthru.author", "parsely-author":
					if m.byline == "" && !strings.HasPrefix(content, "http") {
						m.byline = content
					}
				case "article:published_time", "datepublished", "pubdate", "publishdate", "date", "dc.date",
					"dc.date.issued", "sailthru.date", "parsely-pub-date", "og:published_time":
					if m.date == "" {
						m.date = content
					}
				}
			case "title":
				if titleTag == "" && n.FirstChild != nil {
					titleTag = n.FirstChild.Data
				}
			case "time":
				if timeTag == "" {
					timeTag = attr(n, "datetime")
				}
			case "h1", "h2":
				if len(m.headings) < maxHeadings {
					if h := cleanLine(textOf(n)); h != "" {
						m.headings = append(m.headings, h)
					}
				}
			case "script":
				if strings.EqualFold(attr(n, "type"), "application/ld+json") && n.FirstChild != nil {
					readJSONLD(n.FirstChild.Data, &m)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if m.title == "" {
		m.title = titleTag
	}
	if m.date == "" {
		m.date = timeTag
	}
	m.date = normaliseDate(m.date)
	return m
}

// maxHeadings bounds the headings readMeta keeps.
const maxHeadings = 20

// textOf returns the text inside n.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// titleSeps split a page title into the headline and the names of the site
// and its sections: "Covic turns up heat - Football - Sport".
var titleSeps = []string{" | ", " - ", " -- ", " – ", " — ", " : ", " :: ", " « ", " » ", " · ", "_"}

// maxTitleWords is the longest page title read as one: longer is a
// paragraph or a script that a broken page left in its <title>.
const maxTitleWords = 30

// maxTitleLines is how many of the main text's first lines may repeat the
// headline part of the page's title.
const maxTitleLines = 12

// firstLines returns up to n non-blank lines from the start of s, trimmed,
// passing over the lines that fixed drops.
func firstLines(s string, fixed []markedLine, n int) []string {
	var out []string
	start := 0
	for _, ln := range strings.SplitAfter(s, "\n") {
		at := start
		start += len(ln)
		if len(fixed) > 0 && fixed[0].Start < at+len(ln) {
			for len(fixed) > 0 && fixed[0].End <= at+len(ln) {
				fixed = fixed[1:]
			}
			continue // a line of furniture the markup showed
		}
		if ln = strings.TrimFunc(ln, isBlankRune); ln != "" {
			out = append(out, ln)
			if len(out) == n {
				break
			}
		}
	}
	return out
}

// chooseHTMLTitle returns the headline in a page title: the part of it that
// a heading of the page (or one of the main text's first lines) repeats, or
// else the first part when the others are short site or section names.
// Without a title it takes the first heading.
func chooseHTMLTitle(title string, headings, lines []string) string {
	if countWords(title) > maxTitleWords || strings.ContainsAny(title, "{};=") {
		title = "" // a script the page left in its <title>, or a whole paragraph
	}
	if title == "" {
		for _, h := range headings {
			if countWords(h) >= 3 {
				return h
			}
		}
		return ""
	}
	headings = append(headings[:len(headings):len(headings)], lines...)
	for _, h := range headings {
		if strings.EqualFold(h, title) {
			return title
		}
	}
	for _, sep := range titleSeps {
		parts := strings.Split(title, sep)
		if len(parts) < 2 {
			continue
		}
		for _, p := range parts {
			p = strings.TrimSpace(p)
			for _, h := range headings {
				if countWords(p) >= 2 && strings.EqualFold(h, p) {
					return p
				}
			}
		}
		first := strings.TrimSpace(parts[0])
		rest := 0
		for _, p := range parts[1:] {
			rest = max(rest, countWords(p))
		}
		if countWords(first) >= 3 && rest <= 4 {
			return first
		}
	}
	return title
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// readJSONLD fills m's gaps from schema.org JSON-LD: headline, author and
// datePublished of an article, perhaps inside an @graph or a list.
func readJSONLD(src string, m *pageMeta) {
	var v any
	if json.Unmarshal([]byte(strings.TrimSpace(src)), &v) != nil {
		return
	}
	var visit func(any, int)
	visit = func(v any, depth int) {
		if depth > 4 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e, depth+1)
			}
		case map[string]any:
			if g, ok := x["@graph"]; ok {
				visit(g, depth+1)
			}
			if s, ok := x["headline"].(string); ok && m.title == "" {
				m.title = s
			}
			if s, ok := x["datePublished"].(string); ok && m.date == "" {
				m.date = s
			}
			if m.byline == "" {
				m.byline = jsonLDName(x["author"])
			}
		}
	}
	visit(v, 0)
}

// jsonLDName returns the name(s) of a JSON-LD author: a string, a Person or
// a list of them.
func jsonLDName(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case map[string]any:
		s, _ := x["name"].(string)
		return s
	case []any:
		var names []string
		for _, e := range x {
			if s := jsonLDName(e); s != "" {
				names = append(names, s)
			}
		}
		return strings.Join(names, ", ")
	}
	return ""
}

// dateLayouts are the date forms normaliseDate understands.
var dateLayouts = []string{time.RFC3339, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05", "2006-01-02T15:04Z07:00",
	"2006-01-02 15:04:05", "2006-01-02", time.RFC1123, time.RFC1123Z, "January 2, 2006", "2 January 2006"}

// normaliseDate rewrites a machine-readable date as formatDate does, and
// leaves other text as it is.
func normaliseDate(s string) string {
	s = strings.TrimSpace(s)
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return formatDate(t)
		}
	}
	return s
}

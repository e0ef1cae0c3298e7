package extract

import (
	"strings"
	"unicode/utf8"

	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
)

// Link text is marked with two private-use runes while the main text is
// rendered, so that lines made of links can be told apart.
const (
	linkOpen  = '\ue000'
	linkClose = '\ue001'
)

// renderText renders an extracted article node to plain text and drops the
// lines that are all links when they come in runs (menus, lists of other
// stories' headlines that an extractor kept beside the story).
func renderText(n *html.Node) string {
	markLinks(n)
	text := render.InnerText(n)
	if !strings.ContainsRune(text, linkOpen) {
		return text
	}
	lines := strings.Split(text, "\n")
	isLink := make([]bool, len(lines))
	for i, ln := range lines {
		isLink[i] = linkLine(ln)
	}
	var b strings.Builder
	b.Grow(len(text))
	for i, ln := range lines {
		if isLink[i] && (i > 0 && isLink[i-1] || i+1 < len(lines) && isLink[i+1]) {
			continue
		}
		b.WriteString(stripLinkMarks(ln))
		b.WriteByte('\n')
	}
	return b.String()
}

// markLinks wraps the text of every link under n in linkOpen and linkClose.
func markLinks(n *html.Node) {
	var walk func(*html.Node, bool)
	walk = func(n *html.Node, inLink bool) {
		if n.Type == html.ElementNode && n.Data == "a" {
			inLink = true
		}
		if n.Type == html.TextNode && inLink && strings.TrimSpace(n.Data) != "" {
			n.Data = string(linkOpen) + n.Data + string(linkClose)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inLink)
		}
	}
	walk(n, false)
}

// linkLine reports whether a rendered line is made of links: nine tenths
// of its letters and digits are link text, and it is not a sentence.
func linkLine(ln string) bool {
	in, all := 0, 0
	link := false
	for _, r := range ln {
		switch {
		case r == linkOpen:
			link = true
		case r == linkClose:
			link = false
		case r < utf8.RuneSelf && (r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') || r >= 0x80:
			all++
			if link {
				in++
			}
		}
	}
	return all > 0 && in*10 >= all*9 && !endsSentence(stripLinkMarks(ln))
}

func stripLinkMarks(s string) string {
	if !strings.ContainsAny(s, string(linkOpen)+string(linkClose)) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r == linkOpen || r == linkClose {
			return -1
		}
		return r
	}, s)
}

package extract

import (
	"strings"
	"unicode/utf8"

	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
)

// While the main text is rendered, link text is marked with two
// private-use runes, and the text of elements that the markup shows to be
// furniture with two more and a rune for the reason, so that lines made of
// links or of furniture can be told apart.
const (
	linkOpen   = '\ue000'
	linkClose  = '\ue001'
	furnOpen   = '\ue002'
	furnClose  = '\ue003'
	reasonBase = '\ue010' // furnOpen is followed by reasonBase + the reason's index in markReasons
	markLast   = '\ue0ff'
)

// renderMain renders an extracted article node to plain text, one block a
// line, with each line trimmed (no-break spaces included) and runs of blank
// lines collapsed to one.
// It returns the lines that the markup shows to be furniture as dropped
// regions of the text: lines made of links when they come in runs (menus,
// lists of other stories' headlines that an extractor kept beside the
// story), and lines inside elements whose tag, class or id name furniture
// (see markupReason).
func renderMain(n *html.Node) (string, []markedLine) {
	markLinks(n)
	text := render.InnerText(n)
	lines := strings.Split(text, "\n")
	isLink := make([]bool, len(lines))
	for i, ln := range lines {
		isLink[i] = linkLine(ln)
	}
	reasons := make([]string, len(lines))
	kept, all := 0, 0
	for i, ln := range lines {
		reasons[i] = markedReason(ln)
		n := countWords(ln)
		all += n
		if reasons[i] == "" {
			kept += n
		}
	}
	if kept < minUnmarkedWords && float64(kept) < minUnmarkedShare*float64(all) {
		clear(reasons) // the markup's names would leave too little: the story is in them
	}
	var b strings.Builder
	b.Grow(len(text))
	var fixed []markedLine
	blank := 0
	for i, ln := range lines {
		reason, links := reasons[i], false
		if reason == "" && isLink[i] && (i > 0 && isLink[i-1] || i+1 < len(lines) && isLink[i+1]) {
			reason, links = ReasonRelatedStories, true
		}
		ln = strings.TrimFunc(stripMarks(ln), isBlankRune)
		if ln == "" {
			blank++
			continue
		}
		if b.Len() > 0 {
			if blank > 0 {
				b.WriteString("\n\n")
			} else {
				b.WriteByte('\n')
			}
		}
		blank = 0
		start := b.Len()
		b.WriteString(ln)
		if reason != "" {
			fixed = append(fixed, markedLine{Dropped{Region{start, b.Len()}, reason}, links})
		}
	}
	return b.String(), fixed
}

// markedLine is a line of the rendered main text that the markup shows to
// be furniture; links says it is one of a run of lines made of links.
type markedLine struct {
	Dropped
	links bool
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

// The furniture the markup names must leave minUnmarkedWords of the main
// text's words or minUnmarkedShare of them; else the names are ignored, as
// the story is then in an element whose name misleads.
const (
	minUnmarkedWords = 150
	minUnmarkedShare = 0.4
)

// maxMarkedShare is the largest share of the article's text one element
// marked as furniture may hold: a container that holds more is the story,
// whatever its class says.
const maxMarkedShare = 0.5

// markFurniture wraps the text under every element below n that
// markupReason names as furniture in furnOpen, the reason and furnClose.
func markFurniture(n *html.Node) {
	total := textLen(n)
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || c.Data == "head" || c.Data == "script" || c.Data == "style" {
				continue
			}
			if reason := markupReason(c); reason >= 0 && float64(textLen(c)) <= maxMarkedShare*float64(total) &&
				(markupDefs[reason].maxWords == 0 || countWords(textOf(c)) <= markupDefs[reason].maxWords) {
				wrapText(c, string(furnOpen)+string(reasonBase+rune(reason)), string(furnClose))
				continue
			}
			walk(c)
		}
	}
	walk(n)
}

// wrapText wraps every text node under n that holds more than white space.
func wrapText(n *html.Node, open, close string) {
	if n.Type == html.TextNode && strings.TrimSpace(n.Data) != "" {
		n.Data = open + n.Data + close
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		wrapText(c, open, close)
	}
}

// textLen is the length in bytes of the text under n.
func textLen(n *html.Node) int {
	if n.Type == html.TextNode {
		return len(n.Data)
	}
	total := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		total += textLen(c)
	}
	return total
}

// markedReason returns the reason of the furniture marks that hold nine
// tenths of a rendered line's letters and digits, or "".
func markedReason(ln string) string {
	if !strings.ContainsRune(ln, furnOpen) {
		return ""
	}
	var counts [len(markReasons)]int
	all, in := 0, -1
	expectReason := false
	for _, r := range ln {
		switch {
		case r == furnOpen:
			expectReason = true
		case expectReason:
			expectReason = false
			if k := int(r - reasonBase); k >= 0 && k < len(markReasons) {
				in = k
			}
		case r == furnClose:
			in = -1
		case isMark(r):
		case isWordByte(r):
			all++
			if in >= 0 {
				counts[in]++
			}
		}
	}
	best := 0
	for k := range counts {
		if counts[k] > counts[best] {
			best = k
		}
	}
	sum := 0
	for _, c := range counts {
		sum += c
	}
	if all == 0 || sum*10 < all*9 {
		return ""
	}
	return markReasons[best]
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
		case isWordByte(r):
			all++
			if link {
				in++
			}
		}
	}
	return all > 0 && in*10 >= all*9 && !endsSentence(stripMarks(ln))
}

// isWordByte reports whether r counts as a letter or digit for the shares
// of linkLine and markedReason: ASCII letters and digits, and any rune
// outside ASCII that is not a mark.
func isWordByte(r rune) bool {
	return r < utf8.RuneSelf && (r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') || r >= 0x80 && !isMark(r)
}

// isMark reports whether r is one of the marks of renderMain.
func isMark(r rune) bool { return r >= linkOpen && r <= markLast }

func stripMarks(s string) string {
	if !strings.ContainsFunc(s, isMark) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isMark(r) {
			return -1
		}
		return r
	}, s)
}

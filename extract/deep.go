package extract

import (
	"bytes"
	"io"

	"golang.org/x/net/html"
)

// flattenDepth is how deep flatten lets elements nest: far below the limit
// of golang.org/x/net/html, which rejects a page with more than 512 open
// elements, as the parser may reopen formatting elements the page left
// open.
const flattenDepth = 128

// parseHTML parses a page. A page nested deeper than the parser allows (a
// generated page, or a hostile one) is parsed again with its deep elements
// flattened: their tags dropped, their text kept, so that the story inside
// is still found.
func parseHTML(data []byte) (*html.Node, error) {
	doc, err := html.Parse(bytes.NewReader(data))
	if err == nil {
		return doc, nil
	}
	for depth := flattenDepth; depth >= 8; depth /= 4 {
		if doc, ferr := html.Parse(bytes.NewReader(flatten(data, depth))); ferr == nil {
			return doc, nil
		}
	}
	return nil, err
}

// flatten drops the start and end tags of elements nested deeper than
// depth, keeping everything else, the text inside them included.
func flatten(data []byte, depth int) []byte {
	var out bytes.Buffer
	out.Grow(len(data))
	z := html.NewTokenizer(bytes.NewReader(data))
	open := 0
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			if z.Err() != io.EOF {
				out.Write(z.Raw())
			}
			return out.Bytes()
		}
		switch tt {
		case html.StartTagToken:
			name, _ := z.TagName()
			if isVoid(string(name)) {
				break
			}
			open++
			if open > depth {
				out.WriteByte(' ')
				continue
			}
		case html.EndTagToken:
			open--
			if open >= depth {
				out.WriteByte(' ')
				continue
			}
			open = max(open, 0)
		}
		out.Write(z.Raw())
	}
}

// isVoid reports whether an element never has an end tag.
func isVoid(name string) bool {
	switch name {
	case "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr":
		return true
	}
	return false
}

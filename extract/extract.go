package extract

import (
	"io"
	"regexp"
	"strings"
)

// Region is a half-open byte range [Start, End) into the text.
type Region struct {
	Start int
	End   int
}

// Dropped is a region left out of the story, with the reason.
type Dropped struct {
	Region
	Reason string
}

// Layout says where the story is in a text.
type Layout struct {
	Title   *Region   // the story's title line, if any
	Body    []Region  // paragraphs or blocks of the story, in order, excluding Title
	Dropped []Dropped // furniture left out, in order
}

// Text finds the story in scraped plain text.
//
// STUB: the whole text is the body, until the furniture detector lands.
func Text(text string) Layout {
	return Layout{Body: []Region{{0, len(text)}}}
}

// Article is the main content of an HTML page.
type Article struct {
	Title  string
	Byline string
	Date   string
	Text   string
}

var tagRE = regexp.MustCompile(`(?s)<script.*?</script>|<style.*?</style>|<[^>]*>`)

// HTML extracts the main text of an HTML page. pageURL may be empty.
//
// STUB: strips tags until the real extractor lands.
func HTML(r io.Reader, pageURL string) (*Article, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return &Article{Text: strings.TrimSpace(tagRE.ReplaceAllString(string(b), "\n"))}, nil
}

package extract

import (
	"io"
	"regexp"
	"strings"
)

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

package eval

import (
	"context"
	"encoding/json"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsnlp/newsnlp/nlp"
)

// DressedPage is a story dressed as a scraped page: the page's text, the
// story's title and paragraphs as they appear in it, and the furniture
// around them as code point spans of the text, end exclusive.
type DressedPage struct {
	ID        string   `json:"id"`
	Text      string   `json:"text"`
	Title     string   `json:"title"`
	Body      string   `json:"body"` // the story's paragraphs, separated by blank lines
	Furniture [][2]int `json:"furniture"`
}

// ReadDressedFile reads a JSONL file of DressedPages, gzipped when its name
// ends in .gz.
func ReadDressedFile(path string) ([]DressedPage, error) {
	var pages []DressedPage
	err := readFile(path, func(r io.Reader) error {
		return eachLine(r, func(_ int, line string) error {
			var p DressedPage
			if err := json.Unmarshal([]byte(line), &p); err != nil {
				return err
			}
			pages = append(pages, p)
			return nil
		})
	})
	return pages, err
}

// DressedResult is what the pipeline made of one dressed page: the parsed
// page with its summary, and the clean story (title and paragraphs alone)
// parsed the same way.
type DressedResult struct {
	Page    *nlp.Document
	Summary []nlp.Span
	Story   *nlp.Document
}

// Analyzer parses a dressed page, and its clean story, as a user's command
// would.
type Analyzer func(ctx context.Context, p DressedPage) (DressedResult, error)

// BoilerplateScore is how much of a set of dressed pages' furniture reaches
// what a user sees.
type BoilerplateScore struct {
	Pages  int `json:"pages"`
	Failed int `json:"failed"` // pages the pipeline failed on; they count as not clean
	// Clean is the share of pages on which no word of the furniture is in
	// an entity's mention or a summary sentence.
	Clean float64 `json:"clean"`
	// TextClean is the share of pages whose story regions hold no word of
	// the furniture.
	TextClean float64 `json:"text_clean"`
	// StoryKept is the share of the story's words kept in its regions, over
	// all pages.
	StoryKept float64 `json:"story_kept"`
	// MentionRecall is the share of the clean story's entity names that the
	// dressed page's entity table has too.
	MentionRecall float64 `json:"mention_recall"`
}

// ScoreBoilerplate runs analyze on every page and scores it.
func ScoreBoilerplate(ctx context.Context, pages []DressedPage, analyze Analyzer) (BoilerplateScore, error) {
	var s BoilerplateScore
	var clean, textClean, keptWords, storyWords, names, found int
	for _, p := range pages {
		if err := ctx.Err(); err != nil {
			return s, err
		}
		s.Pages++
		res, err := analyze(ctx, p)
		if err != nil {
			s.Failed++
			continue
		}
		furn := furnitureSpans(p)
		if !leaks(res, furn) {
			clean++
		}
		if !overlapsWords(p.Text, res.Page.Body, furn) {
			textClean++
		}
		k, n := storyWordsKept(p, res.Page)
		keptWords += k
		storyWords += n
		if res.Story != nil {
			pageNames := make(map[string]bool)
			for _, e := range res.Page.Entities {
				pageNames[e.Name] = true
			}
			for _, e := range res.Story.Entities {
				names++
				if pageNames[e.Name] {
					found++
				}
			}
		}
	}
	s.Clean = share(clean, s.Pages)
	s.TextClean = share(textClean, s.Pages)
	s.StoryKept = share(keptWords, storyWords)
	s.MentionRecall = share(found, names)
	return s, nil
}

func share(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// furnitureSpans converts a page's furniture to byte spans of its text.
func furnitureSpans(p DressedPage) []nlp.Span {
	byteAt := make([]int, 0, utf8.RuneCountInString(p.Text)+1)
	for i := range p.Text {
		byteAt = append(byteAt, i)
	}
	byteAt = append(byteAt, len(p.Text))
	var out []nlp.Span
	for _, f := range p.Furniture {
		if f[0] < 0 || f[1] > len(byteAt)-1 || f[0] >= f[1] {
			continue
		}
		out = append(out, nlp.Span{Start: byteAt[f[0]], End: byteAt[f[1]]})
	}
	return out
}

// leaks reports whether a word of the furniture is in an entity's mention
// or a summary sentence.
func leaks(res DressedResult, furn []nlp.Span) bool {
	text := res.Page.Text
	for _, m := range res.Page.Mentions {
		if overlapsWords(text, []nlp.Span{m.Span}, furn) {
			return true
		}
	}
	return overlapsWords(text, res.Summary, furn)
}

// overlapsWords reports whether a letter or digit of text lies both in one
// of spans and in one of furn.
func overlapsWords(text string, spans, furn []nlp.Span) bool {
	for _, s := range spans {
		for _, f := range furn {
			lo, hi := max(s.Start, f.Start), min(s.End, f.End)
			for i := lo; i < hi; {
				r, n := utf8.DecodeRuneInString(text[i:])
				if unicode.IsLetter(r) || unicode.IsDigit(r) {
					return true
				}
				i += n
			}
		}
	}
	return false
}

// storyWordsKept counts the words of the story's title and paragraphs on
// the page that lie in the story's regions, and all of them.
func storyWordsKept(p DressedPage, doc *nlp.Document) (kept, all int) {
	from := 0
	for _, part := range append([]string{p.Title}, strings.Split(p.Body, "\n\n")...) {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		i := strings.Index(p.Text[from:], part)
		if i >= 0 {
			i += from
			from = i + len(part)
		}
		inWord := false
		for j, r := range part {
			w := unicode.IsLetter(r) || unicode.IsDigit(r)
			if w && !inWord {
				all++
				if i >= 0 && inSpans(doc.Body, i+j) {
					kept++
				}
			}
			inWord = w
		}
	}
	return kept, all
}

func inSpans(spans []nlp.Span, at int) bool {
	for _, s := range spans {
		if s.Start <= at && at < s.End {
			return true
		}
	}
	return false
}

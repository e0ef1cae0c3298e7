package summarize

import (
	"context"
	"errors"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/newsnlp/newsnlp/nlp"
)

// Headline is a one-line headline for a story.
type Headline struct {
	Text   string `json:"text"`
	Source string `json:"source"`          // "llm", "title" or "extractive"
	Model  string `json:"model,omitempty"` // the LLM's model name, for Source "llm"
}

// Headline sources.
const (
	SourceLLM        = "llm"
	SourceTitle      = "title"
	SourceExtractive = "extractive"
)

// MaxHeadlineWords bounds a headline's length in words.
const MaxHeadlineWords = 15

// HeadlineInput is what a Headliner sees of a story: its summary and its
// most mentioned names, not the whole article.
type HeadlineInput struct {
	Summary  []string // summary sentences, in article order
	Entities []string // the most salient names, most mentioned first
}

// Headliner writes a headline for a story.
type Headliner interface {
	Headline(ctx context.Context, in HeadlineInput) (Headline, error)
}

// NewHeadlineInput builds a Headliner's input from a document and its
// summary, with up to five of the story's most mentioned names.
func NewHeadlineInput(doc *nlp.Document, sum []Sentence) HeadlineInput {
	in := HeadlineInput{Summary: make([]string, len(sum))}
	for i, s := range sum {
		in.Summary[i] = strings.Join(strings.Fields(s.Text), " ")
	}
	in.Entities = TopEntities(doc, 5)
	return in
}

// TopEntities returns the names of the document's k most mentioned
// entities, ties broken by first mention.
func TopEntities(doc *nlp.Document, k int) []string {
	idx := make([]int, 0, len(doc.Entities))
	for i, e := range doc.Entities {
		if len(e.Mentions) > 0 {
			idx = append(idx, i)
		}
	}
	first := func(i int) int { return doc.Entities[i].Mentions[0].Start }
	sort.SliceStable(idx, func(a, b int) bool {
		ea, eb := doc.Entities[idx[a]], doc.Entities[idx[b]]
		if len(ea.Mentions) != len(eb.Mentions) {
			return len(ea.Mentions) > len(eb.Mentions)
		}
		return first(idx[a]) < first(idx[b])
	})
	var out []string
	seen := map[string]bool{}
	for _, i := range idx {
		name := doc.Entities[i].Name
		if key := strings.ToLower(name); !seen[key] {
			seen[key] = true
			out = append(out, name)
		}
		if len(out) == k {
			break
		}
	}
	return out
}

// OfflineHeadline is the headline used without an LLM: the story's own
// title where it has one, else its best summary sentence trimmed to a
// headline's length.
func OfflineHeadline(doc *nlp.Document, sum []Sentence) Headline {
	if t := strings.Join(strings.Fields(doc.Title), " "); t != "" {
		return Headline{Text: t, Source: SourceTitle}
	}
	best := -1
	for i, s := range sum {
		if best < 0 || s.Score > sum[best].Score {
			best = i
		}
	}
	if best < 0 {
		return Headline{Source: SourceExtractive}
	}
	return Headline{Text: trimHeadline(sum[best].Text), Source: SourceExtractive}
}

// trimHeadline cuts a sentence to at most MaxHeadlineWords words, at a
// clause boundary when one comes late enough, without final punctuation.
func trimHeadline(s string) string {
	words := strings.Fields(s)
	if len(words) > MaxHeadlineWords {
		cut := MaxHeadlineWords
		for i := MaxHeadlineWords - 1; i >= 6; i-- {
			if strings.HasSuffix(words[i], ",") || strings.HasSuffix(words[i], ";") {
				cut = i + 1
				break
			}
		}
		words = words[:cut]
	}
	out := strings.Join(words, " ")
	return strings.TrimRightFunc(out, func(r rune) bool { return r == '.' || r == ',' || r == ';' || r == ':' })
}

// ErrEmptyHeadline is returned when an LLM's answer holds no headline.
var ErrEmptyHeadline = errors.New("the LLM's answer held no headline")

var (
	thinkRE    = regexp.MustCompile(`(?is)<think>.*?</think>`)
	prefixRE   = regexp.MustCompile(`(?i)^(?:suggested\s+|proposed\s+)?(?:headline|title)\s*[:\-–—]\s*`)
	markdownRE = regexp.MustCompile("[*_`#>]+")
	quotes     = "\"'“”‘’«»„‟`"
)

// CleanHeadline turns an LLM's answer into one headline line: reasoning
// blocks, Markdown, "Headline:" labels, enclosing quotes and control
// characters (terminal escapes) go, the first non-empty line is kept, and it
// is cut to MaxHeadlineWords words.
func CleanHeadline(answer string) string {
	answer = thinkRE.ReplaceAllString(answer, "")
	answer = stripEscapes(answer)
	for _, line := range strings.Split(answer, "\n") {
		line = markdownRE.ReplaceAllString(line, "")
		line = strings.TrimFunc(line, func(r rune) bool { return unicode.IsSpace(r) || r == '-' || r == '•' })
		line = prefixRE.ReplaceAllString(line, "")
		line = strings.Trim(line, quotes+" \t")
		line = strings.Join(strings.Fields(line), " ")
		if line == "" || strings.EqualFold(strings.TrimRight(line, ":"), "headline") {
			continue
		}
		words := strings.Fields(line)
		if len(words) > MaxHeadlineWords {
			words = words[:MaxHeadlineWords]
		}
		line = strings.Join(words, " ")
		line = strings.TrimRight(line, ".")
		return strings.Trim(line, quotes+" ")
	}
	return ""
}

// escapeRE matches terminal escape sequences: CSI (ESC [ or U+009B, up to
// its final byte) and OSC (ESC ] or U+009D, up to BEL or ESC \).
var escapeRE = regexp.MustCompile(`(?:\x1b\[|\x{9b})[0-?]*[ -/]*[@-~]|(?:\x1b\]|\x{9d})[^\x07\x1b]*(?:\x07|\x1b\\)?`)

// stripEscapes drops terminal escape sequences whole, then every other
// control character but newline (C0, DEL, C1).
func stripEscapes(s string) string {
	s = escapeRE.ReplaceAllString(s, "")
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) && r != '\n' {
			return -1
		}
		return r
	}, s)
}

// ErrNoLLM is returned by HeadlineFor when no Headliner is configured.
var ErrNoLLM = errors.New("no LLM configured (set OPENAI_API_KEY or OPENAI_BASE_URL)")

// HeadlineFor asks h for a headline of doc from its summary. Without h, or
// when h fails, it returns the offline headline together with the reason,
// so the caller always has a headline to print.
func HeadlineFor(ctx context.Context, h Headliner, doc *nlp.Document, sum []Sentence) (Headline, error) {
	return NewHeadlineRequest(doc, sum).Ask(ctx, h)
}

// HeadlineRequest is all it takes to give a story a headline once it has
// been parsed: what the LLM is shown and the offline headline that stands
// in when it fails. It holds no reference to the document, so that a batch
// can keep it while the request waits for the LLM.
type HeadlineRequest struct {
	Input   HeadlineInput
	Offline Headline
}

// NewHeadlineRequest prepares doc's headline request from its summary.
func NewHeadlineRequest(doc *nlp.Document, sum []Sentence) HeadlineRequest {
	return HeadlineRequest{Input: NewHeadlineInput(doc, sum), Offline: OfflineHeadline(doc, sum)}
}

// Ask asks h for the headline. Without h, or when h fails, it returns the
// offline headline together with the reason.
func (r HeadlineRequest) Ask(ctx context.Context, h Headliner) (Headline, error) {
	if h == nil {
		return r.Offline, ErrNoLLM
	}
	hl, err := h.Headline(ctx, r.Input)
	if err != nil {
		return r.Offline, err
	}
	return hl, nil
}

package nlp

import (
	"fmt"
	"strings"
	"sync"

	"github.com/jdkato/prose/v2"
)

// proseModel is prose's default part-of-speech model, decoded once per
// process; prose would otherwise decode it on every NewDocument.
//
// prose.ModelFromData(name) with no data sources does return the default
// tagger, but it decodes prose's NER model as well (568 ms of CPU and 103 MB
// allocated, against 209 ms and 62 MB for the tagger alone: see
// BenchmarkProseModelLoad). NewDocument without a model and with extraction
// off builds a Model holding only the default tagger, and exports it as
// Document.Model, so that is how it is loaded here. The model is only read
// while tagging, so it is safe to share between goroutines (TestTagPOSConcurrent
// under -race). Tagging must keep extraction off: this model has no NER.
var proseModel = sync.OnceValues(func() (m *prose.Model, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("load prose tagger: %v", r)
		}
	}()
	d, err := prose.NewDocument("", prose.WithSegmentation(false), prose.WithExtraction(false))
	if err != nil {
		return nil, fmt.Errorf("load prose tagger: %w", err)
	}
	if d.Model == nil {
		return nil, fmt.Errorf("load prose tagger: no model")
	}
	return d.Model, nil
})

// TagPOS sets Token.POS with prose's Penn Treebank tagger, one sentence at a
// time. Failures are reported in doc.Warnings; tokens of a failed sentence
// get a tag from their shape alone.
func TagPOS(doc *Document) {
	m, err := proseModel()
	if err != nil {
		doc.Warnings = append(doc.Warnings, "part-of-speech tags skipped: "+err.Error())
		return
	}
	posTagger{tag: func(s string) ([]prose.Token, error) {
		d, err := prose.NewDocument(s, prose.UsingModel(m), prose.WithSegmentation(false), prose.WithExtraction(false))
		if err != nil {
			return nil, err
		}
		return d.Tokens(), nil
	}}.tagDoc(doc)
}

// posTagger tags sentences with tag, which tokenizes and tags text its own
// way; its tokens are matched back to ours.
type posTagger struct {
	tag func(text string) ([]prose.Token, error)
}

func (pt posTagger) tagDoc(doc *Document) {
	failed := 0
	var first error
	for _, s := range doc.Sentences {
		toks := doc.Tokens[s.TokenStart:s.TokenEnd]
		if err := pt.tagSentence(doc.Text, s.Span, toks); err != nil {
			if failed == 0 {
				first = err
			}
			failed++
			for i := range toks {
				toks[i].POS = ParsePOS(shapeTag(doc.Text[toks[i].Start:toks[i].End]))
			}
		}
	}
	if failed > 0 {
		doc.Warnings = append(doc.Warnings, fmt.Sprintf("part-of-speech tagging failed on %d sentence(s): %v", failed, first))
	}
}

// tagSentence tags toks, the tokens of text[s]. A panic in the tagger comes
// back as an error.
func (pt posTagger) tagSentence(text string, s Span, toks []Token) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("prose tagger: %v", r)
		}
	}()
	ptoks, err := pt.tag(text[s.Start:s.End])
	if err != nil {
		return fmt.Errorf("prose tagger: %w", err)
	}
	// Anchor prose's tokens in the text, searching forward; a token that
	// cannot be found nearby is skipped.
	spans := make([]Span, 0, len(ptoks))
	tags := make([]POS, 0, len(ptoks))
	pos := s.Start
	for _, p := range ptoks {
		if p.Text == "" {
			continue
		}
		if sp, ok := anchor(text, pos, s.End, p.Text); ok {
			spans = append(spans, sp)
			tags = append(tags, ParsePOS(p.Tag))
			pos = sp.End
		}
	}
	// Each of our tokens takes the tag of the prose token that covers it.
	j := 0
	for i := range toks {
		t := &toks[i]
		word := text[t.Start:t.End]
		for j < len(spans) && spans[j].End <= t.Start {
			j++
		}
		switch {
		case j < len(spans) && spans[j] == t.Span && tags[j] != NoPOS:
			t.POS = tags[j]
		case j < len(spans) && spans[j].Start < t.End && tags[j] != NoPOS && hasWordRune(word):
			t.POS = tags[j] // part of a longer prose token: "Russia" in "Russia–Ukraine"
		default:
			t.POS = ParsePOS(shapeTag(word))
		}
	}
	return nil
}

// anchorWindow bounds the search for one prose token, so that a token prose
// rewrote beyond recognition costs little.
const anchorWindow = 64

// anchor finds tok in text at or after pos (within anchorWindow bytes past
// white space), matching prose's ASCII quotes to curly ones.
func anchor(text string, pos, end int, tok string) (Span, bool) {
	pos = skipSpaces(text, pos, end)
	for i := pos; i < end && i-pos <= anchorWindow; {
		if e, ok := matchQuoteFold(text, i, end, tok); ok {
			return Span{i, e}, true
		}
		_, n := runeAt(text, i)
		i += n
	}
	return Span{}, false
}

// matchQuoteFold reports whether tok matches text at i and where the match
// ends. prose's tokenizer turns curly quotes into ASCII ones and "&rsquo;"
// into an apostrophe, so '"' also matches “ and ”, and '\” matches ‘, ’
// and "&rsquo;".
func matchQuoteFold(text string, i, end int, tok string) (int, bool) {
	for k := 0; k < len(tok); k++ {
		if i >= end {
			return 0, false
		}
		b := tok[k]
		if text[i] == b {
			i++
			continue
		}
		var alts []string
		switch b {
		case '"':
			alts = []string{"“", "”"}
		case '\'':
			alts = []string{"‘", "’", "&rsquo;"}
		}
		matched := false
		for _, a := range alts {
			if strings.HasPrefix(text[i:end], a) {
				i += len(a)
				matched = true
				break
			}
		}
		if !matched {
			return 0, false
		}
	}
	return i, true
}

func hasWordRune(s string) bool {
	for _, r := range s {
		if isWordRune(r) {
			return true
		}
	}
	return false
}

// shapeTag guesses a Penn Treebank tag from a token's form alone, for tokens
// the tagger did not cover: punctuation gets its own tag, numbers CD,
// capitalised words NNP, other words NN.
func shapeTag(t string) string {
	switch t {
	case ".", "!", "?":
		return "."
	case ",":
		return ","
	case ":", ";", "...", "…", "-", "--", "–", "—":
		return ":"
	case "(", "[", "{":
		return "("
	case ")", "]", "}":
		return ")"
	case "\"", "“", "‘", "`", "``", "«":
		return "``"
	case "”", "’", "'", "''", "»":
		return "''"
	case "$", "£", "€", "¥":
		return "$"
	case "#":
		return "#"
	case "%":
		return "NN"
	}
	if !hasWordRune(t) {
		return "SYM"
	}
	if isDigitByte(t[0]) || len(t) > 1 && (t[0] == '.' || t[0] == '+') && isDigitByte(t[1]) {
		return "CD"
	}
	if caseAt(t, 0) == caseUpper {
		return "NNP"
	}
	return "NN"
}

package ner

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"strings"
)

// Sentence is one labelled sentence: token texts and their BIO labels.
type Sentence struct {
	Words  []string
	Labels []string
	// NoSpaceAfter, when not nil, marks the tokens that the original text
	// has no space after (the optional NSA column); Render then follows it
	// instead of its spacing rules.
	NoSpaceAfter []bool
}

// Document is a sequence of sentences that belong together (one story).
type Document []Sentence

// ReadCoNLL reads CoNLL-format data: one token a line as TOKEN<TAB>TAG (or
// space-separated; the first field is the token, the last the tag), a blank
// line between sentences and -DOCSTART- between documents. IOB1 tags are
// converted to BIO (IOB2). Data without -DOCSTART- lines is returned as
// one document.
//
// A middle field NSA (TOKEN<TAB>NSA<TAB>TAG) marks a token with no space
// after it in the original text. When any token of the data has one, every
// sentence gets NoSpaceAfter, so that Render rebuilds the text as written
// (as ../shared/tools/ner_score.py does: the marks alone decide the spacing
// of the whole file).
func ReadCoNLL(r io.Reader) ([]Document, error) {
	var docs []Document
	var doc Document
	var sent Sentence
	hasNSA := false
	endSent := func() {
		if len(sent.Words) > 0 {
			sent.Labels = toBIO(sent.Labels)
			doc = append(doc, sent)
			sent = Sentence{}
		}
	}
	endDoc := func() {
		endSent()
		if len(doc) > 0 {
			docs = append(docs, doc)
			doc = nil
		}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for ln := 1; sc.Scan(); ln++ {
		line := strings.TrimRight(sc.Text(), "\r\n")
		if strings.HasPrefix(line, "-DOCSTART-") {
			endDoc()
			continue
		}
		if strings.TrimSpace(line) == "" {
			endSent()
			continue
		}
		f := strings.FieldsFunc(line, func(r rune) bool { return r == '\t' || r == ' ' })
		if len(f) < 2 {
			return nil, fmt.Errorf("line %d: want TOKEN<TAB>TAG, got %q", ln, line)
		}
		tag := f[len(f)-1]
		if tag != "O" && !(len(tag) > 2 && (tag[:2] == "B-" || tag[:2] == "I-")) {
			return nil, fmt.Errorf("line %d: bad tag %q", ln, tag)
		}
		nsa := false
		for _, m := range f[1 : len(f)-1] {
			nsa = nsa || m == "NSA"
		}
		if nsa && sent.NoSpaceAfter == nil {
			sent.NoSpaceAfter = make([]bool, len(sent.Words), len(sent.Words)+8)
		}
		if sent.NoSpaceAfter != nil {
			sent.NoSpaceAfter = append(sent.NoSpaceAfter, nsa)
		}
		hasNSA = hasNSA || nsa
		sent.Words = append(sent.Words, f[0])
		sent.Labels = append(sent.Labels, tag)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	endDoc()
	if hasNSA {
		for _, d := range docs {
			for i := range d {
				if d[i].NoSpaceAfter == nil {
					d[i].NoSpaceAfter = make([]bool, len(d[i].Words))
				}
			}
		}
	}
	return docs, nil
}

// ReadCoNLLFile reads a CoNLL file, gunzipping it if its name ends in .gz.
func ReadCoNLLFile(path string) ([]Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		gz, err := gzip.NewReader(f)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		defer gz.Close()
		r = gz
	}
	docs, err := ReadCoNLL(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return docs, nil
}

// toBIO rewrites IOB1 labels (I- may start a mention) as BIO in place.
func toBIO(labels []string) []string {
	prev := "O"
	for i, l := range labels {
		if strings.HasPrefix(l, "I-") && (prev == "O" || prev[2:] != l[2:]) {
			labels[i] = "B-" + l[2:]
		}
		prev = labels[i]
	}
	return labels
}

// Span is a mention in token positions: tokens [Start, End) of a sentence.
type Span struct {
	Start, End int
	Type       string
}

// Spans returns the mentions that BIO labels mark. An I- label that does
// not continue a mention of its type starts one, as conlleval reads it.
func Spans(labels []string) []Span {
	var out []Span
	for i := 0; i < len(labels); {
		l := labels[i]
		if len(l) < 3 {
			i++
			continue
		}
		typ := l[2:]
		j := i + 1
		for j < len(labels) && len(labels[j]) > 2 && labels[j][:2] == "I-" && labels[j][2:] == typ {
			j++
		}
		out = append(out, Span{i, j, typ})
		i = j
	}
	return out
}

// The spacing rules of ../shared/tools/ner_score.py's render(): no space
// before these tokens, none after those.
var (
	noSpaceBefore = map[string]bool{",": true, ".": true, ";": true, ":": true, "!": true, "?": true, ")": true,
		"]": true, "}": true, "%": true, "'s": true, "n't": true, "'": true, "''": true, "'re": true, "'ve": true,
		"'ll": true, "'d": true, "'m": true, "'S": true}
	noSpaceAfter = map[string]bool{"(": true, "[": true, "{": true, "$": true, "``": true}
)

// spacedBefore reports whether Render puts a space before token ti > 0.
func spacedBefore(s Sentence, ti int) bool {
	if s.NoSpaceAfter != nil {
		return !s.NoSpaceAfter[ti-1]
	}
	return !noSpaceBefore[s.Words[ti]] && !noSpaceAfter[s.Words[ti-1]]
}

// TextSpan is a labelled stretch of a rendered text: bytes [Start, End).
type TextSpan struct {
	Start, End int
	Type       string // the mention's type; empty for tokens
}

// Rendered is a labelled document rebuilt as natural text.
type Rendered struct {
	Text     string
	Tokens   [][]TextSpan // per sentence, per token: its bytes in Text
	Mentions []TextSpan   // the gold mentions, as the labels mark them
}

// Render rebuilds a document's text from its tokens exactly as
// ../shared/tools/ner_score.py does, so that scores computed on it match
// that scorer's: one sentence a line, a space between tokens except before
// closing punctuation and clitics and after opening brackets and "$"; or,
// for a sentence with NoSpaceAfter, a space after every token not marked.
func Render(d Document) Rendered {
	var r Rendered
	var b strings.Builder
	for si, s := range d {
		if si > 0 {
			b.WriteByte('\n')
		}
		toks := make([]TextSpan, len(s.Words))
		for ti, w := range s.Words {
			if ti > 0 && spacedBefore(s, ti) {
				b.WriteByte(' ')
			}
			start := b.Len()
			b.WriteString(w)
			toks[ti] = TextSpan{Start: start, End: b.Len()}
		}
		for _, sp := range Spans(s.Labels) {
			r.Mentions = append(r.Mentions, TextSpan{Start: toks[sp.Start].Start, End: toks[sp.End-1].End, Type: sp.Type})
		}
		r.Tokens = append(r.Tokens, toks)
	}
	r.Text = b.String()
	return r
}

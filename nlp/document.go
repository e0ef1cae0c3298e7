package nlp

import (
	"sort"

	"github.com/newsnlp/newsnlp/ner"
)

// Span is a half-open byte range [Start, End) into Document.Text.
// Renderers convert it to Unicode code points with Document.RuneSpan.
type Span struct {
	Start int
	End   int
}

// Len returns the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies inside s.
func (s Span) Contains(o Span) bool { return o.Start >= s.Start && o.End <= s.End }

// Token is one word, number or punctuation mark: its text is
// Document.Text[Start:End] (Document.TokenText). It holds no string of its
// own, so that a document's tokens take 24 bytes each whatever their
// length: a 16 MB input has some 3 million.
type Token struct {
	Span
	Sentence int32     // index into Document.Sentences
	POS      POS       // Penn Treebank tag; NoPOS unless tagging ran
	NER      ner.Label // the tagger's BIO label; O unless entities were found
}

// Sentence is one sentence of the story, or its title line.
type Sentence struct {
	Span
	Text       string
	Title      bool // the story's title line: its names count as mentions, summaries skip it
	TokenStart int  // first token index in Document.Tokens
	TokenEnd   int  // one past the last token index
}

// EntityType is the type of an entity as newsnlp reports it, after
// OntoNotes: finer than the tagger's four classes (ner.Type).
type EntityType string

// Entity types.
const (
	Person   EntityType = "PERSON"
	Org      EntityType = "ORG"
	GPE      EntityType = "GPE"  // countries, cities, states
	Loc      EntityType = "LOC"  // other places: regions, rivers, mountains
	NORP     EntityType = "NORP" // nationalities, religious and political groups
	Facility EntityType = "FAC"  // buildings, bases, airports, streets, bridges
	Event    EntityType = "EVENT"
	Misc     EntityType = "MISC"
)

// Mention is one occurrence of a name in the text. Its span covers the name
// alone: no title, possessive or quotation mark.
type Mention struct {
	Span
	Text     string
	Type     EntityType
	Sentence int
	Role     string // the title or role written before the name, e.g. "Defense Secretary"
}

// Entity is one real-world thing, with every mention of it in the story.
type Entity struct {
	Name     string // the gazetteer's name for a listed place or organisation ("United States"), else the fullest form in the story ("Rita Cardoso")
	Type     EntityType
	Roles    []string // distinct roles of its mentions, in order of appearance
	Mentions []Mention
}

// Dropped is a region of the input left out of the story, with the reason.
type Dropped struct {
	Span
	Reason string
}

// Document is one parsed article. Every Span indexes Text.
type Document struct {
	Source string // file name, URL or "-" for stdin
	Kind   string // "text" or "html"
	// Text is the article as read (decoded to UTF-8), or for HTML input the
	// extracted main text. All spans index it.
	Text   string
	Title  string // the story's title, when one was found
	Byline string // author: from HTML metadata, or from the byline line of scraped text
	Date   string // publication date: from HTML metadata, or from a date line of scraped text

	Body      []Span    // the regions that hold the story (title included)
	Dropped   []Dropped // page furniture left out
	Sentences []Sentence
	Tokens    []Token
	Mentions  []Mention // every mention, in text order
	Entities  []Entity  // mentions grouped by real-world thing
	Quotes    []Quote   // quotations with their speakers, in text order; nil unless quotes were found
	Warnings  []string  // non-fatal problems, e.g. a guessed encoding

	runeIdx []int // rune index at every runeStride bytes, built lazily
}

const runeStride = 256

// RuneOffset converts a byte offset in Text to a Unicode code point offset.
// It builds an index on first use, so a Document is not safe for concurrent
// RuneOffset calls until one has returned.
// Text is valid UTF-8, so the code point offset is the number of bytes before
// b that start a rune (every byte that is not a continuation byte).
func (d *Document) RuneOffset(b int) int {
	if d.runeIdx == nil {
		d.buildRuneIndex()
	}
	i := b / runeStride
	return d.runeIdx[i] + runeStarts(d.Text[i*runeStride:b])
}

// RuneSpan converts a byte span to code point offsets, end exclusive.
func (d *Document) RuneSpan(s Span) (start, end int) {
	return d.RuneOffset(s.Start), d.RuneOffset(s.End)
}

func (d *Document) buildRuneIndex() {
	n := len(d.Text)/runeStride + 1
	d.runeIdx = make([]int, n)
	for i := 1; i < n; i++ {
		d.runeIdx[i] = d.runeIdx[i-1] + runeStarts(d.Text[(i-1)*runeStride:i*runeStride])
	}
}

// runeStarts counts the bytes of s that begin a UTF-8 sequence.
func runeStarts(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

// TokenText returns the text of token i.
func (d *Document) TokenText(i int) string {
	t := d.Tokens[i]
	return d.Text[t.Start:t.End]
}

// SentenceAt returns the index of the sentence containing byte offset b, or -1.
func (d *Document) SentenceAt(b int) int {
	i := sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].End > b })
	if i < len(d.Sentences) && d.Sentences[i].Start <= b {
		return i
	}
	return -1
}

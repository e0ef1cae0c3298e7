package nlp

// QuoteKind says how a quotation is reported.
type QuoteKind string

// Quotation kinds.
const (
	// Direct is speech in quotation marks: "We will win," she said.
	Direct QuoteKind = "direct"
	// Indirect is reported speech without quotation marks: she said they
	// would win; according to the ministry, ...
	Indirect QuoteKind = "indirect"
	// Mixed is reported speech that quotes some of the words: she said the
	// plan was "a national priority".
	Mixed QuoteKind = "mixed"
)

// Quote is one quotation in the story: what was said or written, the words
// that report it, and who said it.
type Quote struct {
	// Span is the quoted content without its quotation marks. For a quote
	// interrupted by its attribution ("We will win," she said, "and
	// soon.") it runs from the first part's start to the last part's end.
	Span
	// Parts are the content's pieces when the quote is interrupted; nil
	// when the content is one piece.
	Parts []Span
	Kind  QuoteKind
	// Cue is the verb or phrase of saying or writing ("said", "told
	// reporters", "according to", a colon after a name); empty (zero
	// length) for a quote that goes on from the previous one without a cue
	// of its own.
	Cue Span
	// Speaker is who the quote is attributed to; nil when the story does
	// not say.
	Speaker  *Speaker
	Sentence int // index of the sentence where the content starts
}

// Text returns the quoted words: the content, or for an interrupted quote
// its parts joined with a space. text is the Document's Text.
func (q *Quote) Text(text string) string {
	if len(q.Parts) == 0 {
		return text[q.Start:q.End]
	}
	n := 0
	for _, p := range q.Parts {
		n += p.Len() + 1
	}
	b := make([]byte, 0, n)
	for i, p := range q.Parts {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, text[p.Start:p.End]...)
	}
	return string(b)
}

// Speaker is the source of a quote.
type Speaker struct {
	// Span is the mention that governs the quote: a name ("Sondland"), a
	// pronoun ("he") or a phrase ("the ministry", "a spokeswoman").
	Span
	// Name is the entity the mention refers to, as the entity table names
	// it ("Gordon Sondland"); for an unnamed source, the phrase itself.
	Name string
	// Type is the entity's type; empty for an unnamed source.
	Type EntityType
	// Entity is the index of the entity in Document.Entities, or -1.
	Entity int
}

package quote

import (
	"unicode"
	"unicode/utf8"

	"github.com/newsnlp/newsnlp/nlp"
)

// Find finds the quotations in doc's story and sets doc.Quotes, in text
// order. It reads the document's sentences, tokens, mentions and entities,
// so the entity layer must have run; it changes nothing else.
func Find(doc *nlp.Document) {
	f := newFinder(doc)
	f.direct()
	f.indirect()
	f.colons()
	f.finish()
	doc.Quotes = f.quotes
}

// tok is what the finder knows of one token.
type tok struct {
	entry
	mention int32 // index into Document.Mentions of the mention covering the token, or -1
	marked  int32 // index into finder.marked of the quoted stretch holding the token (its marks included), or -1
	para    int32 // paragraph index
	used    bool  // a cue already given to a quote
}

// finder holds one document's state while its quotes are found.
type finder struct {
	doc    *nlp.Document
	text   string
	toks   []nlp.Token
	info   []tok
	lx     *lexicon
	paras  []nlp.Span
	marked []marked
	// quoteOf is, per marked stretch, the index in quotes of the direct quote
	// made of it, or -1.
	quoteOf []int32
	quotes  []nlp.Quote
	// ndirect is the number of direct quotes, which come first in quotes,
	// in text order.
	ndirect int
	// paraTok holds each paragraph's first token, and one past the last
	// token at the end.
	paraTok []int
	// speakers holds each quote's speaker before resolution.
	speakers []speakerRef
	res      resolver
}

// word is the text of token i.
func (f *finder) word(i int) string {
	t := f.toks[i]
	return f.text[t.Start:t.End]
}

func newFinder(doc *nlp.Document) *finder {
	f := &finder{doc: doc, text: doc.Text, toks: doc.Tokens, lx: theLexicon()}
	f.paras = paragraphs(doc, nil)
	f.marked, _ = findMarked(f.text, f.paras, nil)
	f.quoteOf = make([]int32, len(f.marked))
	for i := range f.quoteOf {
		f.quoteOf[i] = -1
	}
	f.info = make([]tok, len(f.toks))
	mi, qi, pi := 0, 0, 0
	for i := range f.toks {
		t := &f.toks[i]
		in := &f.info[i]
		in.entry = f.lx.lookup(f.text[t.Start:t.End])
		in.mention, in.marked = -1, -1
		for mi < len(doc.Mentions) && doc.Mentions[mi].End <= t.Start {
			mi++
		}
		if mi < len(doc.Mentions) && doc.Mentions[mi].Start < t.End && t.Start < doc.Mentions[mi].End {
			in.mention = int32(mi)
		}
		for qi < len(f.marked) && f.markedEnd(qi) <= t.Start {
			qi++
		}
		// stretches may nest (a single-quoted one after a double one that
		// holds it never happens: singles pair outside doubles), so the
		// first that has not ended is the one
		if qi < len(f.marked) && f.marked[qi].open.Start <= t.Start && f.marked[qi].open.Start >= 0 {
			in.marked = int32(qi)
		}
		for pi < len(f.paras)-1 && f.paras[pi].End <= t.Start {
			pi++
		}
		in.para = int32(pi)
	}
	f.paraTok = make([]int, len(f.paras)+1)
	for p := range f.paraTok {
		f.paraTok[p] = -1
	}
	for i := len(f.toks) - 1; i >= 0; i-- {
		f.paraTok[f.info[i].para] = i
	}
	f.paraTok[len(f.paras)] = len(f.toks)
	for p := len(f.paras) - 1; p >= 0; p-- {
		if f.paraTok[p] < 0 {
			f.paraTok[p] = f.paraTok[p+1] // a paragraph without tokens
		}
	}
	f.res.init(f)
	return f
}

// markedEnd returns where stretch i ends, its closing mark included.
func (f *finder) markedEnd(i int) int {
	m := &f.marked[i]
	if !m.closed {
		return m.inner.End
	}
	return m.close.End
}

// is reports whether token i is the punctuation or word s (exactly).
func (f *finder) is(i int, s string) bool {
	return i >= 0 && i < len(f.toks) && f.word(i) == s
}

// has reports whether token i is in class c.
func (f *finder) has(i int, c wordClass) bool {
	return i >= 0 && i < len(f.toks) && f.info[i].class&c != 0
}

// sentence returns the token range [lo, hi) of token i's sentence.
func (f *finder) sentence(i int) (lo, hi int) {
	s := &f.doc.Sentences[f.toks[i].Sentence]
	return s.TokenStart, s.TokenEnd
}

// isWordTok reports whether token i starts with a letter or digit.
func (f *finder) isWordTok(i int) bool {
	if i < 0 || i >= len(f.toks) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(f.word(i))
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isUpperTok reports whether token i starts with a capital letter.
func (f *finder) isUpperTok(i int) bool {
	if i < 0 || i >= len(f.toks) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(f.word(i))
	return unicode.IsUpper(r)
}

// isMarkTok reports whether token i is a quotation mark.
func (f *finder) isMarkTok(i int) bool {
	if i < 0 || i >= len(f.toks) {
		return false
	}
	switch f.word(i) {
	case "\"", "'", "“", "”", "‘", "’", "«", "»", "„", "``", "''", "‹", "›", "`":
		return true
	}
	return false
}

// isEndPunct reports whether token i ends a sentence.
func (f *finder) isEndPunct(i int) bool {
	if i < 0 || i >= len(f.toks) {
		return false
	}
	switch f.word(i) {
	case ".", "!", "?", "…", "...":
		return true
	}
	return false
}

// isDash reports whether token i is a dash.
func (f *finder) isDash(i int) bool {
	if i < 0 || i >= len(f.toks) {
		return false
	}
	switch f.word(i) {
	case "—", "–", "―", "--", "-":
		return true
	}
	return false
}

// tokenAt returns the index of the first token that ends after byte b.
func (f *finder) tokenAt(b int) int {
	lo, hi := 0, len(f.toks)
	for lo < hi {
		m := (lo + hi) / 2
		if f.toks[m].End <= b {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// add appends a quote and its unresolved speaker.
func (f *finder) add(q nlp.Quote, sp speakerRef) int {
	q.Sentence = f.doc.SentenceAt(q.Start)
	f.quotes = append(f.quotes, q)
	f.speakers = append(f.speakers, sp)
	return len(f.quotes) - 1
}

// overlapsQuote reports whether s overlaps a quote already found.
func (f *finder) overlapsQuote(s nlp.Span) bool {
	if f.overlapsDirect(s) {
		return true
	}
	for i := len(f.quotes) - 1; i >= f.ndirect; i-- {
		if q := &f.quotes[i]; s.Start < q.End && q.Start < s.End {
			return true
		}
	}
	return false
}

// finish sorts the quotes by where they start and resolves their speakers.
// A direct quote without a cue of its own or a speaker takes the speaker
// of the quote just before it in its paragraph or the one before: the
// reported speech of the same person ("... because it was late," she
// said. "We tried.").
func (f *finder) finish() {
	idx := make([]int, len(f.quotes))
	for i := range idx {
		idx[i] = i
	}
	for i := 1; i < len(idx); i++ {
		for j := i; j > 0 && f.quotes[idx[j]].Start < f.quotes[idx[j-1]].Start; j-- {
			idx[j], idx[j-1] = idx[j-1], idx[j]
		}
	}
	for k, i := range idx {
		q := &f.quotes[i]
		if k == 0 || q.Kind != nlp.Direct || q.Cue.Len() > 0 || f.speakers[i].ok {
			continue
		}
		p := idx[k-1]
		qp, pp := f.info[f.tokenAt(q.Start)].para, f.info[f.tokenAt(f.quotes[p].Start)].para
		if f.speakers[p].ok && qp-pp <= 1 {
			f.speakers[i] = f.speakers[p]
		}
	}
	out := make([]nlp.Quote, len(idx))
	f.res.speakers = make([]nlp.Speaker, 0, len(idx))
	outerEnd := -1 // where the last quote not inside another ends
	for k, i := range idx {
		out[k] = f.quotes[i]
		if q := &out[k]; q.Kind == nlp.Direct {
			q.End = trimComma(f.text, q.Span).End
			for n := len(q.Parts); n > 0; n = len(q.Parts) {
				last := &q.Parts[n-1]
				last.End = min(last.End, q.End)
				if last.End > last.Start {
					q.End = last.End
					break
				}
				q.Parts = q.Parts[:n-1] // nothing but the comma was left
			}
			if len(q.Parts) == 1 {
				q.Parts = nil
			}
		}
		// a quote inside another's content ("Earnest said that Obama has
		// called for ...") is no turn of its speaker's: "he" after it is
		// still the outer speaker
		nested := f.quotes[i].Start < outerEnd
		if !nested {
			outerEnd = f.quotes[i].End
		}
		out[k].Speaker = f.res.resolve(f.speakers[i], f.quotes[i].Start, nested)
	}
	if len(out) == 0 {
		out = nil
	}
	f.quotes = out
}

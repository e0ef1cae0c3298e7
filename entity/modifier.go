package entity

import (
	"strings"
	"unicode/utf8"

	"github.com/newsnlp/newsnlp/gazetteer"
	"github.com/newsnlp/newsnlp/ner"
)

// Names inside hyphenated modifiers.
//
// A name written as the first part of a hyphenated modifier ("U.S.-led",
// "Kremlin-backed", "New York-based") is never an entity of its own. When
// the story names it elsewhere ("U.S.-led" beside "the United States"),
// the modifier is a mention of it: the span stops at the hyphen and the
// type is the name's. Otherwise a modifier of a name the gazetteer lists
// as a place, nationality or organisation is no mention at all: the
// CoNLL-2003 guidelines our dev sets follow make "London-based" a MISC
// name, OntoNotes a mention of London, and a careful reader's table lists
// neither a "London-based" row nor a London named only that way. A
// modifier of an unknown name ("Zorvath-based") is left as the tagger
// labelled it, and "Rolls-Royce" or "Coca-Cola" (no lower-case part) are
// names. A modifier the tagger left unlabelled stays so: "Centre-right" is
// no mention of a Centre party.

// modifierKinds are the gazetteer kinds of names that are never entities
// as modifiers.
const modifierKinds = gazetteer.GPEKinds | gazetteer.LOCKinds | gazetteer.NORPKinds | gazetteer.Org

// modifierName returns the byte length of the name in token w, a
// hyphenated modifier ("U.S.-led" → 4), or 0 if w is not one: a name part
// that starts with a capital, then a hyphen and a lower-case word.
func modifierName(w string) int {
	i := strings.LastIndexByte(w, '-')
	if i <= 0 || i == len(w)-1 || !isLowerWord(w[i+1:]) || !isCapitalised(w) {
		return 0
	}
	if r, _ := utf8.DecodeLastRuneInString(w[:i]); r == '-' {
		return 0
	}
	return i
}

// cutModifiers makes the candidates that end in a hyphenated modifier
// mentions of the name in it, or drops them.
func (r *resolver) cutModifiers() {
	var named map[string]ner.Type // lazily: the story's names (and their canonical names), with the tagger's type
	namedTag := func(name string) (ner.Type, bool) {
		if named == nil {
			named = map[string]ner.Type{}
			for i := range r.cands {
				c := &r.cands[i]
				if c.dead || modifierName(r.words[c.t1-1]) > 0 {
					continue
				}
				for _, k := range [2]string{r.keyOf(i), r.canonicalKey(r.text(c))} {
					if _, ok := named[k]; !ok && k != "" {
						named[k] = c.tag
					}
				}
			}
		}
		if t, ok := named[r.foldKey(name)]; ok {
			return t, true
		}
		t, ok := named[r.canonicalKey(name)]
		return t, ok
	}
	n := len(r.cands)
	for ci := 0; ci < n; ci++ {
		c := &r.cands[ci]
		if c.dead {
			continue
		}
		last := r.doc.Tokens[c.t1-1]
		i := modifierName(r.doc.Text[last.Start:last.End])
		if i == 0 {
			continue
		}
		name := r.doc.Text[c.span.Start : last.Start+i]
		tag, ok := namedTag(name)
		switch {
		case ok:
			c.span.End = last.Start + i
			c.key, c.tag, c.clitic = "", tag, 0
		case r.kinds(listedForm(name)).Has(modifierKinds):
			r.kill(ci)
		}
	}
}

// canonicalKey returns the folded canonical name of a listed place,
// organisation or nationality, or "".
func (r *resolver) canonicalKey(name string) string {
	if !r.kinds(listedForm(name)).Has(modifierKinds) {
		return ""
	}
	canon, ok := r.gz.Canonical(listedForm(name))
	if !ok {
		return ""
	}
	return "\x00" + r.foldKey(canon)
}

package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsnlp/newsnlp/gazetteer"
	"github.com/newsnlp/newsnlp/nlp"
)

// Alias keys: the rules that decide when two written names stand for one
// thing, shared by the story's entity layer and the cross-story Table.

// Key returns the key under which a name of type t merges with others,
// within a story and across stories: the gazetteer's canonical name for a
// listed place ("US", "U.S." and "America" are "united states"), and
// otherwise the name folded as the gazetteer folds it (case, diacritics,
// apostrophes), without full stops, quotation marks or a possessive, without
// a leading "the" (except for people), and for a person without the
// gazetteer's titles and honorifics before the name ("President", "Mr"),
// middle initials and a generational suffix ("Jr.", "III"). Keys of
// different types never compare: callers key by type as well.
func Key(name string, t nlp.EntityType) string {
	var h gazetteer.Hasher
	return nameKey(gazetteer.Default(), &h, name, t)
}

// nameKey is Key with the gazetteer and a scratch hasher given.
func nameKey(gz *gazetteer.Gazetteer, h *gazetteer.Hasher, name string, t nlp.EntityType) string {
	s := strings.TrimFunc(name, func(r rune) bool { return unicode.IsSpace(r) || isNameEdgePunct(r) })
	s = s[:len(s)-possessiveSuffix(s)]
	s = strings.TrimRight(s, "'’")
	words := strings.Fields(s)
	switch {
	case t == nlp.Person:
		for len(words) > 1 {
			n, k := gz.Match(h, words, 0)
			if n == 0 || n >= len(words) || !k.Has(gazetteer.Title|gazetteer.Honorific) {
				break
			}
			words = words[n:]
		}
	case len(words) > 1 && strings.EqualFold(words[0], "the"):
		words = words[1:]
	}
	if t == nlp.GPE || t == nlp.Loc {
		if canon, ok := gz.Canonical(listedForm(strings.Join(words, " "))); ok {
			words = strings.Fields(canon)
		}
	}
	var b []byte
	for _, w := range words {
		start := len(b)
		if start > 0 {
			b = append(b, ' ')
		}
		b = gazetteer.Fold(b, w)
		b = dropDots(b, start)
		if len(b) == start || (start > 0 && len(b) == start+1) {
			b = b[:start] // nothing but full stops
		}
	}
	key := strings.TrimSpace(string(b))
	if t == nlp.Person {
		key = strings.Join(withoutInitials(personNameWords(key)), " ")
	}
	return key
}

// dropDots removes the full stops of b[from:].
func dropDots(b []byte, from int) []byte {
	j := from
	for i := from; i < len(b); i++ {
		if b[i] != '.' {
			b[j] = b[i]
			j++
		}
	}
	return b[:j]
}

// withoutInitials drops the one-letter middle words of a person's name:
// "donald j trump" → "donald trump".
func withoutInitials(ws []string) []string {
	if len(ws) <= 2 {
		return ws
	}
	kept := ws[:1:1]
	for _, w := range ws[1 : len(ws)-1] {
		if utf8.RuneCountInString(w) > 1 {
			kept = append(kept, w)
		}
	}
	return append(kept, ws[len(ws)-1])
}

// personNameWords returns the words of a folded person name without a
// generational suffix ("Jr.", "III").
func personNameWords(key string) []string {
	ws := strings.Fields(key)
	for len(ws) > 2 {
		switch ws[len(ws)-1] {
		case "jr.", "jr", "sr.", "sr", "ii", "iii", "iv":
			ws = ws[:len(ws)-1]
			continue
		}
		break
	}
	return ws
}

// IsAcronym reports whether s looks like an acronym: two to eight capital
// letters, with or without full stops ("NATO", "U.N.", "EIB", "AT&T").
func IsAcronym(s string) bool {
	if len(s) < 2 || len(s) > 12 {
		return false
	}
	letters := 0
	for _, ch := range s {
		switch {
		case ch >= 'A' && ch <= 'Z':
			letters++
		case ch == '.' || ch == '&':
		default:
			return false
		}
	}
	return letters >= 2 && letters <= 8
}

// acronymLetters returns the capital letters of an acronym: "U.N." → "UN".
func acronymLetters(s string) string {
	var b strings.Builder
	for _, ch := range s {
		if ch >= 'A' && ch <= 'Z' {
			b.WriteRune(ch)
		}
	}
	return b.String()
}

// initials returns the initials of a name's capitalised words, and the
// initials of all its words: "Bank of England" → "BE", "BOE".
func initials(name string) (string, string) {
	var caps, all strings.Builder
	for _, w := range strings.Fields(name) {
		ch, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(ch) {
			continue
		}
		all.WriteRune(unicode.ToUpper(ch))
		if !isFunctionWord(w) || unicode.IsUpper(ch) {
			caps.WriteRune(unicode.ToUpper(ch))
		}
	}
	return caps.String(), all.String()
}

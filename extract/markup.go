package extract

import (
	"strings"
	"sync"
	"unicode"

	"golang.org/x/net/html"
)

// markupSet is markupDefs read into sets.
type markupSet struct {
	tags   map[string]int // tag name to reason index
	words  map[string]int // class or id word to reason index
	pieces [][]string     // per reason index, pieces of a class or id
}

var markup = sync.OnceValue(func() *markupSet {
	m := &markupSet{tags: map[string]int{}, words: map[string]int{}, pieces: make([][]string, len(markupDefs))}
	for k, d := range markupDefs {
		for _, t := range strings.Fields(d.tags) {
			m.tags[t] = k
		}
		for _, w := range strings.Fields(d.words) {
			m.words[w] = k
		}
		m.pieces[k] = strings.Fields(d.pieces)
	}
	return m
})

// markupReason returns the index in markReasons of the furniture that an
// element's tag, class or id names, or -1.
func markupReason(n *html.Node) int {
	m := markup()
	if k, ok := m.tags[n.Data]; ok {
		return k
	}
	class := strings.ToLower(attr(n, "class"))
	words := nameWords(class)
	if id := nameWords(strings.ToLower(attr(n, "id"))); len(id) <= maxIDWords {
		words = append(words, id...)
	}
	for _, w := range words {
		if k, ok := m.words[w]; ok {
			return k
		}
	}
	if class == "" {
		return -1
	}
	for k, pieces := range m.pieces {
		for _, p := range pieces {
			if strings.Contains(class, p) {
				return k
			}
		}
	}
	return -1
}

// nameWords splits a class or id into words of letters and digits.
func nameWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

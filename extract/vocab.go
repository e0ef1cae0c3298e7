package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds the story's vocabulary: the content words and names that
// tell its paragraphs from other stories' teasers and the site's wording.

// vocabularyBefore is the set of content words of the title and the
// story's paragraphs among the lines before end; the reading adds those of
// later paragraphs.
func (r *storyReader) vocabularyBefore(end int) map[string]bool {
	vocab := make(map[string]bool)
	for i := range r.lines[:end] {
		if l := &r.lines[i]; l.title || l.prose && l.drop == "" && l.cueKind == cueNone {
			addVocabulary(vocab, r.raw(l))
		}
	}
	return vocab
}

// namesBefore is the set of capitalised words of the kept lines before end.
func (r *storyReader) namesBefore(end int) map[string]bool {
	names := make(map[string]bool)
	for i := range r.lines[:end] {
		if l := &r.lines[i]; !l.blank() && l.drop == "" {
			forCapitalised(r.raw(l), false, func(w string) { names[w] = true })
		}
	}
	return names
}

// namesAround is the set of capitalised words of the kept lines before line
// i and of the next few paragraphs of prose: a line a scraper broke in two
// ("...the second phase of Shah" / "Deniz, the gas field...") names what
// the paragraphs around it name.
func (r *storyReader) namesAround(i int) map[string]bool {
	names := r.namesBefore(i)
	n := 0
	for j := i + 1; j < len(r.lines) && n < 3; j++ {
		if l := &r.lines[j]; l.prose && l.cueKind == cueNone && !l.fixed {
			forCapitalised(r.raw(l), false, func(w string) { names[w] = true })
			n++
		}
	}
	return names
}

// onSubject reports whether a line that is not prose shares the story's
// vocabulary: two of its words, or one in a list item or a longer line,
// unless it names someone the story does not (names may be nil) and reads
// like furniture.
func (r *storyReader) onSubject(l *line, vocab map[string]bool, names func() map[string]bool) bool {
	raw := r.raw(l)
	n := sharedWords(raw, vocab)
	if n >= 2 {
		return true
	}
	bullet := strings.IndexAny(raw[:1], "-•*–—·▪") == 0
	if n != 1 || !bullet && l.words < 6 {
		return false
	}
	// "Click here to join our WhatsApp channel for the latest updates"
	return names == nil || furnitureScore(raw) < 0.6 || !newNames(raw, names())
}

// cohesive reports whether at least two of a line's distinct content words,
// and at least the share need of them, are in the story's vocabulary.
func cohesive(s string, vocab map[string]bool, need float64) bool {
	seen := make(map[string]bool)
	shared := 0
	forContentWords(s, func(w string) {
		if seen[w] {
			return
		}
		seen[w] = true
		if vocab[w] {
			shared++
		}
	})
	return shared >= 2 && float64(shared) >= need*float64(len(seen))
}

// addVocabulary adds a story paragraph's content words to the story's
// vocabulary, until it holds maxVocabulary words.
func addVocabulary(vocab map[string]bool, s string) {
	if len(vocab) < maxVocabulary {
		addContentWords(vocab, s)
	}
}

func addContentWords(set map[string]bool, s string) {
	forContentWords(s, func(w string) { set[w] = true })
}

// forContentWords calls fn with each lower-cased word of four or more letters
// that is not a stop word.
func forContentWords(s string, fn func(string)) {
	letterRuns(s, func(run string) {
		if len(run) < 4 {
			return
		}
		if w := strings.ToLower(run); !stopWords[w] {
			fn(w)
		}
	})
}

// sharedWords counts the distinct content words of s in vocab.
func sharedWords(s string, vocab map[string]bool) int {
	seen := make(map[string]bool)
	n := 0
	forContentWords(s, func(w string) {
		if !seen[w] {
			seen[w] = true
			if vocab[w] {
				n++
			}
		}
	})
	return n
}

// sharedCased counts the distinct content words of s that the story has,
// and all of them. A capitalised word after the first is a name's: it counts
// when the story has it capitalised ("Breaking News" does not share "news").
func sharedCased(s string, vocab, names map[string]bool) (shared, all int) {
	seen := make(map[string]bool)
	first := true
	start := -1
	emit := func(end int) {
		if start < 0 {
			return
		}
		w := s[start:end]
		start = -1
		initial := first
		first = false
		if len(w) < 4 || stopWords[strings.ToLower(w)] || seen[w] {
			return
		}
		seen[w] = true
		all++
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) && !initial {
			if names[w] {
				shared++
			}
		} else if lw := strings.ToLower(w); vocab[lw] || vocab[lw+"s"] || len(lw) > 4 && vocab[strings.TrimSuffix(lw, "s")] {
			shared++ // "plans" shares "plan"
		}
	}
	for i, r := range s {
		if unicode.IsLetter(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		emit(i)
	}
	emit(len(s))
	return shared, all
}

// newNames reports whether s has a capitalised word, other than its first,
// that the story does not have: a name from elsewhere.
func newNames(s string, names map[string]bool) bool { return countNewNames(s, names) > 0 }

// countNewNames counts the capitalised words of s, other than its first,
// that the story does not have.
func countNewNames(s string, names map[string]bool) int {
	n := 0
	forCapitalised(s, true, func(w string) {
		if !names[w] {
			n++
		}
	})
	return n
}

// forCapitalised calls fn with each word of s that starts with a capital
// letter, leaving out the first word when skipFirst is set.
func forCapitalised(s string, skipFirst bool, fn func(string)) {
	start, n := -1, 0
	emit := func(end int) {
		if start >= 0 {
			n++
			w := s[start:end]
			r, _ := utf8.DecodeRuneInString(w)
			if unicode.IsUpper(r) && !(skipFirst && n == 1) {
				fn(w)
			}
		}
		start = -1
	}
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		emit(i)
	}
	emit(len(s))
}

// letterRuns calls fn with each maximal run of letters in s.
func letterRuns(s string, fn func(string)) {
	start := -1
	for i, r := range s {
		if unicode.IsLetter(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			fn(s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		fn(s[start:])
	}
}

// splitSet makes a set of the words of s.
func splitSet(s string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

package nlp

import (
	"strings"
	"unicode/utf8"
)

// Tokenize appends the tokens of the sentence text[s] to dst and returns it.
// Token.Sentence is left for the caller to set.
//
// Tokens follow CoNLL-2003 (Penn Treebank style without rewriting): a
// token's text is exactly text[Start:End], and
//   - punctuation and quotes (straight or curly) are tokens of their own,
//     but "...", "--", "“" and "”" stay whole;
//   - the clitics 's, 'm, 'd, 'll, 're, 've and n't (with ' or ’) are split
//     off: "Russia’s" → Russia ’s, "don't" → do n't;
//   - abbreviations and initials keep their period ("U.S.", "Jan.", "J."),
//     except the period that ends the sentence, which CoNLL writes apart
//     ("in the U.S." → U.S .); an ordinary word's period is always split;
//   - numbers stay whole ("1,000", "3.5", ".496", "+44", "1996-08-30"), and
//     so do hyphenated words ("18-month-old"), but en and em dashes split
//     ("Russia–Ukraine" → Russia – Ukraine); "$" is split from the amount
//     except in "C$", "US$", "HK$";
//   - URLs, e-mail addresses, @handles and #tags are one token each.
func Tokenize(text string, s Span, dst []Token) []Token {
	s = clampSpan(text, s)
	tz := tokenizer{text: text, end: s.End, final: finalPeriod(text, s), first: true}
	for i := s.Start; i < s.End; {
		if sp := spaceAt(text, i); sp > 0 {
			i += sp
			continue
		}
		j := tz.next(i)
		dst = append(dst, Token{Span: Span{i, j}})
		tz.first = false
		i = j
	}
	return dst
}

type tokenizer struct {
	text  string
	end   int  // end of the sentence
	final int  // index of the sentence's final period, or -1
	first bool // the next token is the sentence's first
}

// finalPeriod returns the index of the single period that ends s, before
// any closing quotes or brackets, or -1.
func finalPeriod(text string, s Span) int {
	i := s.End
	for i > s.Start {
		r, n := runeBefore(text, i)
		if !isCloserRune(r) && !isSpaceRune(r) {
			break
		}
		i -= n
	}
	if i > s.Start && text[i-1] == '.' && (i-1 == s.Start || text[i-2] != '.') {
		return i - 1
	}
	return -1
}

// next returns the end of the token that starts at the non-space text[i].
func (tz *tokenizer) next(i int) int {
	text, end := tz.text, tz.end
	c := text[i]
	if c >= utf8.RuneSelf {
		r, n := utf8.DecodeRuneInString(text[i:end])
		switch {
		case isWordRune(r):
			return tz.word(i)
		case r == '’':
			if k := cliticAt(text, i, end); k > 0 {
				return i + k
			}
		}
		return i + n
	}
	switch {
	case isAlnumByte(c) || c == '_':
		return tz.word(i)
	case c == '.':
		if i+1 < end && isDigitByte(text[i+1]) {
			return tz.word(i) // ".496"
		}
		return run(text, i, end, '.')
	case c == '-':
		return run(text, i, end, '-')
	case c == '+':
		if i+1 < end && isDigitByte(text[i+1]) {
			return tz.word(i) // "+44"
		}
	case c == '@' || c == '#':
		j := i + 1
		for j < end && (isAlnumByte(text[j]) || text[j] == '_') {
			j++
		}
		if j > i+1 {
			return j // "@handle", "#tag"
		}
	case c == '\'':
		if k := cliticAt(text, i, end); k > 0 {
			return i + k
		}
		return run(text, i, end, c)
	case c == '`':
		return run(text, i, end, c)
	}
	return i + 1
}

// run returns the end of the run of byte c that starts at i.
func run(text string, i, end int, c byte) int {
	for i < end && text[i] == c {
		i++
	}
	return i
}

// word returns the end of the word, number, URL or address at text[i].
func (tz *tokenizer) word(i int) int {
	text, end := tz.text, tz.end
	if j := urlEnd(text, i, end); j > i {
		return j
	}
	j, apos := scanCore(text, i, end)
	core := text[i:j]
	// "C$", "US$", "HK$": a currency sign glued to a short country code.
	if j < end && text[j] == '$' && j-i <= 3 && allUpper(core) {
		return j + 1
	}
	if apos {
		if k := cliticSuffix(core); k > 0 && k < len(core) {
			return j - k
		}
	}
	if j < end && text[j] == '.' && (j+1 >= end || text[j+1] != '.') && j != tz.final {
		if isAbbrevWord(core) {
			j++
			// "U.S.-led", "Mo.-based"
			if j+1 < end && text[j] == '-' && isWordByteAt(text, j+1) {
				j, _ = scanCore(text, j+1, end)
			}
			return j
		}
		// "3. Ato Boldon": a ranking or list number opening the line.
		if tz.first && isDigitByte(core[0]) && isMarkerWord(core) && j+1 < end && spaceAt(text, j+1) > 0 {
			return j + 1
		}
	}
	return j
}

// scanCore returns the end of the letters and digits at text[i], with the
// connectors that may join them: "O'Brien", "18-month-old", "AT&T", "1/2",
// "U.S", "3.5", "1,000", "10:30", "jane.doe@example.com". apos reports an
// apostrophe inside.
func scanCore(text string, i, end int) (j int, apos bool) {
	j = i
	if c := text[j]; c == '.' || c == '+' {
		j++
	}
	for j < end {
		c := text[j]
		if c < utf8.RuneSelf {
			if ascii[c]&clAlnum != 0 || c == '_' {
				j++
				continue
			}
			switch c {
			case '-', '\'', '&', '/', '.', '@':
				if j > i && j+1 < end && isWordByteAt(text, j+1) {
					apos = apos || c == '\''
					j++
					continue
				}
				if c == '-' && j > i && (j+1 == end || text[j+1] == ' ') {
					return j + 1, apos // "multi- ethnic", "pre- and post-war"
				}
			case ',', ':':
				if j > i && isDigitByte(text[j-1]) && j+1 < end && isDigitByte(text[j+1]) {
					j++
					continue
				}
			}
			return j, apos
		}
		r, n := utf8.DecodeRuneInString(text[j:end])
		if isWordRune(r) {
			j += n
			continue
		}
		if (r == '’' || r == '\u2011') && j+n < end && isWordByteAt(text, j+n) {
			apos = apos || r == '’'
			j += n // "O’Brien", a non-breaking hyphen
			continue
		}
		return j, apos
	}
	return j, apos
}

// isWordByteAt reports whether a letter or digit starts at text[i].
func isWordByteAt(text string, i int) bool {
	c := text[i]
	if c < utf8.RuneSelf {
		return ascii[c]&clAlnum != 0
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return isWordRune(r)
}

// isAbbrevWord reports words that keep a following period: known
// abbreviations, initials and multi-period abbreviations ("U.S", "a.m").
func isAbbrevWord(w string) bool {
	if strings.ContainsAny(w, "@/") {
		return false
	}
	if k := strings.LastIndexByte(w, '-'); k >= 0 && isMultiPeriod(w[k+1:]) {
		return true // "D-N.Y."
	}
	return abbrevOf(w) != notAbbrev || isMultiPeriod(w) || isInitial(w)
}

// clitics that are tokens of their own, lower case, with a straight
// apostrophe; a curly one and capitals match too.
var clitics = [...]string{"n't", "'s", "'m", "'d", "'ll", "'re", "'ve"}

// cliticSuffix returns the byte length of the clitic that ends w, or 0.
func cliticSuffix(w string) int {
	for _, c := range clitics {
		if n := matchClitic(w, len(w), c); n > 0 {
			if c == "n't" && (n == len(w) || !isLetterByte(w[len(w)-n-1])) {
				continue
			}
			return n
		}
	}
	return 0
}

// matchClitic reports the byte length of clitic c ending at w[:e], or 0.
func matchClitic(w string, e int, c string) int {
	i := e
	for k := len(c) - 1; k >= 0; k-- {
		if i == 0 {
			return 0
		}
		if c[k] == '\'' {
			if w[i-1] == '\'' {
				i--
			} else if i >= 3 && w[i-3:i] == "’" {
				i -= 3
			} else {
				return 0
			}
			continue
		}
		b := w[i-1]
		if b >= 'A' && b <= 'Z' {
			b += 'a' - 'A'
		}
		if b != c[k] {
			return 0
		}
		i--
	}
	return e - i
}

// cliticAt returns the length of a clitic that starts at the apostrophe at
// text[i] and is not followed by more letters ("'s" in "Jones 's"), or 0.
func cliticAt(text string, i, end int) int {
	a := 1
	if text[i] != '\'' {
		if !strings.HasPrefix(text[i:end], "’") {
			return 0
		}
		a = 3
	}
	for _, c := range clitics[1:] {
		e := i + a + len(c) - 1
		if e <= end && strings.EqualFold(text[i+a:e], c[1:]) && (e == end || !isWordByteAt(text, e)) {
			return e - i
		}
	}
	return 0
}

func isLetterByte(c byte) bool { return c < utf8.RuneSelf && ascii[c]&clLetter != 0 }

func allUpper(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return len(w) > 0
}

// urlEnd returns the end of the URL that starts at text[i] ("https://…",
// "www.…"), without trailing punctuation, or i if there is none.
func urlEnd(text string, i, end int) int {
	if c := text[i] | 0x20; c != 'h' && c != 'f' && c != 'w' {
		return i
	}
	s := text[i:end]
	if !(hasPrefixFold(s, "http://") || hasPrefixFold(s, "https://") || hasPrefixFold(s, "ftp://") ||
		hasPrefixFold(s, "www.") && len(s) > 4 && isWordByteAt(s, 4)) {
		return i
	}
	j := i
	for j < end && spaceAt(text, j) == 0 {
		_, n := runeAt(text, j)
		j += n
	}
	parens := strings.Count(text[i:j], "(") - strings.Count(text[i:j], ")")
	for j > i {
		r, n := runeBefore(text, j)
		if r == ')' && parens < 0 {
			parens++
		} else if !strings.ContainsRune(`.,;:!?'"]}>”’»`, r) {
			break
		}
		j -= n
	}
	return j
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

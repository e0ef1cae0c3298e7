package nlp

import (
	"unicode"
	"unicode/utf8"
)

// Tokenize appends the tokens of text[s] to dst and returns it. Token.Sentence
// is left for the caller to set.
//
// STUB: a placeholder until the real tokenizer lands.
func Tokenize(text string, s Span, dst []Token) []Token {
	i := s.Start
	for i < s.End {
		r, n := utf8.DecodeRuneInString(text[i:s.End])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		start := i
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			for i < s.End {
				r, n = utf8.DecodeRuneInString(text[i:s.End])
				if !(unicode.IsLetter(r) || unicode.IsDigit(r)) {
					break
				}
				i += n
			}
		} else {
			i += n
		}
		dst = append(dst, Token{Span: Span{start, i}, Text: text[start:i]})
	}
	return dst
}

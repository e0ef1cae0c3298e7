package sumeval

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tokenized reports whether text looks lowercased and tokenized the way
// See et al.'s CNN/DailyMail files hold it: no capital letter anywhere, and
// commas or full stops standing apart as tokens.
func Tokenized(text string) bool {
	for _, r := range text {
		if unicode.IsUpper(r) {
			return false
		}
	}
	return strings.Contains(text, " , ") || strings.Contains(text, " . ")
}

// clitics are the tokens a Penn Treebank tokenizer splits off the word
// before them.
var clitics = map[string]bool{
	"'s": true, "'re": true, "'ve": true, "'ll": true, "'d": true, "'m": true, "n't": true,
	"’s": true, "’re": true, "’ve": true, "’ll": true, "’d": true, "’m": true, "n’t": true,
}

// Recase turns a lowercased, Penn-Treebank-tokenized story back into text
// the pipeline reads as a writer's: tokens are joined as written (no space
// before a comma, a clitic or a closing quote, none after an opening one),
// “ and ” become straight double quotes, and the first word of every
// sentence and the pronoun "I" get a capital. Names stay lowercase: case
// that the tokenization threw away cannot be restored, so features that
// need it (entities) see less on recased text than on the original.
func Recase(text string) string {
	toks := strings.Fields(text)
	var b strings.Builder
	b.Grow(len(text))
	glueNext := true    // no space before the next token
	sentStart := true   // the next word starts a sentence
	singleOpen := false // a standalone ' opened a quotation
	for i, t := range toks {
		left, right := false, false // attach to the previous / next token
		switch {
		case t == "``":
			t, right = `"`, true
		case t == "''":
			t, left = `"`, true
		case t == "‘":
			right, singleOpen = true, true
		case t == "’":
			left, singleOpen = true, false
		case t == "'":
			// A lone straight quote closes the one opened before it
			// (after the full stop that ends the quoted sentence too),
			// marks a plural possessive ("the players' union"), or
			// opens a quotation.
			if singleOpen || i+1 == len(toks) || i > 0 && strings.HasSuffix(toks[i-1], "s") {
				left, singleOpen = true, false
			} else {
				right, singleOpen = true, true
			}
		case clitics[t]:
			left = true
		case t == "(" || t == "[" || t == "$" || t == "£" || t == "#":
			right = true
		case len(t) == 1 && strings.Contains(".,:;?!)]%", t), t == "...":
			left = true
		}
		if !glueNext && !left {
			b.WriteByte(' ')
		}
		switch {
		case t == "i" || strings.HasPrefix(t, "i'") || strings.HasPrefix(t, "i’"):
			t = "I" + t[1:]
		case t == "cnn":
			t = "CNN"
		}
		dateline := t == ")" && i > 0 && toks[i-1] == "cnn"
		if sentStart {
			if r, n := utf8.DecodeRuneInString(t); unicode.IsLetter(r) || unicode.IsDigit(r) {
				t = string(unicode.ToUpper(r)) + t[n:]
				sentStart = false
			}
		}
		b.WriteString(t)
		glueNext = right
		if t == "." || t == "?" || t == "!" || t == "..." || dateline {
			sentStart = true
		}
	}
	return b.String()
}

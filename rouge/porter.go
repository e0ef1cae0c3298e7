package rouge

// Stem returns the Porter stem of word, a lowercase ASCII word, following
// M. F. Porter's 1980 algorithm with the extensions of NLTK's PorterStemmer
// in its default mode: a table of irregular forms, no stemming of words of
// one or two letters, "ies"/"ied" on four-letter words, the two-letter
// consonant-vowel-consonant case, "alli" tried first in step 2, and the
// extra "fulli" and "logi" rules.
func Stem(word string) string {
	if s, ok := irregular[word]; ok {
		return s
	}
	if len(word) <= 2 {
		return word
	}
	w := []byte(word)
	w = step1a(w)
	w = step1b(w)
	w = step1c(w)
	w = step2(w)
	w = step3(w)
	w = step4(w)
	w = step5a(w)
	w = step5b(w)
	return string(w)
}

// irregular maps forms that NLTK's extensions stem by table.
var irregular = map[string]string{
	"sky": "sky", "skies": "sky",
	"dying": "die", "lying": "lie", "tying": "tie",
	"news":    "news",
	"innings": "inning", "inning": "inning",
	"outings": "outing", "outing": "outing",
	"cannings": "canning", "canning": "canning",
	"howe":    "howe",
	"proceed": "proceed", "exceed": "exceed", "succeed": "succeed",
}

// consonant reports whether w[i] is a consonant in Porter's sense: not a
// vowel, and a "y" only when it follows a vowel or starts the word.
func consonant(w []byte, i int) bool {
	switch w[i] {
	case 'a', 'e', 'i', 'o', 'u':
		return false
	case 'y':
		return i == 0 || !consonant(w, i-1)
	}
	return true
}

// measure is Porter's m: the number of vowel-consonant sequences in w.
func measure(w []byte) int {
	m := 0
	prevVowel := false
	for i := range w {
		c := consonant(w, i)
		if c && prevVowel {
			m++
		}
		prevVowel = !c
	}
	return m
}

func hasVowel(w []byte) bool {
	for i := range w {
		if !consonant(w, i) {
			return true
		}
	}
	return false
}

func endsDoubleConsonant(w []byte) bool {
	n := len(w)
	return n >= 2 && w[n-1] == w[n-2] && consonant(w, n-1)
}

// endsCVC reports Porter's *o condition, with NLTK's two-letter extension.
func endsCVC(w []byte) bool {
	n := len(w)
	if n >= 3 {
		return consonant(w, n-3) && !consonant(w, n-2) && consonant(w, n-1) &&
			w[n-1] != 'w' && w[n-1] != 'x' && w[n-1] != 'y'
	}
	return n == 2 && !consonant(w, 0) && consonant(w, 1)
}

func hasSuffix(w []byte, s string) bool {
	return len(w) >= len(s) && string(w[len(w)-len(s):]) == s
}

// rule replaces suffix by repl when the stem left satisfies cond (nil: always).
type rule struct {
	suffix, repl string
	cond         func(stem []byte) bool
}

// apply tries rules in order. The first whose suffix matches decides: its
// replacement is made if the condition holds, and no later rule is tried
// either way. The suffix "*d" stands for a double consonant.
func apply(w []byte, rules []rule) []byte {
	for _, r := range rules {
		if r.suffix == "*d" {
			if endsDoubleConsonant(w) {
				stem := w[:len(w)-2]
				if r.cond == nil || r.cond(stem) {
					return append(stem, r.repl...)
				}
				return w
			}
			continue
		}
		if hasSuffix(w, r.suffix) {
			stem := w[:len(w)-len(r.suffix)]
			if r.cond == nil || r.cond(stem) {
				return append(stem, r.repl...)
			}
			return w
		}
	}
	return w
}

func mGT0(stem []byte) bool { return measure(stem) > 0 }
func mGT1(stem []byte) bool { return measure(stem) > 1 }

func step1a(w []byte) []byte {
	if len(w) == 4 && hasSuffix(w, "ies") {
		return append(w[:1], "ie"...)
	}
	return apply(w, []rule{{"sses", "ss", nil}, {"ies", "i", nil}, {"ss", "ss", nil}, {"s", "", nil}})
}

func step1b(w []byte) []byte {
	if hasSuffix(w, "ied") {
		if len(w) == 4 {
			return append(w[:1], "ie"...)
		}
		return append(w[:len(w)-3], 'i')
	}
	if hasSuffix(w, "eed") {
		if stem := w[:len(w)-3]; measure(stem) > 0 {
			return append(stem, "ee"...)
		}
		return w
	}
	var stem []byte
	switch {
	case hasSuffix(w, "ed") && hasVowel(w[:len(w)-2]):
		stem = w[:len(w)-2]
	case hasSuffix(w, "ing") && hasVowel(w[:len(w)-3]):
		stem = w[:len(w)-3]
	default:
		return w
	}
	last := stem[len(stem)-1]
	return apply(stem, []rule{
		{"at", "ate", nil},
		{"bl", "ble", nil},
		{"iz", "ize", nil},
		{"*d", string(last), func([]byte) bool { return last != 'l' && last != 's' && last != 'z' }},
		{"", "e", func(s []byte) bool { return measure(s) == 1 && endsCVC(s) }},
	})
}

func step1c(w []byte) []byte {
	return apply(w, []rule{{"y", "i", func(s []byte) bool { return len(s) > 1 && consonant(s, len(s)-1) }}})
}

var step2Rules = []rule{
	{"ational", "ate", mGT0},
	{"tional", "tion", mGT0},
	{"enci", "ence", mGT0},
	{"anci", "ance", mGT0},
	{"izer", "ize", mGT0},
	{"bli", "ble", mGT0},
	{"alli", "al", mGT0},
	{"entli", "ent", mGT0},
	{"eli", "e", mGT0},
	{"ousli", "ous", mGT0},
	{"ization", "ize", mGT0},
	{"ation", "ate", mGT0},
	{"ator", "ate", mGT0},
	{"alism", "al", mGT0},
	{"iveness", "ive", mGT0},
	{"fulness", "ful", mGT0},
	{"ousness", "ous", mGT0},
	{"aliti", "al", mGT0},
	{"iviti", "ive", mGT0},
	{"biliti", "ble", mGT0},
	{"fulli", "ful", mGT0},
	// The "l" of "logi" stays with the stem for the measure, so that short
	// stems such as "geo" and "theo" behave like "archaeo".
	{"logi", "log", func(s []byte) bool { return measure(s[:len(s)+1]) > 0 }}, // s[:len(s)+1] is stem+"l"
}

func step2(w []byte) []byte {
	if hasSuffix(w, "alli") && measure(w[:len(w)-4]) > 0 {
		return step2(append(w[:len(w)-4], "al"...))
	}
	return apply(w, step2Rules)
}

var step3Rules = []rule{
	{"icate", "ic", mGT0},
	{"ative", "", mGT0},
	{"alize", "al", mGT0},
	{"iciti", "ic", mGT0},
	{"ical", "ic", mGT0},
	{"ful", "", mGT0},
	{"ness", "", mGT0},
}

func step3(w []byte) []byte { return apply(w, step3Rules) }

var step4Rules = []rule{
	{"al", "", mGT1},
	{"ance", "", mGT1},
	{"ence", "", mGT1},
	{"er", "", mGT1},
	{"ic", "", mGT1},
	{"able", "", mGT1},
	{"ible", "", mGT1},
	{"ant", "", mGT1},
	{"ement", "", mGT1},
	{"ment", "", mGT1},
	{"ent", "", mGT1},
	{"ion", "", func(s []byte) bool { return measure(s) > 1 && (s[len(s)-1] == 's' || s[len(s)-1] == 't') }},
	{"ou", "", mGT1},
	{"ism", "", mGT1},
	{"ate", "", mGT1},
	{"iti", "", mGT1},
	{"ous", "", mGT1},
	{"ive", "", mGT1},
	{"ize", "", mGT1},
}

func step4(w []byte) []byte { return apply(w, step4Rules) }

func step5a(w []byte) []byte {
	if !hasSuffix(w, "e") {
		return w
	}
	stem := w[:len(w)-1]
	if m := measure(stem); m > 1 || m == 1 && !endsCVC(stem) {
		return stem
	}
	return w
}

func step5b(w []byte) []byte {
	if hasSuffix(w, "ll") && measure(w[:len(w)-1]) > 1 {
		return w[:len(w)-1]
	}
	return w
}

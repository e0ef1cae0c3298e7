package quote

import (
	"strings"
	"sync"
)

// wordClass is a set of the vocabulary's classes a word belongs to.
type wordClass uint32

const (
	wCue          wordClass = 1 << iota // a form of a verb of saying or writing
	wPhrase                             // the first word of a cue phrase
	wBetween                            // may stand between a speaker and its verb
	wPronoun                            // a subject pronoun
	wDet                                // a determiner
	wClause                             // ends a noun phrase to the left
	wLink                               // may join the words of a noun phrase
	wTime                               // a time or manner word after a verb
	wVenue                              // opens a phrase of where or how
	wHearer                             // may be told something
	wOpener                             // opens a reported clause
	wFemale                             // a woman's honorific or noun
	wMale                               // a man's
	wGroup                              // an unnamed plural source
	wOrgNoun                            // a common noun for an organisation
	wElliptic                           // before a past participle, a passive without "be": "when asked"
	wPerson                             // a common noun for a person: "wife", "spokesman", "senator"
	wModal                              // a modal verb: "would", "will", "could"
	wHe                                 // a masculine pronoun: "he", "his"
	wShe                                // a feminine pronoun: "she", "her"
	wSubordinator                       // opens a clause that leans on another: "while", "although"
)

// verbForm is the form of a cue verb a word is.
type verbForm uint8

const (
	formBase verbForm = iota
	formThird
	formPast
	formIng
	formPart
)

// verb is one verb of saying or writing.
type verb struct {
	lemma  string
	obj    bool // the hearer may follow
	clause bool // the content must open with that/whether/a quotation/a colon
	noun   bool // the base and third-person forms are also nouns
	inf    bool // the content may be an infinitive
}

// entry is what the vocabulary knows of one word.
type entry struct {
	class wordClass
	verb  int16 // index into lexicon.verbs when class has wCue
	form  verbForm
}

// lexicon is the compiled vocabulary: one map lookup per token.
type lexicon struct {
	words   map[string]entry
	verbs   []verb
	phrases map[string][][]string // first word → the phrases it opens, each as its words
}

// maxWord is the longest word the lexicon holds; longer tokens are not looked up.
const maxWord = 24

var theLexicon = sync.OnceValue(compileLexicon)

func compileLexicon() *lexicon {
	lx := &lexicon{words: map[string]entry{}, phrases: map[string][][]string{}}
	add := func(c wordClass, words ...string) {
		for _, w := range words {
			e := lx.words[w]
			e.class |= c
			lx.words[w] = e
		}
	}
	for _, line := range cueVerbs {
		f := strings.Fields(line)
		v := verb{lemma: f[0]}
		var forms []string
		for _, w := range f {
			switch w {
			case "obj":
				v.obj = true
			case "clause":
				v.clause = true
			case "noun":
				v.noun = true
			case "inf":
				v.inf = true
			default:
				forms = append(forms, w)
			}
		}
		idx := int16(len(lx.verbs))
		lx.verbs = append(lx.verbs, v)
		for i, w := range forms {
			e := lx.words[w]
			e.class |= wCue
			e.verb = idx
			e.form = verbForm(i)
			lx.words[w] = e
		}
	}
	for _, p := range cuePhrases {
		ws := strings.Fields(p)
		lx.phrases[ws[0]] = append(lx.phrases[ws[0]], ws)
		add(wPhrase, ws[0])
	}
	add(wBetween, betweenWords...)
	add(wPronoun, subjectPronouns...)
	add(wDet, determiners...)
	add(wClause, clauseWords...)
	add(wLink, linkWords...)
	add(wTime, timeWords...)
	add(wVenue, venueWords...)
	add(wHearer, hearerWords...)
	add(wOpener, contentOpeners...)
	add(wFemale, femaleMarks...)
	add(wMale, maleMarks...)
	add(wGroup, groupNouns...)
	add(wOrgNoun, orgNouns...)
	add(wElliptic, ellipticWords...)
	add(wPerson, personNouns...)
	add(wModal, modalWords...)
	add(wHe, "he", "him", "his", "himself")
	add(wShe, "she", "her", "hers", "herself")
	add(wSubordinator, subordinators...)
	add(wPerson, personNouns...)
	return lx
}

// lookup returns the entry of word, ignoring case, without allocating.
func (lx *lexicon) lookup(word string) entry {
	if len(word) > maxWord || len(word) == 0 {
		return entry{}
	}
	lower := true
	for i := 0; i < len(word); i++ {
		c := word[i]
		if 'A' <= c && c <= 'Z' || c >= 0x80 {
			lower = false
			break
		}
	}
	if lower {
		return lx.words[word]
	}
	var buf [maxWord]byte
	n := 0
	for i := 0; i < len(word); i++ {
		c := word[i]
		switch {
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case c == 0xE2 && i+2 < len(word) && word[i+1] == 0x80 && (word[i+2] == 0x99 || word[i+2] == 0x98):
			c = '\'' // a curly apostrophe, as in n’t
			i += 2
		}
		buf[n] = c
		n++
	}
	return lx.words[string(buf[:n])]
}

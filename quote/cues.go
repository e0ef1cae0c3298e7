package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsnlp/newsnlp/nlp"
)

// cue is a verb or phrase of saying found in the text.
type cue struct {
	start, end int   // its tokens, [start, end)
	verb       *verb // nil for a phrase
	form       verbForm
	// according is set for "according to" and "in the words of": the
	// speaker follows the cue.
	according bool
	// participle is set for a cue after a comma in -ing form ("..., adding
	// that"): the speaker is the main clause's.
	participle bool
}

// cueAt returns the cue that starts at token i, if there is one. Quoted
// words are never cues.
func (f *finder) cueAt(i int) (cue, bool) {
	if i < 0 || i >= len(f.toks) || f.info[i].marked >= 0 {
		return cue{}, false
	}
	in := &f.info[i]
	if in.class&wPhrase != 0 {
		if n := f.phraseAt(i); n > 0 {
			c := cue{start: i, end: i + n}
			first := f.word(i)
			c.according = strings.EqualFold(first, "according") || strings.EqualFold(first, "in")
			if e := f.lx.lookup(f.word(i)); e.class&wCue != 0 {
				c.verb = &f.lx.verbs[e.verb]
				c.form = e.form
			}
			if hasSuffixFold(first, "ing") && f.commaBefore(i) {
				c.participle = true // ", pointing out that"
			}
			if !c.according && f.passive(i) && !hasSuffixFold(f.word(c.end-1), "saying") {
				return cue{}, false
			}
			return c, true
		}
	}
	if in.class&wCue == 0 || in.mention >= 0 {
		return cue{}, false // not a verb in a name: "United States"
	}
	v := &f.lx.verbs[in.verb]
	c := cue{start: i, end: i + 1, verb: v, form: in.form}
	prev := f.skipBetween(i-1, f.sentStart(i))
	for k := i - 1; k > prev; k-- {
		if f.has(k, wModal) {
			return cue{}, false // "she would ask the courts": an act to come, not one reported
		}
	}
	standsAlone := f.standingDet(prev) // "some say", "many argue"
	switch {
	case f.has(prev, wDet) && !f.has(prev, wPronoun) && !f.is(prev, "that") && !standsAlone:
		return cue{}, false // "the said property", "a tweet"
	case f.is(i-1, "to") || f.is(prev, "to"):
		return cue{}, false // "declined to comment", "refused to say"
	}
	switch in.form {
	case formBase, formThird:
		if v.noun && !f.subjectBefore(prev) && !standsAlone {
			return cue{}, false // "his claims", "the report"
		}
		if in.form == formBase && v.lemma != "say" && !f.subjectBefore(prev) && !standsAlone && !f.has(i-1, wBetween) {
			return cue{}, false
		}
	case formPast, formPart:
		if f.passive(i) || f.has(i-1, wElliptic) {
			return cue{}, false // "was told", "is said to", "when asked"
		}
		if v.noun && in.form == formPart && !f.subjectBefore(prev) && !f.has(i-1, wBetween) {
			return cue{}, false
		}
	case formIng:
		switch {
		case f.commaBefore(i) || f.is(i-1, "by") || f.is(i-1, "before") || f.is(i-1, "after") || f.is(i-1, "while"):
			c.participle = true // "..., adding", "ended by saying", "said before adding"
		case f.has(prev, wBetween) || f.beVerb(prev):
			// "is saying", "has been telling"
		case prev == i-1 && prev >= 0 && f.info[prev].mention >= 0 && f.doc.Mentions[f.info[prev].mention].Type == nlp.Person:
			// "footage of Hillary Clinton asking, ..."
		default:
			return cue{}, false // "without saying", "the saying goes"
		}
	}
	return c, true
}

// commaBefore reports whether a comma ends the words before token i, also
// when a closing quotation mark follows it: 'on "Morning Joe," adding'.
func (f *finder) commaBefore(i int) bool {
	return f.is(i-1, ",") || f.isMarkTok(i-1) && f.closesMark(i-1) && f.is(i-2, ",")
}

// standingDet reports whether token i is a determiner that stands for a
// group of people on its own: "some", "many", "others", "both".
func (f *finder) standingDet(i int) bool {
	if i < 0 || i >= len(f.toks) {
		return false
	}
	switch t := f.word(i); {
	case strings.EqualFold(t, "some"), strings.EqualFold(t, "many"), strings.EqualFold(t, "both"),
		strings.EqualFold(t, "most"), strings.EqualFold(t, "several"), strings.EqualFold(t, "few"), strings.EqualFold(t, "all"):
		return true
	}
	return false
}

// phraseAt returns the number of tokens of the longest cue phrase that
// starts at token i, or 0.
func (f *finder) phraseAt(i int) int {
	first := f.word(i)
	var buf [maxWord]byte
	key := lowerInto(buf[:0], first)
	best := 0
	for _, ws := range f.lx.phrases[string(key)] {
		if i+len(ws) > len(f.toks) || len(ws) <= best {
			continue
		}
		ok := true
		for k := 1; k < len(ws); k++ {
			if !strings.EqualFold(f.word(i+k), ws[k]) || f.toks[i+k].Sentence != f.toks[i].Sentence {
				ok = false
				break
			}
		}
		if ok {
			best = len(ws)
		}
	}
	return best
}

// lowerInto appends the ASCII-lowered s to dst, up to its capacity.
func lowerInto(dst []byte, s string) []byte {
	for i := 0; i < len(s) && len(dst) < cap(dst); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// passive reports whether the verb at token i follows a form of "be" (with
// adverbs between): "was told", "is said to".
func (f *finder) passive(i int) bool {
	return f.beVerb(f.skipBetween(i-1, f.sentStart(i)))
}

func (f *finder) beVerb(i int) bool {
	if i < 0 || i >= len(f.toks) {
		return false
	}
	switch t := f.word(i); {
	case len(t) > 6:
		return false
	case strings.EqualFold(t, "is"), strings.EqualFold(t, "are"), strings.EqualFold(t, "was"), strings.EqualFold(t, "were"),
		strings.EqualFold(t, "be"), strings.EqualFold(t, "been"), strings.EqualFold(t, "being"), strings.EqualFold(t, "am"),
		t == "'s", t == "’s", t == "'re", t == "’re":
		return true
	}
	return false
}

// hasSuffixFold reports whether s ends with the lower-case ASCII suffix,
// ignoring case.
func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

// subjectBefore reports whether token i can end a speaker: a pronoun, a
// name, an unnamed source such as "officials", or "who".
func (f *finder) subjectBefore(i int) bool {
	if i < 0 {
		return false
	}
	return f.has(i, wPronoun|wGroup) || f.info[i].mention >= 0 || f.is(i, "who") || f.isMarkTok(i) && f.closesMark(i)
}

// closesMark reports whether token i is the closing mark of a quoted stretch.
func (f *finder) closesMark(i int) bool {
	m := f.info[i].marked
	return m >= 0 && f.marked[m].closed && f.toks[i].Start >= f.marked[m].inner.End
}

// skipBetween steps left from token i over the words that may stand
// between a speaker and its verb ("also", "has", "reportedly") and
// returns the first token that is not one, or lo-1.
func (f *finder) skipBetween(i, lo int) int {
	for i >= lo {
		switch {
		case f.has(i, wBetween) || f.isAdverb(i):
			i--
		case f.has(i, wTime) && !f.has(i, wPronoun):
			// "Smith on Thursday said", "the ministry at the time said"
			i--
			for i >= lo && (f.has(i, wTime|wVenue) || f.is(i, "the")) && !f.has(i, wPronoun) {
				i--
			}
		default:
			return max(i, lo-1)
		}
	}
	return lo - 1
}

// isAdverb reports whether token i is a lower-case word in -ly.
func (f *finder) isAdverb(i int) bool {
	t := f.word(i)
	if len(t) < 4 || !strings.HasSuffix(t, "ly") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLower(r) && f.info[i].mention < 0
}

// sentStart returns the first token of token i's sentence.
func (f *finder) sentStart(i int) int {
	lo, _ := f.sentence(i)
	return lo
}

// afterCue steps over what may follow a verb of saying before its content:
// the hearer ("told reporters"), times ("on Monday") and venues ("in a
// statement", "at a news conference"). It returns the first token after
// them, at most hi.
func (f *finder) afterCue(c cue, hi int) int {
	j := c.end
	if c.verb != nil && c.verb.obj {
		j = f.skipHearer(j, hi)
	}
	if c.verb != nil && c.verb.inf {
		// "pledged to shut down ...", "warned the Fed not to act",
		// "promised on Monday to ...": the infinitive is the content, not
		// a phrase of where or how
		for j < hi && !f.infinitiveAt(j) {
			n := f.skipAdverbials(j, j+1)
			if n == j && f.has(j, wVenue) {
				n = f.venuePhrase(j, hi)
			}
			if n == j {
				return j
			}
			j = n
		}
		return j
	}
	return f.skipAdverbials(j, hi)
}

// infinitiveAt reports whether an infinitive opens at token j: "to" (or
// "not to") and a verb, told from "to reporters" or "to the crowd" by the
// word after "to": lower case, no determiner, pronoun, hearer or name.
func (f *finder) infinitiveAt(j int) bool {
	if f.is(j, "not") {
		j++
	}
	if !f.is(j, "to") {
		return false
	}
	n := j + 1
	return f.isLowerTok(n) && !f.has(n, wDet|wPronoun|wHearer|wTime) && f.info[n].mention < 0
}

// skipHearer steps over the hearer of "told", "warned", "assured": a name,
// a pronoun, "reporters", or a short noun phrase.
func (f *finder) skipHearer(j, hi int) int {
	if j >= hi {
		return j
	}
	if m := f.info[j].mention; m >= 0 {
		k := j
		for k < hi && f.info[k].mention == m {
			k++
		}
		// a common noun that says what the named hearer is: "told The
		// Harbour Times newspaper on Monday that"
		if k+1 < hi && f.isLowerTok(k) && f.isWordTok(k) && !f.has(k, wClause|wVenue|wTime|wOpener|wDet|wLink|wPronoun) &&
			!f.isCueTok(k) && (f.has(k+1, wVenue|wTime|wOpener) || f.is(k+1, "that") || f.is(k+1, ",")) {
			k++
		}
		return k
	}
	if f.has(j, wHearer) && !f.has(j, wDet) {
		return j + 1
	}
	if f.is(j, "her") || f.is(j, "his") || f.is(j, "its") {
		// "told her that", "accused her of": a pronoun, not a determiner,
		// when no noun follows
		if n := j + 1; n >= hi || !f.isWordTok(n) || f.has(n, wClause|wOpener|wVenue|wLink|wTime) || f.isCueTok(n) {
			return j + 1
		}
	}
	if f.has(j, wDet) && !f.is(j, "that") {
		k := j + 1
		for n := 0; k < hi && n < 4 && f.isWordTok(k) && !f.has(k, wClause|wVenue|wTime|wOpener|wDet); n++ {
			if m := f.info[k].mention; m >= 0 {
				for k < hi && f.info[k].mention == m {
					k++
				}
				continue
			}
			k++
		}
		if k > j+1 {
			return k
		}
	}
	return j
}

// skipAdverbials steps over time words and venue phrases after a verb.
func (f *finder) skipAdverbials(j, hi int) int {
	for j < hi {
		switch {
		case f.has(j, wTime) || f.isAdverb(j):
			j++
		case f.is(j, ",") && j+1 < hi && (f.has(j+1, wTime|wVenue) || f.isAdverb(j+1)):
			j++
		case f.has(j, wVenue):
			k := f.venuePhrase(j, hi)
			if k == j {
				return j
			}
			j = k
		default:
			return j
		}
	}
	return j
}

// venuePhrase returns the end of a phrase of place, time or means that
// starts with the preposition at j ("in a statement", "on Twitter", "at
// a rally in Ohio", "during an interview with CNN"), or j when none does.
func (f *finder) venuePhrase(j, hi int) int {
	k := j + 1
	if k < hi && f.has(k, wDet) && !f.is(k, "that") {
		k++
	}
	n := 0
	for k < hi && n < 6 && !f.infinitiveAt(k) {
		switch {
		case f.info[k].mention >= 0:
			m := f.info[k].mention
			for k < hi && f.info[k].mention == m {
				k++
			}
			n++
			continue
		case f.has(k, wLink|wVenue) && k+1 < hi && (f.isWordTok(k+1) && !f.has(k+1, wClause|wOpener|wPronoun)):
			k++
			if k < hi && f.has(k, wDet) && !f.is(k, "that") {
				k++
			}
			continue
		case f.isWordTok(k) && !f.has(k, wClause|wOpener|wPronoun|wDet):
			// a verb's form may stand as an adjective here: "in a written
			// statement"
			k++
			n++
			continue
		}
		break
	}
	if n == 0 {
		return j
	}
	return k
}

// isCueTok reports whether token i is a form of a verb of saying.
func (f *finder) isCueTok(i int) bool { return f.has(i, wCue) }

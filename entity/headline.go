package entity

import (
	"strings"

	"github.com/newsnlp/newsnlp/gazetteer"
	"github.com/newsnlp/newsnlp/ner"
	"github.com/newsnlp/newsnlp/nlp"
)

// Headlines and datelines.
//
// A headline is a line whose capitals say nothing about names: the story's
// title (Sentence.Title, when it opens the story), a line mostly in capitals ("RUGBY - OKAFOR NAMED
// AS LAGOS CAPTAIN ."), or a title-case line without a final full stop
// above the first line of running prose ("Ruto, Abiy Meet in Nairobi for
// Talks on Border Trade"). A tagger labels many capitalised
// words there, so a headline candidate stays only if it names something the
// story vouches for: a name also found in the body ("Abiy"), words all
// found in names in the body ("DURAN" for "Roberto Duran", "RANGERS" for
// "Texas Rangers"), or a place, nationality or organisation in the
// gazetteer. A candidate that fails keeps its longest
// run of tokens that passes ("Abiy Meet" becomes "Abiy") or goes.
//
// A dateline is the place in capitals that opens a report ("LISBON —",
// "WASHINGTON (Reuters) -", "LONDON 1996-08-30"). It is a place whatever the
// tagger says, when the gazetteer lists it, and it keeps that type even if
// the same word names a club or a government elsewhere in the story.

// lineStats counts the words of tokens [a, b).
type lineStats struct {
	words   int  // tokens with a letter
	long    int  // words with two letters or more
	upper   int  // words in capitals: "NATO", "OKAFOR"
	content int  // words other than function words
	caps    int  // content words that start with a capital
	lower   int  // content words that start lower case
	final   bool // ends with a full stop
}

func (r *resolver) lineStats(a, b int) lineStats {
	var st lineStats
	for _, w := range r.words[a:b] {
		if !hasLetter(w) {
			continue
		}
		st.words++
		if isUpperWord(w) {
			st.upper++
		}
		if letterCount(w) >= 2 {
			st.long++
		}
		if isFunctionWord(w) {
			continue
		}
		st.content++
		switch {
		case isCapitalised(w):
			st.caps++
		case startsLower(w):
			st.lower++
		}
	}
	st.final = b > a && r.words[b-1] == "."
	return st
}

// markLines splits the tokens into lines (a sentence, or a line of one),
// marks headline lines and fixes the type of datelines' places.
//
// Only the top of a story has headlines: its first topLines lines, before
// the first line of running prose (three lower-case content words) or the
// dateline. There a line in capitals, or a title-case line of four content
// words or more, is a headline. Lower down, lines in capitals or title case
// are tables and lists ("DENVER 71 62 .534", "Wexford Rovers 1
// Carlow 1", "5. Ada Okafor (Nigeria) 281,440"), which the tagger
// reads well enough.
func (r *resolver) markLines() {
	toks := r.doc.Tokens
	r.tokLine = make([]int32, len(toks))
	var starts []int
	for i := range toks {
		if i == 0 || toks[i].Sentence != toks[i-1].Sentence || toks[i-1].End > toks[i].Start ||
			strings.IndexByte(r.doc.Text[toks[i-1].End:toks[i].Start], '\n') >= 0 {
			starts = append(starts, i)
		}
		r.tokLine[i] = int32(len(starts) - 1)
	}
	r.lineHead = make([]bool, len(starts))
	top := true // no line of running prose or dateline yet
	titleOK := r.titleAtTop()
	for li, a := range starts {
		b := len(toks)
		if li+1 < len(starts) {
			b = starts[li+1]
		}
		st := r.lineStats(a, b)
		// A line followed by one that starts in lower case is part of a
		// paragraph: "The Central Bank of Zorvatia / refrained from".
		runsOn := b < len(toks) && startsLower(r.words[b])
		top = top && li < topLines
		switch {
		case top && r.dateline(a, b):
			top = false // the story starts here
		case titleOK && r.doc.Sentences[toks[a].Sentence].Title:
			r.lineHead[li] = true
		case !top || runsOn:
		case isCapsLine(st):
			r.lineHead[li] = true
		case st.content >= 4 && st.caps*5 >= st.content*4 && !st.final:
			r.lineHead[li] = true
		}
		if st.lower >= 3 {
			top = false
		}
	}
	for i := range r.cands {
		r.cands[i].headline = r.lineHead[r.tokLine[r.cands[i].t0]]
	}
}

// titleAtTop reports whether the story's title sentence, if any, opens the
// story: a title found further down ("Zorvat 2 Quillon (Z) 0" in a table
// of results) is read as any other line.
func (r *resolver) titleAtTop() bool {
	title, first := -1, -1
	for _, s := range r.doc.Sentences {
		switch {
		case s.Title && title < 0:
			title = s.Start
		case !s.Title && (first < 0 || s.Start < first):
			first = s.Start
		}
	}
	return title >= 0 && (first < 0 || title < first)
}

// isCapsLine reports whether a line is mostly in capitals.
func isCapsLine(st lineStats) bool { return st.upper >= 2 && st.upper*10 >= st.long*7 }

// dateline reports whether the line [a, b) opens with a dateline: a word
// or a few in capitals, then a dash, a bracket, a comma or a date, then
// text not all in capitals. If the gazetteer lists the words as a place,
// their candidate (made if the tagger missed it) becomes a place with a
// locked type.
func (r *resolver) dateline(a, b int) bool {
	end := a
	for end < b && end-a < 4 && isUpperWord(r.words[end]) {
		end++
	}
	if end == a || end == b {
		return false
	}
	switch next := r.words[end]; {
	case next == "-" || next == "–" || next == "—" || next == "(" || next == ",":
	case next != "" && next[0] >= '0' && next[0] <= '9':
	default:
		return false
	}
	if isCapsLine(r.lineStats(end, b)) {
		return false // a headline: "BOSNIA - SERBS VOTE"
	}
	k := r.kinds(r.joinWords(a, end))
	if !k.Has(gazetteer.GPEKinds | gazetteer.LOCKinds) {
		return true
	}
	typ := nlp.GPE
	if !k.Has(gazetteer.GPEKinds) {
		typ = nlp.Loc
	}
	ci := r.owner[a]
	switch {
	case ci >= 0 && r.cands[ci].t0 == a && r.cands[ci].t1 == end:
	case ci >= 0 || r.owner[end-1] >= 0:
		return true // the tagger's span disagrees; leave it
	default:
		ci = int32(r.addCand(cand{t0: a, t1: end, sent: int(r.doc.Tokens[a].Sentence), tag: ner.LOC}))
		if ci < 0 {
			return true
		}
	}
	c := &r.cands[ci]
	c.typ, c.locked = typ, true
	return true
}

// joinWords returns the tokens [a, b) joined by spaces, for gazetteer
// lookups.
func (r *resolver) joinWords(a, b int) string {
	if b-a == 1 {
		return r.words[a]
	}
	return strings.Join(r.words[a:b], " ")
}

// filterHeadlines keeps a headline candidate only where the story vouches
// for it (see the comment at the top of this file): its name, or each of
// its words, is in a name in the body, or the gazetteer lists it. A name
// whose words all come from one body name is linked to it.
func (r *resolver) filterHeadlines() {
	if !r.hasHeadlineCands() {
		return
	}
	body := r.indexBody()
	r.shrinkHeadlines(body)
	r.linkHeadlineNames(body)
}

// hasHeadlineCands reports whether a live headline candidate needs vetting.
func (r *resolver) hasHeadlineCands() bool {
	for i := range r.cands {
		if r.cands[i].headline && !r.cands[i].dead && !r.cands[i].locked {
			return true
		}
	}
	return false
}

// bodyNames is what the body's candidates say about names, for vetting
// headline candidates.
type bodyNames struct {
	keys    map[string]bool
	tags    map[string]ner.Type // the tagger's type of a body name
	words   map[string]int      // word -> the body candidate whose name has it, or -1 if several names do
	wordKey map[int]string      // body candidate -> its key, for those in words
}

// indexBody indexes the names of the body's live candidates.
func (r *resolver) indexBody() *bodyNames {
	b := &bodyNames{keys: map[string]bool{}, tags: map[string]ner.Type{}, words: map[string]int{}, wordKey: map[int]string{}}
	for i := range r.cands {
		c := &r.cands[i]
		if c.dead || c.headline {
			continue
		}
		key := r.keyOf(i)
		if !b.keys[key] {
			b.keys[key] = true
			b.tags[key] = c.tag
		}
		ws := strings.Fields(key)
		if len(ws) > 5 {
			continue // not a name but a run of capitals
		}
		for _, w := range ws {
			if len(w) <= 1 || isFunctionWord(w) {
				continue
			}
			if o, ok := b.words[w]; !ok {
				b.words[w] = i
				b.wordKey[i] = key
			} else if o >= 0 && b.wordKey[o] != key {
				b.words[w] = -1
			}
		}
	}
	return b
}

// byWords returns the one body candidate whose name has all the words of
// key, -1 if several do, -2 if none does.
func (b *bodyNames) byWords(key string) int {
	ws := strings.Fields(key)
	if len(ws) > 3 {
		return -2
	}
	found := -2
	for _, w := range ws {
		o, ok := b.words[w]
		switch {
		case !ok:
			return -2
		case o < 0 || (found >= 0 && b.wordKey[found] != b.wordKey[o]):
			found = -1
		case found == -2:
			found = o
		}
	}
	return found
}

// vouched reports whether the body or the gazetteer vouches for the name
// of tokens [a, e).
func (r *resolver) vouched(body *bodyNames, a, e int) bool {
	name := r.doc.Text[r.doc.Tokens[a].Start:r.doc.Tokens[e-1].End]
	key := r.foldKey(name)
	if body.keys[key] {
		return true
	}
	if body.byWords(key) != -2 {
		return true // "DURAN" or "ROBERTO DURAN" for "Roberto "Hands of Stone" Duran"
	}
	return r.kinds(r.joinWords(a, e)).Has(gazetteer.GPEKinds | gazetteer.LOCKinds | gazetteer.NORPKinds | gazetteer.Org)
}

// shrinkHeadlines narrows each headline candidate the story does not
// vouch for to its longest run that it does, or drops it. What is left is
// a different name: it takes the body's type for it, or the gazetteer's.
func (r *resolver) shrinkHeadlines(body *bodyNames) {
	for i := range r.cands {
		c := &r.cands[i]
		if c.dead || !c.headline || c.locked {
			continue
		}
		if r.vouched(body, c.t0, c.t1) {
			continue
		}
		best0, best1 := 0, 0
		for a := c.t0; a < c.t1; a++ {
			// Names are short: try runs of up to maxShrink tokens, so a
			// long run of labels costs linear time.
			for b := min(c.t1, a+maxShrink); b > a+best1-best0; b-- {
				if hasAlnum(r.words[a]) && r.vouched(body, a, b) {
					best0, best1 = a, b
					break
				}
			}
		}
		if best1 == best0 {
			r.kill(i)
			continue
		}
		r.narrow(i, best0, best1)
		if c = &r.cands[i]; c.dead {
			continue
		}
		if tag, ok := body.tags[r.keyOf(i)]; ok {
			c.tag = tag
		} else if k := r.kinds(r.text(c)); k.Has(gazetteer.GPEKinds | gazetteer.LOCKinds) {
			c.tag = ner.LOC
		} else if k.Has(gazetteer.Org) {
			c.tag = ner.ORG
		} else if k.Has(gazetteer.NORPKinds) {
			c.tag = ner.MISC
		}
	}
}

// linkHeadlineNames records a headline name vouched for by the words of
// one body name as that name's thing: "RANGERS" is the "Texas Rangers" of
// the story.
func (r *resolver) linkHeadlineNames(body *bodyNames) {
	for i := range r.cands {
		c := &r.cands[i]
		if c.dead || !c.headline || c.locked {
			continue
		}
		key := r.keyOf(i)
		if body.keys[key] {
			continue
		}
		if o := body.byWords(key); o >= 0 {
			r.headAlias = append(r.headAlias, [2]int{o, i})
		}
	}
}

// topLines is how many lines at the top of a story may be headlines: a
// section label, the headline, a standfirst, a byline.
const topLines = 6

// maxShrink is the longest run of a headline candidate tried as a name.
const maxShrink = 6

func hasLetter(s string) bool {
	for _, ch := range s {
		if isLetterRune(ch) {
			return true
		}
	}
	return false
}

func letterCount(s string) int {
	n := 0
	for _, ch := range s {
		if isLetterRune(ch) {
			n++
		}
	}
	return n
}

// functionWords are the lower-case words of titles and names that are not
// capitalised in title case ("Bank of England", "Summit on Ukraine").
var functionWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "but": true, "nor": true,
	"of": true, "in": true, "on": true, "at": true, "to": true, "for": true, "by": true,
	"with": true, "from": true, "into": true, "as": true, "vs": true, "vs.": true, "v": true,
	"de": true, "du": true, "des": true, "la": true, "le": true, "di": true, "da": true,
	"del": true, "van": true, "von": true, "der": true, "y": true, "&": true,
}

// isFunctionWord reports whether w, ignoring case, is a function word.
func isFunctionWord(w string) bool { return len(w) <= 4 && inLower(functionWords, w) }

// inLower reports whether set holds w in lower case (ASCII letters
// folded), without allocating: the words of the entity layer's sets are
// short.
func inLower(set map[string]bool, w string) bool {
	var buf [16]byte
	if len(w) > len(buf) || w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return set[string(buf[:len(w)])]
}

package ner

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsnlp/newsnlp/gazetteer"
)

// Features are 64-bit hashes of a template id and a value, so that nothing
// is built as a string per token. Token attributes (word forms, shape,
// affixes) are hashed once per token; window features mix those hashes.

// Feature templates. The numbers are part of the model format: append new
// ones, never renumber.
const (
	fBias = 1 + iota
	fWord
	fLower
	fShape
	fPrefix1
	fPrefix2
	fPrefix3
	fPrefix4
	fSuffix1
	fSuffix2
	fSuffix3
	fSuffix4
	fLowerM1
	fLowerP1
	fLowerM2
	fLowerP2
	fShapeM1
	fShapeP1
	fBigramM1
	fBigramP1
	fShape3
	fFirstShape
	fStyleShape
	fGaz      // kind bit, position, case
	fGazLeft  // kinds covering the token before
	fGazRight // kinds covering the token after
	fDocLower // the form also occurs in lower case in the document
	fDocCap   // the form also occurs capitalised mid-sentence
	fPrev1
	fPrev2
	fPrevLower
	fPrevShape
	fHist
	fHistStyle
	fLen
	fStyleFirst
	fWordM1Shape
	fCluster1 // cluster of the word, coarse to fine
	fCluster2
	fCluster3  // retired (a third k-means level); kept so the numbers stay put
	fClusterM1 // level-2 cluster of the word before
	fClusterP1 // and after
	fCaps      // how often the lower-cased form is capitalised mid-sentence
	fClusterBigram
	fHyphenParts // capitalisation buckets of a hyphenated word's first and last parts
	fPrevCaps    // previous label with the word's capitalisation bucket and the sentence style
	fDocContext  // contexts the form was seen in elsewhere in the story (formAfterTitle...)
)

// mix is the splitmix64 finaliser: it spreads a template and value over 64 bits.
func mix(t uint64, v uint64) uint64 {
	x := v ^ (t * 0x9E3779B97F4A7C15)
	x ^= x >> 30
	x *= 0xBF58476D1CE4E5B9
	x ^= x >> 27
	x *= 0x94D049BB133111EB
	x ^= x >> 31
	return x
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func fnv(b []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// Token flags.
const (
	flagInitCap = 1 << iota // first letter upper case
	flagAllCaps             // every letter upper case, 2+ letters
	flagHasDigit
	flagAlpha     // has a letter
	flagLower     // first letter lower case
	flagHonorific // "Mr.", "Dr" and the like: never in a PER name (CoNLL), never first in a mention
	flagInTitle   // inside a job title of 2+ words ("Defense Secretary"): never in a PER name
	flagLowerWord // only lower-case letters, not a word that links the parts of a name: never inside or last in a mention when tagging
)

// nameLinks are the lower-case words that may stand inside a name: articles,
// prepositions, conjunctions and name particles ("Bank of England",
// "Doctors without Borders", "Luiz Inácio Lula da Silva", "Gone with the
// Wind"). Any other all-lower-case word ("late", "said") ends a mention
// when tagging, so a name is never glued to the words after it.
var nameLinks = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an the and or nor & but of for to in on at by with without from into
		onto upon over under about against among between through via per as than de da do dos das del della
		delle dei degli di du des van von der den ter ten te la le les el al bin ibn bint ben abu y e et zu zum
		zur af av och und ul`) {
		m[w] = true
	}
	return m
}()

// flagInTitle tokens after "of" ("Secretary of State", "Chief of Staff")
// are never in a mention at all, as CoNLL labels them.
const flagTitleTail = flagInTitle | flagHonorific

// honorifics are the courtesy titles that CoNLL-2003 keeps out of PER
// mentions; the tagger never labels them PER or starts a mention with one.
var honorifics = map[string]bool{"Mr": true, "Mr.": true, "Mrs": true, "Mrs.": true, "Ms": true, "Ms.": true,
	"Dr": true, "Dr.": true, "Messrs": true, "Messrs.": true, "Mme": true, "Mme.": true, "Mlle": true, "Mlle.": true,
	"MR": true, "MR.": true, "MRS": true, "MRS.": true, "MS.": true, "DR.": true}

// Sentence styles.
const (
	styleNormal = iota
	styleCaps   // ALL-CAPS headline or dateline
	styleTitle  // Title-Case headline
)

// tokInfo is what features need of one token.
type tokInfo struct {
	word, lower, shape uint64 // hashes of the normalised form, its lower case and its shape
	pre, suf           [4]uint64
	nPre               int // affixes shorter than the word
	flags              uint8
	runes              int
	gazCover           gazetteer.Kind // kinds of gazetteer matches covering the token
	gaz                [6]uint64      // gazetteer feature values
	nGaz               int
	title              uint64 // hash of the Title-case form of an ALL-CAPS word
	cluster            uint16 // lexicon cluster id + 1, 0 if none
	caps               uint16 // lexicon capitalisation bucket, 0 if unknown
	hy1, hy2           uint64 // hashes of the lower-cased first and last parts of a hyphenated word, or 0
	hyCaps             uint16 // their capitalisation buckets, (first<<4 | last)
}

// analyse fills ti with the attributes of a token: hashes of its feature
// form (digits become 0, curly quotes and apostrophes straight, dashes
// ASCII), of its lower-cased form and of its shape, its affixes, flags and
// length. It uses x's buffers, so it allocates nothing once they have grown.
func (x *extractor) analyse(tok string, ti *tokInfo) {
	x.norm, x.low, x.shp = x.norm[:0], x.low[:0], x.shp[:0]
	var flags uint8
	letters, uppers := 0, 0
	var last byte
	n := 0
	for i, r := range tok {
		_ = i
		n++
		switch {
		case r >= '0' && r <= '9' || unicode.IsDigit(r):
			flags |= flagHasDigit
			x.norm = append(x.norm, '0')
			x.low = append(x.low, '0')
			last = x.shape(last, 'd')
		case r < utf8.RuneSelf && (r >= 'a' && r <= 'z'):
			letters++
			if letters == 1 {
				flags |= flagLower
			}
			x.norm = append(x.norm, byte(r))
			x.low = append(x.low, byte(r))
			last = x.shape(last, 'x')
		case r < utf8.RuneSelf && (r >= 'A' && r <= 'Z'):
			letters++
			uppers++
			if letters == 1 {
				flags |= flagInitCap
			}
			x.norm = append(x.norm, byte(r))
			x.low = append(x.low, byte(r)+'a'-'A')
			last = x.shape(last, 'X')
		case r < utf8.RuneSelf:
			x.norm = append(x.norm, byte(r))
			x.low = append(x.low, byte(r))
			last = x.shape(last, byte(r))
		default:
			switch r {
			case '’', '‘', '`', '´', 'ʼ':
				x.norm = append(x.norm, '\'')
				x.low = append(x.low, '\'')
				last = x.shape(last, '\'')
				continue
			case '“', '”', '«', '»', '„':
				x.norm = append(x.norm, '"')
				x.low = append(x.low, '"')
				last = x.shape(last, '"')
				continue
			case '–', '—', '‐', '‑', '−':
				x.norm = append(x.norm, '-')
				x.low = append(x.low, '-')
				last = x.shape(last, '-')
				continue
			}
			x.norm = utf8.AppendRune(x.norm, r)
			if unicode.IsLetter(r) {
				letters++
				if unicode.IsUpper(r) {
					uppers++
					if letters == 1 {
						flags |= flagInitCap
					}
					last = x.shape(last, 'X')
				} else {
					if letters == 1 {
						flags |= flagLower
					}
					last = x.shape(last, 'x')
				}
				x.low = utf8.AppendRune(x.low, unicode.ToLower(r))
			} else {
				x.low = utf8.AppendRune(x.low, r)
				last = x.shape(last, 'o')
			}
		}
	}
	if letters > 0 {
		flags |= flagAlpha
	}
	if letters >= 2 && uppers == letters {
		flags |= flagAllCaps
	}
	if honorifics[tok] {
		flags |= flagHonorific
	}
	if flags&flagLower != 0 && uppers == 0 && flags&flagHasDigit == 0 && !nameLinks[string(x.low)] {
		flags |= flagLowerWord
	}
	ti.flags = flags
	ti.runes = n
	ti.hy1, ti.hy2 = 0, 0
	if i := bytes.IndexByte(x.low, '-'); i > 0 && i < len(x.low)-1 && flags&flagAlpha != 0 {
		j := bytes.LastIndexByte(x.low, '-')
		ti.hy1, ti.hy2 = fnv(x.low[:i]), fnv(x.low[j+1:])
	}
	ti.title = 0
	if flags&flagAllCaps != 0 && len(x.low) > 0 && x.low[0] >= 'a' && x.low[0] <= 'z' {
		x.low[0] -= 'a' - 'A'
		ti.title = fnv(x.low)
		x.low[0] += 'a' - 'A'
	}
	ti.word = fnv(x.norm)
	ti.lower = fnv(x.low)
	ti.shape = fnv(x.shp)
	// Affixes of the lower-cased form, by bytes but never splitting a rune.
	ti.nPre = 0
	for k := 1; k <= 4 && k < n; k++ {
		p := prefixRunes(x.low, k)
		s := suffixRunes(x.low, k)
		ti.pre[k-1] = fnv(p)
		ti.suf[k-1] = fnv(s)
		ti.nPre = k
	}
}

// shape appends a shape class unless it repeats the last one.
func (x *extractor) shape(last, c byte) byte {
	if c != last {
		x.shp = append(x.shp, c)
	}
	return c
}

func prefixRunes(b []byte, k int) []byte {
	i := 0
	for ; k > 0 && i < len(b); k-- {
		_, n := utf8.DecodeRune(b[i:])
		i += n
	}
	return b[:i]
}

func suffixRunes(b []byte, k int) []byte {
	i := len(b)
	for ; k > 0 && i > 0; k-- {
		_, n := utf8.DecodeLastRune(b[:i])
		i -= n
	}
	return b[i:]
}

// sentenceStyle tells headlines (ALL CAPS or Title Case) from prose.
func sentenceStyle(ts []tokInfo) uint8 {
	alpha, caps, longWords, longCap := 0, 0, 0, 0
	for i, t := range ts {
		if t.flags&flagAlpha == 0 {
			continue
		}
		alpha++
		if t.flags&flagAllCaps != 0 {
			caps++
		}
		if i > 0 && t.runes >= 4 {
			longWords++
			if t.flags&flagInitCap != 0 {
				longCap++
			}
		}
	}
	switch {
	case alpha >= 1 && caps*10 >= alpha*7 && caps >= 1 && (alpha > 1 || ts[0].runes > 2):
		return styleCaps
	case longWords >= 2 && longCap*10 >= longWords*8:
		return styleTitle
	}
	return styleNormal
}

package nlp

import "strings"

// Word lists for the segmenter and the tokenizer, built once at init and
// only read afterwards.

// abbrevKind says how an abbreviation's period behaves.
type abbrevKind uint8

const (
	notAbbrev     abbrevKind = iota
	abbrevTitle              // comes before a name, never ends a sentence: "Mr.", "Gov.", "Mt."
	abbrevNumeric            // comes before a number: "No. 10", "p. 55"; elsewhere an ordinary word
	abbrevMonth              // "Jan. 5"; may end a sentence
	abbrevGeneral            // may end a sentence: "Inc.", "Jr.", "etc.", "Calif."
	abbrevInline             // never ends a sentence: "vs.", "e.g."
	abbrevSaint              // "St.": a title ("St. Louis") unless it follows a name ("Main St.")
)

type abbrev struct {
	kind abbrevKind
	cap  bool // only when capitalised: "Miss." but not "miss.", "Ill." but not "ill."
}

var abbrevs = func() map[string]abbrev {
	m := map[string]abbrev{}
	add := func(kind abbrevKind, cap bool, words string) {
		for _, w := range strings.Fields(words) {
			m[w] = abbrev{kind, cap}
		}
	}
	add(abbrevTitle, true, `mr mrs ms mx messrs mme mlle msgr dr drs prof profs gov govs sen sens rep reps
		gen gens lt col capt cpt cmdr cdr sgt cpl pvt spc adm maj brig rev hon pres supt insp det atty amb
		fr mt ft pt`)
	add(abbrevSaint, true, `st`)
	add(abbrevNumeric, false, `no nos nr vol vols pp para paras art fig figs ch chap sec sect n° nº`)
	add(abbrevMonth, true, `jan feb mar apr jun jul aug sep sept oct nov dec`)
	add(abbrevGeneral, false, `inc corp co cos ltd llc plc bros jr sr esq etc al dept depts univ assn ave
		blvd rd hwy pkwy sq apt bldg est approx mins hrs oz lbs`)
	add(abbrevGeneral, true, `ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich
		minn miss mo mont neb nev okla ore pa penn tenn tex va vt wash wis wyo`)
	add(abbrevInline, false, `vs cf viz e.g i.e ca`)
	return m
}()

// abbrevOf classifies word (the letters before a period, without it).
func abbrevOf(word string) abbrevKind {
	var buf [16]byte
	if len(word) == 0 || len(word) > len(buf) {
		return notAbbrev
	}
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	a, ok := abbrevs[string(buf[:len(word)])]
	if !ok {
		return notAbbrev
	}
	if a.cap && caseAt(word, 0) != caseUpper {
		return notAbbrev
	}
	return a.kind
}

// isMultiPeriod reports abbreviations written with inner periods, each part
// one or two letters: "U.S", "a.m", "Ph.D", "U.S.A" (final period excluded).
func isMultiPeriod(word string) bool {
	parts, run := 0, 0
	for i := 0; i < len(word); i++ {
		c := word[i]
		switch {
		case isAlnumByte(c) && !isDigitByte(c):
			run++
			if run > 2 {
				return false
			}
		case c == '.' && run > 0:
			parts++
			run = 0
		default:
			return false
		}
	}
	return parts >= 1 && run > 0
}

// starters are capitalised words that often begin a sentence and rarely
// continue a name: after an ambiguous abbreviation ("U.S.", "Inc.", "E.")
// they decide that the period ends the sentence.
var starters = setOf(`A After All Also An And Another As At Because Before Being Both But By Did Do Does Dr
	During Each Even Every For From Had Has Have He Her Here His How However I If In Instead Is It Its
	Last Many Meanwhile Millions More Most Mr Mrs Ms Much My Neither No Nor Not Now Of On Once Only Or
	Other Our She Since So Some Still Such That The Their Then There These They This Those Though Thus
	To Until Was We Were What When Where Whether Which While Who Why Will With Within Without Yet You Your`)

// joiners are words after which a line is not finished: a line break after
// them is a hard wrap, not the end of a heading.
var joiners = setOf(`a an the of to in on at by for with from and or but nor as than that which who whose
	whom is are was were be been has have had will would can could should may might must his her its
	their our my your this these those not into onto over under about after before between said says
	if when while because via per amid`)

// headingWords may be lower case in a title-case heading.
var headingWords = setOf(`a an the of to in on at by for with from and or but nor as vs via over after
	amid into up out off per than is are be`)

func setOf(words string) map[string]struct{} {
	m := map[string]struct{}{}
	for _, w := range strings.Fields(words) {
		m[w] = struct{}{}
	}
	return m
}

func inSet(m map[string]struct{}, w string) bool {
	_, ok := m[w]
	return ok
}

// inSetFold looks w up in a set of lower-case words.
func inSetFold(m map[string]struct{}, w string) bool {
	var buf [16]byte
	if len(w) > len(buf) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	_, ok := m[string(buf[:len(w)])]
	return ok
}

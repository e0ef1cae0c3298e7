package entity

import (
	"strings"
	"unicode"

	"github.com/newsnlp/newsnlp/gazetteer"
	"github.com/newsnlp/newsnlp/ner"
)

// Names the gazetteer lists, where the tagger's span or label falls short.
//
//   - A market symbol (a currency code, a currency pair, an index or
//     commodity ticker: "EUR", "EUR/USD", "DXY", "XAU") is no entity; a
//     market index written out ("S&P 500", "Nasdaq Composite") is MISC,
//     never an organisation.
//   - A candidate inside a longer listed organisation takes the rest of
//     the name when the words are unlabelled: "The [Hill]", "[USA] Today",
//     "[Washington] Post". "The" joins only in capitals.
//   - A listed organisation the tagger left unlabelled is a mention when
//     its form rules out a common word: two capitalised words or more
//     ("Associated Press") or a word with a capital inside ("PolitiFact"),
//     and no capitalised word before or after makes it part of a longer
//     name ("North Korean Red Cross"). Headlines, whose capitals say
//     nothing, are left alone.

// listedNames applies the rules above to the candidates and the
// unlabelled tokens; it runs once headlines are known.
func (r *resolver) listedNames() {
	n := len(r.cands)
	for ci := 0; ci < n; ci++ {
		if r.cands[ci].dead {
			continue
		}
		if r.marketSymbol(ci) {
			continue
		}
		r.extendListedOrg(ci)
	}
	r.findListedOrgs()
}

// marketSymbol drops candidate ci if it is a market code or makes it MISC
// if it is a market name, and reports whether it was either.
func (r *resolver) marketSymbol(ci int) bool {
	c := &r.cands[ci]
	text := r.text(c)
	k := r.kinds(listedForm(text))
	if k.Has(gazetteer.Market) && !k.Has(gazetteer.GPEKinds|gazetteer.NORPKinds|gazetteer.OrgSorts) {
		if strings.IndexFunc(text, unicode.IsLower) < 0 {
			r.kill(ci) // "DXY", "XAU"
		} else {
			c.tag = ner.MISC // "Nasdaq Composite"
		}
		return true
	}
	if !strings.ContainsRune(text, '/') {
		return false
	}
	for _, part := range strings.Split(text, "/") {
		if !r.kinds(part).Has(gazetteer.Market) {
			return false
		}
	}
	r.kill(ci) // "EUR/USD"
	return true
}

// extendListedOrg extends candidate ci over the unlabelled words of the
// longer listed organisation it is part of: "The [Hill]", "[USA] Today".
func (r *resolver) extendListedOrg(ci int) {
	c := &r.cands[ci]
	lo, hi := r.sentRange(c.sent)
	t0 := c.t0
	if t0 > lo && r.words[t0-1] == "The" && r.owner[t0-1] < 0 {
		t0-- // "The Hill": a title in capitals
	}
	for a := t0; a <= c.t0; a++ {
		n, k := r.gz.Match(&r.h, r.words[:hi], a)
		if n == 0 || a+n < c.t1 || (a == c.t0 && a+n == c.t1) || !k.Has(gazetteer.Org) {
			continue
		}
		for p := c.t1; p < a+n; p++ {
			if r.owner[p] >= 0 || !isCapitalised(r.words[p]) {
				return
			}
		}
		c.tag = ner.ORG
		r.narrowWide(ci, a, a+n)
		return
	}
}

// findListedOrgs adds the listed organisations the tagger left
// unlabelled, where their form rules out common words.
func (r *resolver) findListedOrgs() {
	for si := range r.doc.Sentences {
		lo, hi := r.sentRange(si)
		for p := lo; p < hi; p++ {
			w := r.words[p]
			if r.owner[p] >= 0 || !isCapitalised(w) || r.lineHead[r.tokLine[p]] {
				continue
			}
			if p+1 >= hi || !isCapitalised(r.words[p+1]) {
				if !hasInnerCapital(w) {
					continue // a single word must have a capital inside
				}
			}
			n, k := r.gz.Match(&r.h, r.words[:hi], p)
			if n == 0 || !k.Has(gazetteer.Org) || k.Has(gazetteer.GPEKinds|gazetteer.LOCKinds|gazetteer.NORPKinds|gazetteer.Market) {
				continue
			}
			if n == 1 && !hasInnerCapital(w) {
				continue
			}
			if (p > lo && isCapitalised(r.words[p-1])) || (p+n < hi && isCapitalised(r.words[p+n])) {
				continue // part of a longer name: "North Korean Red Cross"
			}
			ok := true
			for q := p; q < p+n && ok; q++ {
				ok = r.owner[q] < 0 && (isCapitalised(r.words[q]) || isFunctionWord(r.words[q]))
			}
			if ok && r.addCand(cand{t0: p, t1: p + n, sent: si, tag: ner.ORG}) >= 0 {
				p += n - 1
			}
		}
	}
}

// hasInnerCapital reports whether w has a capital letter after a lower-case
// one: "PolitiFact", "YouTube".
func hasInnerCapital(w string) bool {
	lower := false
	for _, ch := range w {
		switch {
		case unicode.IsLower(ch):
			lower = true
		case unicode.IsUpper(ch) && lower:
			return true
		}
	}
	return false
}

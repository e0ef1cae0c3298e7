package entity

import (
	"github.com/newsnlp/newsnlp/gazetteer"
	"github.com/newsnlp/newsnlp/ner"
)

// orgNouns are common nouns that say what sort of organisation the words
// after them name, beside the organisation heads: "the national rail
// operator, XYZ," or "the state airline, ABC,".
var orgNouns = map[string]bool{
	"operator": true, "carrier": true, "airline": true, "firm": true, "broadcaster": true, "regulator": true,
	"insurer": true, "lender": true, "union": true, "network": true, "utility": true, "watchdog": true,
	"alliance": true, "coalition": true, "movement": true, "conglomerate": true, "manufacturer": true,
	"producer": true, "maker": true, "developer": true, "supplier": true, "retailer": true, "body": true,
	"charity": true, "outlet": true, "newspaper": true, "publisher": true, "subsidiary": true,
}

// appositiveAcronyms finds an acronym the tagger left unlabelled when it
// stands in apposition to a noun that names a sort of organisation: "the
// national rail company, ABC, said" makes "ABC" an organisation. The
// acronym must be set off by commas (or end the sentence), be written in
// capitals, and not be a place, a group of people or a market symbol the
// gazetteer knows.
func (r *resolver) appositiveAcronyms() {
	for si := range r.doc.Sentences {
		lo, hi := r.sentRange(si)
		for p := lo + 2; p < hi; p++ {
			w := r.words[p]
			if r.owner[p] >= 0 || !IsAcronym(w) || r.lineHead[r.tokLine[p]] || r.words[p-1] != "," {
				continue
			}
			noun := r.words[p-2]
			if !isAllLower(noun) || !(isOrgHead(noun) || inLower(orgNouns, noun)) {
				continue
			}
			if p+1 < hi {
				switch r.words[p+1] {
				case ",", ".", ";", ")", "said", "says":
				default:
					continue
				}
			}
			if r.kinds(w).Has(gazetteer.GPEKinds | gazetteer.LOCKinds | gazetteer.NORPKinds | gazetteer.Market) {
				continue
			}
			r.addCand(cand{t0: p, t1: p + 1, sent: si, tag: ner.ORG})
		}
	}
}

package entity

import (
	"strings"

	"github.com/newsnlp/newsnlp/nlp"
)

// Evidence that a name the tagger calls a person is a company.
//
// A company named like a person (a founder's name, a family's) is tagged
// PERSON at every mention when the tagger has never seen it. What the story
// says around the name tells a reader otherwise:
//
//   - its shares trade: "shares in Zorvat Halden", "shares of Zorvat",
//     "a stake in Zorvat", "Zorvat shares rose";
//   - an apposition names its sort: "Zorvat Halden, the French drinks
//     group," or "Zorvat, a Lisbon-based lender,".
//
// A person's entity (all its aliases together) with such evidence and no
// title or honorific anywhere is an organisation.

// marketNouns are the words of a company's shares before or after its name.
var marketNouns = map[string]bool{"shares": true, "stock": true, "stake": true, "stakes": true, "bonds": true}

// marketMoves are verbs of a share price after "NAME shares".
var marketMoves = map[string]bool{
	"rose": true, "fell": true, "jumped": true, "climbed": true, "slid": true, "dropped": true, "gained": true,
	"lost": true, "tumbled": true, "surged": true, "plunged": true, "slumped": true, "rallied": true,
	"slipped": true, "soared": true, "sank": true, "edged": true, "closed": true, "ended": true, "were": true,
	"have": true, "had": true, "are": true, "rise": true, "fall": true, "traded": true,
}

// orgEvidence counts, for each candidate the tagger calls a person, the
// signs above.
func (r *resolver) orgEvidence() {
	for ci := range r.cands {
		c := &r.cands[ci]
		if c.dead || c.typ != nlp.Person || c.perEv > 0 {
			continue
		}
		lo, hi := r.sentRange(c.sent)
		switch {
		case c.t0-2 >= lo && inLower(marketNouns, r.words[c.t0-2]) && (r.words[c.t0-1] == "in" || r.words[c.t0-1] == "of"):
			c.orgEv++ // "shares in Zorvat"
		case c.t1+1 < hi && inLower(marketNouns, r.words[c.t1]) && r.marketMoveAfter(c.t1+1, hi):
			c.orgEv++ // "Zorvat shares rose", "Zorvat shares in Lisbon fell"
		case r.sortApposition(c.t1, hi):
			c.orgEv++
		}
	}
}

// marketMoveAfter reports whether a verb of a share price comes at token
// t, or after a short phrase of place there ("in Lisbon fell").
func (r *resolver) marketMoveAfter(t, hi int) bool {
	if marketMoves[r.words[t]] {
		return true
	}
	if r.words[t] != "in" && r.words[t] != "on" {
		return false
	}
	for k := t + 1; k < hi && k-t <= 3; k++ {
		if marketMoves[r.words[k]] {
			return true
		}
		if !isCapitalised(r.words[k]) {
			return false
		}
	}
	return false
}

// sortApposition reports whether an apposition that names a sort of
// organisation follows token t: ", the French drinks group," or ", a
// Lisbon-based lender.".
func (r *resolver) sortApposition(t, hi int) bool {
	if t+2 >= hi || r.words[t] != "," || !isArticle(r.words[t+1]) {
		return false
	}
	for k := t + 2; k < hi && k-t <= 7; k++ {
		w := r.words[k]
		if w == "," || w == "." || w == ";" || w == ")" {
			prev := r.words[k-1]
			return k-1 > t+1 && isAllLower(prev) && (isOrgHead(prev) || inLower(orgNouns, prev))
		}
		if r.owner[k] >= 0 && r.cands[r.owner[k]].typ == nlp.Person || strings.HasSuffix(w, "'s") {
			return false // "…, the brother of Ana Ortiz,"
		}
	}
	return false
}

// retypeByOrgEvidence makes an organisation of each person entity whose
// mentions carry organisation evidence and none of a person.
func (r *resolver) retypeByOrgEvidence() {
	orgEv := make([]float32, len(r.groups))
	perEv := make([]float32, len(r.groups))
	for ci := range r.cands {
		c := &r.cands[ci]
		if c.dead {
			continue
		}
		root := r.find(c.group)
		orgEv[root] += c.orgEv
		perEv[root] += c.perEv
	}
	for gi := range r.groups {
		if r.find(gi) == gi && r.groups[gi].typ == nlp.Person && !r.groups[gi].locked && orgEv[gi] > 0 && perEv[gi] == 0 {
			r.groups[gi].typ = nlp.Org
		}
	}
}

package ner

import "github.com/newsnlp/newsnlp/gazetteer"

// Partial labels. Some training sets say less than CoNLL-2003 does: sets
// without MISC label nationalities, events and products O, and UNER labels
// a country ORG where it stands for its government. On such tokens the
// gold label is a set of acceptable labels; a guess in the set is not an
// error, and a wrong guess is moved towards the best-scoring acceptable
// label (a latent-variable perceptron update).

// Flags of acceptable alternatives to a token's gold label.
const (
	altMISC  = 1 << iota // gold O: any MISC label is acceptable too
	altPlace             // gold ORG or LOC on a listed place: the other type, same part, too
	altAny               // the gold label is Unknown: every label is acceptable
)

// partialLabels appends to dst the alternatives flags of the tokens of d
// (gold encoded as encodeDoc does) for a set's conventions; it returns nil
// when the set has none, so that every token has its gold label alone.
func partialLabels(dst []uint8, set *TrainSet, d Document, gold []uint8, gz *gazetteer.Gazetteer) []uint8 {
	unknown := false
	for _, s := range d {
		for _, l := range s.Labels {
			unknown = unknown || l == Unknown
		}
	}
	if !set.NoMISC && !set.PlaceORG && !unknown {
		return nil
	}
	dst = append(dst, make([]uint8, len(gold))...)
	if unknown {
		i := 0
		for _, s := range d {
			for _, l := range s.Labels {
				if l == Unknown {
					dst[i] |= altAny
				}
				i++
			}
		}
	}
	if set.NoMISC {
		for i, g := range gold {
			if g == 0 {
				dst[i] |= altMISC
			}
		}
	}
	if set.PlaceORG && gz != nil {
		var h gazetteer.Hasher
		off := 0
		for _, s := range d {
			for _, sp := range Spans(s.Labels) {
				if sp.Type != "ORG" && sp.Type != "LOC" {
					continue
				}
				if n, k := gz.Match(&h, s.Words[:sp.End], sp.Start); n == sp.End-sp.Start && k&(gazetteer.GPEKinds|gazetteer.LOCKinds) != 0 {
					for i := sp.Start; i < sp.End; i++ {
						dst[off+i] |= altPlace
					}
				}
			}
			off += len(s.Words)
		}
	}
	return dst
}

// acceptable reports whether guess y is acceptable for gold label g with
// alternatives a.
func acceptable(g, a uint8, y int) bool {
	if int(g) == y || a&altAny != 0 {
		return true
	}
	if a&altMISC != 0 && g == 0 && y > 0 && types[typeOf(y)] == "MISC" {
		return true
	}
	if a&altPlace != 0 && g > 0 && y > 0 && partOf(int(g)) == partOf(y) && placeType(typeOf(int(g))) && placeType(typeOf(y)) {
		return true
	}
	return false
}

// placeType reports whether type index t is ORG or LOC.
func placeType(t int) bool { return types[t] == "ORG" || types[t] == "LOC" }

// target returns the label a wrong guess is moved towards: the
// best-scoring acceptable label that may follow prev, or the gold label.
func target(g, a uint8, prev int, s *[numLabels]float32) int {
	best := int(g)
	if a == 0 {
		return best
	}
	found := false
	for y := range numLabels {
		if acceptable(g, a, y) && allowed(prev, y) && (!found || s[y] > s[best]) {
			best, found = y, true
		}
	}
	return best
}

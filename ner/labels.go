package ner

// The label set: BIO over the CoNLL types. Index 0 is O; for type t (0..3),
// B is 1+2t and I is 2+2t.
var (
	types  = [...]string{"PER", "ORG", "LOC", "MISC"}
	labels = [...]string{"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"}
)

const numLabels = len(labels)

// labelIndex returns the index of a label, or 0 (O) if unknown.
func labelIndex(l string) int {
	for i, x := range labels {
		if x == l {
			return i
		}
	}
	return 0
}

// isInside reports whether label index y is an I- label.
func isInside(y int) bool { return y > 0 && y%2 == 0 }

// typeOf returns the type index of a B- or I- label, or -1 for O.
func typeOf(y int) int {
	if y == 0 {
		return -1
	}
	return (y - 1) / 2
}

// allowed reports whether label y may follow label prev in BIO: an I-X only
// after B-X or I-X.
func allowed(prev, y int) bool {
	return !isInside(y) || (prev > 0 && typeOf(prev) == typeOf(y))
}

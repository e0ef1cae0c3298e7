package ner

// The tagger decides between BILOU labels over the CoNLL types (Begin,
// Inside, Last, Unit-length), which model mention edges better than BIO
// (Ratinov & Roth 2009), and reports BIO. Index 0 is O; for type t (0..3)
// and part p (B, I, L, U = 0..3) the index is 1+4t+p.
var types = [...]string{"PER", "ORG", "LOC", "MISC"}

const (
	numTypes  = len(types)
	numLabels = 1 + 4*numTypes
	partB     = 0
	partI     = 1
	partL     = 2
	partU     = 3
)

// bioLabels is the BIO label reported for each internal label.
var bioLabels = func() [numLabels]string {
	var out [numLabels]string
	out[0] = "O"
	for t, name := range types {
		out[1+4*t+partB] = "B-" + name
		out[1+4*t+partI] = "I-" + name
		out[1+4*t+partL] = "I-" + name
		out[1+4*t+partU] = "B-" + name
	}
	return out
}()

// typeOf returns the type index of a label, or -1 for O.
func typeOf(y int) int {
	if y == 0 {
		return -1
	}
	return (y - 1) / 4
}

func partOf(y int) int { return (y - 1) % 4 }

// open reports whether label y leaves a mention open (B or I).
func open(y int) bool { return y > 0 && partOf(y) <= partI }

// allowed reports whether label y may follow label prev: inside a mention
// only I or L of its type; outside, only O, B or U.
func allowed(prev, y int) bool {
	if open(prev) {
		return y > 0 && typeOf(y) == typeOf(prev) && (partOf(y) == partI || partOf(y) == partL)
	}
	return y == 0 || partOf(y) == partB || partOf(y) == partU
}

// typeIndex returns the index of a type name, or -1.
func typeIndex(name string) int {
	for i, t := range types {
		if t == name {
			return i
		}
	}
	return -1
}

// encodeLabels converts one sentence's BIO labels to internal BILOU
// indexes, appending them to dst. Unknown types become O.
func encodeLabels(dst []uint8, bio []string) []uint8 {
	start := len(dst)
	for range bio {
		dst = append(dst, 0)
	}
	for _, sp := range Spans(bio) {
		t := typeIndex(sp.Type)
		if t < 0 {
			continue
		}
		base := uint8(1 + 4*t)
		if sp.End-sp.Start == 1 {
			dst[start+sp.Start] = base + partU
			continue
		}
		dst[start+sp.Start] = base + partB
		for i := sp.Start + 1; i < sp.End-1; i++ {
			dst[start+i] = base + partI
		}
		dst[start+sp.End-1] = base + partL
	}
	return dst
}

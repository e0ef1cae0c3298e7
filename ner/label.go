package ner

// Type is one of the tagger's entity classes, CoNLL-2003's four. The entity
// layer maps them to the finer output types (GPE, NORP, FAC, ...).
type Type uint8

// The tagger's classes; the zero Type is no class (the label O).
const (
	PER Type = iota + 1
	ORG
	LOC
	MISC
)

// String returns the class as CoNLL writes it: "PER", "ORG", "LOC" or
// "MISC"; "" for the zero Type.
func (t Type) String() string {
	if t == 0 || int(t) > len(types) {
		return ""
	}
	return types[t-1]
}

// ParseType returns the class named s ("PER", "ORG", "LOC", "MISC").
func ParseType(s string) (Type, bool) {
	i := typeIndex(s)
	return Type(i + 1), i >= 0
}

// Label is a BIO label as the tagger reports it: O, or the beginning (B-)
// or inside (I-) of a mention of one Type. It is one byte, so a document's
// labels cost a byte a token.
type Label uint8

// O is the label of a token outside every mention.
const O Label = 0

// Begin returns the label B-t.
func Begin(t Type) Label { return Label(2*t - 1) }

// Inside returns the label I-t.
func Inside(t Type) Label { return Label(2 * t) }

// Type returns the label's class, or 0 for O.
func (l Label) Type() Type { return Type((l + 1) / 2) }

// IsBegin reports whether l is a B- label.
func (l Label) IsBegin() bool { return l != O && l%2 == 1 }

// IsInside reports whether l is an I- label.
func (l Label) IsInside() bool { return l != O && l%2 == 0 }

// String returns the label as CoNLL writes it: "O", "B-PER", "I-ORG", ...
func (l Label) String() string {
	if int(l) >= len(labelNames) {
		return "O"
	}
	return labelNames[l]
}

// labelNames are the labels' strings, indexed by Label.
var labelNames = func() []string {
	out := []string{"O"}
	for _, t := range types {
		out = append(out, "B-"+t, "I-"+t)
	}
	return out
}()

// ParseLabel returns the label written s ("O", "B-PER", "I-MISC", ...).
func ParseLabel(s string) (Label, bool) {
	for i, n := range labelNames {
		if n == s {
			return Label(i), true
		}
	}
	return O, false
}

// labelOf returns the BIO label reported for the internal BILOU label y.
func labelOf(y uint8) Label {
	if y == 0 {
		return O
	}
	t := Type(typeOf(int(y)) + 1)
	if p := partOf(int(y)); p == partB || p == partU {
		return Begin(t)
	}
	return Inside(t)
}

// AppendLabels appends the BIO label of every token of doc, sentence after
// sentence, to dst and returns it. The labels are always valid BIO: an I-X
// label only follows B-X or I-X. With a large enough dst tagging allocates
// nothing per token.
func (m *Model) AppendLabels(dst []Label, doc [][]string) []Label {
	x := m.extractor()
	defer m.pool.Put(x)
	x.prepare(doc)
	n := len(x.words)
	if cap(x.out) < n {
		x.out = make([]uint8, n)
	}
	out := x.out[:n]
	x.decode(out, m.score, nil, nil, true)
	for _, y := range out {
		dst = append(dst, labelOf(y))
	}
	return dst
}

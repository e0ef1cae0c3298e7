package ner

import "sync"

// casingBuffers holds the buffers analyse writes, for CapitalBucket: an
// extractor with nothing else set.
var casingBuffers = sync.Pool{New: func() any { return new(extractor) }}

// CapitalBucket returns how often the lower-cased form of word is written
// with a capital in the middle of a sentence, in the unlabelled text the
// model's lexicon was built from, in five buckets: 1 for less than a fifth
// of the time (a common word: "protection"), up to 5 for four fifths or
// more (a name: "Boeing"); 0 if the form was too rare to count.
func (m *Model) CapitalBucket(word string) int {
	if m == nil || m.lex == nil {
		return 0
	}
	x := casingBuffers.Get().(*extractor)
	var ti tokInfo
	x.analyse(word, &ti)
	casingBuffers.Put(x)
	return int(m.lex.get(lexCaps, ti.lower))
}

package nlp

// tagPOS sets Token.POS.
//
// STUB: part-of-speech tagging lands with the tokenizer work.
func tagPOS(doc *Document) {}

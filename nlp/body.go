package nlp

// SegmentBody splits each of doc.Body's regions into sentences and tokens,
// in text order, appending them to doc.Sentences and doc.Tokens. The region
// equal to *title, if title is not nil, is one sentence marked Title.
func SegmentBody(doc *Document, title *Span) {
	if doc.Tokens == nil {
		// Room for the tokens news text has, about one per 5 bytes, so that a
		// big document does not grow its token slice (and throw away its
		// copies) a dozen times; text with more tokens still grows it.
		n := 0
		for _, r := range doc.Body {
			n += r.Len()
		}
		doc.Tokens = make([]Token, 0, n/bytesPerToken+16)
	}
	for _, region := range doc.Body {
		isTitle := title != nil && region == *title
		var spans []Span
		if isTitle {
			spans = []Span{trimSpan(doc.Text, region)}
		} else {
			spans = Segment(doc.Text, region)
		}
		for _, s := range spans {
			if s.Len() == 0 {
				continue
			}
			idx := len(doc.Sentences)
			first := len(doc.Tokens)
			doc.Tokens = Tokenize(doc.Text, s, doc.Tokens)
			for i := first; i < len(doc.Tokens); i++ {
				doc.Tokens[i].Sentence = int32(idx)
			}
			doc.Sentences = append(doc.Sentences, Sentence{
				Span: s, Text: doc.Text[s.Start:s.End], Title: isTitle,
				TokenStart: first, TokenEnd: len(doc.Tokens),
			})
		}
	}
}

// bytesPerToken is about the bytes per token of English news text (5.2 in
// BBC stories), rounded down so that the estimate errs on the large side.
const bytesPerToken = 5

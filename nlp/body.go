package nlp

// SegmentBody splits each of doc.Body's regions into sentences and tokens,
// in text order, appending them to doc.Sentences and doc.Tokens. The region
// equal to *title, if title is not nil, is one sentence marked Title.
func SegmentBody(doc *Document, title *Span) {
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
				doc.Tokens[i].Sentence = idx
			}
			doc.Sentences = append(doc.Sentences, Sentence{
				Span: s, Text: doc.Text[s.Start:s.End], Title: isTitle,
				TokenStart: first, TokenEnd: len(doc.Tokens),
			})
		}
	}
}

package ner

import "sort"

// Unknown is the label Retokenize gives a token that cuts across a gold
// mention's edge ("Kremlin-backed" where the gold tokens were Kremlin, -,
// backed and only Kremlin a mention): training accepts any label there.
const Unknown = "?"

// Splitter splits a text into sentences of tokens, each token a byte range
// [start, end) of the text, as the pipeline's segmenter and tokenizer do.
type Splitter func(text string) [][][2]int

// Retokenize rebuilds each sentence of d as text (as Render does, so with
// NoSpaceAfter the text as written), splits it with split and carries the
// gold mentions over to the new tokens by their offsets. A token that lies
// wholly inside a mention gets its type (B- on the mention's first token);
// one that straddles a mention's edge, or a mention that straddles a
// sentence break, gets Unknown. So training data tokenized unlike CoNLL
// ("U . S .", "Ruto ’ s", "Kim In - so") teaches the tokens the pipeline
// will show the tagger.
func Retokenize(d Document, split Splitter) Document {
	var out Document
	for _, s := range d {
		r := Render(Document{s})
		ms := r.Mentions             // in order, not overlapping
		bad := make([]bool, len(ms)) // mentions cut by a token or a sentence break
		sents := split(r.Text)
		for _, toks := range sents {
			ns := Sentence{Words: make([]string, len(toks)), Labels: make([]string, len(toks))}
			for i, t := range toks {
				ns.Words[i] = r.Text[t[0]:t[1]]
				ns.Labels[i] = "O"
				// The last mention that starts before the token ends.
				k := sort.Search(len(ms), func(j int) bool { return ms[j].Start >= t[1] }) - 1
				if k < 0 || ms[k].End <= t[0] {
					continue // outside every mention
				}
				m := ms[k]
				switch {
				case t[0] < m.Start || t[1] > m.End:
					for j := k; j >= 0 && ms[j].End > t[0]; j-- {
						bad[j] = true // every mention the token overlaps
					}
				case t[0] == m.Start || i == 0:
					ns.Labels[i] = "B-" + m.Type
				default:
					ns.Labels[i] = "I-" + m.Type
				}
			}
			// A mention cut by a sentence break is not a mention of either part.
			if len(toks) > 0 {
				if k, ok := mentionAt(ms, toks[0][0]); ok && ms[k].Start < toks[0][0] {
					bad[k] = true
				}
				if k, ok := mentionAt(ms, toks[len(toks)-1][1]-1); ok && ms[k].End > toks[len(toks)-1][1] {
					bad[k] = true
				}
			}
			out = append(out, ns)
		}
		// Every token of a cut mention is Unknown.
		ss := out[len(out)-len(sents):]
		for si, toks := range sents {
			for i, t := range toks {
				for k := sort.Search(len(ms), func(j int) bool { return ms[j].Start >= t[1] }) - 1; k >= 0 && ms[k].End > t[0]; k-- {
					if bad[k] {
						ss[si].Labels[i] = Unknown
					}
				}
			}
		}
	}
	return out
}

// mentionAt returns the index of the mention covering byte i of the text,
// if any (ms sorted and not overlapping).
func mentionAt(ms []TextSpan, i int) (int, bool) {
	k := sort.Search(len(ms), func(j int) bool { return ms[j].Start > i }) - 1
	return k, k >= 0 && ms[k].End > i
}

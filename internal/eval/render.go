package eval

import "unicode/utf8"

// The spacing rules of ner_score.py's render(): no space before these
// tokens, none after those.
var (
	noSpaceBefore = map[string]bool{",": true, ".": true, ";": true, ":": true, "!": true, "?": true, ")": true,
		"]": true, "}": true, "%": true, "'s": true, "n't": true, "'": true, "''": true, "'re": true, "'ve": true,
		"'ll": true, "'d": true, "'m": true, "'S": true}
	noSpaceAfter = map[string]bool{"(": true, "[": true, "{": true, "$": true, "``": true}
)

// Rendered is a labelled document rebuilt as natural text.
type Rendered struct {
	Text   string
	Tokens [][]Mention // per sentence, per token: its code point span (Type unused)
	Gold   []Mention   // gold mentions in code points, types as labelled
}

// Render rebuilds a document's text from its tokens exactly as
// ../shared/tools/ner_score.py does: one sentence a line, a space between
// tokens except around punctuation. labels may be nil.
func Render(sents [][]string, labels [][]string) Rendered {
	var r Rendered
	var b []byte
	pos := 0
	for si, sent := range sents {
		if si > 0 {
			b = append(b, '\n')
			pos++
		}
		var cur *Mention
		prev := ""
		spans := make([]Mention, len(sent))
		for ti, tok := range sent {
			if ti > 0 && !noSpaceBefore[tok] && !noSpaceAfter[prev] {
				b = append(b, ' ')
				pos++
			}
			start := pos
			b = append(b, tok...)
			pos += utf8.RuneCountInString(tok)
			spans[ti] = Mention{Start: start, End: pos}
			prev = tok
			if labels == nil {
				continue
			}
			tag := labels[si][ti]
			kind := ""
			if len(tag) > 2 {
				kind = tag[2:]
			}
			switch {
			case len(tag) > 2 && (tag[:2] == "B-" || (tag[:2] == "I-" && (cur == nil || cur.Type != kind))):
				if cur != nil {
					r.Gold = append(r.Gold, *cur)
				}
				cur = &Mention{Start: start, End: pos, Type: kind}
			case len(tag) > 2 && tag[:2] == "I-":
				cur.End = pos
			default:
				if cur != nil {
					r.Gold = append(r.Gold, *cur)
				}
				cur = nil
			}
		}
		if cur != nil {
			r.Gold = append(r.Gold, *cur)
		}
		r.Tokens = append(r.Tokens, spans)
	}
	r.Text = string(b)
	return r
}

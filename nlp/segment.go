package nlp

import "strings"

// Segment splits text[region] into sentence spans. Blank lines are always
// boundaries. Leading and trailing white space is left out of every span.
//
// STUB: a placeholder until the real segmenter lands.
func Segment(text string, region Span) []Span {
	var out []Span
	start := region.Start
	flush := func(end int) {
		s := trimSpan(text, Span{start, end})
		if s.Len() > 0 {
			out = append(out, s)
		}
	}
	for i := region.Start; i < region.End; i++ {
		c := text[i]
		if c == '\n' && strings.HasPrefix(text[i+1:region.End], "\n") {
			flush(i)
			start = i + 1
		} else if (c == '.' || c == '!' || c == '?') && i+1 < region.End && text[i+1] == ' ' {
			flush(i + 1)
			start = i + 1
		}
	}
	flush(region.End)
	return out
}

// trimSpan narrows s to exclude leading and trailing ASCII white space.
func trimSpan(text string, s Span) Span {
	for s.Start < s.End && isSpace(text[s.Start]) {
		s.Start++
	}
	for s.End > s.Start && isSpace(text[s.End-1]) {
		s.End--
	}
	return s
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'
}

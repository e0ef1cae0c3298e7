package nlp_test

import (
	"fmt"

	"github.com/newsnlp/newsnlp/nlp"
)

// Segment returns byte spans into the text: a heading line, a sentence ending
// with an abbreviation, a quote, a hard-wrapped sentence and a bullet.
func ExampleSegment() {
	text := "Ruto, Abiy Meet in Nairobi\n" +
		"The talks moved to the U.S. He said “no.” Gov. Tina Kotek\n" +
		"met them at 9 a.m. on Jan. 5.\n\n" +
		"• Talks resume Friday"
	for _, s := range nlp.Segment(text, nlp.Span{Start: 0, End: len(text)}) {
		fmt.Printf("%d-%d %q\n", s.Start, s.End, text[s.Start:s.End])
	}
	// Output:
	// 0-26 "Ruto, Abiy Meet in Nairobi"
	// 27-54 "The talks moved to the U.S."
	// 55-72 "He said “no.”"
	// 73-118 "Gov. Tina Kotek\nmet them at 9 a.m. on Jan. 5."
	// 120-143 "• Talks resume Friday"
}

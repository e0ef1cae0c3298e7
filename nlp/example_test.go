package nlp_test

import (
	"fmt"

	"github.com/newsnlp/newsnlp/nlp"
)

// Segment returns byte spans into the text: a heading line, a sentence ending
// with an abbreviation, a quote, a hard-wrapped sentence and a bullet.
func ExampleSegment() {
	text := "Trump, Putin Meet in Alaska\n" +
		"The talks moved to the U.S. He said “no.” Gov. Mike Dunleavy\n" +
		"met them at 9 a.m. on Jan. 5.\n\n" +
		"• Talks resume Friday"
	for _, s := range nlp.Segment(text, nlp.Span{Start: 0, End: len(text)}) {
		fmt.Printf("%d-%d %q\n", s.Start, s.End, text[s.Start:s.End])
	}
	// Output:
	// 0-27 "Trump, Putin Meet in Alaska"
	// 28-55 "The talks moved to the U.S."
	// 56-73 "He said “no.”"
	// 74-122 "Gov. Mike Dunleavy\nmet them at 9 a.m. on Jan. 5."
	// 124-147 "• Talks resume Friday"
}

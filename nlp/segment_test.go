package nlp

import (
	"strings"
	"testing"
	"time"
)

// segmentTexts splits the whole of text and returns the sentences' texts,
// after checking the spans' invariants.
func segmentTexts(t *testing.T, text string) []string {
	t.Helper()
	region := Span{0, len(text)}
	spans := Segment(text, region)
	checkSentences(t, text, region, spans)
	out := make([]string, len(spans))
	for i, s := range spans {
		out[i] = text[s.Start:s.End]
	}
	return out
}

// checkSentences asserts what every segmentation must satisfy: spans inside
// the region, in order, not overlapping, not empty, without white space at
// either end, and nothing but white space left between them.
func checkSentences(t testing.TB, text string, region Span, spans []Span) {
	t.Helper()
	prev := region.Start
	for i, s := range spans {
		if s.Start < prev || s.End > region.End || s.Len() <= 0 {
			t.Fatalf("sentence %d %v out of order, empty or outside region %v (previous end %d)", i, s, region, prev)
		}
		if trimSpan(text, s) != s {
			t.Fatalf("sentence %d %q has white space at an end", i, text[s.Start:s.End])
		}
		if gap := text[prev:s.Start]; !isBlank(gap) {
			t.Fatalf("text %q before sentence %d is in no sentence", gap, i)
		}
		prev = s.End
	}
	if gap := text[prev:region.End]; !isBlank(gap) {
		t.Fatalf("text %q at the end is in no sentence", gap)
	}
}

func isBlank(s string) bool {
	for i := 0; i < len(s); {
		n := spaceAt(s, i)
		if n == 0 {
			return false
		}
		i += n
	}
	return true
}

func TestSegment(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"titles before names", "Sen. Ted Cruz met Gov. Greg Abbott, Rep. Nancy Pelosi, Gen. Mark Milley and Lt. Col. Alexander Vindman.",
			[]string{"Sen. Ted Cruz met Gov. Greg Abbott, Rep. Nancy Pelosi, Gen. Mark Milley and Lt. Col. Alexander Vindman."}},
		{"courtesy titles", "Mr. and Mrs. Smith met Dr. Jones at St. Mary's. They talked.",
			[]string{"Mr. and Mrs. Smith met Dr. Jones at St. Mary's.", "They talked."}},
		{"U.S. ends a sentence", "The company moved to the U.S. He said it was cheaper.",
			[]string{"The company moved to the U.S.", "He said it was cheaper."}},
		{"U.S. and U.K. before nouns", "The U.K. government and U.S. President Rita Cardoso spoke with U.S. Sen. Ted Cruz.",
			[]string{"The U.K. government and U.S. President Rita Cardoso spoke with U.S. Sen. Ted Cruz."}},
		{"months and numbers", "On Jan. 5 and Dec. 12 he visited No. 10 Downing Street. It rained.",
			[]string{"On Jan. 5 and Dec. 12 he visited No. 10 Downing Street.", "It rained."}},
		{"company suffixes", "Acme Inc. and Widget Corp. merged with Foo Ltd. and Bar Co. on Friday.",
			[]string{"Acme Inc. and Widget Corp. merged with Foo Ltd. and Bar Co. on Friday."}},
		{"company suffix ends a sentence", "The deal was signed by Bar Co. It closed on Monday.",
			[]string{"The deal was signed by Bar Co.", "It closed on Monday."}},
		{"company suffix before a title", "Apple Inc. Chief Executive Tim Cook spoke.",
			[]string{"Apple Inc. Chief Executive Tim Cook spoke."}},
		{"vs., a.m., p.m.", "It was Texas vs. California at 9 a.m. and again at 3 p.m. on Monday.",
			[]string{"It was Texas vs. California at 9 a.m. and again at 3 p.m. on Monday."}},
		{"p.m. ends a sentence", "Mr. Smith arrived at 5 p.m. He was late.",
			[]string{"Mr. Smith arrived at 5 p.m.", "He was late."}},
		{"e.g. and i.e.", "Some fruit, e.g. Apples, and some vegetables, i.e. Carrots, were sold.",
			[]string{"Some fruit, e.g. Apples, and some vegetables, i.e. Carrots, were sold."}},
		{"D.C. ends a sentence", "The firm is based in Washington, D.C. It employs 500 people.",
			[]string{"The firm is based in Washington, D.C.", "It employs 500 people."}},
		{"straight quote ends a sentence", `He said "no." Then he left.`,
			[]string{`He said "no."`, "Then he left."}},
		{"curly quote ends a sentence", "She said “I will not.” Later, she did.",
			[]string{"She said “I will not.”", "Later, she did."}},
		{"quote continues", "“Why?” she asked. 'Go!' he shouted. They ran.",
			[]string{"“Why?” she asked.", "'Go!' he shouted.", "They ran."}},
		{"question and exclamation", "Is it? Yes! Really?! Sure.",
			[]string{"Is it?", "Yes!", "Really?!", "Sure."}},
		{"headline line", "Ruto, Abiy Meet in Nairobi\nThe two leaders met on Friday. Talks went on.",
			[]string{"Ruto, Abiy Meet in Nairobi", "The two leaders met on Friday.", "Talks went on."}},
		{"capitals headline", "BREAKING NEWS\nMarkets fell sharply on Monday.",
			[]string{"BREAKING NEWS", "Markets fell sharply on Monday."}},
		{"bullets", "Key points:\n- The budget is the first since 2019\n- Ferraz wants lower taxes\n• Cardoso wants more jobs\n* Porto was not consulted",
			[]string{"Key points:", "- The budget is the first since 2019", "- Ferraz wants lower taxes", "• Cardoso wants more jobs", "* Porto was not consulted"}},
		{"numbered lines", "Results:\n1. Ato Boldon 20.09\n2. Frankie Fredericks 20.12",
			[]string{"Results:", "1. Ato Boldon 20.09", "2. Frankie Fredericks 20.12"}},
		{"blank line", "A paragraph without a period\n\nAnother paragraph",
			[]string{"A paragraph without a period", "Another paragraph"}},
		{"CRLF blank line", "First part without a period\r\n\r\nsecond part",
			[]string{"First part without a period", "second part"}},
		{"spaces-only line", "first part\n   \t \nsecond part",
			[]string{"first part", "second part"}},
		{"NBSP-only line", "first part\n\u00a0\nsecond part",
			[]string{"first part", "second part"}},
		{"paragraph separator", "first part\u2029second part",
			[]string{"first part", "second part"}},
		{"hard-wrapped prose", "Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed have\nmet in Mombasa for talks aimed at reopening the border crossings closed\nin the spring. The meeting, held at the Coast Provincial Hall in\nMombasa, is their third this year.",
			[]string{"Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed have\nmet in Mombasa for talks aimed at reopening the border crossings closed\nin the spring.",
				"The meeting, held at the Coast Provincial Hall in\nMombasa, is their third this year."}},
		{"wrapped before a name", "Officials said the agreement was reached late on Thursday with President\nWilliam Ruto after hours of talks in the Kremlin on Thursday night.",
			[]string{"Officials said the agreement was reached late on Thursday with President\nWilliam Ruto after hours of talks in the Kremlin on Thursday night."}},
		{"one paragraph a line", "He works for Acme Corp.\nShares rose 5 percent.",
			[]string{"He works for Acme Corp.", "Shares rose 5 percent."}},
		{"decimals and money", "Prices rose 3.5 percent to $1,234.56 in 2024. Analysts were surprised.",
			[]string{"Prices rose 3.5 percent to $1,234.56 in 2024.", "Analysts were surprised."}},
		{"ellipsis inside", "He paused... and then continued. It was late.",
			[]string{"He paused... and then continued.", "It was late."}},
		{"ellipsis character ends", "Wait… What happened?",
			[]string{"Wait…", "What happened?"}},
		{"initials", "J. K. Rowling and George W. Bush met. They talked.",
			[]string{"J. K. Rowling and George W. Bush met.", "They talked."}},
		{"URL and e-mail", "See www.example.com/news.html for more. Email tips@example.org. Thanks.",
			[]string{"See www.example.com/news.html for more.", "Email tips@example.org.", "Thanks."}},
		{"saint and street", "They visited St. Louis and then Main St. The trip was long.",
			[]string{"They visited St. Louis and then Main St.", "The trip was long."}},
		{"dateline", "LONDON, Aug 30 (Reuters) - Britain's economy grew. It was fast.",
			[]string{"LONDON, Aug 30 (Reuters) - Britain's economy grew.", "It was fast."}},
		{"multi-byte text", "Zürich’s café opened. Naïve résumés followed.",
			[]string{"Zürich’s café opened.", "Naïve résumés followed."}},
		{"only white space", " \n\u00a0\t", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := segmentTexts(t, tt.text)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") || len(got) != len(tt.want) {
				t.Errorf("Segment(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestSegmentRegion(t *testing.T) {
	text := "Outside. Alpha beta. Gamma delta.\n\nOutside too."
	start := strings.Index(text, "Alpha")
	end := strings.Index(text, "\n\n") + 1
	region := Span{start, end}
	spans := Segment(text, region)
	checkSentences(t, text, region, spans)
	var got []string
	for _, s := range spans {
		got = append(got, text[s.Start:s.End])
	}
	want := []string{"Alpha beta.", "Gamma delta."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
	if spans[0].Start != start {
		t.Errorf("first span starts at %d, want %d (offsets into the whole text)", spans[0].Start, start)
	}
}

func TestSegmentBadRegion(t *testing.T) {
	text := "One. Two."
	for _, r := range []Span{{-5, 3}, {4, 100}, {7, 2}, {100, 200}} {
		spans := Segment(text, r)
		checkSentences(t, text, clampSpan(text, r), spans)
	}
}

func TestTrimSpan(t *testing.T) {
	text := "\u00a0 \u2003Hello\u3000\r\n"
	s := trimSpan(text, Span{0, len(text)})
	if got := text[s.Start:s.End]; got != "Hello" {
		t.Errorf("trimSpan = %q, want %q", got, "Hello")
	}
}

// TestLinearTime feeds inputs that would take minutes if any rule rescanned
// text quadratically: long runs without spaces, lone CRs, many
// abbreviations after one long word.
func TestLinearTime(t *testing.T) {
	const n = 1 << 18
	inputs := map[string]string{
		"glued periods": strings.Repeat("ab.", n/3),
		"lone CRs":      strings.Repeat("word\r", n/5),
		"initials":      strings.Repeat("x", n/2) + strings.Repeat(" A.", n/6),
		"closers":       strings.Repeat(".)", n/2),
		"spaced dots":   strings.Repeat(" .", n/2),
		"markers":       strings.Repeat("1. a) ", n/6),
		"bullets":       strings.Repeat(" •", n/4),
		"long line":     strings.Repeat("Word ", n/5),
	}
	for name, text := range inputs {
		start := time.Now()
		spans := Segment(text, Span{0, len(text)})
		var toks []Token
		for _, s := range spans {
			toks = Tokenize(text, s, toks[:0])
		}
		t.Logf("%s: %v", name, time.Since(start))
		// Linear work takes milliseconds; a quadratic rule, tens of seconds.
		if d := time.Since(start); d > 20*time.Second {
			t.Errorf("%s: %v for %d bytes", name, d, len(text))
		}
	}
}

package eval

import (
	"strings"
	"testing"
)

func TestQuoteScores(t *testing.T) {
	//           0         1         2         3         4         5         6         7
	//           0123456789012345678901234567890123456789012345678901234567890123456789012345
	text := `"We will win," Ortiz said. Weber wants a recount. Officials said it was late.`
	gold := QuoteDoc{ID: "a", Text: text, Quotes: []GoldQuote{
		{Start: 0, End: 14, Kind: "direct", Speech: true, Mention: &[2]int{15, 20}},     // "We will win," with its marks
		{Start: 33, End: 49, Kind: "indirect", Speech: false, Mention: &[2]int{27, 32}}, // a belief: left out
		{Start: 65, End: 76, Kind: "indirect", Speech: true, Mention: &[2]int{50, 59}},  // it was late
	}}
	pred := []PredQuote{
		{Start: 1, End: 12, Kind: "direct", Mention: &[2]int{15, 20}},    // matches the direct quote
		{Start: 33, End: 49, Kind: "indirect", Mention: &[2]int{27, 32}}, // matches the belief: not counted
		{Start: 60, End: 64, Kind: "indirect"},                           // "said" alone: overlaps nothing
	}
	s := NewQuoteScores()
	s.AddDoc(gold, pred)
	if s.Overlap.Gold != 2 || s.Overlap.Pred != 2 || s.Overlap.TP != 1 || s.LeftOut != 1 {
		t.Errorf("overlap counts %+v, left out %d; want gold 2, pred 2, TP 1, left out 1", s.Overlap, s.LeftOut)
	}
	if s.Direct.TP != 1 || s.Direct.Gold != 1 {
		t.Errorf("direct %+v", s.Direct)
	}
	if s.Speaker.TP != 1 || s.Speaker.Gold != 1 {
		t.Errorf("speaker %+v", s.Speaker)
	}
	// exact, once marks and punctuation are trimmed: "We will win" both
	if s.Exact.TP != 1 || s.Exact.Pred != 2 || s.Exact.Gold != 2 {
		t.Errorf("exact %+v", s.Exact)
	}
	if len(s.Misses) != 1 || s.Misses[0].Text != "it was late" || len(s.Spurious) != 1 {
		t.Errorf("misses %v, spurious %v", s.Misses, s.Spurious)
	}
}

// Matching is one to one, best overlap first, ties to the later gold and
// prediction as quote_score.py's reverse sort of (iou, gold, pred) has it.
func TestQuoteMatchingOneToOne(t *testing.T) {
	gold := QuoteDoc{Text: strings.Repeat("x", 40), Quotes: []GoldQuote{
		{Start: 0, End: 10, Speech: true}, {Start: 0, End: 10, Speech: true},
	}}
	s := NewQuoteScores()
	s.AddDoc(gold, []PredQuote{{Start: 0, End: 10}})
	if s.Overlap.TP != 1 || s.Overlap.Gold != 2 {
		t.Errorf("%+v: one prediction matches one gold quote", s.Overlap)
	}
	if len(s.Misses) != 1 || s.Misses[0].Start != 0 {
		t.Errorf("misses %v", s.Misses)
	}
	// an overlap below one half does not match
	s = NewQuoteScores()
	s.AddDoc(QuoteDoc{Text: gold.Text, Quotes: []GoldQuote{{Start: 0, End: 10, Speech: true}}}, []PredQuote{{Start: 6, End: 20}})
	if s.Overlap.TP != 0 {
		t.Errorf("iou 4/20 matched")
	}
}

func TestReadQuoteDocs(t *testing.T) {
	in := `{"id":"p1","text":"Ortiz said it was late. Weber wants more.","quotes":[` +
		`{"content":{"start":11,"end":22},"speaker":{"start":0,"end":5},"cue":{"start":6,"end":10},"kind":"indirect"},` +
		`{"content":{"start":36,"end":40},"speaker":{"start":24,"end":29},"cue":{"start":30,"end":35},"kind":"indirect"}]}
{"id":"m1","quotes":[{"content_start":0,"content_end":3,"kind":"direct","speaker":"Ana Ortiz","speaker_mention_start":5,"speaker_mention_end":10,"cue":"said"}]}
`
	docs, err := ReadQuoteDocs(strings.NewReader(in), map[string]string{"m1": "Yes, Ortiz said."})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || len(docs[0].Quotes) != 2 || !docs[0].Quotes[0].Speech || docs[0].Quotes[1].Speech {
		t.Fatalf("PolNeAR form: %+v", docs)
	}
	if q := docs[1].Quotes[0]; docs[1].Text != "Yes, Ortiz said." || q.Name != "Ana Ortiz" || !q.Named || q.Mention == nil {
		t.Errorf("named form: %+v", docs[1])
	}
	if _, err := ReadQuoteDocs(strings.NewReader(`{"id":"m2","quotes":[]}`), nil); err == nil {
		t.Error("a named-form line without its article text was accepted")
	}
}

func TestIsSpeechCue(t *testing.T) {
	for cue, want := range map[string]bool{"said": true, "according to": true, ":": true, "told reporters": true, "": true,
		"wants": false, "believes": false, "plans": false, "seemed": false} {
		if got := IsSpeechCue(cue); got != want {
			t.Errorf("IsSpeechCue(%q) = %v", cue, got)
		}
	}
}

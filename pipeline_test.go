package newsnlp

import (
	"context"
	"testing"

	"github.com/newsnlp/newsnlp/nlp"
)

// TestSegmentDocOrder: a title region that does not open the text (after a
// breadcrumb, say) still yields sentences in text order, with the title
// sentence marked.
func TestSegmentDocOrder(t *testing.T) {
	text := "Home > World\n\nLisbon Backs Harbour Plan\n\nThe council voted on Tuesday. Work starts in spring."
	title := nlp.Span{Start: 14, End: 39}
	if got := text[title.Start:title.End]; got != "Lisbon Backs Harbour Plan" {
		t.Fatalf("bad test span %q", got)
	}
	doc := &nlp.Document{Text: text, Body: []nlp.Span{{Start: 0, End: 12}, title, {Start: 41, End: len(text)}}}
	nlp.SegmentBody(doc, &title)
	var titles int
	for i, s := range doc.Sentences {
		if i > 0 && s.Start < doc.Sentences[i-1].End {
			t.Errorf("sentence %d %q starts before sentence %d ends", i, s.Text, i-1)
		}
		if s.Title {
			titles++
			if s.Span != title {
				t.Errorf("title sentence %q, want %q", s.Text, text[title.Start:title.End])
			}
		}
		if doc.SentenceAt(s.Start) != i {
			t.Errorf("SentenceAt(%d) = %d, want %d", s.Start, doc.SentenceAt(s.Start), i)
		}
	}
	if titles != 1 {
		t.Errorf("%d title sentences, want 1", titles)
	}
}

// TestParseSentencesInTextOrder runs the whole pipeline on texts whose first
// line is not their title and checks that sentences and tokens come in text
// order, whatever the layout found.
func TestParseSentencesInTextOrder(t *testing.T) {
	p, err := DefaultParser()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"News\n\nOkafor, Mensah Meet in Lagos for Summit\n\nThe two leaders met on Friday in Abuja. They spoke for three hours.",
		"LAGOS 2019-08-30\nRUGBY - OKAFOR NAMED AS NIGERIA CAPTAIN .\nAda Okafor was named Nigeria captain on Friday.",
		"Zorvat 2 Quillon (Z) 0\nCarlow 1 Wexford 1\nLagos won the title on Sunday.",
	} {
		doc, err := p.Parse(context.Background(), Source{Name: "t", Text: text}, Options{Entities: true})
		if err != nil {
			t.Fatal(err)
		}
		for i := 1; i < len(doc.Sentences); i++ {
			if doc.Sentences[i].Start < doc.Sentences[i-1].End {
				t.Errorf("%q: sentences %d and %d out of order", text, i-1, i)
			}
		}
		for i := 1; i < len(doc.Tokens); i++ {
			if doc.Tokens[i].Start < doc.Tokens[i-1].End {
				t.Errorf("%q: tokens %d and %d out of order", text, i-1, i)
			}
		}
	}
}

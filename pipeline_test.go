package newsnlp

import (
	"context"
	"strings"
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

// captionPage is an HTML page whose article holds captions, written for
// this test.
const captionPage = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Lighthouse reopens after 30-year restoration | Coast Herald</title></head><body>
<article><h1>Lighthouse reopens after 30-year restoration</h1>
<p>A retired teacher who spent 30 years restoring a lighthouse on the Kessport coast opened it to visitors on Saturday.</p>
<div class="caption">Officials ordered the cull of 20,000 gulls nesting on the tower</div>
<p>Margaret Pellow, 71, bought the crumbling tower for one pound from the council in 1984 and rebuilt it almost single-handedly.</p>
<figure><img src="/tower.jpg"><figcaption>The lighthouse tower at dawn on Saturday. Photo: Kessport Images</figcaption></figure>
<p>This undated file photo shows the tower before its restoration began.</p>
<p>The tower, which had been empty since the 1950s, now houses a small museum about the shipwrecks along the coast.</p>
<p>"People told me I was mad," Mrs Pellow said, standing by the lamp she had polished every week for three decades.</p>
<p>(Produced by the Coast Herald video team)</p>
</article></body></html>`

// TestParseHTMLDropped: on an HTML page the furniture left out is listed in
// Dropped with offsets into the analysed text, one pass finds it, and no
// caption is a sentence the summarizer can pick.
func TestParseHTMLDropped(t *testing.T) {
	p, err := DefaultParser()
	if err != nil {
		t.Fatal(err)
	}
	doc, err := p.Parse(context.Background(), Source{Name: "page.html", Text: captionPage, HTML: true}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "Lighthouse reopens after 30-year restoration" {
		t.Errorf("title %q", doc.Title)
	}
	for _, d := range doc.Dropped {
		if d.Start < 0 || d.End > len(doc.Text) || d.Start >= d.End {
			t.Fatalf("dropped %v out of the text (%d bytes)", d, len(doc.Text))
		}
	}
	for _, c := range []string{"Officials ordered the cull", "The lighthouse tower at dawn", "This undated file photo", "(Produced by"} {
		i := strings.Index(doc.Text, c)
		if i < 0 {
			t.Errorf("analysed text lacks %q: offsets of dropped regions index the text with its furniture", c)
			continue
		}
		listed := false
		for _, d := range doc.Dropped {
			listed = listed || d.Reason == "caption" && d.Start <= i && i+len(c) <= d.End
		}
		if !listed {
			t.Errorf("caption %q not listed in Dropped: %+v", c, doc.Dropped)
		}
	}
	for _, s := range doc.Sentences {
		for _, bad := range []string{"cull of 20,000", "tower at dawn", "undated file photo", "Produced by"} {
			if strings.Contains(s.Text, bad) {
				t.Errorf("caption %q is a sentence of the story", s.Text)
			}
		}
	}
}

// TestParseTextByline: scraped text names its author in a byline line, as
// an HTML page does in its metadata, and the document carries it, as
// `newsnlp extract` shows it.
func TestParseTextByline(t *testing.T) {
	p, err := DefaultParser()
	if err != nil {
		t.Fatal(err)
	}
	text := "Port Reopens After Strike\n\nBy Karl Weber | Harbour Times\n\nThe port of Faro reopened on Monday after a two-week strike. Dockers returned to work at dawn."
	doc, err := p.Parse(context.Background(), Source{Name: "t", Text: text}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Byline != "Karl Weber" {
		t.Errorf("byline %q, want %q", doc.Byline, "Karl Weber")
	}
}

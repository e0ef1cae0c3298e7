package sumeval

import (
	"bytes"
	"compress/gzip"
	"context"
	"math"
	"strings"
	"testing"

	"github.com/newsnlp/newsnlp"
	"github.com/newsnlp/newsnlp/nlp"
	"github.com/newsnlp/newsnlp/summarize"
)

const jsonl = `{"id":"a","text":"The council approved the bridge on Tuesday. Work starts in May. Critics said it costs too much. The mayor disagreed.","summary":"The council approved the bridge on Tuesday.\nWork starts in May."}

{"text":"Rain fell across Wales on Sunday. Rivers rose quickly. Roads were closed in three towns. Schools stay shut on Monday.","summary":"Roads were closed in three towns."}
`

func TestRead(t *testing.T) {
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(jsonl))
	zw.Close()
	for name, in := range map[string][]byte{"plain": []byte(jsonl), "gzip": gz.Bytes()} {
		arts, err := Read(bytes.NewReader(in))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(arts) != 2 || arts[0].ID != "a" || arts[1].ID != "line3" || !strings.HasPrefix(arts[1].Summary, "Roads") {
			t.Errorf("%s: %+v", name, arts)
		}
	}
	for _, bad := range []string{"{\"text\":\"x\"}\n", "not json\n"} {
		if _, err := Read(strings.NewReader(bad)); err == nil || !strings.Contains(err.Error(), "line 1") {
			t.Errorf("Read(%q) error = %v, want one naming line 1", bad, err)
		}
	}
}

func parsed(t *testing.T) []Parsed {
	t.Helper()
	arts, err := Read(strings.NewReader(jsonl))
	if err != nil {
		t.Fatal(err)
	}
	p, err := newsnlp.DefaultParser()
	if err != nil {
		t.Fatal(err)
	}
	docs, err := Parse(context.Background(), p, arts)
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

func TestEvaluate(t *testing.T) {
	docs := parsed(t)
	// A summarizer that returns exactly the reference sentences scores 100;
	// one that returns nothing scores 0.
	oracle := func(doc *nlp.Document, n int) []summarize.Sentence {
		var out []summarize.Sentence
		for _, d := range docs {
			if d.Doc != doc {
				continue
			}
			for i, s := range doc.Sentences {
				if strings.Contains(d.Summary, s.Text) {
					out = append(out, summarize.Sentence{Span: s.Span, Index: i, Text: s.Text})
				}
			}
		}
		return out
	}
	empty := func(*nlp.Document, int) []summarize.Sentence { return nil }
	res := Evaluate(docs, 2, []string{"oracle", "empty", "lead"}, []Summarizer{oracle, empty, Lead})
	if res.Docs != 2 || res.Failed != 0 {
		t.Fatalf("docs %d failed %d", res.Docs, res.Failed)
	}
	or, em, le := res.Systems[0], res.Systems[1], res.Systems[2]
	for _, v := range []float64{or.R1, or.R2, or.RLsum} {
		if math.Abs(v-100) > 1e-9 {
			t.Errorf("oracle scores %+v, want 100", or)
		}
	}
	if em.R1 != 0 || em.R2 != 0 || em.RLsum != 0 || em.Words != 0 {
		t.Errorf("empty summaries score %+v, want 0", em)
	}
	// LEAD-2 is the first article's reference and shares no word with the
	// second's: the mean is 50.
	if math.Abs(le.R1-50) > 1e-9 || math.Abs(le.R2-50) > 1e-9 || le.LeadShare != 1 {
		t.Errorf("lead-2 = %+v", le)
	}
	if !strings.Contains(res.String(), "oracle") {
		t.Errorf("table lacks the system names:\n%s", res)
	}
}

func TestLead(t *testing.T) {
	doc := parsed(t)[0].Doc
	doc.Sentences[0].Title = true
	lead := Lead(doc, 2)
	if len(lead) != 2 || lead[0].Index != 1 || lead[1].Index != 2 {
		t.Errorf("Lead should skip the title: %+v", lead)
	}
}

func TestCrossValidate(t *testing.T) {
	docs := parsed(t)
	if _, err := CrossValidate(docs, 1, nil, 1, 2, summarize.DefaultTrainConfig); err == nil {
		t.Error("one fold accepted")
	}
	// Each of the two articles is scored by a model trained on the other
	// and on the extra story; LEAD-2 scores as Evaluate scores it.
	extra := TrainDocs(docs[:1], 2)
	if len(extra) != 1 || extra[0].Weight != 2 || extra[0].Reference != docs[0].Summary {
		t.Fatalf("TrainDocs = %+v", extra)
	}
	res, err := CrossValidate(docs, 1, extra, 2, 2, summarize.DefaultTrainConfig)
	if err != nil {
		t.Fatal(err)
	}
	lead := Evaluate(docs, 2, []string{"lead"}, []Summarizer{Lead}).Systems[0]
	if res.Docs != 2 || len(res.Systems) != 2 || res.Systems[0].Name != "newsnlp-cv2" || res.Systems[1].R1 != lead.R1 {
		t.Errorf("CrossValidate = %+v, LEAD-2 alone %+v", res, lead)
	}
	if res.Systems[0].Words == 0 {
		t.Error("the cross-validated summaries are empty")
	}
}

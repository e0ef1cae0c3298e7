package summarize_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/newsnlp/newsnlp"
	"github.com/newsnlp/newsnlp/nlp"
	"github.com/newsnlp/newsnlp/summarize"
)

func parse(t testing.TB, text string) *nlp.Document {
	t.Helper()
	return summarize.ParseTestDoc(t, text)
}

const story = `Flood defences failed in three towns on the river Severn on Sunday, forcing 2,000 people from their homes.

By Jane Smith

Advertisement

The Environment Agency said water levels at Shrewsbury were the highest since records began in 1795. Engineers worked through the night to shore up barriers at Bewdley and Ironbridge.

Read more: How the river Severn floods

Residents of Bewdley were moved to a leisure centre, where volunteers served hot food. "We lost everything downstairs," said one resident, Mary Collins.

The agency said the defences at Ironbridge had been built to withstand a flood of this size. Engineers will inspect the barriers when the water falls.

Ministers promised 50 million pounds for new defences along the Severn last year. Critics said the money had not yet been spent.

Flood defences failed in three towns on the river Severn on Sunday, forcing 2,000 people from their homes.

More rain is forecast for Wales and the Midlands on Tuesday, and the agency has issued six severe flood warnings.`

// checkSummary asserts what every summary must be: sentences of the story
// in article order, verbatim, with spans that slice back to their text.
func checkSummary(t *testing.T, doc *nlp.Document, sum []summarize.Sentence) {
	t.Helper()
	for i, s := range sum {
		if doc.Text[s.Start:s.End] != s.Text {
			t.Errorf("sentence %d: span [%d,%d) does not slice to its text %q", i, s.Start, s.End, s.Text)
		}
		if s.Index < 0 || s.Index >= len(doc.Sentences) || !s.Truncated && doc.Sentences[s.Index].Span != s.Span ||
			s.Truncated && (doc.Sentences[s.Index].Start != s.Start || !doc.Sentences[s.Index].Contains(s.Span)) {
			t.Errorf("sentence %d: index %d does not match its span", i, s.Index)
		}
		if i > 0 && s.Index <= sum[i-1].Index {
			t.Errorf("sentences out of article order: %d after %d", s.Index, sum[i-1].Index)
		}
		if doc.Sentences[s.Index].Title {
			t.Errorf("the title was chosen: %q", s.Text)
		}
	}
}

func TestExtractLengths(t *testing.T) {
	doc := parse(t, story)
	for _, n := range []int{1, 2, 3, 5} {
		sum := summarize.Extract(doc, summarize.Options{Sentences: n})
		checkSummary(t, doc, sum)
		if len(sum) != n {
			t.Errorf("--sentences %d gave %d sentences", n, len(sum))
		}
	}
	for _, budget := range []int{5, 25, 40, 80} {
		sum := summarize.Extract(doc, summarize.Options{Words: budget})
		checkSummary(t, doc, sum)
		words := 0
		for _, s := range sum {
			words += len(strings.Fields(s.Text))
		}
		if len(sum) == 0 || words > budget {
			t.Errorf("--words %d gave %d sentences, %d words", budget, len(sum), words)
		}
		if budget == 5 && (len(sum) != 1 || !sum[0].Truncated) {
			t.Errorf("--words 5: %+v; want one sentence cut to the budget, marked truncated", sum)
		}
		if budget >= 25 && words > budget {
			t.Errorf("--words %d gave %d words though sentences of the story fit", budget, words)
		}
		if budget >= 80 && len(sum) < 3 {
			t.Errorf("--words %d used only %d sentences", budget, len(sum))
		}
	}
	all := summarize.Extract(doc, summarize.Options{Ratio: 1})
	half := summarize.Extract(doc, summarize.Options{Ratio: 0.5})
	if len(half) == 0 || len(half) >= len(all) {
		t.Errorf("--ratio 0.5 gave %d sentences, --ratio 1 gave %d", len(half), len(all))
	}
}

func TestExtractSkipsFurnitureAndDuplicates(t *testing.T) {
	doc := parse(t, story)
	sum := summarize.Extract(doc, summarize.Options{Sentences: 50})
	checkSummary(t, doc, sum)
	seen := map[string]bool{}
	for _, s := range sum {
		for _, bad := range []string{"By Jane Smith", "Advertisement", "Read more"} {
			if strings.Contains(s.Text, bad) {
				t.Errorf("furniture chosen: %q", s.Text)
			}
		}
		if seen[s.Text] {
			t.Errorf("duplicate sentence chosen: %q", s.Text)
		}
		seen[s.Text] = true
	}
	if len(sum) < 8 {
		t.Errorf("a long --sentences should give every real sentence; got %d", len(sum))
	}
}

func TestExtractLeadsWithTheStory(t *testing.T) {
	doc := parse(t, story)
	sum := summarize.Extract(doc, summarize.Options{Sentences: 1})
	if len(sum) != 1 || !strings.HasPrefix(sum[0].Text, "Flood defences failed") {
		t.Errorf("a one-sentence summary of a news story should be its opening sentence; got %+v", sum)
	}
}

func TestExtractSkipsTitle(t *testing.T) {
	doc := parse(t, "Severn floods force 2,000 from homes\n\n"+story)
	if !doc.Sentences[0].Title {
		// Until the layout detector marks titles, mark it as it would.
		doc.Sentences[0].Title = true
		doc.Title = doc.Sentences[0].Text
	}
	for _, n := range []int{1, 3, 50} {
		sum := summarize.Extract(doc, summarize.Options{Sentences: n})
		checkSummary(t, doc, sum)
		for _, s := range sum {
			if strings.HasPrefix(s.Text, "Severn floods force") {
				t.Errorf("title chosen with --sentences %d", n)
			}
		}
	}
}

func TestExtractShortStories(t *testing.T) {
	cases := []struct {
		text string
		want int
	}{
		{"The council approved the new bridge on Tuesday. Work starts in May next year.", 2},
		{"Only one sentence makes up this particular story.", 1},
		{"", 0},
		{"Too short.", 1}, // nothing but a fragment: it is all there is
	}
	for _, c := range cases {
		doc := parse(t, c.text)
		sum := summarize.Extract(doc, summarize.Options{Sentences: 5})
		checkSummary(t, doc, sum)
		if len(sum) != c.want {
			t.Errorf("%q: %d sentences, want %d", c.text, len(sum), c.want)
		}
	}
}

func TestEmbeddedModel(t *testing.T) {
	m, err := summarize.DefaultScorer()
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Weights) != len(summarize.FeatureNames) {
		t.Fatalf("model has %d weights for %d features", len(m.Weights), len(summarize.FeatureNames))
	}
	if _, err := summarize.ParseModel([]byte(`{"features":["bias"],"weights":[1]}`)); err == nil {
		t.Error("a model with the wrong features should be refused")
	}
}

// A story is summarized the same way whatever else the process does, and
// scoring is safe from several goroutines.
func TestExtractConcurrent(t *testing.T) {
	doc := parse(t, story)
	want := fmt.Sprint(summarize.Extract(doc, summarize.Options{}))
	done := make(chan string)
	for range 4 {
		go func() { done <- fmt.Sprint(summarize.Extract(doc, summarize.Options{})) }()
	}
	for range 4 {
		if got := <-done; got != want {
			t.Errorf("concurrent Extract differs: %s vs %s", got, want)
		}
	}
}

func TestTrainLearnsASignal(t *testing.T) {
	// Stories whose reference is every sentence that mentions "river": the
	// learned scorer should rank those sentences above the others beyond
	// the lead.
	r := rand.New(rand.NewPCG(1, 2))
	filler := []string{"The weather was mild across the country.", "Officials met in the capital on Monday.",
		"Shares in banks closed slightly lower.", "A spokesman declined to comment further."}
	var docs []summarize.TrainDoc
	for i := 0; i < 40; i++ {
		var sents, ref []string
		for j := 0; j < 8; j++ {
			s := filler[r.IntN(len(filler))]
			if r.IntN(3) == 0 {
				s = fmt.Sprintf("The river rose by %d metres near the river town.", r.IntN(9)+1)
				ref = append(ref, s)
			}
			sents = append(sents, s)
		}
		if len(ref) == 0 {
			continue
		}
		docs = append(docs, summarize.TrainDoc{Doc: parse(t, strings.Join(sents, " ")), Reference: strings.Join(ref, "\n")})
	}
	cfg := summarize.DefaultTrainConfig
	cfg.LeadBoost = nil
	m, err := summarize.Train(docs, cfg)
	if err != nil {
		t.Fatal(err)
	}
	doc := parse(t, "Officials met in the capital on Monday. Shares in banks closed slightly lower. The weather was mild across the country. The river rose by 4 metres near the river town. A spokesman declined to comment further.")
	sum := m.Extract(doc, summarize.Options{Sentences: 1})
	if len(sum) != 1 || !strings.Contains(sum[0].Text, "river") {
		t.Errorf("trained model picked %+v, want the river sentence", sum)
	}
}

func ExampleExtract() {
	p, _ := newsnlp.DefaultParser()
	doc, _ := p.Parse(context.Background(), newsnlp.Source{Name: "story.txt",
		Text: "The council approved the new bridge on Tuesday. Work starts in May next year."}, newsnlp.Options{})
	for _, s := range summarize.Extract(doc, summarize.Options{Sentences: 3}) {
		fmt.Println(s.Text)
	}
	// Output:
	// The council approved the new bridge on Tuesday.
	// Work starts in May next year.
}

// Wire and tabloid copy as news datasets carry it: header furniture run into
// the story, paragraph ends marked " . ".
func TestExtractSkipsHeaderFurniture(t *testing.T) {
	cases := []struct{ text, lede string }{
		{"By . Daily Mail Reporter . PUBLISHED: . 07:03 EST, 2 March 2013 . | . UPDATED: . 08:07 EST, 2 March 2013 . " +
			"Three members of the same family died in a static caravan from carbon monoxide poisoning, investigators said today . " +
			"Scroll down for video . The bodies were found by a neighbour on Saturday morning after the family failed to appear at a wedding . " +
			"Police said there were no suspicious circumstances and a report would go to the coroner .",
			"Three members of the same family"},
		{"Last updated at 5:07 PM on 13th December 2011 . A former nurse has been jailed for six years for stealing drugs from the hospital where she worked . " +
			"She took more than 2,000 doses over three years, the court heard . The hospital said it had tightened its controls .",
			"A former nurse has been jailed"},
		{"(CNN) -- The Palestinian Authority officially became the 123rd member of the International Criminal Court on Wednesday, a step that gives the court jurisdiction over alleged crimes. " +
			"The formal accession was marked with a ceremony at The Hague, in the Netherlands, where the court is based. " +
			"The Palestinians signed the ICC's founding Rome Statute in January. Israel and the United States opposed the move.",
			"(CNN) -- The Palestinian Authority"},
	}
	for _, c := range cases {
		doc := parse(t, c.text)
		sum := summarize.Extract(doc, summarize.Options{Sentences: 3})
		checkSummary(t, doc, sum)
		if len(sum) == 0 || !strings.HasPrefix(sum[0].Text, c.lede) {
			t.Errorf("summary should open with the lede %q; got %+v", c.lede, sum)
		}
		for _, s := range sum {
			for _, bad := range []string{"PUBLISHED", "UPDATED", "Scroll down", "Last updated", "Daily Mail Reporter"} {
				if strings.Contains(s.Text, bad) {
					t.Errorf("furniture in summary: %q", s.Text)
				}
			}
		}
	}
}

func TestExtractTeaserDoesNotTakeTheLead(t *testing.T) {
	for _, teaser := range []string{`"I thought I was going to die."`, "Is this the unluckiest driver in Britain?"} {
		doc := parse(t, teaser+" A lorry driver escaped unhurt when his cab was crushed by a falling crane on the M6 near Birmingham on Monday. "+
			"The crane collapsed during roadworks, closing the motorway for nine hours. "+
			"Highways England said an investigation had begun into the cause of the collapse. "+
			"The driver, who has not been named, was checked by paramedics at the scene.")
		if doc.Sentences[0].Text != teaser {
			t.Logf("the segmenter does not split %q off; skipping it", teaser)
			continue
		}
		sum := summarize.Extract(doc, summarize.Options{Sentences: 2})
		checkSummary(t, doc, sum)
		if len(sum) != 2 || !strings.HasPrefix(sum[0].Text, "A lorry driver") {
			t.Errorf("teaser %q: summary %+v should open with the lede", teaser, sum)
		}
	}
}

package summarize

import (
	"context"
	"math"
	"strings"
	"testing"

	"github.com/newsnlp/newsnlp"
	"github.com/newsnlp/newsnlp/nlp"
	"github.com/newsnlp/newsnlp/rouge"
)

// ParseTestDoc parses text as the CLI does, entities on. It is exported
// to the package's external tests (summarize_test) too.
func ParseTestDoc(t testing.TB, text string) *nlp.Document {
	t.Helper()
	p, err := newsnlp.DefaultParser()
	if err != nil {
		t.Fatal(err)
	}
	doc, err := p.Parse(context.Background(), newsnlp.Source{Name: "test", Text: text}, newsnlp.Options{Entities: true})
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

const trainStory = "The harbour board approved a new ferry terminal on Tuesday. " +
	"Gulls nested on the old pier all spring. " +
	"Building work on the terminal starts in March and costs 40 million pounds. " +
	"A fishing club held its annual dinner in the town hall. " +
	"Ferry passengers will wait indoors for the first time."

func TestOracleLabelsPickTheSentencesTheHighlightsRetell(t *testing.T) {
	doc := ParseTestDoc(t, trainStory)
	cands := candidates(doc)
	if len(cands) != 5 {
		t.Fatalf("%d candidates, want 5", len(cands))
	}
	// Abstractive highlights that retell the first and third sentences.
	ref := "harbour board approves ferry terminal\nwork on the terminal starts in march, costing 40 million pounds"
	sc := rouge.NewScorer()
	for _, size := range []int{2, 4} {
		got := Labels(sc, doc, cands, ref, TrainConfig{Labels: LabelsOracle, OracleSize: size})
		// With room for four, the oracle still stops at two: no third
		// sentence raises ROUGE.
		want := []float64{1, 0, 1, 0, 0}
		for k := range want {
			if got[k] != want[k] {
				t.Errorf("oracle of %d: labels %v, want %v", size, got, want)
				break
			}
		}
	}
	if got := fmtLabels(Labels(sc, doc, cands, "", TrainConfig{Labels: LabelsOracle, OracleSize: 3})); got != "00000" {
		t.Errorf("an empty reference labels %s", got)
	}
}

func fmtLabels(l []float64) string {
	var b strings.Builder
	for _, v := range l {
		if v == 1 {
			b.WriteByte('1')
		} else {
			b.WriteByte('0')
		}
	}
	return b.String()
}

func TestAutoLabelsFollowTheReference(t *testing.T) {
	doc := ParseTestDoc(t, trainStory)
	cands := candidates(doc)
	sc := rouge.NewScorer()
	auto := TrainConfig{Labels: LabelsAuto, OracleSize: 1}
	// An extract: the sentences copied are the positives, however many.
	extract := "Gulls nested on the old pier all spring.\nA fishing club held its annual dinner in the town hall."
	if !extractive(doc.Text, extract) {
		t.Fatal("an extract of the story is not recognised as one")
	}
	if got := fmtLabels(Labels(sc, doc, cands, extract, auto)); got != "01010" {
		t.Errorf("extract: labels %s, want 01010", got)
	}
	// Highlights in other words: the oracle of one sentence.
	highlights := "harbour board backs ferry terminal plan"
	if extractive(doc.Text, highlights) {
		t.Fatal("rewritten highlights taken for an extract")
	}
	if got := fmtLabels(Labels(sc, doc, cands, highlights, auto)); got != "10000" {
		t.Errorf("highlights: labels %s, want 10000", got)
	}
	for _, bad := range []string{"", "oracles"} {
		if _, err := ParseLabelKind(bad); err == nil {
			t.Errorf("ParseLabelKind(%q) accepted", bad)
		}
	}
	if k, err := ParseLabelKind("auto"); err != nil || k != LabelsAuto {
		t.Errorf("ParseLabelKind(auto) = %q, %v", k, err)
	}
}

// An example of weight 2 counts as two copies of it.
func TestFitLogisticWeights(t *testing.T) {
	x := [][]float64{{1, 0.2}, {1, 1.5}, {1, -0.7}, {1, 0.9}, {1, 2.2}, {1, -1.1}}
	y := []float64{0, 1, 0, 0, 1, 1}
	w := []float64{1, 2, 1, 1, 1, 2}
	var xd [][]float64
	var yd []float64
	for i := range x {
		for range int(w[i]) {
			xd = append(xd, x[i])
			yd = append(yd, y[i])
		}
	}
	a, err := fitLogistic(x, y, w, 0.5)
	if err != nil {
		t.Fatal(err)
	}
	b, err := fitLogistic(xd, yd, nil, 0.5)
	if err != nil {
		t.Fatal(err)
	}
	for j := range a {
		if math.Abs(a[j]-b[j]) > 1e-6 {
			t.Fatalf("weighted fit %v, fit on copies %v", a, b)
		}
	}
}

// The redundancy penalty makes room for a sentence with news of its own
// instead of one that retells a sentence already chosen.
func TestSelectionRedundancy(t *testing.T) {
	doc := ParseTestDoc(t, "Floods closed the main road through the valley on Sunday after heavy rain. "+
		"Floods closed the valley's main road on Sunday, stranding drivers and delivery vans for hours. "+
		"Schools in three villages will stay shut until Wednesday.")
	df := extractFeatures(doc)
	if len(df.cands) != 3 {
		t.Fatalf("%d candidates, want 3", len(df.cands))
	}
	if duplicates(df, 1, []int{0}) {
		t.Fatal("the retelling is a near-duplicate already; the test needs one below that threshold")
	}
	scores := []float64{3, 2, 1} // the retelling scores above the news
	for _, c := range []struct {
		redundancy float64
		want       []int
	}{{0, []int{0, 1}}, {5, []int{0, 2}}} {
		m := &Model{Redundancy: c.redundancy}
		sum := m.selectSentences(doc, df, scores, Options{Sentences: 2})
		var got []int
		for _, s := range sum {
			got = append(got, s.Index)
		}
		if len(got) != 2 || got[0] != c.want[0] || got[1] != c.want[1] {
			t.Errorf("redundancy %g: picked sentences %v, want %v", c.redundancy, got, c.want)
		}
	}
}

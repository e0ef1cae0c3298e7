package eval

import (
	"math"
	"strings"
	"testing"
)

func TestScores(t *testing.T) {
	text := []rune("Bill Gates met bill gates in Paris. Paris")
	gold := []Mention{{0, 10, "PER"}, {15, 25, "PER"}, {29, 34, "LOC"}, {36, 41, "LOC"}}
	pred := []Mention{
		{0, 10, "PER"},  // right
		{15, 20, "PER"}, // wrong span
		{29, 34, "ORG"}, // wrong type
		{36, 41, "LOC"}, // right
		{36, 41, "LOC"}, // duplicate: counted as a prediction, not a hit
	}
	s := NewScores()
	s.AddDoc(text, gold, pred)
	if c := *s.ByType["PER"]; c != (Counts{TP: 1, Pred: 2, Gold: 2}) {
		t.Errorf("PER counts = %+v", c)
	}
	if c := *s.ByType["LOC"]; c != (Counts{TP: 1, Pred: 2, Gold: 2}) {
		t.Errorf("LOC counts = %+v", c)
	}
	if c := s.Overall(); c != (Counts{TP: 2, Pred: 5, Gold: 4}) {
		t.Errorf("overall = %+v", c)
	}
	// Table: gold {bill gates/PER, paris/LOC}; predicted {bill gates/PER, bill/PER, paris/ORG, paris/LOC}.
	if s.Table != (Counts{TP: 2, Pred: 4, Gold: 2}) {
		t.Errorf("table = %+v", s.Table)
	}
	if p, r, f := s.Table.P(), s.Table.R(), s.Table.F1(); p != 0.5 || r != 1 || math.Abs(f-2.0/3) > 1e-9 {
		t.Errorf("table P/R/F1 = %v %v %v", p, r, f)
	}
	var b strings.Builder
	if err := s.Write(&b); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"PER ", "LOC ", "overall", "table PER/ORG/LOC", "documents: 1"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, b.String())
		}
	}
}

func TestCountsZero(t *testing.T) {
	var c Counts
	if c.P() != 0 || c.R() != 0 || c.F1() != 0 {
		t.Error("empty counts should score 0, not NaN")
	}
}

func TestNormType(t *testing.T) {
	for in, want := range map[string]string{"PERSON": "PER", "per": "PER", "GPE": "LOC", "FAC": "LOC", "LOC": "LOC",
		"ORG": "ORG", "NORP": "MISC", "EVENT": "MISC", "MISC": "MISC"} {
		if got := NormType(in); got != want {
			t.Errorf("NormType(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestWriteSummary(t *testing.T) {
	a := NewScores()
	a.AddDoc([]rune("Ann met Bob"), []Mention{{0, 3, "PER"}, {8, 11, "PER"}}, []Mention{{0, 3, "PER"}})
	b := NewScores()
	b.AddDoc([]rune("in Rome"), []Mention{{3, 7, "LOC"}}, []Mention{{3, 7, "LOC"}, {0, 2, "MISC"}})
	var out strings.Builder
	if err := WriteSummary(&out, []NamedScores{{"first-set", a}, {"second", b}}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 3 {
		t.Fatalf("want a header and two rows:\n%s", out.String())
	}
	// first-set: PER P=1 R=0.5 → F1 2/3; no ORG, LOC or MISC gold; table the same.
	if got := strings.Fields(lines[1]); strings.Join(got, " ") != "first-set 0.6667 - - - 0.6667 0.6667 0.6667" {
		t.Errorf("row = %q", lines[1])
	}
	// second: LOC right; a MISC guess without MISC gold shows "-" but counts in "all" (P 0.5, R 1).
	if got := strings.Fields(lines[2]); strings.Join(got, " ") != "second - - 1.0000 - 1.0000 0.6667 1.0000" {
		t.Errorf("row = %q", lines[2])
	}
}

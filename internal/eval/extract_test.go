package eval

import (
	"context"
	"errors"
	"math"
	"strings"
	"testing"
)

func TestTokenPRF(t *testing.T) {
	for _, c := range []struct {
		pred, gold string
		p, r, f    float64
	}{
		{"", "", 1, 1, 1},
		{"a b", "", 0, 0, 0},
		{"", "a b", 0, 0, 0},
		{"The cat sat.", "the CAT sat", 1, 1, 1},
		{"the cat", "the cat sat on the mat", 1, 2.0 / 6, 0.5},
		{"the the the", "the cat", 1.0 / 3, 0.5, 0.4},
		{"Kosovo’s future", "Kosovo?s future", 1, 1, 1},
	} {
		p, r, f := TokenPRF(c.pred, c.gold)
		if math.Abs(p-c.p) > 1e-9 || math.Abs(r-c.r) > 1e-9 || math.Abs(f-c.f) > 1e-9 {
			t.Errorf("TokenPRF(%q, %q) = %.3f %.3f %.3f; want %.3f %.3f %.3f", c.pred, c.gold, p, r, f, c.p, c.r, c.f)
		}
	}
}

func TestScoreExtraction(t *testing.T) {
	in := strings.Join([]string{
		`{"html":"<p>one two</p>","text":"one two"}`,
		`{"html":"<p>x</p>","text":""}`,
		`{"html":"<p>bad</p>","text":"three four"}`,
		`{"html":"<p>half</p>","text":"five six"}`,
	}, "\n")
	extract := func(_ context.Context, p ExtractPage) (string, error) {
		switch {
		case strings.Contains(p.HTML, "bad"):
			return "", errors.New("no text")
		case strings.Contains(p.HTML, "half"):
			return "five", nil
		}
		return p.Text, nil
	}
	s, err := ScoreExtraction(context.Background(), strings.NewReader(in), extract, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	if s.Pages != 3 || s.Failed != 1 {
		t.Fatalf("pages %d failed %d; want 3 and 1", s.Pages, s.Failed)
	}
	want := (1 + 0 + 2.0/3) / 3
	if math.Abs(s.F1-want) > 1e-9 {
		t.Errorf("F1 = %.4f; want %.4f", s.F1, want)
	}
	if _, err := ScoreExtraction(context.Background(), strings.NewReader("{bad json"), extract, 0, nil); err == nil {
		t.Error("bad JSON: no error")
	}
	var seen []string
	s, _ = ScoreExtraction(context.Background(), strings.NewReader(in), extract, 1, func(p ExtractPage, _, _, _ float64, _ error) {
		seen = append(seen, p.Text)
	})
	if len(seen) != 1 || seen[0] != "one two" {
		t.Errorf("per-page callback saw %q", seen)
	}
	if s.Pages != 1 {
		t.Errorf("limit 1: %d pages", s.Pages)
	}
}

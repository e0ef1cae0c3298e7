package rouge

import (
	"math"
	"reflect"
	"testing"
)

func TestStem(t *testing.T) {
	// Examples from Porter's paper, plus NLTK's extensions.
	cases := map[string]string{
		"caresses": "caress", "ponies": "poni", "ties": "tie", "caress": "caress", "cats": "cat",
		"feed": "feed", "agreed": "agre", "plastered": "plaster", "bled": "bled", "motoring": "motor",
		"sing": "sing", "conflated": "conflat", "troubled": "troubl", "sized": "size", "hopping": "hop",
		"tanned": "tan", "falling": "fall", "hissing": "hiss", "fizzed": "fizz", "failing": "fail",
		"filing": "file", "happy": "happi", "sky": "sky", "relational": "relat", "conditional": "condit",
		"rational": "ration", "digitizer": "digit", "vietnamization": "vietnam", "predication": "predic",
		"operator": "oper", "feudalism": "feudal", "decisiveness": "decis", "hopefulness": "hope",
		"formaliti": "formal", "sensitiviti": "sensit", "sensibiliti": "sensibl", "triplicate": "triplic",
		"formative": "form", "formalize": "formal", "electrical": "electr", "goodness": "good",
		"revival": "reviv", "allowance": "allow", "inference": "infer", "airliner": "airlin",
		"adjustable": "adjust", "defensible": "defens", "irritant": "irrit", "replacement": "replac",
		"adjustment": "adjust", "dependent": "depend", "adoption": "adopt", "communism": "commun",
		"activate": "activ", "effective": "effect", "bowdlerize": "bowdler", "probate": "probat",
		"rate": "rate", "cease": "ceas", "controll": "control", "roll": "roll", "generously": "gener",
		// NLTK extensions
		"dying": "die", "lying": "lie", "news": "news", "innings": "inning", "proceed": "proceed",
		"dies": "die", "tied": "tie", "spied": "spi", "geology": "geolog", "archaeology": "archaeolog",
		"hopefulli": "hope", "as": "as", "is": "is",
	}
	for in, want := range cases {
		if got := Stem(in); got != want {
			t.Errorf("Stem(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTokens(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"The cat's 3.5% stake", []string{"the", "cat", "s", "3", "5", "stake"}},
		{"Running runners ran.", []string{"run", "runner", "ran"}},
		{"Café naïve İstanbul KELVIN", []string{"caf", "na", "ve", "i", "stanbul", "kelvin"}},
		{"  --  ", nil},
	}
	sc := NewScorer()
	for _, c := range cases {
		if got := sc.Tokens(c.in); !reflect.DeepEqual(got, c.want) {
			t.Errorf("Tokens(%q) = %q, want %q", c.in, got, c.want)
		}
		if got := Tokens(c.in); !reflect.DeepEqual(got, c.want) {
			t.Errorf("uncached Tokens(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// The expected figures were worked out by hand (see each comment) and agree
// with rouge-score.
func TestScore(t *testing.T) {
	cases := []struct {
		name          string
		ref, hyp      string
		r1, r2, rlsum float64
	}{
		// 5 of 6 unigrams shared; bigrams the-cat, on-the, the-mat of 5; LCS "the cat on the mat".
		{"one sentence", "the cat sat on the mat", "the cat was on the mat", 5.0 / 6, 3.0 / 5, 5.0 / 6},
		// run/runner/ran against run/run/ning: one "run" matches.
		{"stemming", "Running runners ran.", "RUNS: run-ning", 1.0 / 3, 0, 1.0 / 3},
		// Bigrams span the newline: 4 of 8 shared. Each reference sentence's
		// union LCS over both summary sentences covers it entirely.
		{"union LCS", "the cat sat on the mat\nit was happy", "the cat was on the mat\nit sat happy", 1, 0.5, 1},
		// Order matters for LCS only.
		{"order", "a b c", "c b a", 1, 0, 1.0 / 3},
		// The second reference sentence finds the summary's tokens used up:
		// P=2/2, R=2/4.
		{"clipped", "a b\na b", "a b", 2.0 / 3, 0.5, 2.0 / 3},
		{"empty summary", "x y", "", 0, 0, 0},
		{"empty reference", "", "x y", 0, 0, 0},
	}
	sc := NewScorer()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := sc.Score(c.ref, c.hyp)
			for _, m := range []struct {
				name      string
				got, want float64
			}{{"R1", got.R1.F1, c.r1}, {"R2", got.R2.F1, c.r2}, {"RLsum", got.RLsum.F1, c.rlsum}} {
				if math.Abs(m.got-m.want) > 1e-12 {
					t.Errorf("%s F1 = %.6f, want %.6f", m.name, m.got, m.want)
				}
			}
		})
	}
}

func TestScorePrecisionRecall(t *testing.T) {
	// 2 summary tokens, both in the 4-token reference.
	got := Compute("alpha beta gamma delta", "beta delta").R1
	if got.Precision != 1 || got.Recall != 0.5 {
		t.Errorf("R1 = %+v, want precision 1, recall 0.5", got)
	}
}

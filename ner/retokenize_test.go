package ner

import (
	"slices"
	"strings"
	"testing"
)

// spaceSplitter splits at spaces, splits "’s" off a word and ends a
// sentence after every token that ends with its only full stop.
func spaceSplitter(text string) [][][2]int {
	var out [][][2]int
	var cur [][2]int
	for i := 0; i < len(text); {
		if text[i] == ' ' {
			i++
			continue
		}
		j := i
		for j < len(text) && text[j] != ' ' {
			j++
		}
		if k := strings.Index(text[i:j], "’s"); k > 0 {
			cur = append(cur, [2]int{i, i + k}, [2]int{i + k, j})
		} else {
			cur = append(cur, [2]int{i, j})
		}
		if text[j-1] == '.' && strings.Count(text[i:j], ".") == 1 {
			out = append(out, cur)
			cur = nil
		}
		i = j
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

func TestRetokenize(t *testing.T) {
	// Tokens as the worldwide newswire set has them: "U . S .", "Ruto ’ s",
	// "Kremlin - backed", "In - so"; one paragraph of two sentences, then
	// one whose mention "St. Louis" the splitter cuts in two.
	in := "-DOCSTART-\tO\n\n" +
		"The\tO\nU\tNSA\tB-ORG\n.\tNSA\tI-ORG\nS\tNSA\tI-ORG\n.\tI-ORG\nArmy\tI-ORG\nmet\tO\nRuto\tNSA\tB-PER\n’\tNSA\tO\ns\tO\naide\tO\n.\tO\n" +
		"Kremlin\tNSA\tB-ORG\n-\tNSA\tO\nbacked\tO\nKim\tB-PER\nIn\tNSA\tI-PER\n-\tNSA\tI-PER\nso\tI-PER\nleft\tO\n.\tO\n\n" +
		"Fly\tO\nto\tO\nSt.\tB-LOC\nLouis\tI-LOC\nnow\tO\n.\tO\n"
	docs, err := ReadCoNLL(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	got := Retokenize(docs[0], spaceSplitter)
	want := []struct{ words, labels string }{
		{"The U.S. Army met Ruto ’s aide .", "O B-ORG I-ORG O B-PER O O O"},
		{"Kremlin-backed Kim In-so left .", "? B-PER I-PER O O"},
		{"Fly to St.", "O O ?"},
		{"Louis now .", "? O O"},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d sentences, want %d: %v", len(got), len(want), got)
	}
	for i, w := range want {
		if !slices.Equal(got[i].Words, strings.Fields(w.words)) || !slices.Equal(got[i].Labels, strings.Fields(w.labels)) {
			t.Errorf("sentence %d = %q %q, want %q %q", i, got[i].Words, got[i].Labels, w.words, w.labels)
		}
	}
	// Unknown tokens accept every label in training; the others their gold.
	set := &TrainSet{}
	words, gold := encodeDoc(got)
	alt := partialLabels(nil, set, got, gold, nil)
	if len(alt) != len(gold) || len(words) != len(got) {
		t.Fatalf("alternatives for %d tokens, want %d", len(alt), len(gold))
	}
	if alt[8] != altAny || alt[9] != 0 || !acceptable(gold[8], alt[8], 5) || acceptable(gold[9], alt[9], 0) {
		t.Errorf("alternatives = %v (gold %v)", alt, gold)
	}
}

func TestPartialLabels(t *testing.T) {
	d := Document{{Words: strings.Fields("Talks in France with French officials"), Labels: strings.Fields("O O B-ORG O O O")}}
	_, gold := encodeDoc(d)
	misc := typeIndex("MISC")
	bMISC, uMISC, uLOC, uORG := 1+4*misc+partB, 1+4*misc+partU, 1+4*typeIndex("LOC")+partU, 1+4*typeIndex("ORG")+partU
	gz := defaultModel(t).gz
	// A set with MISC and CoNLL's conventions: the gold labels alone.
	if alt := partialLabels(nil, &TrainSet{}, d, gold, gz); alt != nil {
		t.Errorf("full labels: alternatives %v, want none", alt)
	}
	// No MISC: a MISC guess on an O token is no error, any other is.
	alt := partialLabels(nil, &TrainSet{NoMISC: true}, d, gold, gz)
	if !acceptable(gold[4], alt[4], uMISC) || !acceptable(gold[4], alt[4], bMISC) || acceptable(gold[4], alt[4], uLOC) {
		t.Errorf("no MISC: alternatives %v", alt)
	}
	if acceptable(gold[2], alt[2], uLOC) {
		t.Error("no MISC: LOC accepted for ORG without PlaceORG")
	}
	// A wrong guess moves towards the best-scoring acceptable label.
	var s [numLabels]float32
	s[uMISC] = 3
	if y := target(gold[4], alt[4], 0, &s); y != uMISC {
		t.Errorf("target = %d, want U-MISC %d", y, uMISC)
	}
	s[uMISC] = -3
	if y := target(gold[4], alt[4], 0, &s); y != 0 {
		t.Errorf("target = %d, want O", y)
	}
	// Metonymic places: "France" labelled ORG accepts LOC, not MISC.
	alt = partialLabels(nil, &TrainSet{PlaceORG: true}, d, gold, gz)
	if !acceptable(gold[2], alt[2], uLOC) || !acceptable(gold[2], alt[2], uORG) || acceptable(gold[2], alt[2], uMISC) {
		t.Errorf("places: alternatives %v", alt)
	}
	if alt[4] != 0 {
		t.Errorf("places: O token has alternatives %d", alt[4])
	}
}

package ner

import "testing"

func TestCapitalBucket(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		word     string
		min, max int
	}{
		{"protection", 1, 3}, // a common word, whatever its case here
		{"Protection", 1, 3},
		{"the", 1, 1},
		{"Paris", 4, 5},
		{"BOEING", 4, 5},
		{"Xqzvwy", 0, 0}, // never seen
	} {
		if got := m.CapitalBucket(tc.word); got < tc.min || got > tc.max {
			t.Errorf("CapitalBucket(%q) = %d, want %d..%d", tc.word, got, tc.min, tc.max)
		}
	}
	var none *Model
	if got := none.CapitalBucket("Paris"); got != 0 {
		t.Errorf("nil model: CapitalBucket = %d, want 0", got)
	}
}

package linemodel

import (
	"math"
	"testing"
)

func TestDefaultScores(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ furniture, article string }{
		{"Sign up for our newsletter to get the latest headlines in your inbox",
			"The central bank raised interest rates by a quarter point on Thursday, citing rising food prices."},
		{"Copyright 2024 Daily Times. All rights reserved.",
			"Police said the driver of the lorry had been taken to hospital with minor injuries."},
	} {
		f, a := m.Score(c.furniture), m.Score(c.article)
		if f <= a || f < 0.5 || a >= 0.5 {
			t.Errorf("furniture %q scored %.2f, article %q scored %.2f", c.furniture, f, c.article, a)
		}
	}
}

func TestEncodeDecode(t *testing.T) {
	w := make([]float64, 1<<Bits)
	for i := range w {
		w[i] = math.Sin(float64(i)) / 3
	}
	data, err := Encode(w, 0.25)
	if err != nil {
		t.Fatal(err)
	}
	m, err := Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	line := "Share this story on Facebook and Twitter"
	z := 0.25
	Features(line, func(h uint32) { z += w[h] })
	want := 1 / (1 + math.Exp(-z))
	if got := m.Score(line); math.Abs(got-want) > 0.02 {
		t.Errorf("score after quantisation %.4f; want %.4f", got, want)
	}
	if _, err := Encode(w[:10], 0); err == nil {
		t.Error("Encode took too few weights")
	}
	if _, err := Decode(data[:len(data)-1]); err == nil {
		t.Error("Decode took a truncated model")
	}
}

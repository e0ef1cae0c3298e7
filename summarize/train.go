package summarize

import (
	"errors"
	"fmt"
	"math"
	"strings"

	"github.com/newsnlp/newsnlp/nlp"
	"github.com/newsnlp/newsnlp/rouge"
)

// TrainDoc is a parsed story with its reference summary, one sentence a
// line.
type TrainDoc struct {
	Doc       *nlp.Document
	Reference string
}

// TrainConfig tunes Train.
type TrainConfig struct {
	// Labels: "inref" marks the sentences copied into the reference (for
	// extractive references); "oracle" marks the greedy ROUGE-1+2 oracle of
	// OracleSize sentences (for abstractive ones).
	Labels     string
	OracleSize int
	L2         float64 // ridge penalty on standardized weights
	// LeadBoost is added to the rank0, rank1, rank2... weights after
	// fitting, to keep summaries nearer the lead than the training data
	// alone would.
	LeadBoost []float64
}

// DefaultTrainConfig is the configuration the shipped model was trained with.
//
// The lead boost keeps the story's first two sentences in all but extreme
// cases and leans the third slot towards the third sentence: BBC references
// reward central sentences from anywhere in the story, but on lead-heavy
// news (CNN/DailyMail highlights, headlines) the opening sentences carry the
// story, so the learned part chooses mostly among the later slots.
var DefaultTrainConfig = TrainConfig{Labels: "inref", OracleSize: 3, L2: 1, LeadBoost: []float64{10, 10, 3}}

// Examples turns training documents into feature vectors and 0/1 labels.
func Examples(docs []TrainDoc, cfg TrainConfig) (x [][]float64, y []float64) {
	sc := rouge.NewScorer()
	for _, d := range docs {
		df := extractFeatures(d.Doc)
		if len(df.cands) == 0 {
			continue
		}
		labels := Labels(sc, d.Doc, df.cands, d.Reference, cfg)
		x = append(x, df.x...)
		y = append(y, labels...)
	}
	return x, y
}

// Labels returns the training label of each candidate sentence.
func Labels(sc *rouge.Scorer, doc *nlp.Document, cands []int, ref string, cfg TrainConfig) []float64 {
	out := make([]float64, len(cands))
	refToks := sc.Tokens(ref)
	if cfg.Labels == "oracle" {
		var chosen []string
		best := 0.0
		for len(chosen) < max(cfg.OracleSize, 1) {
			pick := -1
			for k, si := range cands {
				if out[k] == 1 {
					continue
				}
				s := sc.Score(ref, strings.Join(append(chosen[:len(chosen):len(chosen)], doc.Sentences[si].Text), "\n"))
				if g := s.R1.F1 + s.R2.F1; g > best {
					best, pick = g, k
				}
			}
			if pick < 0 {
				break
			}
			out[pick] = 1
			chosen = append(chosen, doc.Sentences[cands[pick]].Text)
		}
		return out
	}
	uni := map[string]bool{}
	bi := map[[2]string]bool{}
	for i, t := range refToks {
		uni[t] = true
		if i > 0 {
			bi[[2]string{refToks[i-1], t}] = true
		}
	}
	for k, si := range cands {
		toks := sc.Tokens(doc.Sentences[si].Text)
		if len(toks) < 2 {
			continue
		}
		u, b := 0, 0
		for i, t := range toks {
			if uni[t] {
				u++
			}
			if i > 0 && bi[[2]string{toks[i-1], t}] {
				b++
			}
		}
		if float64(u) >= 0.9*float64(len(toks)) && float64(b) >= 0.75*float64(len(toks)-1) {
			out[k] = 1
		}
	}
	return out
}

// Train fits a logistic regression of the labels on the features, by
// Newton's method on standardized features with a ridge penalty.
func Train(docs []TrainDoc, cfg TrainConfig) (*Model, error) {
	x, y := Examples(docs, cfg)
	if len(x) == 0 {
		return nil, errors.New("no training sentences")
	}
	w, err := fitLogistic(x, y, cfg.L2)
	if err != nil {
		return nil, err
	}
	for i, b := range cfg.LeadBoost {
		if i < leadRanks {
			w[fRank0+feature(i)] += b
		}
	}
	return &Model{Features: append([]string(nil), FeatureNames...), Weights: w,
		Note: fmt.Sprintf("logistic regression, labels %s, L2 %g, lead boost %v, %d sentences of %d stories",
			cfg.Labels, cfg.L2, cfg.LeadBoost, len(x), len(docs))}, nil
}

// fitLogistic returns weights on the raw features (bias first).
func fitLogistic(x [][]float64, y []float64, l2 float64) ([]float64, error) {
	d := len(x[0])
	n := float64(len(x))
	mean := make([]float64, d)
	std := make([]float64, d)
	for _, r := range x {
		for j := 1; j < d; j++ {
			mean[j] += r[j] / n
		}
	}
	for _, r := range x {
		for j := 1; j < d; j++ {
			std[j] += (r[j] - mean[j]) * (r[j] - mean[j]) / n
		}
	}
	std[0] = 1
	for j := 1; j < d; j++ {
		std[j] = math.Sqrt(std[j])
		if std[j] < 1e-9 {
			std[j] = 1 // a constant feature: its weight stays 0 under the penalty
		}
	}
	z := func(r []float64, j int) float64 {
		if j == 0 {
			return 1
		}
		return (r[j] - mean[j]) / std[j]
	}
	w := make([]float64, d)
	for iter := 0; iter < 50; iter++ {
		grad := make([]float64, d)
		hess := make([][]float64, d)
		for j := range hess {
			hess[j] = make([]float64, d)
		}
		zr := make([]float64, d)
		for i, r := range x {
			s := 0.0
			for j := 0; j < d; j++ {
				zr[j] = z(r, j)
				s += w[j] * zr[j]
			}
			p := 1 / (1 + math.Exp(-s))
			g := y[i] - p
			h := p * (1 - p)
			for j := 0; j < d; j++ {
				grad[j] += g * zr[j]
				for k := j; k < d; k++ {
					hess[j][k] += h * zr[j] * zr[k]
				}
			}
		}
		for j := 0; j < d; j++ {
			for k := 0; k < j; k++ {
				hess[j][k] = hess[k][j]
			}
			if j > 0 {
				grad[j] -= l2 * w[j]
				hess[j][j] += l2
			}
			hess[j][j] += 1e-9
		}
		step, err := solve(hess, grad)
		if err != nil {
			return nil, err
		}
		change := 0.0
		for j := range w {
			w[j] += step[j]
			change = math.Max(change, math.Abs(step[j]))
		}
		if change < 1e-7 {
			break
		}
	}
	// Undo the standardization.
	out := make([]float64, d)
	out[0] = w[0]
	for j := 1; j < d; j++ {
		out[j] = w[j] / std[j]
		out[0] -= w[j] * mean[j] / std[j]
	}
	return out, nil
}

// solve solves a x = b by Gaussian elimination with partial pivoting.
func solve(a [][]float64, b []float64) ([]float64, error) {
	n := len(b)
	m := make([][]float64, n)
	for i := range a {
		m[i] = append(append([]float64(nil), a[i]...), b[i])
	}
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(m[r][c]) > math.Abs(m[p][c]) {
				p = r
			}
		}
		if math.Abs(m[p][c]) < 1e-12 {
			return nil, errors.New("singular system in logistic regression")
		}
		m[c], m[p] = m[p], m[c]
		for r := c + 1; r < n; r++ {
			f := m[r][c] / m[c][c]
			for k := c; k <= n; k++ {
				m[r][k] -= f * m[c][k]
			}
		}
	}
	x := make([]float64, n)
	for r := n - 1; r >= 0; r-- {
		s := m[r][n]
		for k := r + 1; k < n; k++ {
			s -= m[r][k] * x[k]
		}
		x[r] = s / m[r][r]
	}
	return x, nil
}

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
	// Weight scales the story's sentences in the fit; 0 counts as 1.
	Weight float64
}

// LabelKind names how training sentences are labelled.
type LabelKind string

// The label kinds.
const (
	// LabelsInRef marks the sentences copied into the reference, for
	// extractive references (BBC News Summary).
	LabelsInRef LabelKind = "inref"
	// LabelsOracle marks the greedy oracle: up to OracleSize sentences
	// that together score best by ROUGE-1 + ROUGE-2 F1 against the
	// reference, for abstractive references (CNN/DailyMail highlights).
	LabelsOracle LabelKind = "oracle"
	// LabelsAuto chooses per story: inref when at least half of the
	// reference's lines are sentences of the story, oracle otherwise.
	LabelsAuto LabelKind = "auto"
)

// ParseLabelKind returns the label kind named s.
func ParseLabelKind(s string) (LabelKind, error) {
	switch k := LabelKind(s); k {
	case LabelsInRef, LabelsOracle, LabelsAuto:
		return k, nil
	}
	return "", fmt.Errorf("unknown training labels %q (want %s, %s or %s)", s, LabelsAuto, LabelsInRef, LabelsOracle)
}

// TrainConfig tunes Train.
type TrainConfig struct {
	Labels     LabelKind
	OracleSize int
	L2         float64 // ridge penalty on standardized weights
	// LeadBoost is added to the rank0, rank1, rank2... weights after
	// fitting, to keep summaries nearer the lead than the training data
	// alone would.
	LeadBoost []float64
	// Redundancy is stored in the model: see Model.Redundancy.
	Redundancy float64
}

// DefaultTrainConfig is the configuration the shipped model was trained with.
//
// Labels fit each set's references (inref for BBC's extracts, the greedy
// oracle of four sentences for CNN/DailyMail's highlights). The lead needs
// no boost: on news whose references are highlights the fitted rank weights
// keep it, and a boost costs ROUGE on every set. The redundancy penalty
// keeps a summary from spending a slot on a caption or a recap that
// repeats the lede, as Daily Mail stories often do.
var DefaultTrainConfig = TrainConfig{Labels: LabelsAuto, OracleSize: 4, L2: 1, Redundancy: 1.5}

// Examples turns training documents into feature vectors, 0/1 labels and
// example weights.
func Examples(docs []TrainDoc, cfg TrainConfig) (x [][]float64, y, weight []float64) {
	sc := rouge.NewScorer()
	for _, d := range docs {
		df := extractFeatures(d.Doc)
		if len(df.cands) == 0 {
			continue
		}
		labels := Labels(sc, d.Doc, df.cands, d.Reference, cfg)
		w := d.Weight
		if w == 0 {
			w = 1
		}
		x = append(x, df.x...)
		y = append(y, labels...)
		for range labels {
			weight = append(weight, w)
		}
	}
	return x, y, weight
}

// Labels returns the training label of each candidate sentence.
func Labels(sc *rouge.Scorer, doc *nlp.Document, cands []int, ref string, cfg TrainConfig) []float64 {
	kind := cfg.Labels
	if kind == LabelsAuto {
		kind = LabelsOracle
		if extractive(doc.Text, ref) {
			kind = LabelsInRef
		}
	}
	refToks := sc.Tokens(ref)
	if kind == LabelsOracle {
		return oracleLabels(sc, doc, cands, refToks, max(cfg.OracleSize, 1))
	}
	out := make([]float64, len(cands))
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

// extractive reports whether at least half of the reference's lines occur
// in the text word for word (runs of white space folded).
func extractive(text, ref string) bool {
	flat := strings.Join(strings.Fields(text), " ")
	lines, found := 0, 0
	for _, l := range strings.Split(ref, "\n") {
		l = strings.Join(strings.Fields(l), " ")
		if l == "" {
			continue
		}
		lines++
		if strings.Contains(flat, l) {
			found++
		}
	}
	return lines > 0 && 2*found >= lines
}

// Train fits a logistic regression of the labels on the features, by
// Newton's method on standardized features with a ridge penalty.
func Train(docs []TrainDoc, cfg TrainConfig) (*Model, error) {
	x, y, weight := Examples(docs, cfg)
	if len(x) == 0 {
		return nil, errors.New("no training sentences")
	}
	w, err := fitLogistic(x, y, weight, cfg.L2)
	if err != nil {
		return nil, err
	}
	for i, b := range cfg.LeadBoost {
		if i < leadRanks {
			w[fRank0+feature(i)] += b
		}
	}
	return &Model{Features: append([]string(nil), FeatureNames...), Weights: w, Redundancy: cfg.Redundancy,
		Note: fmt.Sprintf("logistic regression, labels %s (oracle of %d), L2 %g, lead boost %v, %d sentences of %d stories",
			cfg.Labels, cfg.OracleSize, cfg.L2, cfg.LeadBoost, len(x), len(docs))}, nil
}

// fitLogistic returns weights on the raw features (bias first).
// Each example counts weight[i] times (all 1 when weight is nil).
func fitLogistic(x [][]float64, y, weight []float64, l2 float64) ([]float64, error) {
	d := len(x[0])
	wt := func(i int) float64 {
		if weight == nil {
			return 1
		}
		return weight[i]
	}
	n := 0.0
	for i := range x {
		n += wt(i)
	}
	mean := make([]float64, d)
	std := make([]float64, d)
	for i, r := range x {
		for j := 1; j < d; j++ {
			mean[j] += wt(i) * r[j] / n
		}
	}
	for i, r := range x {
		for j := 1; j < d; j++ {
			std[j] += wt(i) * (r[j] - mean[j]) * (r[j] - mean[j]) / n
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
			g := wt(i) * (y[i] - p)
			h := wt(i) * p * (1 - p)
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

// oracleLabels marks the greedy oracle: up to size candidates, each the one
// that most raises ROUGE-1 F1 + ROUGE-2 F1 of the candidates chosen so far
// against the reference tokens; it stops when no candidate raises it. The
// n-gram counts are kept per candidate, so a step costs one pass over the
// candidates' tokens, not a ROUGE computation per candidate.
func oracleLabels(sc *rouge.Scorer, doc *nlp.Document, cands []int, refToks []string, size int) []float64 {
	out := make([]float64, len(cands))
	type bigram struct{ a, b string }
	ref1 := map[string]int{}
	ref2 := map[bigram]int{}
	for i, t := range refToks {
		ref1[t]++
		if i > 0 {
			ref2[bigram{refToks[i-1], t}]++
		}
	}
	if len(refToks) == 0 {
		return out
	}
	toks := make([][]string, len(cands))
	for k, si := range cands {
		toks[k] = sc.Tokens(doc.Sentences[si].Text)
	}
	hyp1 := map[string]int{}
	hyp2 := map[bigram]int{}
	hits1, hits2, n1, n2 := 0, 0, 0, 0
	f := func(hits, refN, hypN int) float64 {
		if hits == 0 || refN == 0 || hypN == 0 {
			return 0
		}
		return 2 * float64(hits) / float64(refN+hypN)
	}
	best := 0.0
	add1 := map[string]int{}
	add2 := map[bigram]int{}
	for step := 0; step < size; step++ {
		pick, pickH1, pickH2 := -1, 0, 0
		for k, ts := range toks {
			if out[k] == 1 || len(ts) == 0 {
				continue
			}
			clear(add1)
			clear(add2)
			h1, h2 := hits1, hits2
			for i, t := range ts {
				add1[t]++
				if hyp1[t]+add1[t] <= ref1[t] {
					h1++
				}
				if i > 0 {
					g := bigram{ts[i-1], t}
					add2[g]++
					if hyp2[g]+add2[g] <= ref2[g] {
						h2++
					}
				}
			}
			g := f(h1, len(refToks), n1+len(ts)) + f(h2, len(refToks)-1, n2+len(ts)-1)
			if g > best {
				best, pick, pickH1, pickH2 = g, k, h1, h2
			}
		}
		if pick < 0 {
			break
		}
		out[pick] = 1
		ts := toks[pick]
		for i, t := range ts {
			hyp1[t]++
			if i > 0 {
				hyp2[bigram{ts[i-1], t}]++
			}
		}
		hits1, hits2 = pickH1, pickH2
		n1 += len(ts)
		n2 += len(ts) - 1
	}
	return out
}

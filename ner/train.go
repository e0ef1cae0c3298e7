package ner

import (
	"context"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"time"

	"github.com/newsnlp/newsnlp/gazetteer"
)

// TrainOptions configure Train.
type TrainOptions struct {
	Epochs int    // passes over the data; 0 means 8
	Seed   uint64 // shuffles documents between passes
	// AfterPass, if set, is called with the averaged model after every
	// pass; what it returns is added to the progress line (a dev score).
	AfterPass func(pass int, m *Model) string
	// Progress, if set, receives a line per pass.
	Progress io.Writer
	// Lexicon is the serialised word statistics (BuildLexicon) that features
	// use and the model ships; nil trains without them.
	Lexicon []byte
	// Runs trains that many times with seeds Seed, Seed+1, ... and averages
	// the weights (less dependence on the shuffling order); 0 means 1.
	Runs int
	// MinWeight drops features whose largest averaged weight is smaller
	// (in absolute value) when the model is built; 0 keeps all.
	MinWeight float64
	// Target is the domain (TrainSet.Domain) whose own weights the model
	// keeps beside the shared ones; "" keeps the shared weights alone.
	Target string
}

// trainer holds averaged-perceptron weights during training.
type trainer struct {
	idx map[uint64]int32
	w   []float32 // current weights, row-major: row*numLabels + label
	tot []float64 // sum of weights over time, up to ts
	ts  []int32   // when tot was last brought up to date
	t   int32     // instances seen
	aug []bool    // per row: a domain-specific copy
}

func newTrainer() *trainer { return &trainer{idx: make(map[uint64]int32, 1<<20)} }

// augment returns the domain-specific copy of feature f (Daumé's
// "frustratingly easy" domain adaptation): each feature has a shared weight
// and one per domain.
func augment(f uint64, dom int) uint64 { return mix(0xD0+uint64(dom), f) }

func (tr *trainer) score(feats []uint64, s *[numLabels]float32, dom int) {
	for _, f := range feats {
		tr.add(f, s)
		if dom >= 0 {
			tr.add(augment(f, dom), s)
		}
	}
}

func (tr *trainer) add(f uint64, s *[numLabels]float32) {
	r, ok := tr.idx[f]
	if !ok {
		return
	}
	w := tr.w[int(r)*numLabels : int(r)*numLabels+numLabels]
	for y := range s {
		s[y] += w[y]
	}
}

func (tr *trainer) row(f uint64, aug bool) int {
	r, ok := tr.idx[f]
	if !ok {
		r = int32(len(tr.idx))
		tr.idx[f] = r
		tr.aug = append(tr.aug, aug)
		var z [numLabels]float32
		var zt [numLabels]float64
		var zs [numLabels]int32
		tr.w = append(tr.w, z[:]...)
		tr.tot = append(tr.tot, zt[:]...)
		tr.ts = append(tr.ts, zs[:]...)
	}
	return int(r)
}

func (tr *trainer) update(k int, v float32) {
	tr.tot[k] += float64(tr.t-tr.ts[k]) * float64(tr.w[k])
	tr.ts[k] = tr.t
	tr.w[k] += v
}

// learn moves the weights of feats towards gold and away from guess by
// step (the training set's weight).
func (tr *trainer) learn(feats []uint64, gold, guess, dom int, step float32) {
	for _, f := range feats {
		r := tr.row(f, false) * numLabels
		tr.update(r+gold, step)
		tr.update(r+guess, -step)
		if dom >= 0 {
			r := tr.row(augment(f, dom), true) * numLabels
			tr.update(r+gold, step)
			tr.update(r+guess, -step)
		}
	}
}

// averaged returns the averaged weights.
func (tr *trainer) averaged() []float32 {
	out := make([]float32, len(tr.w))
	for k := range tr.w {
		tot := tr.tot[k] + float64(tr.t-tr.ts[k])*float64(tr.w[k])
		out[k] = float32(tot / float64(max(tr.t, 1)))
	}
	return out
}

// encodeDoc turns a labelled document into token texts and label indexes.
func encodeDoc(d Document) ([][]string, []uint8) {
	words := make([][]string, len(d))
	var gold []uint8
	for i, s := range d {
		words[i] = s.Words
		gold = encodeLabels(gold, s.Labels)
	}
	return words, gold
}

// TrainSet is labelled data from one source (one annotation style).
type TrainSet struct {
	Name string
	Docs []Document
	// Weight scales the perceptron's updates on this set's tokens; 0 means 1.
	Weight float64
	// Domain, if not empty, gives the set's features a copy of their own
	// (Daumé's "frustratingly easy" domain adaptation): sets of one Domain
	// share the copy, which learns their conventions apart from the shared
	// weights; the model keeps the shared weights (and TrainOptions.Target's
	// copy). Sets with no Domain train the shared weights alone.
	Domain string
	// NoMISC marks a set that does not annotate MISC: a MISC guess on a
	// token it labels O is not an error (partial labels), so the set does
	// not teach the tagger to drop MISC.
	NoMISC bool
	// PlaceORG marks a set that labels metonymic place names ORG where
	// CoNLL-2003 says LOC (UNER: "ties with Washington"): on a mention that
	// is a place in the gazetteer, ORG and LOC are both accepted.
	PlaceORG bool
}

// Train learns a model from labelled documents with an averaged perceptron
// and greedy decoding, and returns it in its compact (quantised) form.
// Each set's updates are scaled by its Weight; sets with a Domain get
// domain-specific feature copies (see TrainSet). Training is deterministic
// for given data and options.
func Train(ctx context.Context, sets []TrainSet, opts TrainOptions) (*Model, error) {
	if opts.Epochs <= 0 {
		opts.Epochs = 8
	}
	runs := max(opts.Runs, 1)
	lex, err := openLexicon(opts.Lexicon)
	if err != nil {
		return nil, err
	}
	gz := gazetteer.Default()
	sum := map[uint64][numLabels]float32{}
	for r := 0; r < runs; r++ {
		rows, err := trainRun(ctx, sets, opts, opts.Seed+uint64(r), gz, lex)
		if err != nil {
			return nil, err
		}
		for f, w := range rows {
			acc := sum[f]
			for y := range acc {
				acc[y] += w[y] / float32(runs)
			}
			sum[f] = acc
		}
	}
	return buildModel(gz, prune(sum, opts.MinWeight), opts.Lexicon), nil
}

// trainRun runs one training with the given shuffling seed and returns its
// averaged weights.
func trainRun(ctx context.Context, sets []TrainSet, opts TrainOptions, seed uint64, gz *gazetteer.Gazetteer, lex *lexicon) (map[uint64][numLabels]float32, error) {
	type item struct{ set, doc int }
	var items []item
	for si, s := range sets {
		for di := range s.Docs {
			items = append(items, item{si, di})
		}
	}
	doms, target := domains(sets, opts.Target)
	x := newExtractor(gz, lex)
	tr := newTrainer()
	rng := rand.New(rand.NewPCG(seed, 0x6e6572))
	var out []uint8
	for ep := 1; ep <= opts.Epochs; ep++ {
		start := time.Now()
		rng.Shuffle(len(items), func(i, j int) { items[i], items[j] = items[j], items[i] })
		errs, n := 0, 0
		for _, it := range items {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			set := &sets[it.set]
			dom := doms[it.set]
			step := float32(set.Weight)
			if step <= 0 {
				step = 1
			}
			d := withHeadline(set.Docs[it.doc], rng)
			words, gold := encodeDoc(d)
			x.prepare(words)
			x.alt = partialLabels(x.alt[:0], set, d, gold, gz)
			if cap(out) < len(gold) {
				out = make([]uint8, len(gold))
			}
			out = out[:len(gold)]
			x.decode(out, func(feats []uint64, s *[numLabels]float32) { tr.score(feats, s, dom) }, gold,
				func(feats []uint64, g, guess int) {
					tr.learn(feats, g, guess, dom, step)
					errs++
				}, false)
			n += len(gold)
			tr.t += int32(len(gold))
		}
		if opts.Progress != nil {
			line := fmt.Sprintf("seed %d epoch %d: %d tokens, %.2f%% token errors, %d features, %s", seed, ep, n,
				100*float64(errs)/float64(max(n, 1)), len(tr.idx), time.Since(start).Round(time.Second))
			if opts.AfterPass != nil {
				line += opts.AfterPass(ep, buildModel(gz, tr.rows(target), opts.Lexicon))
			}
			fmt.Fprintln(opts.Progress, line)
		}
	}
	return tr.rows(target), nil
}

// domains numbers the sets' domains in order of first appearance: the
// domain index of each set (-1 for none) and that of target (-1 if no set
// has it).
func domains(sets []TrainSet, target string) ([]int, int) {
	index := map[string]int{}
	out := make([]int, len(sets))
	for i, s := range sets {
		out[i] = -1
		if s.Domain == "" {
			continue
		}
		d, ok := index[s.Domain]
		if !ok {
			d = len(index)
			index[s.Domain] = d
		}
		out[i] = d
	}
	t, ok := index[target]
	if !ok || target == "" {
		t = -1
	}
	return out, t
}

// rows returns the averaged weight of every feature. With a target domain,
// each feature's weight is its shared weight plus the target's, and the
// domain-specific copies are left out.
func (tr *trainer) rows(target int) map[uint64][numLabels]float32 {
	avg := tr.averaged()
	out := make(map[uint64][numLabels]float32, len(tr.idx))
	for f, r := range tr.idx {
		if tr.aug[r] {
			continue
		}
		var w [numLabels]float32
		copy(w[:], avg[int(r)*numLabels:int(r)*numLabels+numLabels])
		if target >= 0 {
			if t, ok := tr.idx[augment(f, target)]; ok {
				for y := range w {
					w[y] += avg[int(t)*numLabels+y]
				}
			}
		}
		out[f] = w
	}
	return out
}

// prune drops the rows whose weights are all smaller than minWeight in
// absolute value (or zero).
func prune(rows map[uint64][numLabels]float32, minWeight float64) map[uint64][numLabels]float32 {
	out := make(map[uint64][numLabels]float32, len(rows))
	for f, w := range rows {
		for _, v := range w {
			if math.Abs(float64(v)) > max(minWeight, 1e-6) {
				out[f] = w
				break
			}
		}
	}
	return out
}

package ner

import (
	"math"
	"sort"
)

// exchange clusters the vocabulary (word indexes 0..nv-1) into k classes
// with the exchange algorithm for a predictive class bigram model (Martin
// et al. 1998; Uszkoreit & Brants 2008): a word's class is chosen to best
// predict the words that follow it. succ[v] lists v's successors and
// counts, sorted by successor. Deterministic: classes start round-robin by
// frequency rank and words are visited in index order.
func exchange(succ [][]wordCount, nv, k, iters int, logf func(string, ...any)) []int {
	class := make([]int, nv)
	for v := range class {
		class[v] = v % k
	}
	ncw := make([]int32, nv*k) // ncw[w*k+c]: how often a word of class c precedes w
	nc := make([]int64, k)     // how often a word of class c precedes anything
	nv1 := make([]int64, nv)   // how often v precedes anything
	for v, ss := range succ {
		for _, s := range ss {
			ncw[int(s.w)*k+class[v]] += s.n
			nv1[v] += int64(s.n)
		}
		nc[class[v]] += nv1[v]
	}
	// f(x) = x log x, tabulated for small counts.
	const tab = 1 << 16
	ft := make([]float64, tab)
	for i := 1; i < tab; i++ {
		ft[i] = float64(i) * math.Log(float64(i))
	}
	f := func(x int64) float64 {
		if x < tab {
			return ft[x]
		}
		return float64(x) * math.Log(float64(x))
	}
	gain := make([]float64, k)
	for it := 0; it < iters; it++ {
		moved := 0
		for v, ss := range succ {
			if nv1[v] == 0 {
				continue
			}
			a := class[v]
			// Take v out of a.
			for _, s := range ss {
				ncw[int(s.w)*k+a] -= s.n
			}
			nc[a] -= nv1[v]
			// Gain of putting v in each class b.
			for b := range gain {
				gain[b] = f(nc[b]) - f(nc[b]+nv1[v])
			}
			for _, s := range ss {
				row := ncw[int(s.w)*k : int(s.w)*k+k]
				n := int64(s.n)
				for b, x := range row {
					gain[b] += f(int64(x)+n) - f(int64(x))
				}
			}
			best := a
			for b := range gain {
				if gain[b] > gain[best]+1e-9 {
					best = b
				}
			}
			for _, s := range ss {
				ncw[int(s.w)*k+best] += s.n
			}
			nc[best] += nv1[v]
			if best != a {
				class[v] = best
				moved++
			}
		}
		if logf != nil {
			logf("exchange k=%d pass %d: %d words moved", k, it+1, moved)
		}
		if moved == 0 {
			break
		}
	}
	return class
}

type wordCount struct {
	w int32
	n int32
}

// successors turns bigram counts into per-word sorted successor lists.
func successors(pairs map[[2]int32]int32, nv int) [][]wordCount {
	succ := make([][]wordCount, nv)
	for p, n := range pairs {
		succ[p[0]] = append(succ[p[0]], wordCount{p[1], n})
	}
	for _, s := range succ {
		sort.Slice(s, func(i, j int) bool { return s[i].w < s[j].w })
	}
	return succ
}

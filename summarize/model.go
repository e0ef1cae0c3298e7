package summarize

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"sync"
)

// Model is a linear sentence scorer: a weight per feature. It is read-only
// and safe for concurrent use.
type Model struct {
	Features []string  `json:"features"`
	Weights  []float64 `json:"weights"`
	// Redundancy is what a sentence's score loses, in full, when the
	// sentences already chosen cover all of its terms (and pro rata when
	// they cover a share): 0 picks by score alone.
	Redundancy float64 `json:"redundancy,omitempty"`
	// Note records how the model was made.
	Note string `json:"note,omitempty"`
}

//go:embed model.json
var modelJSON []byte

// DefaultScorer returns the model embedded in the binary, decoded once.
var DefaultScorer = sync.OnceValues(func() (*Model, error) { return ParseModel(modelJSON) })

// ParseModel decodes a model saved by Model.MarshalJSON and checks that it
// has a weight for every feature this code computes, in the same order.
func ParseModel(b []byte) (*Model, error) {
	var m Model
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("decode summary model: %w", err)
	}
	if len(m.Features) != len(FeatureNames) || len(m.Weights) != len(FeatureNames) {
		return nil, fmt.Errorf("summary model has %d features and %d weights, want %d", len(m.Features), len(m.Weights), len(FeatureNames))
	}
	for i, f := range FeatureNames {
		if m.Features[i] != f {
			return nil, fmt.Errorf("summary model feature %d is %q, want %q", i, m.Features[i], f)
		}
	}
	return &m, nil
}

func (m *Model) score(x []float64) float64 {
	s := 0.0
	for i, w := range m.Weights {
		s += w * x[i]
	}
	return s
}

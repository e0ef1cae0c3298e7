package eval

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// Mention is a labelled stretch of a document: offsets (any unit, end
// exclusive) and a type.
type Mention struct {
	Start, End int
	Type       string
}

// Counts are true positives, predictions and gold items.
type Counts struct{ TP, Pred, Gold int }

// Add adds o to c.
func (c *Counts) Add(o Counts) { c.TP += o.TP; c.Pred += o.Pred; c.Gold += o.Gold }

// P returns precision, 0 when nothing was predicted.
func (c Counts) P() float64 { return ratio(c.TP, c.Pred) }

// R returns recall, 0 when there is no gold item.
func (c Counts) R() float64 { return ratio(c.TP, c.Gold) }

// F1 returns the harmonic mean of P and R.
func (c Counts) F1() float64 {
	p, r := c.P(), c.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Scores accumulates mention and table counts over documents.
type Scores struct {
	ByType map[string]*Counts // exact-match mentions per type
	Table  Counts             // per-story entity tables over TableTypes
	Docs   int
}

// TableTypes are the types the entity-table score covers, as ner_score.py:
// PER, ORG and LOC.
var TableTypes = []string{"PER", "ORG", "LOC"}

// NewScores returns empty scores.
func NewScores() *Scores { return &Scores{ByType: map[string]*Counts{}} }

// AddDoc scores one document. text is its text, indexed by the offsets in
// gold and pred (so the table uses the mentions' surface forms); with a nil
// text only mentions are scored.
func (s *Scores) AddDoc(text []rune, gold, pred []Mention) {
	s.Docs++
	g := map[Mention]bool{}
	for _, m := range gold {
		g[m] = true
		s.counts(m.Type).Gold++
	}
	for _, m := range pred {
		c := s.counts(m.Type)
		c.Pred++
		if g[m] {
			c.TP++
			delete(g, m) // a duplicate prediction scores once
		}
	}
	if text == nil {
		return // no text: mentions only
	}
	gt, pt := table(text, gold), table(text, pred)
	s.Table.Gold += len(gt)
	s.Table.Pred += len(pt)
	for k := range pt {
		if gt[k] {
			s.Table.TP++
		}
	}
}

func (s *Scores) counts(t string) *Counts {
	c := s.ByType[t]
	if c == nil {
		c = &Counts{}
		s.ByType[t] = c
	}
	return c
}

// table is the set of (lower-cased surface text, type) over TableTypes.
func table(text []rune, ms []Mention) map[[2]string]bool {
	out := map[[2]string]bool{}
	for _, m := range ms {
		if !isTableType(m.Type) || m.Start < 0 || m.End > len(text) || m.Start >= m.End {
			continue
		}
		out[[2]string{strings.ToLower(string(text[m.Start:m.End])), m.Type}] = true
	}
	return out
}

func isTableType(t string) bool {
	for _, x := range TableTypes {
		if x == t {
			return true
		}
	}
	return false
}

// Add adds o's counts to s.
func (s *Scores) Add(o *Scores) {
	for t, c := range o.ByType {
		s.counts(t).Add(*c)
	}
	s.Table.Add(o.Table)
	s.Docs += o.Docs
}

// Overall sums the mention counts over types (all of them, or those given).
func (s *Scores) Overall(types ...string) Counts {
	var c Counts
	for t, x := range s.ByType {
		if len(types) == 0 || contains(types, t) {
			c.Add(*x)
		}
	}
	return c
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// Write prints a conlleval-style report: a row per type, then the overall
// rows (all types, and PER/ORG/LOC), then the entity-table score.
func (s *Scores) Write(w io.Writer) error {
	types := make([]string, 0, len(s.ByType))
	for t := range s.ByType {
		types = append(types, t)
	}
	sort.Strings(types)
	var b strings.Builder
	fmt.Fprintf(&b, "%-16s %9s %9s %9s %7s %7s\n", "type", "precision", "recall", "F1", "gold", "pred")
	row := func(name string, c Counts) {
		fmt.Fprintf(&b, "%-16s %9.4f %9.4f %9.4f %7d %7d\n", name, c.P(), c.R(), c.F1(), c.Gold, c.Pred)
	}
	for _, t := range types {
		row(t, *s.ByType[t])
	}
	row("overall", s.Overall())
	row("PER/ORG/LOC", s.Overall(TableTypes...))
	row("table PER/ORG/LOC", s.Table)
	fmt.Fprintf(&b, "documents: %d\n", s.Docs)
	_, err := io.WriteString(w, b.String())
	return err
}

// NormType maps entity types to the CoNLL four: PERSON→PER; GPE, LOC and
// FAC→LOC; ORG; NORP, EVENT, MISC and the rest→MISC.
func NormType(t string) string {
	switch strings.ToUpper(t) {
	case "PER", "PERSON", "PEOPLE":
		return "PER"
	case "ORG", "ORGANIZATION", "ORGANISATION":
		return "ORG"
	case "LOC", "GPE", "FAC", "FACILITY", "LOCATION", "GEO", "PLACE":
		return "LOC"
	}
	return "MISC"
}

// NamedScores are the scores of one data set.
type NamedScores struct {
	Name   string
	Scores *Scores
}

// WriteSummary prints one row per data set with its mention F1 per type
// (PER, ORG, LOC, MISC), over PER/ORG/LOC and over all four, and the
// entity-table F1: the figures the model card compares across sets.
func WriteSummary(w io.Writer, sets []NamedScores) error {
	var b strings.Builder
	width := len("set")
	for _, s := range sets {
		width = max(width, len(s.Name))
	}
	cols := []string{"PER", "ORG", "LOC", "MISC", "P/O/L", "all", "table"}
	fmt.Fprintf(&b, "%-*s", width, "set")
	for _, c := range cols {
		fmt.Fprintf(&b, " %6s", c)
	}
	b.WriteByte('\n')
	for _, s := range sets {
		fmt.Fprintf(&b, "%-*s", width, s.Name)
		for _, t := range []string{"PER", "ORG", "LOC", "MISC"} {
			c, ok := s.Scores.ByType[t]
			if !ok || c.Gold == 0 {
				fmt.Fprintf(&b, " %6s", "-") // no gold mention of the type: F1 means nothing
				continue
			}
			fmt.Fprintf(&b, " %6.4f", c.F1())
		}
		fmt.Fprintf(&b, " %6.4f %6.4f %6.4f\n", s.Scores.Overall(TableTypes...).F1(), s.Scores.Overall().F1(), s.Scores.Table.F1())
	}
	_, err := io.WriteString(w, b.String())
	return err
}

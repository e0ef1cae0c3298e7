package eval

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/newsnlp/newsnlp"
)

// SentenceRule is one labelled splitting example, as in pragmatic_segmenter's
// Golden Rules: a text and the sentences it should split into.
type SentenceRule struct {
	ID        string   `json:"id"`
	Name      string   `json:"name"`
	Text      string   `json:"text"`
	Sentences []string `json:"sentences"`
}

// ReadSentenceRules reads one JSON rule a line; blank lines are skipped.
func ReadSentenceRules(r io.Reader) ([]SentenceRule, error) {
	var rules []SentenceRule
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 16<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var rule SentenceRule
		if err := json.Unmarshal([]byte(line), &rule); err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		if rule.Name == "" {
			rule.Name = rule.ID
		}
		if rule.Name == "" {
			rule.Name = fmt.Sprintf("line %d", n)
		}
		rules = append(rules, rule)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(rules) == 0 {
		return nil, fmt.Errorf("no rules")
	}
	return rules, nil
}

// SplitFunc splits a text into sentences.
type SplitFunc func(ctx context.Context, text string) ([]string, error)

// PipelineSplit splits the way `newsnlp sentences` does: the whole text as
// one article through the parser, every sentence kept (the title included).
func PipelineSplit(p *newsnlp.Parser) SplitFunc {
	return func(ctx context.Context, text string) ([]string, error) {
		doc, err := p.Parse(ctx, newsnlp.Source{Name: "rule", Text: text}, newsnlp.Options{})
		if err != nil {
			return nil, err
		}
		out := make([]string, len(doc.Sentences))
		for i, s := range doc.Sentences {
			out[i] = s.Text
		}
		return out, nil
	}
}

// SentenceMiss is a rule not split exactly.
type SentenceMiss struct {
	Rule SentenceRule
	Got  []string
	Err  error // the splitter failed on this rule
	// Spacing is set when the sentences differ only in the white space
	// inside them: the boundaries are right, but a rule that rewrites a
	// line break as a space cannot be matched by spans into the input.
	Spacing bool
}

// SentenceScore counts the rules split exactly.
type SentenceScore struct {
	Total, Exact int
	Spacing      int // misses that differ only in white space inside a sentence
	Misses       []SentenceMiss
}

// Share is the fraction of rules split exactly.
func (s SentenceScore) Share() float64 {
	if s.Total == 0 {
		return 0
	}
	return float64(s.Exact) / float64(s.Total)
}

// ScoreSentences splits every rule's text and counts exact matches, sentence
// for sentence, after trimming white space at both ends of each, as
// pragmatic_segmenter's own test and ../shared/tools/golden_check.py do.
func ScoreSentences(ctx context.Context, rules []SentenceRule, split SplitFunc) (SentenceScore, error) {
	score := SentenceScore{Total: len(rules)}
	for _, r := range rules {
		if err := ctx.Err(); err != nil {
			return score, err
		}
		got, err := split(ctx, r.Text)
		if err == nil && sameSentences(got, r.Sentences, strings.TrimSpace) {
			score.Exact++
			continue
		}
		m := SentenceMiss{Rule: r, Got: got, Err: err}
		if err == nil && sameSentences(got, r.Sentences, collapseSpace) {
			m.Spacing = true
			score.Spacing++
		}
		score.Misses = append(score.Misses, m)
	}
	return score, nil
}

func sameSentences(got, want []string, norm func(string) string) bool {
	if len(got) != len(want) {
		return false
	}
	for i := range got {
		if norm(got[i]) != norm(want[i]) {
			return false
		}
	}
	return true
}

// collapseSpace trims s and turns each run of white space inside it into
// one space.
func collapseSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// WriteSentenceReport prints the score and, for every miss, the rule's name
// with the expected and the produced sentences.
func WriteSentenceReport(w io.Writer, s SentenceScore) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "sentences split exactly: %d/%d (%.1f%%)\n", s.Exact, s.Total, 100*s.Share())
	if s.Spacing > 0 {
		fmt.Fprintf(bw, "right boundaries, white space inside differs: %d more\n", s.Spacing)
	}
	for _, m := range s.Misses {
		fmt.Fprintf(bw, "\nmissed: %s\n", m.Rule.Name)
		if m.Spacing {
			fmt.Fprintf(bw, "  (boundaries right; only white space inside a sentence differs)\n")
		}
		if m.Err != nil {
			fmt.Fprintf(bw, "  error: %v\n", m.Err)
			continue
		}
		for _, t := range m.Rule.Sentences {
			fmt.Fprintf(bw, "  want: %q\n", t)
		}
		for _, t := range m.Got {
			fmt.Fprintf(bw, "  got:  %q\n", t)
		}
	}
	return bw.Flush()
}

package eval

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/newsnlp/newsnlp"
)

const rulesJSONL = `{"id": "r1", "name": "two sentences", "text": "A b. C d.", "sentences": ["A b.", "C d."]}

{"id": "r2", "name": "wrapped", "text": "A b\nc d.", "sentences": ["A b c d."]}
{"id": "r3", "text": "X. Y.", "sentences": ["X.", "Y."]}
`

func TestReadSentenceRules(t *testing.T) {
	rules, err := ReadSentenceRules(strings.NewReader(rulesJSONL))
	if err != nil {
		t.Fatal(err)
	}
	if len(rules) != 3 || rules[1].Text != "A b\nc d." || rules[2].Name != "r3" {
		t.Errorf("rules = %+v", rules)
	}
	for _, bad := range []string{"", "\n\n", `{"name": 1}`, "not json"} {
		if _, err := ReadSentenceRules(strings.NewReader(bad)); err == nil {
			t.Errorf("ReadSentenceRules(%q): no error", bad)
		}
	}
}

func TestScoreSentences(t *testing.T) {
	rules, err := ReadSentenceRules(strings.NewReader(rulesJSONL))
	if err != nil {
		t.Fatal(err)
	}
	// A splitter that cuts after every period and fails on "X. Y.".
	split := func(_ context.Context, text string) ([]string, error) {
		if strings.HasPrefix(text, "X") {
			return nil, errors.New("boom")
		}
		var out []string
		for _, s := range strings.SplitAfter(text, ".") {
			if s = strings.TrimSpace(s); s != "" {
				out = append(out, s)
			}
		}
		return out, nil
	}
	score, err := ScoreSentences(context.Background(), rules, split)
	if err != nil {
		t.Fatal(err)
	}
	if score.Total != 3 || score.Exact != 1 || score.Spacing != 1 || len(score.Misses) != 2 {
		t.Fatalf("score = %+v", score)
	}
	if !score.Misses[0].Spacing || score.Misses[1].Err == nil {
		t.Errorf("misses = %+v", score.Misses)
	}
	var buf bytes.Buffer
	if err := WriteSentenceReport(&buf, score); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"split exactly: 1/3 (33.3%)", "white space inside differs: 1 more", "missed: wrapped", `want: "A b c d."`, "missed: r3", "error: boom"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, buf.String())
		}
	}
}

func TestScoreSentencesCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	rules := []SentenceRule{{Name: "x", Text: "A.", Sentences: []string{"A."}}}
	if _, err := ScoreSentences(ctx, rules, PipelineSplit(newsnlp.NewParser(nil))); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

func TestPipelineSplit(t *testing.T) {
	got, err := PipelineSplit(newsnlp.NewParser(nil))(context.Background(), "Hello World. My name is Jonas.")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(got, "|") != "Hello World.|My name is Jonas." {
		t.Errorf("got %q", got)
	}
}

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsnlp/newsnlp/summarize"
)

// Two small sets in the two shapes the research corpora come in: cased
// stories with extracts for references, and lowercased tokenized stories
// with rewritten highlights.
const (
	extractSet = `{"id":"e1","text":"The council approved the bridge on Tuesday. Work starts in May. Critics said it costs too much. The mayor disagreed.","summary":"The council approved the bridge on Tuesday.\nCritics said it costs too much."}
{"id":"e2","text":"Rain fell across Wales on Sunday. Rivers rose quickly. Roads were closed in three towns. Schools stay shut on Monday.","summary":"Roads were closed in three towns."}
`
	highlightSet = `{"id":"h1","text":"the harbour board backed a new ferry terminal on tuesday . gulls nested on the old pier . building starts in march .","summary":"harbour board backs ferry terminal\nbuilding to start in march"}
{"id":"h2","text":"a storm cut power to 2,000 homes overnight . engineers worked until dawn . most homes had power back by noon .","summary":"storm cuts power to 2,000 homes"}
`
)

func writeSets(t *testing.T) (extracts, highlights string) {
	t.Helper()
	dir := t.TempDir()
	extracts, highlights = filepath.Join(dir, "extracts.jsonl"), filepath.Join(dir, "highlights.jsonl")
	for p, s := range map[string]string{extracts: extractSet, highlights: highlightSet} {
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return extracts, highlights
}

func TestTrainSummaryFromSeveralFiles(t *testing.T) {
	extracts, highlights := writeSets(t)
	out := filepath.Join(t.TempDir(), "model.json")
	r := runCLI(t, "", false, "train", "summary", "--weights", "0.5,1", "--out", out, extracts, highlights)
	if r.code != exitOK {
		t.Fatalf("exit %d: %s", r.code, r.err)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	m, err := summarize.ParseModel(b)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"extracts.jsonl (2 stories, weight 0.5)", "highlights.jsonl (2 stories, 2 recased)", "labels auto"} {
		if !strings.Contains(m.Note, want) {
			t.Errorf("model note %q lacks %q", m.Note, want)
		}
	}
	if m.Redundancy != summarize.DefaultTrainConfig.Redundancy {
		t.Errorf("model redundancy %g, want the configuration's %g", m.Redundancy, summarize.DefaultTrainConfig.Redundancy)
	}
	r = runCLI(t, "", false, "eval", "summary", "--scorer", out, highlights)
	if r.code != exitOK || !strings.Contains(r.out, "recased=2") {
		t.Errorf("eval with the trained model: exit %d, out %q, err %q", r.code, r.out, r.err)
	}
}

func TestEvalSummaryCrossValidatesWithMoreTrainingFiles(t *testing.T) {
	extracts, highlights := writeSets(t)
	r := runCLI(t, "", false, "eval", "summary", "--cv", "2", "--train-with", highlights, "--weights", "1,0.5", extracts)
	if r.code != exitOK || !strings.Contains(r.out, "newsnlp-cv2") || !strings.Contains(r.out, "lead-3") {
		t.Errorf("exit %d, out %q, err %q", r.code, r.out, r.err)
	}
}

func TestTrainAndEvalSummaryUsageErrors(t *testing.T) {
	extracts, highlights := writeSets(t)
	out := filepath.Join(t.TempDir(), "model.json")
	for _, args := range [][]string{
		{"train", "summary", "--weights", "1", "--out", out, extracts, highlights},    // one weight for two files
		{"train", "summary", "--weights", "1,-1", "--out", out, extracts, highlights}, // a negative weight
		{"train", "summary", "--labels", "best", "--out", out, extracts},              // no such labels
		{"train", "summary", extracts},                                                // no --out
		{"eval", "summary", "--train-with", highlights, extracts},                     // --train-with without --cv
		{"eval", "summary", "--cv", "2", "--weights", "1,1", extracts},                // two weights for one file
	} {
		if r := runCLI(t, "", false, args...); r.code != exitUsage {
			t.Errorf("%v: exit %d (%s), want %d", args, r.code, strings.TrimSpace(r.err), exitUsage)
		}
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a refused training run wrote a model")
	}
}

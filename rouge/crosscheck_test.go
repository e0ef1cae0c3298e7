package rouge

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsnlp/newsnlp/internal/shareddata"
)

// TestCrossCheck compares this package with the independent scorer in
// ../shared/tools/rouge.py on BBC summaries. It needs python3 with NLTK and
// runs only when asked:
//
//	NEWSNLP_ROUGE_CROSSCHECK=/usr/bin/python3 go test ./rouge -run CrossCheck -v
func TestCrossCheck(t *testing.T) {
	python := os.Getenv("NEWSNLP_ROUGE_CROSSCHECK")
	if python == "" {
		t.Skip("set NEWSNLP_ROUGE_CROSSCHECK to a python3 with NLTK to run")
	}
	data := shareddata.Path(t, "data/summarization/bbc-news-dev.jsonl.gz")
	tool := shareddata.Path(t, "tools/rouge.py")
	f, err := os.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	type pair struct {
		Ref string `json:"ref"`
		Hyp string `json:"hyp"`
	}
	var pairs []pair
	sc := bufio.NewScanner(zr)
	sc.Buffer(nil, 1<<24)
	for i := 0; sc.Scan() && i < 400; i++ {
		var a struct{ Text, Summary string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatal(err)
		}
		paras := strings.Split(a.Text, "\n\n")
		// Summaries of several shapes: leading paragraphs, later ones, and
		// the reference's lines reordered.
		pairs = append(pairs, pair{a.Summary, strings.Join(paras[:min(2, len(paras))], "\n")})
		pairs = append(pairs, pair{a.Summary, strings.Join(paras[len(paras)/2:], "\n")})
		lines := strings.Split(a.Summary, "\n")
		for l, r := 0, len(lines)-1; l < r; l, r = l+1, r-1 {
			lines[l], lines[r] = lines[r], lines[l]
		}
		pairs = append(pairs, pair{a.Summary, strings.Join(lines[:len(lines)/2], "\n")})
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "pairs.jsonl")
	w, err := os.Create(in)
	if err != nil {
		t.Fatal(err)
	}
	enc := json.NewEncoder(w)
	for _, p := range pairs {
		if err := enc.Encode(p); err != nil {
			t.Fatal(err)
		}
	}
	w.Close()
	script := `import json, sys
sys.path.insert(0, sys.argv[1])
import rouge
for l in open(sys.argv[2]):
    p = json.loads(l)
    s = rouge.score(p["ref"], p["hyp"])
    print(s["rouge1"], s["rouge2"], s["rougeLsum"])`
	out, err := exec.Command(python, "-c", script, filepath.Dir(tool), in).Output()
	if err != nil {
		t.Fatalf("python: %v", err)
	}
	rows := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(rows) != len(pairs) {
		t.Fatalf("python printed %d rows for %d pairs", len(rows), len(pairs))
	}
	scorer := NewScorer()
	var maxDiff [3]float64
	for i, p := range pairs {
		var py [3]float64
		for j, f := range strings.Fields(rows[i]) {
			if err := json.Unmarshal([]byte(f), &py[j]); err != nil {
				t.Fatal(err)
			}
		}
		s := scorer.Score(p.Ref, p.Hyp)
		for j, v := range []float64{s.R1.F1, s.R2.F1, s.RLsum.F1} {
			maxDiff[j] = math.Max(maxDiff[j], math.Abs(v-py[j]))
		}
	}
	t.Logf("%d pairs: max |Go - rouge.py| R1 %.2g, R2 %.2g, RLsum %.2g", len(pairs), maxDiff[0], maxDiff[1], maxDiff[2])
	for _, d := range maxDiff {
		if d > 1e-9 {
			t.Errorf("scores differ by up to %g", d)
		}
	}
}

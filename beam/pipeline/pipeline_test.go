package pipeline

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"
)

// newsnlpBin is the newsnlp CLI built from the root module, whose answers
// the pipeline's must equal.
var newsnlpBin string

func TestMain(m *testing.M) {
	flag.Parse()
	beam.Init()
	os.Exit(run(m))
}

func run(m *testing.M) int {
	dir, err := os.MkdirTemp("", "newsnlp-beam-test")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	newsnlpBin = filepath.Join(dir, "newsnlp")
	build := exec.Command("go", "build", "-o", newsnlpBin, "./cmd/newsnlp")
	build.Dir = filepath.Join("..", "..")
	if out, err := build.CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "build newsnlp: %v\n%s", err, out)
		return 1
	}
	return ptest.MainRetWithDefault(m, "prism")
}

// Invented names for invented stories.
var (
	people = []string{"Amara Okafor", "Lukas Brenner", "Sofia Marquez", "Hiroshi Tanaka", "Grace Mwangi",
		"Daniel Osei", "Ingrid Halvorsen", "Rahul Mehta", "Chloe Dubois", "Tomasz Wojcik"}
	orgs = []string{"Northern Rail Authority", "Harbour Council", "Ministry of Health", "Coastal Fisheries Union",
		"World Bank", "European Union", "Red Cross", "National Weather Service"}
	places = []string{"Kisumu", "Valparaiso", "Bergen", "Nairobi", "Lisbon", "Osaka", "Gdansk", "Mombasa"}
	roles  = []string{"chair", "spokeswoman", "director", "treasurer", "chief engineer"}
	days   = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}
)

func surname(name string) string { f := strings.Fields(name); return f[len(f)-1] }

// storyText writes an invented news story: a title and a few paragraphs
// that name people (in full, then by surname), organisations and places.
func storyText(rng *rand.Rand) (title, body string) {
	pick := func(l []string) string { return l[rng.IntN(len(l))] }
	p1, p2, o1, o2, l1, l2 := pick(people), pick(people), pick(orgs), pick(orgs), pick(places), pick(places)
	title = fmt.Sprintf("%s backs new plan for %s", o1, l1)
	paras := []string{
		fmt.Sprintf("%s, the %s of the %s, said on %s that the plan for %s would cost %d million dollars over %d years.",
			p1, pick(roles), o1, pick(days), l1, 10+rng.IntN(900), 2+rng.IntN(8)),
		fmt.Sprintf("Speaking in %s, %s told reporters that the %s had approved the first part of the budget and that work would start in the spring.",
			l1, surname(p1), o1),
		fmt.Sprintf("Critics including %s, who has campaigned in %s for a decade, said the %s had not asked residents before the vote.",
			p2, l2, o2),
		fmt.Sprintf("\"We were told nothing until the money was spent,\" %s said. The %s did not reply to a request for comment.",
			surname(p2), o2),
		fmt.Sprintf("%s said the next meeting would be held in %s in %d weeks.", surname(p1), l2, 2+rng.IntN(6)),
	}
	paras = paras[:3+rng.IntN(3)]
	return title, strings.Join(paras, "\n\n")
}

// corpus writes n invented stories in nested folders, some as HTML pages,
// plus an empty file and a binary one, which batch gives error records, and
// files a walk leaves out. It returns the folder.
func corpus(t testing.TB, n int) string {
	t.Helper()
	root := t.TempDir()
	rng := rand.New(rand.NewPCG(13, 2026))
	write := func(name string, data []byte) {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for i := range n {
		title, body := storyText(rng)
		dir := fmt.Sprintf("%d/%02d", 2020+i%4, 1+i%12)
		if i%7 == 3 {
			dir += "/wires"
		}
		if i%5 == 0 {
			var b strings.Builder
			fmt.Fprintf(&b, "<!DOCTYPE html><html><head><title>%s</title></head><body><nav><a href=\"/\">Home</a></nav><article><h1>%s</h1>", title, title)
			for _, p := range strings.Split(body, "\n\n") {
				fmt.Fprintf(&b, "<p>%s</p>", strings.ReplaceAll(p, "\"", "&quot;"))
			}
			b.WriteString("</article><footer>Copyright The Daily Invented</footer></body></html>")
			write(fmt.Sprintf("%s/story-%03d.html", dir, i), []byte(b.String()))
			continue
		}
		write(fmt.Sprintf("%s/story-%03d.txt", dir, i), []byte(title+"\n\n"+body+"\n"))
	}
	write("2021/empty.txt", nil)
	binary := make([]byte, 2048)
	for i := range binary {
		binary[i] = byte(rng.IntN(256))
	}
	write("2022/05/blob.dat", binary)
	write("2023/photo.jpg", binary[:100])
	write(".drafts/secret.txt", []byte("Not a story to take.\n"))
	return root
}

// runCLI runs the newsnlp CLI; a run where some stories failed exits 3, which is
// expected here.
func runCLI(t testing.TB, args ...string) []byte {
	t.Helper()
	cmd := exec.Command(newsnlpBin, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	var exit *exec.ExitError
	if err != nil && !(errors.As(err, &exit) && exit.ExitCode() == 3) {
		t.Fatalf("newsnlp %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	return out
}

// jsonLines decodes JSON lines into generic values, compared field by field.
func jsonLines(t testing.TB, data []byte) []map[string]any {
	t.Helper()
	var out []map[string]any
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("not a JSON line: %v: %q", err, sc.Bytes())
		}
		out = append(out, m)
	}
	return out
}

// readShards reads every file matching prefix-*.jsonl.
func readShards(t testing.TB, prefix string) []byte {
	t.Helper()
	names, err := filepath.Glob(prefix + "-*.jsonl")
	if err != nil || len(names) == 0 {
		t.Fatalf("no shards %s-*.jsonl (%v)", prefix, err)
	}
	var all []byte
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, data...)
	}
	return all
}

// runPipeline runs the pipeline on Prism.
func runPipeline(t testing.TB, o Options) {
	t.Helper()
	p, s := beam.NewPipelineWithRoot()
	if err := Build(s, o); err != nil {
		t.Fatal(err)
	}
	if err := ptest.Run(p); err != nil {
		t.Fatalf("pipeline: %v", err)
	}
}

// sameRecords checks that two sets of records are equal, keyed by key,
// naming each record and field that differs.
func sameRecords(t *testing.T, got, want []map[string]any, key func(map[string]any) string) {
	t.Helper()
	index := func(recs []map[string]any, which string) map[string]map[string]any {
		m := map[string]map[string]any{}
		for _, r := range recs {
			k := key(r)
			if _, dup := m[k]; dup {
				t.Errorf("%s: two records for %s", which, k)
			}
			m[k] = r
		}
		return m
	}
	g, w := index(got, "pipeline"), index(want, "batch")
	for k, wr := range w {
		gr, ok := g[k]
		if !ok {
			t.Errorf("%s: batch has a record, the pipeline none", k)
			continue
		}
		fields := map[string]bool{}
		for f := range wr {
			fields[f] = true
		}
		for f := range gr {
			fields[f] = true
		}
		for _, f := range slices.Sorted(func(yield func(string) bool) {
			for f := range fields {
				if !yield(f) {
					return
				}
			}
		}) {
			if !reflect.DeepEqual(gr[f], wr[f]) {
				t.Errorf("%s: field %q differs:\npipeline %v\n   batch %v", k, f, gr[f], wr[f])
			}
		}
	}
	for k := range g {
		if _, ok := w[k]; !ok {
			t.Errorf("%s: the pipeline has a record, batch none", k)
		}
	}
}

// TestFolderEqualsBatch runs the pipeline on Prism over a nested folder of
// 200 stories, an empty file and a binary one, and checks that its records
// are batch's and its entity table is that of `newsnlp entities DIR`.
func TestFolderEqualsBatch(t *testing.T) {
	dir := corpus(t, 200)
	out := t.TempDir()
	batchOut := filepath.Join(out, "batch.jsonl")
	runCLI(t, "batch", dir, "--out", batchOut)
	wantTable := runCLI(t, "entities", dir, "--format", "jsonl")

	runPipeline(t, Options{Input: dir, Output: filepath.Join(out, "records"), Shards: 3,
		Entities: filepath.Join(out, "entities")})

	batchData, err := os.ReadFile(batchOut)
	if err != nil {
		t.Fatal(err)
	}
	want, got := jsonLines(t, batchData), jsonLines(t, readShards(t, filepath.Join(out, "records")))
	if len(want) != 202 {
		t.Errorf("batch wrote %d records, want 202 (200 stories, the empty and the binary file)", len(want))
	}
	failed := 0
	for _, r := range got {
		if _, ok := r["error"]; ok {
			failed++
		}
	}
	if failed != 2 {
		t.Errorf("the pipeline wrote %d error records, want 2 (the empty and the binary file)", failed)
	}
	sameRecords(t, got, want, func(r map[string]any) string { return r["source"].(string) })

	// The table is one file whose rows come in the order entities prints them.
	gotTable := readShards(t, filepath.Join(out, "entities"))
	gotRows, wantRows := jsonLines(t, gotTable), jsonLines(t, wantTable)
	if len(wantRows) < 20 {
		t.Fatalf("entities found only %d rows in 200 stories", len(wantRows))
	}
	if !reflect.DeepEqual(gotRows, wantRows) {
		for i := range max(len(gotRows), len(wantRows)) {
			var g, w map[string]any
			if i < len(gotRows) {
				g = gotRows[i]
			}
			if i < len(wantRows) {
				w = wantRows[i]
			}
			if !reflect.DeepEqual(g, w) {
				t.Errorf("entity row %d differs:\npipeline %v\nentities %v", i, g, w)
			}
		}
	}
}

// TestJSONLEqualsBatch runs the pipeline on a JSON Lines file of text and
// HTML records with bad lines among them, and checks that its records are
// those of `newsnlp batch --jsonl`.
func TestJSONLEqualsBatch(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	var in bytes.Buffer
	enc := json.NewEncoder(&in)
	for i := range 30 {
		title, body := storyText(rng)
		switch i % 6 {
		case 0:
			enc.Encode(map[string]any{"id": i, "html": "<html><body><h1>" + title + "</h1><p>" + body + "</p></body></html>"})
		case 5:
			enc.Encode(map[string]any{"text": title + "\n\n" + body}) // no id
		default:
			enc.Encode(map[string]any{"id": fmt.Sprintf("wire-%d", i), "text": title + "\n\n" + body})
		}
		switch i {
		case 4:
			in.WriteString("not json at all\n")
		case 9:
			in.WriteString(`{"id": "no-body"}` + "\n")
		case 14:
			in.WriteString("\n") // blank lines are no records
		case 19:
			in.WriteString(`{"id": 19.5, "text": 3}` + "\n")
		}
	}
	dir := t.TempDir()
	input := filepath.Join(dir, "stories.jsonl")
	if err := os.WriteFile(input, in.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	batchOut := filepath.Join(dir, "batch.jsonl")
	runCLI(t, "batch", "--jsonl", input, "--out", batchOut)
	runPipeline(t, Options{Input: input, InputFormat: FormatJSONL, Output: filepath.Join(dir, "records")})

	batchData, err := os.ReadFile(batchOut)
	if err != nil {
		t.Fatal(err)
	}
	want, got := jsonLines(t, batchData), jsonLines(t, readShards(t, filepath.Join(dir, "records")))
	if len(want) != 33 {
		t.Errorf("batch wrote %d records, want 33 (30 stories, 3 bad lines)", len(want))
	}
	sameRecords(t, got, want, func(r map[string]any) string { return fmt.Sprint(r["line"]) })
}

// TestGlobEqualsBatch checks that a glob takes what batch takes from the
// same paths given on its command line.
func TestGlobEqualsBatch(t *testing.T) {
	dir := corpus(t, 24)
	glob := filepath.Join(dir, "202[01]", "*")
	matches, err := filepath.Glob(glob)
	if err != nil || len(matches) == 0 {
		t.Fatalf("glob %s: %v %v", glob, matches, err)
	}
	out := t.TempDir()
	want := jsonLines(t, runCLI(t, append([]string{"batch"}, matches...)...))
	runPipeline(t, Options{Input: glob, Output: filepath.Join(out, "records")})
	got := jsonLines(t, readShards(t, filepath.Join(out, "records")))
	sameRecords(t, got, want, func(r map[string]any) string { return r["source"].(string) })
}

func TestOptionsValidate(t *testing.T) {
	for _, o := range []Options{
		{Output: "x"},
		{Input: "d"},
		{Input: "d", Output: "x", InputFormat: "csv"},
		{Input: "d", Output: "x", Include: []string{"[a"}},
		{Input: "f.jsonl", Output: "x", InputFormat: FormatJSONL, Exclude: []string{"*.txt"}},
		{Input: "d", Output: "x", Shards: -1},
	} {
		if err := o.Validate(); err == nil {
			t.Errorf("%+v: no error", o)
		}
	}
	if err := (&Options{Input: "d", Entities: "e"}).Validate(); err != nil {
		t.Errorf("valid options: %v", err)
	}
}

package batch

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsnlp/newsnlp"
	"github.com/newsnlp/newsnlp/internal/render"
	"github.com/newsnlp/newsnlp/nlp"
	"github.com/newsnlp/newsnlp/story"
)

// fakeAnalyzer echoes the input as the title after a random delay, and
// fails on inputs that start with "FAIL".
func fakeAnalyzer(maxDelay time.Duration, seed uint64) Analyzer {
	var mu sync.Mutex
	rng := rand.New(rand.NewPCG(seed, seed))
	return func(ctx context.Context, in Input) (*Story, error) {
		mu.Lock()
		d := time.Duration(rng.Int64N(int64(maxDelay) + 1))
		mu.Unlock()
		select {
		case <-time.After(d):
		case <-ctx.Done():
			return nil, ctx.Err()
		}
		text := string(in.Data)
		if strings.HasPrefix(text, "FAIL") {
			return nil, fmt.Errorf("%s: cannot parse", in.Name)
		}
		return &Story{Title: text, Entities: []render.EntityJSON{{Name: text, Type: nlp.Person, Count: 1}},
			Raw: []nlp.Entity{{Name: text, Type: nlp.Person, Mentions: []nlp.Mention{{Text: text}}}}}, nil
	}
}

// memJobs are stream-like jobs with the given texts, named by index.
func memJobs(texts []string) iter.Seq[Job] {
	return func(yield func(Job) bool) {
		for i, s := range texts {
			name := fmt.Sprintf("s%04d", i)
			if !yield(Job{Name: name, Input: &Input{Name: name, Data: []byte(s)}}) {
				return
			}
		}
	}
}

func readLines(t *testing.T, data []byte) []map[string]any {
	t.Helper()
	var out []map[string]any
	for i, line := range bytes.Split(bytes.TrimSuffix(data, []byte("\n")), []byte("\n")) {
		if len(line) == 0 {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal(line, &m); err != nil {
			t.Fatalf("line %d is not valid JSON: %v: %q", i+1, err, line)
		}
		out = append(out, m)
	}
	return out
}

func jsonlSinkTo(w io.Writer) Sink { return &jsonlSink{out: &lineWriter{w: w}} }

func TestRunKeepsInputOrderUnderConcurrency(t *testing.T) {
	texts := make([]string, 300)
	for i := range texts {
		texts[i] = fmt.Sprintf("story %d", i)
	}
	texts[17], texts[200] = "FAIL one", "FAIL two"
	for _, jobs := range []int{1, 3, 16} {
		t.Run(fmt.Sprintf("jobs=%d", jobs), func(t *testing.T) {
			var out bytes.Buffer
			r := &Runner{Analyze: fakeAnalyzer(2*time.Millisecond, uint64(jobs)), Sink: jsonlSinkTo(&out), Jobs: jobs}
			st, err := r.Run(context.Background(), memJobs(texts))
			if err != nil {
				t.Fatal(err)
			}
			if st.Stories != 300 || st.Failed != 2 {
				t.Errorf("stats = %+v, want 300 stories, 2 failed", st)
			}
			lines := readLines(t, out.Bytes())
			if len(lines) != 300 {
				t.Fatalf("%d lines, want 300", len(lines))
			}
			for i, l := range lines {
				if want := fmt.Sprintf("s%04d", i); l["source"] != want {
					t.Fatalf("line %d has source %v, want %s", i, l["source"], want)
				}
				_, failed := l["error"]
				if failed != strings.HasPrefix(texts[i], "FAIL") {
					t.Errorf("line %d: error field %v for %q", i, l["error"], texts[i])
				}
				if !failed && l["title"] != texts[i] {
					t.Errorf("line %d: title %v, want %q", i, l["title"], texts[i])
				}
			}
		})
	}
}

// countingSink counts writes, to check how far the workers run ahead.
type countingSink struct {
	Discard
	written *atomic.Int64
}

func (c countingSink) Write(*Story) error { c.written.Add(1); return nil }

func TestRunBoundsBufferedResults(t *testing.T) {
	const window = 8
	var started, written atomic.Int64
	var worst atomic.Int64
	slowFirst := func(ctx context.Context, in Input) (*Story, error) {
		n := started.Add(1)
		if ahead := n - written.Load(); ahead > worst.Load() {
			worst.Store(ahead)
		}
		if string(in.Data) == "0" {
			time.Sleep(30 * time.Millisecond) // every other story waits behind this one
		}
		return &Story{}, nil
	}
	texts := make([]string, 200)
	for i := range texts {
		texts[i] = fmt.Sprint(i)
	}
	r := &Runner{Analyze: slowFirst, Sink: countingSink{written: &written}, Jobs: 4, Window: window}
	if _, err := r.Run(context.Background(), memJobs(texts)); err != nil {
		t.Fatal(err)
	}
	if written.Load() != 200 {
		t.Fatalf("wrote %d, want 200", written.Load())
	}
	if w := worst.Load(); w > window {
		t.Errorf("a story started %d ahead of the writer, window is %d", w, window)
	}
}

func TestRunInterruptedLeavesCompleteLines(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out.jsonl")
	o, err := Open(OutputOptions{Path: out, Format: FormatJSONL})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var n atomic.Int64
	analyze := func(ctx context.Context, in Input) (*Story, error) {
		if n.Add(1) == 50 {
			cancel() // Ctrl-C in the middle of the run
		}
		select {
		case <-time.After(time.Millisecond):
		case <-ctx.Done():
			return nil, ctx.Err()
		}
		return &Story{Title: strings.Repeat(string(in.Data), 2000)}, nil // long lines: several buffer flushes
	}
	texts := make([]string, 1000)
	for i := range texts {
		texts[i] = fmt.Sprint(i % 10)
	}
	r := &Runner{Analyze: analyze, Sink: o.Sink, Jobs: 4}
	st, err := r.Run(ctx, memJobs(texts))
	if !errors.Is(err, context.Canceled) || !st.Interrupted {
		t.Fatalf("err = %v, interrupted = %v; want a cancelled run", err, st.Interrupted)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if len(data) > 0 && data[len(data)-1] != '\n' {
		t.Error("the output ends inside a line")
	}
	lines := readLines(t, data)
	if len(lines) == 0 || len(lines) >= 1000 {
		t.Fatalf("%d lines written; want some but not all", len(lines))
	}
	if len(lines) != st.Stories {
		t.Errorf("%d lines but stats say %d stories", len(lines), st.Stories)
	}
	for i, l := range lines {
		if l["source"] != fmt.Sprintf("s%04d", i) {
			t.Fatalf("line %d is %v: the output is not a prefix of the input order", i, l["source"])
		}
		if _, ok := l["error"]; ok {
			t.Fatalf("line %d is an error line %v: a cancelled story must not be written", i, l["error"])
		}
	}
}

// failingWriter fails after n bytes.
type failingWriter struct{ n int }

func (f *failingWriter) Write(p []byte) (int, error) {
	if f.n -= len(p); f.n < 0 {
		return 0, errors.New("disk full")
	}
	return len(p), nil
}

func TestRunStopsOnWriteError(t *testing.T) {
	texts := make([]string, 5000)
	for i := range texts {
		texts[i] = strings.Repeat("x", 100)
	}
	r := &Runner{Analyze: fakeAnalyzer(0, 1), Sink: jsonlSinkTo(&failingWriter{n: 100 << 10}), Jobs: 2}
	_, err := r.Run(context.Background(), memJobs(texts))
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Fatalf("err = %v, want the write error", err)
	}
}

func TestRunFileErrors(t *testing.T) {
	root := tree(t, map[string]string{
		"a/good.txt":  "Ada Lovelace wrote the first program.",
		"b/empty.txt": "", "c/binary.bin": "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
		"d/huge.txt": strings.Repeat("word ", 100),
	})
	parser, err := newsnlp.DefaultParser()
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	var failed []string
	r := &Runner{
		Analyze: story.NewPipeline(parser, defaultSummary(), nil).Analyze, Sink: jsonlSinkTo(&out), Jobs: 2, MaxBytes: 200,
		Failed: func(s *Story) { failed = append(failed, ErrorMessage(s)) },
	}
	st, err := r.Run(context.Background(), story.Walk([]string{root}, Filter{}, nil))
	if err != nil {
		t.Fatal(err)
	}
	lines := readLines(t, out.Bytes())
	if len(lines) != 4 || st.Failed != 3 || st.Stories != 4 {
		t.Fatalf("stats %+v, %d lines; want 4 stories, 3 failed", st, len(lines))
	}
	wantErr := map[string]string{"empty.txt": "empty", "binary.bin": "binary", "huge.txt": "too large"}
	for _, l := range lines {
		base := filepath.Base(l["source"].(string))
		want, bad := wantErr[base]
		got, _ := l["error"].(string)
		switch {
		case bad && !strings.Contains(got, want):
			t.Errorf("%s: error %q, want it to say %q", base, got, want)
		case bad && len(l) > 3:
			t.Errorf("%s: an error line has only source, error and hash: %v", base, l)
		case !bad && got != "":
			t.Errorf("%s failed: %s", base, got)
		case !bad && (l["entities"] == nil || l["summary"] == nil):
			t.Errorf("%s: no entities or summary: %v", base, l)
		}
		if bad && strings.Contains(got, root) {
			t.Errorf("%s: the error repeats the path: %q", base, got)
		}
	}
	if len(failed) != 3 || !strings.Contains(failed[0], "empty.txt: empty input") {
		t.Errorf("Failed callbacks = %q", failed)
	}
}

func TestStream(t *testing.T) {
	in := strings.Join([]string{
		`{"id": "a1", "text": "First story."}`,
		`not json`,
		``,
		`{"id": 7}`,
		`{"html": "<p>Second story.</p>"}`,
		`{"id": null, "text": "FAIL this one"}`,
		`{"id": {"k": 1}, "text": "Third story."}`,
	}, "\n")
	var readErr error
	var out bytes.Buffer
	r := &Runner{Analyze: fakeAnalyzer(time.Millisecond, 3), Sink: jsonlSinkTo(&out), Jobs: 4}
	st, err := r.Run(context.Background(), story.Stream(strings.NewReader(in), 0, &readErr))
	if err != nil || readErr != nil {
		t.Fatal(err, readErr)
	}
	want := []string{
		`{"id":"a1","line":1,"title":"First story.",`,
		`{"line":2,"error":"not a JSON object: invalid character 'o' in literal null (expecting 'u')"}`,
		`{"id":7,"line":4,"error":"no \"text\" or \"html\" field"}`,
		`{"line":5,"title":"<p>Second story.</p>",`,
		`{"line":6,"error":"cannot parse","hash":`,
		`{"id":{"k":1},"line":7,"title":"Third story.",`,
	}
	got := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(got) != len(want) {
		t.Fatalf("got %d lines, want %d:\n%s", len(got), len(want), out.String())
	}
	for i := range want {
		if !strings.HasPrefix(got[i], want[i]) {
			t.Errorf("line %d:\n got %s\nwant %s...", i+1, got[i], want[i])
		}
	}
	if st.Failed != 3 {
		t.Errorf("failed = %d, want 3", st.Failed)
	}
}

func TestStreamLongLine(t *testing.T) {
	in := `{"id":1,"text":"` + strings.Repeat("x", 300) + "\"}\n" + `{"id":2,"text":"ok"}` + "\n"
	var jobs []Job
	for j := range story.Stream(strings.NewReader(in), 100, nil) {
		jobs = append(jobs, j)
	}
	if len(jobs) != 2 || jobs[0].Err == nil || jobs[1].Err != nil || string(jobs[1].ID) != "2" {
		t.Fatalf("jobs = %+v; want a too-long error, then record 2", jobs)
	}
}

// lineRecorder records each Write, and signals each one.
type lineRecorder struct {
	mu     sync.Mutex
	writes []string
	ch     chan string
}

func (l *lineRecorder) Write(p []byte) (int, error) {
	l.mu.Lock()
	l.writes = append(l.writes, string(p))
	l.mu.Unlock()
	l.ch <- string(p)
	return len(p), nil
}

// TestStreamFlushesEachResult feeds a stream one line at a time and waits
// for each result before sending the next, as a pipeline stage is used.
func TestStreamFlushesEachResult(t *testing.T) {
	pr, pw := io.Pipe()
	rec := &lineRecorder{ch: make(chan string, 100)}
	r := &Runner{Analyze: fakeAnalyzer(time.Millisecond, 5), Sink: jsonlSinkTo(rec), Jobs: 4}
	done := make(chan error, 1)
	go func() {
		_, err := r.Run(context.Background(), story.Stream(pr, 0, nil))
		done <- err
	}()
	for i := range 5 {
		fmt.Fprintf(pw, `{"id":%d,"text":"story %d"}`+"\n", i, i)
		select {
		case got := <-rec.ch:
			if !strings.HasPrefix(got, fmt.Sprintf(`{"id":%d,`, i)) {
				t.Fatalf("result %d: %s", i, got)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("no result for line %d while the stream is open: output is not flushed per line", i+1)
		}
	}
	pw.Close()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

// lockedBuffer is a bytes.Buffer safe for the bar's own goroutine.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// TestBarFinishStaysCleared: a bar of unknown length, finished before all
// its stories are done (an interrupt), is cleared and not drawn again.
func TestBarFinishStaysCleared(t *testing.T) {
	var buf lockedBuffer
	bar := NewBar(&buf, -1)
	bar.SetTotal(100)
	for range 5 {
		bar.Add(1)
		time.Sleep(30 * time.Millisecond)
	}
	bar.Finish()
	after := buf.String()
	time.Sleep(400 * time.Millisecond)
	if got := buf.String(); got != after {
		t.Errorf("the bar was drawn again after Finish: %q", got[len(after):])
	}
	if !strings.HasSuffix(strings.TrimRight(after, " \r"), "\r") && !strings.HasSuffix(after, "\r") {
		t.Errorf("the bar is not cleared at the end: %q", after)
	}
}

// TestTextBudget: however many workers there are, the stories analyzed at
// once hold at most TextBudget bytes (one at a time when each is over half
// of it), so memory stays bounded by the budget, not by --jobs.
func TestTextBudget(t *testing.T) {
	var mu sync.Mutex
	inFlight, most := 0, 0
	analyze := func(ctx context.Context, in Input) (*Story, error) {
		mu.Lock()
		inFlight++
		most = max(most, inFlight)
		mu.Unlock()
		time.Sleep(10 * time.Millisecond)
		mu.Lock()
		inFlight--
		mu.Unlock()
		return &Story{Title: "x"}, nil
	}
	texts := make([]string, 12)
	for i := range texts {
		texts[i] = strings.Repeat("a", 60)
	}
	for _, c := range []struct {
		budget int64
		want   int
	}{{100, 1}, {130, 2}, {0, 4}} {
		most = 0
		r := &Runner{Analyze: analyze, Sink: Discard{}, Jobs: 4, TextBudget: c.budget}
		if _, err := r.Run(context.Background(), memJobs(texts)); err != nil {
			t.Fatal(err)
		}
		if most != c.want {
			t.Errorf("budget %d: %d stories analyzed at once, want %d", c.budget, most, c.want)
		}
	}
}

package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsnlp/newsnlp/internal/iostreams"
)

const testArticle = `The city council approved a new bridge over the Tamar river on Tuesday, ending a decade of debate.

The bridge will cost 40 million pounds and open in 2028, the council said. Mayor Ann Lowe called the vote historic.

Opponents had argued that the money should go to buses instead. The council said a bus plan would follow next year.
`

// runEnvCLI runs newsnlp with args and environment env, returning stdout,
// stderr and the exit code.
func runEnvCLI(t *testing.T, env map[string]string, args ...string) (string, string, int) {
	t.Helper()
	ios, _, out, errOut := iostreams.Test()
	f := newFactory(ios)
	f.Getenv = func(k string) string { return env[k] }
	code := run(context.Background(), f, args)
	return out.String(), errOut.String(), code
}

func writeArticle(t *testing.T) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "story.txt")
	if err := os.WriteFile(p, []byte(testArticle), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// chatServer answers chat-completions requests with handle and counts them.
func chatServer(t *testing.T, handle func(w http.ResponseWriter, r *http.Request, body []byte, n int)) (*httptest.Server, *atomic.Int32) {
	t.Helper()
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := int(hits.Add(1))
		if r.URL.Path != "/v1/chat/completions" {
			http.NotFound(w, r)
			return
		}
		body, _ := io.ReadAll(r.Body)
		handle(w, r, body, n)
	}))
	t.Cleanup(srv.Close)
	return srv, &hits
}

func completion(content string) string {
	b, _ := json.Marshal(map[string]any{
		"id": "chatcmpl-1", "object": "chat.completion", "created": 1, "model": "test-model",
		"choices": []any{map[string]any{"index": 0, "finish_reason": "stop",
			"message": map[string]any{"role": "assistant", "content": content}}},
	})
	return string(b)
}

func llmEnv(srv *httptest.Server) map[string]string {
	return map[string]string{"OPENAI_API_KEY": "sk-test-key", "OPENAI_BASE_URL": srv.URL + "/v1"}
}

func TestSummarizeHeadlineSuccess(t *testing.T) {
	var gotAuth, gotPrompt, gotModel string
	srv, hits := chatServer(t, func(w http.ResponseWriter, r *http.Request, body []byte, n int) {
		gotAuth = r.Header.Get("Authorization")
		var req struct {
			Model    string
			Messages []struct{ Role, Content string }
		}
		if err := json.Unmarshal(body, &req); err != nil {
			t.Errorf("request body: %v", err)
		}
		gotModel = req.Model
		for _, m := range req.Messages {
			if m.Role == "user" {
				gotPrompt = m.Content
			}
		}
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, completion("**Headline: \"Council backs Tamar bridge after decade of debate\"**\n\nThis headline..."))
	})
	path := writeArticle(t)
	out, errOut, code := runEnvCLI(t, llmEnv(srv), "summarize", "--headline", "--model", "my-model", path)
	if code != exitOK {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	if hits.Load() != 1 {
		t.Errorf("server hit %d times, want 1", hits.Load())
	}
	if gotAuth != "Bearer sk-test-key" {
		t.Errorf("Authorization = %q, want the bearer key", gotAuth)
	}
	if gotModel != "my-model" {
		t.Errorf("model = %q, want --model's", gotModel)
	}
	if !strings.Contains(gotPrompt, "approved a new bridge over the Tamar river") {
		t.Errorf("prompt does not carry the summary: %q", gotPrompt)
	}
	if strings.Contains(gotPrompt, "bus plan would follow") && strings.Contains(gotPrompt, "40 million") && strings.Contains(gotPrompt, "Opponents") {
		t.Errorf("prompt carries the whole article: %q", gotPrompt)
	}
	head, rest, ok := strings.Cut(out, "\n\n")
	if !ok || head != "Council backs Tamar bridge after decade of debate" {
		t.Errorf("output should start with the cleaned headline and a blank line; got %q", out)
	}
	if !strings.Contains(rest, "The city council approved a new bridge") {
		t.Errorf("summary missing after the headline: %q", out)
	}
	if errOut != "" {
		t.Errorf("unexpected stderr %q", errOut)
	}

	out, _, code = runEnvCLI(t, llmEnv(srv), "summarize", "--headline", "--format", "json", path)
	var js struct {
		Headline struct{ Text, Source, Model string }
		Summary  []struct{ Text string }
	}
	if err := json.Unmarshal([]byte(out), &js); err != nil || code != exitOK {
		t.Fatalf("json output %q (exit %d): %v", out, code, err)
	}
	if js.Headline.Source != "llm" || js.Headline.Model != "test-model" || js.Headline.Text == "" || len(js.Summary) == 0 {
		t.Errorf("json headline = %+v, summary %d sentences", js.Headline, len(js.Summary))
	}
	if gotModel != "gpt-4o-mini" {
		t.Errorf("default model = %q", gotModel)
	}
}

// checkFallback asserts the summary printed, one warning line matching
// want went to stderr, an offline headline stood in, and the exit is 4.
func checkFallback(t *testing.T, out, errOut string, code int, want string) {
	t.Helper()
	if code != exitFallback {
		t.Errorf("exit %d, want %d", code, exitFallback)
	}
	if !strings.Contains(out, "The city council approved a new bridge") {
		t.Errorf("summary not printed: %q", out)
	}
	lines := strings.Split(strings.TrimRight(errOut, "\n"), "\n")
	if len(lines) != 1 || !strings.Contains(errOut, want) || !strings.HasPrefix(errOut, "newsnlp: warning:") {
		t.Errorf("stderr = %q, want one warning line containing %q", errOut, want)
	}
	var js struct{ Headline struct{ Text, Source string } }
	if err := json.Unmarshal([]byte(out), &js); err != nil {
		t.Fatalf("json: %v in %q", err, out)
	}
	if js.Headline.Text == "" || (js.Headline.Source != "title" && js.Headline.Source != "extractive") {
		t.Errorf("offline headline = %+v", js.Headline)
	}
}

func TestSummarizeHeadlineServerError(t *testing.T) {
	srv, hits := chatServer(t, func(w http.ResponseWriter, r *http.Request, body []byte, n int) {
		http.Error(w, `{"error":{"message":"boom","type":"server_error"}}`, http.StatusInternalServerError)
	})
	start := time.Now()
	out, errOut, code := runEnvCLI(t, llmEnv(srv), "summarize", "--headline", "--timeout", "1500ms", "--format", "json", writeArticle(t))
	checkFallback(t, out, errOut, code, "HTTP 500")
	if hits.Load() < 2 {
		t.Errorf("a 500 should be retried; server hit %d times", hits.Load())
	}
	if el := time.Since(start); el > 3*time.Second {
		t.Errorf("retries overran --timeout: %v", el)
	}
}

func TestSummarizeHeadlineRetryAfter(t *testing.T) {
	var first time.Time
	var waited time.Duration
	srv, hits := chatServer(t, func(w http.ResponseWriter, r *http.Request, body []byte, n int) {
		if n == 1 {
			first = time.Now()
			w.Header().Set("Retry-After", "1")
			http.Error(w, `{"error":{"message":"slow down","type":"rate_limit"}}`, http.StatusTooManyRequests)
			return
		}
		waited = time.Since(first)
		io.WriteString(w, completion("Council backs bridge"))
	})
	out, errOut, code := runEnvCLI(t, llmEnv(srv), "summarize", "--headline", writeArticle(t))
	if code != exitOK || !strings.HasPrefix(out, "Council backs bridge\n\n") {
		t.Fatalf("exit %d, out %q, stderr %q", code, out, errOut)
	}
	if hits.Load() != 2 {
		t.Errorf("server hit %d times, want 2", hits.Load())
	}
	if waited < 900*time.Millisecond {
		t.Errorf("retried after %v, before Retry-After's 1s", waited)
	}
}

func TestSummarizeHeadlineTimeout(t *testing.T) {
	srv, _ := chatServer(t, func(w http.ResponseWriter, r *http.Request, body []byte, n int) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	start := time.Now()
	out, errOut, code := runEnvCLI(t, llmEnv(srv), "summarize", "--headline", "--timeout", "200ms", "--format", "json", writeArticle(t))
	checkFallback(t, out, errOut, code, "timed out")
	if el := time.Since(start); el > 2*time.Second {
		t.Errorf("took %v with --timeout 200ms", el)
	}
}

func TestSummarizeHeadlineMalformed(t *testing.T) {
	for name, body := range map[string]string{
		"not json":   `{"choices": [`,
		"no choices": `{"id":"x","object":"chat.completion","model":"m","choices":[]}`,
		"empty text": completion("  **  \n"),
	} {
		t.Run(name, func(t *testing.T) {
			srv, _ := chatServer(t, func(w http.ResponseWriter, r *http.Request, _ []byte, n int) {
				w.Header().Set("Content-Type", "application/json")
				io.WriteString(w, body)
			})
			out, errOut, code := runEnvCLI(t, llmEnv(srv), "summarize", "--headline", "--format", "json", writeArticle(t))
			checkFallback(t, out, errOut, code, "headline")
		})
	}
}

func TestSummarizeHeadlineNotConfigured(t *testing.T) {
	out, errOut, code := runEnvCLI(t, nil, "summarize", "--headline", "--format", "json", writeArticle(t))
	checkFallback(t, out, errOut, code, "no LLM configured")
	out, errOut, code = runEnvCLI(t, nil, "summarize", writeArticle(t))
	if code != exitOK || errOut != "" || strings.Contains(out, "\n\n") {
		t.Errorf("without --headline: exit %d, stderr %q, out %q", code, errOut, out)
	}
}

func TestAnalyzeHeadline(t *testing.T) {
	srv, _ := chatServer(t, func(w http.ResponseWriter, r *http.Request, body []byte, n int) {
		io.WriteString(w, completion("Council backs bridge"))
	})
	out, errOut, code := runEnvCLI(t, llmEnv(srv), "analyze", "--headline", writeArticle(t))
	var js struct {
		Headline struct{ Text, Source string }
		Summary  []struct{ Text string }
	}
	if err := json.Unmarshal([]byte(out), &js); err != nil || code != exitOK {
		t.Fatalf("exit %d, stderr %q: %v", code, errOut, err)
	}
	if js.Headline.Text != "Council backs bridge" || js.Headline.Source != "llm" || len(js.Summary) == 0 {
		t.Errorf("analyze --headline: %+v", js)
	}
}

func TestBatchHeadline(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.txt", "b.txt"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(testArticle), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ok, hits := chatServer(t, func(w http.ResponseWriter, r *http.Request, body []byte, n int) {
		io.WriteString(w, completion("Council backs bridge"))
	})
	out, errOut, code := runEnvCLI(t, llmEnv(ok), "batch", "--headline", "--jobs", "2", dir)
	if code != exitOK || strings.Count(out, `"headline":{"text":"Council backs bridge","source":"llm"`) != 2 || hits.Load() != 2 {
		t.Errorf("batch --headline: exit %d, %d requests, stderr %q, out %q", code, hits.Load(), errOut, out)
	}

	failing, _ := chatServer(t, func(w http.ResponseWriter, r *http.Request, body []byte, n int) {
		http.Error(w, "overloaded", http.StatusServiceUnavailable)
	})
	out, errOut, code = runEnvCLI(t, llmEnv(failing), "batch", "--headline", "--timeout", "300ms", dir)
	if code != exitFallback {
		t.Errorf("batch with a failing LLM: exit %d, want %d", code, exitFallback)
	}
	if strings.Count(out, `"summary":[{`) != 2 || strings.Count(out, `"source":"extractive"`) != 2 {
		t.Errorf("every story should still print, with an offline headline: %q", out)
	}
	if strings.Count(errOut, "HTTP 503") != 2 {
		t.Errorf("one warning per story expected on stderr: %q", errOut)
	}
}

func TestEvalSummary(t *testing.T) {
	path := filepath.Join(t.TempDir(), "gold.jsonl")
	lines := `{"text":"The council approved the bridge on Tuesday. Work starts in May. Critics said it costs too much. The mayor disagreed with them.","summary":"The council approved the bridge on Tuesday."}
{"text":"Rain fell across Wales on Sunday. Rivers rose quickly overnight. Roads were closed in three towns. Schools stay shut on Monday.","summary":"Roads were closed in three towns.\nSchools stay shut on Monday."}
`
	if err := os.WriteFile(path, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := runEnvCLI(t, nil, "eval", "summary", "--sentences", "2", "--format", "json", path)
	var res struct {
		Docs    int
		Systems []struct {
			Name   string
			Rouge1 float64
		}
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil || code != exitOK {
		t.Fatalf("exit %d, stderr %q, out %q: %v", code, errOut, out, err)
	}
	if res.Docs != 2 || len(res.Systems) != 2 || res.Systems[1].Name != "lead-2" {
		t.Fatalf("result %+v", res)
	}
	for _, s := range res.Systems {
		if s.Rouge1 <= 0 || s.Rouge1 > 100 {
			t.Errorf("%s ROUGE-1 = %v", s.Name, s.Rouge1)
		}
	}
	_, errOut, code = runEnvCLI(t, nil, "eval", "summary", filepath.Join(t.TempDir(), "missing.jsonl"))
	if code != exitFailure || !strings.Contains(errOut, "missing.jsonl") {
		t.Errorf("missing file: exit %d, stderr %q", code, errOut)
	}
}

// storyFolder writes n copies of the test article into a folder.
func storyFolder(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	for i := range n {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%02d.txt", i)), []byte(testArticle), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestBatchLLMConcurrency: --llm-concurrency, not --jobs, bounds the
// headline requests in flight: one worker still keeps three requests going.
func TestBatchLLMConcurrency(t *testing.T) {
	var inFlight, most atomic.Int32
	srv, _ := chatServer(t, func(w http.ResponseWriter, r *http.Request, body []byte, n int) {
		now := inFlight.Add(1)
		defer inFlight.Add(-1)
		for {
			m := most.Load()
			if now <= m || most.CompareAndSwap(m, now) {
				break
			}
		}
		time.Sleep(200 * time.Millisecond)
		io.WriteString(w, completion("Council backs bridge"))
	})
	dir := storyFolder(t, 6)
	for _, c := range []struct {
		jobs, llm string
		want      int32
	}{{"1", "3", 3}, {"4", "1", 1}} {
		most.Store(0)
		out, errOut, code := runEnvCLI(t, llmEnv(srv), "batch", "--headline", "--jobs", c.jobs, "--llm-concurrency", c.llm, dir)
		if code != exitOK || strings.Count(out, `"source":"llm"`) != 6 {
			t.Fatalf("--jobs %s --llm-concurrency %s: exit %d, stderr %q", c.jobs, c.llm, code, errOut)
		}
		if got := most.Load(); got != c.want {
			t.Errorf("--jobs %s --llm-concurrency %s: at most %d requests at once, want %d", c.jobs, c.llm, got, c.want)
		}
	}
}

// TestBatchLLMCircuitBreaker: after a few failures in a row the LLM is no
// longer asked, so a dead server costs a few requests, not one per story;
// every story still gets an offline headline, stderr says so once, and
// --partial-ok makes the fallback exit 0.
func TestBatchLLMCircuitBreaker(t *testing.T) {
	failing, hits := chatServer(t, func(w http.ResponseWriter, r *http.Request, body []byte, n int) {
		http.Error(w, "overloaded", http.StatusServiceUnavailable)
	})
	dir := storyFolder(t, 12)
	out, errOut, code := runEnvCLI(t, llmEnv(failing), "batch", "--headline", "--timeout", "300ms", "--llm-concurrency", "1", dir)
	if code != exitFallback {
		t.Errorf("exit %d, want %d", code, exitFallback)
	}
	if strings.Count(out, `"source":"extractive"`) != 12 {
		t.Errorf("every story should print with an offline headline:\n%s", out)
	}
	if n := hits.Load(); n > 4 {
		t.Errorf("the dead LLM was asked %d times for 12 stories", n)
	}
	if n := strings.Count(errOut, "in a row"); n != 1 {
		t.Errorf("want one line saying the LLM is no longer asked, got %d:\n%s", n, errOut)
	}
	_, errOut, code = runEnvCLI(t, llmEnv(failing), "batch", "--headline", "--timeout", "300ms", "--partial-ok", dir)
	if code != exitOK {
		t.Errorf("--partial-ok with a failing LLM: exit %d, want 0\n%s", code, errOut)
	}
}

// TestSummarizeWordBudget: --words is a cap: with a budget shorter than any
// sentence, the best sentence is cut to it, marked, and its offsets still
// slice the input.
func TestSummarizeWordBudget(t *testing.T) {
	path := writeArticle(t)
	out, errOut, code := runEnvCLI(t, nil, "summarize", "--words", "5", "--format", "json", path)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var js struct {
		Summary []struct {
			Text       string
			Start, End int
			Truncated  bool
		}
	}
	if err := json.Unmarshal([]byte(out), &js); err != nil || len(js.Summary) != 1 {
		t.Fatalf("%v: %s", err, out)
	}
	s := js.Summary[0]
	if n := len(strings.Fields(s.Text)); n != 5 || !s.Truncated {
		t.Errorf("summary %+v: %d words; want 5, truncated", s, n)
	}
	if got := string([]rune(testArticle)[s.Start:s.End]); got != s.Text {
		t.Errorf("offsets slice %q, text is %q", got, s.Text)
	}
	out, _, _ = runEnvCLI(t, nil, "summarize", "--words", "5", path)
	if !strings.HasSuffix(out, " …\n") || len(strings.Fields(out)) != 6 {
		t.Errorf("text output %q; want 5 words and an ellipsis", out)
	}
}

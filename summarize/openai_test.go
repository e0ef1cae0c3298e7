package summarize

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// chatAnswer is a chat-completions answer with content.
func chatAnswer(content string) string {
	b, _ := json.Marshal(map[string]any{
		"id": "chatcmpl-1", "object": "chat.completion", "created": 1, "model": "test-model",
		"choices": []any{map[string]any{"index": 0, "finish_reason": "stop",
			"message": map[string]any{"role": "assistant", "content": content}}},
	})
	return string(b)
}

// TestHeadlineRequestLength: the length limit goes as max_completion_tokens,
// which reasoning models require (go-openai refuses max_tokens for them
// before sending anything), and never as the deprecated max_tokens.
func TestHeadlineRequestLength(t *testing.T) {
	var body map[string]any
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		json.Unmarshal(b, &body)
		io.WriteString(w, chatAnswer("Council backs bridge"))
	}))
	defer srv.Close()
	for _, model := range []string{"gpt-4o-mini", "o3-mini", "gpt-5-mini"} {
		body = nil
		h := NewOpenAIHeadliner(LLMConfig{BaseURL: srv.URL, Model: model, MaxAttempts: 1})
		hl, err := h.Headline(context.Background(), HeadlineInput{Summary: []string{"The council approved the bridge."}})
		if err != nil {
			t.Errorf("%s: %v", model, err)
			continue
		}
		if hl.Text != "Council backs bridge" {
			t.Errorf("%s: headline %q", model, hl.Text)
		}
		if _, ok := body["max_tokens"]; ok {
			t.Errorf("%s: request sends the deprecated max_tokens: %v", model, body)
		}
		if n, _ := body["max_completion_tokens"].(float64); n <= 0 {
			t.Errorf("%s: request has no max_completion_tokens: %v", model, body)
		}
	}
}

// TestLLMErrorsHideSecrets: the API key, an Authorization or api-key value
// and a key in OPENAI_BASE_URL's query never appear in an error message,
// whatever the server echoes; and a base URL with a query still reaches
// the server, its query on every request.
func TestLLMErrorsHideSecrets(t *testing.T) {
	const key, queryKey = "sk-test-SECRET-0123456789", "QUERYSECRET42"
	var gotQuery, gotPath string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gotQuery, gotPath = r.URL.RawQuery, r.URL.Path
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusUnauthorized)
		io.WriteString(w, `{"error":{"message":"Incorrect API key provided: `+key+
			`; you sent Authorization: Bearer `+key+` and api-key=`+queryKey+` from `+r.URL.String()+
			`","type":"invalid_request_error","code":"invalid_api_key"}}`)
	}))
	defer srv.Close()
	cfg := LLMConfigFromEnv(func(k string) string {
		return map[string]string{"OPENAI_API_KEY": key, "OPENAI_BASE_URL": srv.URL + "/v1?api-key=" + queryKey}[k]
	}, "")
	cfg.MaxAttempts = 1
	_, err := NewOpenAIHeadliner(cfg).Headline(context.Background(), HeadlineInput{Summary: []string{"A story."}})
	if err == nil {
		t.Fatal("no error from a 401")
	}
	if gotPath != "/v1/chat/completions" || gotQuery != "api-key="+queryKey {
		t.Errorf("request went to %q with query %q; want /v1/chat/completions with the base URL's query", gotPath, gotQuery)
	}
	msg := err.Error()
	if strings.Contains(msg, key) || strings.Contains(msg, queryKey) || strings.Contains(msg, "SECRET") {
		t.Errorf("error shows a secret: %s", msg)
	}
	if !strings.Contains(msg, "401") {
		t.Errorf("error lost its status: %s", msg)
	}
	// A server that cannot be reached: the URL in the error is redacted.
	srv.Close()
	_, err = NewOpenAIHeadliner(cfg).Headline(context.Background(), HeadlineInput{Summary: []string{"A story."}})
	if err == nil || strings.Contains(err.Error(), queryKey) {
		t.Errorf("connection error shows the query key: %v", err)
	}
}

func TestRedact(t *testing.T) {
	r := newRedactor("sk-live-abcdef123456", []string{"qv-secret-99"})
	for _, c := range []struct{ in, bad string }{
		{"Authorization: Bearer abc.def-ghi", "abc.def-ghi"},
		{`{"authorization":"Bearer tok123456"}`, "tok123456"},
		{"api-key: 0f0f0f0f0f", "0f0f0f0f0f"},
		{"x-api-key=ZZZZZZZZ&model=a", "ZZZZZZZZ"},
		{"Incorrect API key provided: sk-live-abcdef123456.", "abcdef123456"},
		{"Incorrect API key provided: sk-proj-Other0Key0Here.", "Other0Key0Here"},
		{"GET https://h/v1?key=qv-secret-99: refused", "qv-secret-99"},
	} {
		got := r.redact(c.in)
		if strings.Contains(got, c.bad) || !strings.Contains(got, "REDACTED") {
			t.Errorf("redact(%q) = %q", c.in, got)
		}
	}
	if got := r.redact("LLM answered HTTP 503: overloaded"); got != "LLM answered HTTP 503: overloaded" {
		t.Errorf("redact changed a harmless message: %q", got)
	}
}

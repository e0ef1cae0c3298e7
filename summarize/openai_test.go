package summarize

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
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

package summarize

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	openai "github.com/sashabaranov/go-openai"
)

// DefaultLLMModel is the chat model asked for headlines when none is set.
const DefaultLLMModel = "gpt-4o-mini"

// LLMConfig says how to reach an OpenAI-compatible chat-completions API
// (OpenAI, Azure OpenAI, Ollama, vLLM, llama.cpp's server).
type LLMConfig struct {
	APIKey  string // sent as a bearer token; may be empty for local servers
	BaseURL string // e.g. http://localhost:11434/v1; empty means OpenAI's
	Model   string // empty means DefaultLLMModel
	// APIVersion selects Azure OpenAI's classic deployment API when set
	// (with BaseURL https://NAME.openai.azure.com and Model the deployment).
	APIVersion string
	// HTTPClient sends the requests; nil means one with the default
	// transport. Retries wrap its transport either way.
	HTTPClient *http.Client
	// MaxAttempts bounds the tries of one request (0 means 4).
	MaxAttempts int
}

// Configured reports whether an API is configured: a key or a base URL.
func (c LLMConfig) Configured() bool { return c.APIKey != "" || c.BaseURL != "" }

// LLMConfigFromEnv reads OPENAI_API_KEY, OPENAI_BASE_URL, OPENAI_API_VERSION
// and NEWSNLP_MODEL through getenv; model, if not empty, overrides the last.
func LLMConfigFromEnv(getenv func(string) string, model string) LLMConfig {
	if model == "" {
		model = getenv("NEWSNLP_MODEL")
	}
	return LLMConfig{
		APIKey:     getenv("OPENAI_API_KEY"),
		BaseURL:    strings.TrimRight(getenv("OPENAI_BASE_URL"), "/"),
		APIVersion: getenv("OPENAI_API_VERSION"),
		Model:      model,
	}
}

// OpenAIHeadliner asks a chat-completions API for headlines through
// go-openai. It is safe for concurrent use. Its errors never show the API
// key, a key in the base URL's query, nor an Authorization or api-key value
// that the server echoes back.
type OpenAIHeadliner struct {
	client *openai.Client
	model  string
	secret *redactor
}

// NewOpenAIHeadliner returns a Headliner for the API that cfg describes.
// Requests answered 429 or 5xx are retried with exponential backoff,
// honouring Retry-After, within the deadline of the caller's context. A
// query in BaseURL (some gateways take the key as ?api-key=...) is sent with
// every request, since go-openai would append the endpoint's path after it.
func NewOpenAIHeadliner(cfg LLMConfig) *OpenAIHeadliner {
	if cfg.Model == "" {
		cfg.Model = DefaultLLMModel
	}
	var query url.Values
	if u, err := url.Parse(cfg.BaseURL); err == nil && u.RawQuery != "" {
		query = u.Query()
		u.RawQuery, u.ForceQuery = "", false
		cfg.BaseURL = strings.TrimRight(u.String(), "/")
	}
	var queryValues []string
	for _, vs := range query {
		queryValues = append(queryValues, vs...)
	}
	var oc openai.ClientConfig
	if cfg.APIVersion != "" && cfg.BaseURL != "" {
		oc = openai.DefaultAzureConfig(cfg.APIKey, cfg.BaseURL)
		oc.APIVersion = cfg.APIVersion
	} else {
		oc = openai.DefaultConfig(cfg.APIKey)
		if cfg.BaseURL != "" {
			oc.BaseURL = cfg.BaseURL
		}
	}
	base := http.DefaultTransport
	if cfg.HTTPClient != nil && cfg.HTTPClient.Transport != nil {
		base = cfg.HTTPClient.Transport
	}
	hc := &http.Client{}
	if cfg.HTTPClient != nil {
		*hc = *cfg.HTTPClient
	}
	attempts := cfg.MaxAttempts
	if attempts <= 0 {
		attempts = 4
	}
	if len(query) > 0 {
		base = &queryTransport{base: base, query: query}
	}
	hc.Transport = &retryTransport{base: base, attempts: attempts, backoff: 500 * time.Millisecond}
	oc.HTTPClient = hc
	return &OpenAIHeadliner{client: openai.NewClientWithConfig(oc), model: cfg.Model,
		secret: newRedactor(cfg.APIKey, queryValues)}
}

// queryTransport adds the base URL's query parameters to every request.
type queryTransport struct {
	base  http.RoundTripper
	query url.Values
}

func (t *queryTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	r := req.Clone(req.Context())
	q := r.URL.Query()
	for k, vs := range t.query {
		if !q.Has(k) {
			q[k] = vs
		}
	}
	r.URL.RawQuery = q.Encode()
	return t.base.RoundTrip(r)
}

const headlineSystemPrompt = "You write news headlines. Reply with one headline of at most 12 words " +
	"in the language of the story: no quotation marks, no Markdown, no label, nothing else."

// Prompt returns the user message sent for in: the names, then the summary.
func (in HeadlineInput) Prompt() string {
	var b strings.Builder
	if len(in.Entities) > 0 {
		fmt.Fprintf(&b, "Key names: %s.\n\n", strings.Join(in.Entities, "; "))
	}
	b.WriteString("Story summary:\n")
	for _, s := range in.Summary {
		b.WriteString(s)
		b.WriteByte('\n')
	}
	b.WriteString("\nHeadline:")
	return b.String()
}

// headlineTokens bounds an answer's length: a headline and a little
// slack. Reasoning models (o-series, gpt-5) count their hidden reasoning
// in the same budget, so they get reasoningTokens instead.
const (
	headlineTokens  = 60
	reasoningTokens = 2048
)

// Headline implements Headliner.
func (h *OpenAIHeadliner) Headline(ctx context.Context, in HeadlineInput) (Headline, error) {
	req := openai.ChatCompletionRequest{
		Model: h.model,
		Messages: []openai.ChatCompletionMessage{
			{Role: openai.ChatMessageRoleSystem, Content: headlineSystemPrompt},
			{Role: openai.ChatMessageRoleUser, Content: in.Prompt()},
		},
		MaxCompletionTokens: headlineTokens,
		Temperature:         0.2,
	}
	if isSamplingFixed(req) {
		// A reasoning model: its sampling is fixed and its budget
		// includes the reasoning.
		req.Temperature, req.MaxCompletionTokens = 0, reasoningTokens
	}
	resp, err := h.client.CreateChatCompletion(ctx, req)
	if err != nil {
		return Headline{}, h.secret.wrap(describeLLMError(ctx, err))
	}
	if len(resp.Choices) == 0 {
		return Headline{}, fmt.Errorf("LLM answer has no choices")
	}
	text := CleanHeadline(resp.Choices[0].Message.Content)
	if text == "" {
		return Headline{}, ErrEmptyHeadline
	}
	model := resp.Model
	if model == "" {
		model = h.model
	}
	return Headline{Text: text, Source: SourceLLM, Model: model}, nil
}

// isSamplingFixed reports whether go-openai knows req's model as a
// reasoning model, which refuses a temperature (and would fail before
// sending anything).
func isSamplingFixed(req openai.ChatCompletionRequest) bool {
	err := openai.NewReasoningValidator().Validate(req)
	return errors.Is(err, openai.ErrReasoningModelLimitationsOther) || errors.Is(err, openai.ErrReasoningSamplingUnsupported)
}

// describeLLMError turns go-openai's errors into short messages.
func describeLLMError(ctx context.Context, err error) error {
	var apiErr *openai.APIError
	var reqErr *openai.RequestError
	switch {
	case ctx.Err() != nil || errors.Is(err, context.DeadlineExceeded):
		return fmt.Errorf("LLM request timed out: %w", context.DeadlineExceeded)
	case errors.As(err, &apiErr):
		return fmt.Errorf("LLM answered HTTP %d: %s", apiErr.HTTPStatusCode, apiErr.Message)
	case errors.As(err, &reqErr) && reqErr.HTTPStatusCode != 0:
		return fmt.Errorf("LLM answered HTTP %d", reqErr.HTTPStatusCode)
	}
	return fmt.Errorf("LLM request failed: %w", err)
}

// redactor hides secrets in messages: the configured key and the base
// URL's query values wherever they appear, and whatever follows
// "Authorization:", "api-key=", "Bearer " or looks like an OpenAI key
// ("sk-..."), as a server may echo a request back in its error.
type redactor struct {
	secrets []string
}

// minSecret is the shortest value redacted where it appears: shorter ones
// (a query's "1") would blot out ordinary words.
const minSecret = 4

func newRedactor(key string, more []string) *redactor {
	r := &redactor{}
	for _, s := range append([]string{key}, more...) {
		if len(s) >= minSecret {
			r.secrets = append(r.secrets, s)
		}
	}
	return r
}

var (
	secretFieldRE = regexp.MustCompile(`(?i)\b(authorization|proxy-authorization|x-api-key|api[-_]?key|access[-_]?token|key|token)("?\s*[:=]\s*"?)(bearer\s+|basic\s+)?[^\s"',;&]+`)
	bearerRE      = regexp.MustCompile(`(?i)\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]+`)
	openAIKeyRE   = regexp.MustCompile(`\bsk-[A-Za-z0-9_-]{8,}`)
)

// redacted stands where a secret was.
const redacted = "[REDACTED]"

func (r *redactor) redact(s string) string {
	for _, secret := range r.secrets {
		s = strings.ReplaceAll(s, secret, redacted)
	}
	s = secretFieldRE.ReplaceAllString(s, "${1}${2}${3}"+redacted)
	s = bearerRE.ReplaceAllString(s, "${1} "+redacted)
	return openAIKeyRE.ReplaceAllString(s, "sk-"+redacted)
}

// wrap returns err with its message redacted; errors.Is and errors.As
// still see the original.
func (r *redactor) wrap(err error) error {
	if err == nil {
		return nil
	}
	return &redactedError{msg: r.redact(err.Error()), err: err}
}

type redactedError struct {
	msg string
	err error
}

func (e *redactedError) Error() string { return e.msg }
func (e *redactedError) Unwrap() error { return e.err }

// retryTransport retries requests answered 429 or 5xx (or failing to
// connect), waiting Retry-After when the server gives it and an exponential
// backoff with jitter otherwise. It never waits past the request context's
// deadline: when the next wait would, it returns the last answer.
type retryTransport struct {
	base     http.RoundTripper
	attempts int
	backoff  time.Duration
}

// maxRetryWait caps one wait, whatever Retry-After says.
const maxRetryWait = 30 * time.Second

func (t *retryTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	ctx := req.Context()
	for attempt := 1; ; attempt++ {
		r := req
		if attempt > 1 {
			if req.GetBody == nil && req.Body != nil {
				return nil, errors.New("cannot retry a request without GetBody")
			}
			r = req.Clone(ctx)
			if req.GetBody != nil {
				body, err := req.GetBody()
				if err != nil {
					return nil, err
				}
				r.Body = body
			}
		}
		resp, err := t.base.RoundTrip(r)
		retryable := err == nil && (resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500)
		if err != nil && ctx.Err() == nil {
			retryable = true // connection refused or reset
		}
		if !retryable || attempt >= t.attempts {
			return resp, err
		}
		wait := t.backoff << (attempt - 1)
		wait += time.Duration(rand.Int64N(int64(wait)/4 + 1))
		if resp != nil {
			if ra, ok := retryAfter(resp.Header.Get("Retry-After"), time.Now()); ok {
				wait = ra
			}
		}
		wait = min(wait, maxRetryWait)
		if dl, ok := ctx.Deadline(); ok && time.Until(dl) < wait {
			return resp, err
		}
		if resp != nil {
			resp.Body.Close()
		}
		timer := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			timer.Stop()
			return nil, ctx.Err()
		case <-timer.C:
		}
	}
}

// retryAfter parses a Retry-After header: delay seconds or an HTTP date.
func retryAfter(v string, now time.Time) (time.Duration, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	if s, err := strconv.Atoi(v); err == nil && s >= 0 {
		return time.Duration(s) * time.Second, true
	}
	if t, err := http.ParseTime(v); err == nil {
		return max(t.Sub(now), 0), true
	}
	return 0, false
}

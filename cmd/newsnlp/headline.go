package main

import (
	"context"
	"errors"
	"sync"
	"time"

	"github.com/spf13/pflag"

	"github.com/newsnlp/newsnlp/nlp"
	"github.com/newsnlp/newsnlp/summarize"
)

// headlineFlags are the flags that ask for an LLM headline: --headline,
// --model and --timeout on every command that can write one, and
// --llm-concurrency where stories are processed in parallel.
type headlineFlags struct {
	enabled     bool
	model       string
	timeout     time.Duration
	concurrency int // requests at once; batch only
}

// register declares the flags on fs; parallel adds --llm-concurrency.
func (h *headlineFlags) register(fs *pflag.FlagSet, parallel bool) {
	fs.BoolVar(&h.enabled, "headline", false, "add a headline written by an OpenAI-compatible LLM ($OPENAI_API_KEY, $OPENAI_BASE_URL)")
	fs.StringVar(&h.model, "model", "", "LLM model for --headline (default $NEWSNLP_MODEL or "+summarize.DefaultLLMModel+")")
	fs.DurationVar(&h.timeout, "timeout", 30*time.Second, "time allowed for each --headline request, retries included")
	h.concurrency = 1
	if parallel {
		fs.IntVar(&h.concurrency, "llm-concurrency", 4, "headline requests sent at once")
	}
}

// check validates the flags' values.
func (h headlineFlags) check() error {
	if h.timeout <= 0 {
		return usageError("--timeout must be positive")
	}
	if h.concurrency < 1 {
		return usageError("--llm-concurrency must be at least 1")
	}
	return nil
}

// headliner writes the headlines of one command run and remembers whether
// any fell back to an offline one. Its LLM sits behind a circuit breaker,
// so that one that keeps failing stops being asked (one warning says so).
// It is safe for concurrent use (batch).
type headliner struct {
	f     *Factory
	flags headlineFlags
	llm   summarize.Headliner // nil when not configured

	mu       sync.Mutex
	fellBack bool
	warned   bool
}

func newHeadliner(f *Factory, flags headlineFlags) *headliner {
	h := &headliner{f: f, flags: flags}
	if !flags.enabled {
		return h
	}
	if cfg := summarize.LLMConfigFromEnv(f.Getenv, flags.model); cfg.Configured() && f.Headliner != nil {
		b := summarize.NewBreaker(f.Headliner(cfg), 0, 0)
		b.OnOpen = func(err *summarize.BreakerOpenError) {
			f.message("warning: headline: %s; offline headlines meanwhile", oneLine(err.Error()))
		}
		h.llm = b
	}
	return h
}

// headline returns doc's headline, or nil when --headline is off.
func (h *headliner) headline(ctx context.Context, doc *nlp.Document, sum []summarize.Sentence) *summarize.Headline {
	if !h.flags.enabled {
		return nil
	}
	return h.ask(ctx, doc.Source, summarize.NewHeadlineRequest(doc, sum))
}

// ask asks the LLM for a headline within --timeout. A failure prints one
// line on stderr (none while the breaker is open: it said so when it
// opened) and gives the offline headline.
func (h *headliner) ask(ctx context.Context, source string, req summarize.HeadlineRequest) *summarize.Headline {
	ctx, cancel := context.WithTimeout(ctx, h.flags.timeout)
	defer cancel()
	hl, err := req.Ask(ctx, h.llm)
	if err != nil {
		h.mu.Lock()
		defer h.mu.Unlock()
		h.fellBack = true
		var open *summarize.BreakerOpenError
		switch {
		case errors.As(err, &open):
		case h.llm != nil || !h.warned: // "not configured" is said once
			h.f.message("warning: %s: headline: %s; using the %s instead",
				oneLine(source), oneLine(err.Error()), offlineName(hl.Source))
			h.warned = true
		}
	}
	return &hl
}

func offlineName(source string) string {
	if source == summarize.SourceTitle {
		return "story's own title"
	}
	return "best summary sentence"
}

// exit is exitFallback when any headline fell back to an offline one.
func (h *headliner) exit() error {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.fellBack {
		return &exitError{code: exitFallback}
	}
	return nil
}

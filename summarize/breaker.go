package summarize

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

// Defaults for a Breaker.
const (
	DefaultBreakerFailures = 3
	DefaultBreakerCooldown = 30 * time.Second
)

// BreakerOpenError is returned, at once and without a request, by a
// Breaker whose LLM failed too often in a row.
type BreakerOpenError struct {
	Failures int   // failures in a row that opened the breaker
	Last     error // the last of them
}

func (e *BreakerOpenError) Error() string {
	return fmt.Sprintf("the LLM failed %d times in a row (last: %v); not asked until it answers again", e.Failures, e.Last)
}

func (e *BreakerOpenError) Unwrap() error { return e.Last }

// Breaker is a Headliner that stops asking an LLM that keeps failing (a
// circuit breaker), so that a dead or stalled server costs a batch a few
// requests, not a time-out per story. After Failures failures in a row it
// answers every request with a *BreakerOpenError; once Cooldown has passed
// it lets one request through, and a success closes it again. An empty
// answer (ErrEmptyHeadline) and a request cancelled by its caller are not
// failures of the server. It is safe for concurrent use.
type Breaker struct {
	llm      Headliner
	failures int
	cooldown time.Duration
	// OnOpen, if set, is called (once per opening) when the breaker opens.
	OnOpen func(*BreakerOpenError)
	// Now returns the time; nil means time.Now.
	Now func() time.Time

	mu      sync.Mutex
	inARow  int
	last    error
	open    bool
	retryAt time.Time
	probing bool
}

// NewBreaker wraps llm; failures and cooldown of 0 take the defaults.
func NewBreaker(llm Headliner, failures int, cooldown time.Duration) *Breaker {
	if failures <= 0 {
		failures = DefaultBreakerFailures
	}
	if cooldown <= 0 {
		cooldown = DefaultBreakerCooldown
	}
	return &Breaker{llm: llm, failures: failures, cooldown: cooldown}
}

func (b *Breaker) now() time.Time {
	if b.Now != nil {
		return b.Now()
	}
	return time.Now()
}

// Headline implements Headliner.
func (b *Breaker) Headline(ctx context.Context, in HeadlineInput) (Headline, error) {
	b.mu.Lock()
	if b.open {
		if b.probing || b.now().Before(b.retryAt) {
			err := &BreakerOpenError{Failures: b.inARow, Last: b.last}
			b.mu.Unlock()
			return Headline{}, err
		}
		b.probing = true // this request probes whether the LLM is back
	}
	b.mu.Unlock()

	hl, err := b.llm.Headline(ctx, in)

	b.mu.Lock()
	defer b.mu.Unlock()
	b.probing = false
	switch {
	case err == nil || errors.Is(err, ErrEmptyHeadline):
		b.inARow, b.last, b.open = 0, nil, false
	case errors.Is(err, context.Canceled):
		// The caller gave up; the server is not to blame.
	default:
		b.inARow++
		b.last = err
		if b.inARow >= b.failures {
			wasOpen := b.open
			b.open, b.retryAt = true, b.now().Add(b.cooldown)
			if !wasOpen && b.OnOpen != nil {
				b.OnOpen(&BreakerOpenError{Failures: b.inARow, Last: err})
			}
		}
	}
	return hl, err
}

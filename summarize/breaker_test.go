package summarize

import (
	"context"
	"errors"
	"testing"
	"time"
)

// scriptedLLM answers with the errors it is given, in turn, and counts
// its calls; nil is a headline.
type scriptedLLM struct {
	errs  []error
	calls int
}

func (s *scriptedLLM) Headline(context.Context, HeadlineInput) (Headline, error) {
	err := s.errs[min(s.calls, len(s.errs)-1)]
	s.calls++
	if err != nil {
		return Headline{}, err
	}
	return Headline{Text: "ok", Source: SourceLLM}, nil
}

func TestBreaker(t *testing.T) {
	down := errors.New("LLM answered HTTP 503")
	llm := &scriptedLLM{errs: []error{down, ErrEmptyHeadline, down, context.Canceled, down, down, down, down, nil}}
	now := time.Unix(0, 0)
	b := NewBreaker(llm, 3, time.Minute)
	b.Now = func() time.Time { return now }
	opened := 0
	b.OnOpen = func(*BreakerOpenError) { opened++ }
	ask := func() error {
		_, err := b.Headline(context.Background(), HeadlineInput{})
		return err
	}
	// An empty answer resets the count and a cancelled request is not the
	// server's fault: down, empty, down, cancelled, down, down opens it.
	for range 6 {
		ask()
	}
	if opened != 1 {
		t.Fatalf("opened %d times after 3 failures in a row, want 1", opened)
	}
	var open *BreakerOpenError
	if err := ask(); !errors.As(err, &open) || !errors.Is(err, down) || llm.calls != 6 {
		t.Fatalf("open breaker: err %v, %d calls; want a BreakerOpenError and no call", err, llm.calls)
	}
	// After the cool-down one probe goes through; it fails, so the breaker
	// stays open without a second OnOpen.
	now = now.Add(time.Minute)
	if err := ask(); errors.As(err, &open) || llm.calls != 7 || opened != 1 {
		t.Fatalf("probe: err %v, %d calls, opened %d", err, llm.calls, opened)
	}
	if err := ask(); !errors.As(err, &open) {
		t.Fatalf("after a failed probe: err %v", err)
	}
	// The next probe fails too; the one after succeeds and closes it.
	now = now.Add(time.Minute)
	ask()
	now = now.Add(time.Minute)
	if err := ask(); err != nil {
		t.Fatalf("successful probe: %v", err)
	}
	if err := ask(); err != nil || llm.calls != 10 {
		t.Fatalf("closed again: err %v, %d calls", err, llm.calls)
	}
}

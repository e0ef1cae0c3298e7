package batch

import (
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
)

// Bar is a Progress for a terminal: a bar with stories done of the total,
// stories per second and the time left. Messages printed through it clear
// the bar first, so the two do not garble each other.
type Bar struct {
	mu   sync.Mutex
	w    io.Writer
	bar  *progressbar.ProgressBar
	done bool
}

// NewBar draws a progress bar on w, a terminal. total may be -1 while it is
// not known yet (see SetTotal).
func NewBar(w io.Writer, total int) *Bar {
	bar := progressbar.NewOptions(total,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription("stories"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("stories"),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionSetWidth(30),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionSpinnerType(14),
	)
	return &Bar{w: w, bar: bar}
}

// SetTotal implements Progress.
func (b *Bar) SetTotal(n int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if n > 0 {
		b.bar.ChangeMax(n)
	}
}

// Add implements Progress.
func (b *Bar) Add(n int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.bar.Add(n)
}

// Finish implements Progress: the bar is cleared, also after an interrupt.
// Marking it complete (not merely exited) is what stops the goroutine that
// redraws a bar of unknown length, which would otherwise draw it again after
// the clearing, over the closing lines.
func (b *Bar) Finish() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.done {
		return
	}
	b.done = true
	b.bar.Finish()
}

// Println prints a message line above the bar.
func (b *Bar) Println(msg string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.bar.Clear()
	fmt.Fprintln(b.w, msg)
	b.bar.RenderBlank()
}

// Lines is a Progress for a log file: a line every Every, saying how many
// stories are done, the rate and the time left.
type Lines struct {
	mu    sync.Mutex
	w     io.Writer
	every time.Duration
	start time.Time
	last  time.Time
	total int
	done  int
	now   func() time.Time
}

// NewLines returns a Lines progress printing to w every every (10s if 0).
func NewLines(w io.Writer, every time.Duration) *Lines {
	if every <= 0 {
		every = 10 * time.Second
	}
	t := time.Now()
	return &Lines{w: w, every: every, start: t, last: t, now: time.Now}
}

// SetTotal implements Progress.
func (l *Lines) SetTotal(n int) {
	l.mu.Lock()
	l.total = n
	l.mu.Unlock()
}

// Add implements Progress.
func (l *Lines) Add(n int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.done += n
	now := l.now()
	if now.Sub(l.last) < l.every {
		return
	}
	l.last = now
	fmt.Fprintln(l.w, l.line(now))
}

func (l *Lines) line(now time.Time) string {
	secs := now.Sub(l.start).Seconds()
	rate := 0.0
	if secs > 0 {
		rate = float64(l.done) / secs
	}
	if l.total <= 0 {
		return fmt.Sprintf("newsnlp: %d stories, %.1f stories/s", l.done, rate)
	}
	eta := "?"
	if rate > 0 {
		eta = time.Duration(float64(l.total-l.done) / rate * float64(time.Second)).Round(time.Second).String()
	}
	return fmt.Sprintf("newsnlp: %d/%d stories, %.1f stories/s, %s left", l.done, l.total, rate, eta)
}

// Finish implements Progress.
func (l *Lines) Finish() {}

// Println prints a message line.
func (l *Lines) Println(msg string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	fmt.Fprintln(l.w, msg)
}

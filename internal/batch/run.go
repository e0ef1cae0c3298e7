package batch

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"runtime"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"
	"golang.org/x/sync/semaphore"

	"github.com/newsnlp/newsnlp/entity"
	"github.com/newsnlp/newsnlp/source"
	"github.com/newsnlp/newsnlp/story"
)

// Analyzer does the work on one story: parse, find entities, summarise. It
// must be safe for concurrent use. Tests inject fakes.
type Analyzer func(ctx context.Context, in Input) (*Story, error)

// Sink receives stories in output order. Prepare runs on the workers, in
// any order and concurrently, so that encoding is done in parallel; Write,
// Flush and Close run on one goroutine. Flush is called whenever the writer
// would otherwise wait, so that a downstream reader sees results promptly.
type Sink interface {
	Prepare(s *Story) error
	Write(s *Story) error
	Flush() error
	Close() error
}

// Progress follows a run. Its methods are called from one goroutine, except
// SetTotal, which may come from another.
type Progress interface {
	SetTotal(n int)
	Add(n int)
	Finish()
}

// Stats sum up a run.
type Stats struct {
	Stories     int   // stories written, failed ones included
	Failed      int   // stories written as error records
	Skipped     int   // stories already in the output (resume)
	Bytes       int64 // raw bytes of the stories processed
	Elapsed     time.Duration
	Interrupted bool // the context was cancelled before every job was done
}

// Summary is the closing line of a run, for stderr.
func (s Stats) Summary() string {
	secs := s.Elapsed.Seconds()
	rate, mbps := 0.0, 0.0
	if secs > 0 {
		rate = float64(s.Stories-s.Failed) / secs
		mbps = float64(s.Bytes) / 1e6 / secs
	}
	msg := fmt.Sprintf("processed %d stories, %d failed", s.Stories, s.Failed)
	if s.Skipped > 0 {
		msg += fmt.Sprintf(", %d skipped (already in the output)", s.Skipped)
	}
	msg += fmt.Sprintf(", in %.2fs (%.1f stories/s, %.2f MB/s)", secs, rate, mbps)
	if s.Interrupted {
		msg += "; interrupted"
	}
	return msg
}

// Runner processes jobs on a pool of workers and writes the results in job
// order, whatever order the workers finish in. At most Window results wait
// for their turn, so memory stays flat however many jobs there are.
type Runner struct {
	Analyze Analyzer
	Sink    Sink
	Jobs    int // workers; 0 means runtime.NumCPU()
	// LaterJobs bounds the stories whose Later work runs at once (the
	// headline requests an LLM gets at a time); 0 means Jobs.
	LaterJobs int
	// Window bounds the jobs in flight or waiting to be written; 0 means 4
	// per worker, at least 16, and at least Jobs + LaterJobs.
	Window   int
	MaxBytes int64 // largest file read; 0 means source.DefaultMaxBytes
	// TextBudget bounds the bytes of the stories being analyzed at once:
	// a story takes 15 to 25 times its size in memory while it is parsed,
	// so a few big stories wait for each other, whatever Jobs is, while
	// small ones run Jobs at a time. 0 means DefaultTextBudget.
	TextBudget int64
	// Done reports whether a story is already in the output (resume); nil
	// means none is.
	Done func(source, hash string) bool
	// Table, if set, gathers every story's entities in output order.
	Table    *entity.Table
	Progress Progress
	// Failed, if set, is called in output order with every story that
	// failed, for a message on stderr.
	Failed func(s *Story)
	// Now returns the time; nil means time.Now. Tests pin it.
	Now func() time.Time

	text   *semaphore.Weighted // TextBudget, while Run runs
	budget int64
}

// Run processes the jobs and writes them to the sink, which it closes. It
// returns when every job is written or ctx is cancelled; what was written
// by then is complete. After a cancellation, workers still busy with a
// story finish in the background without writing. The error is a sink's (a
// write failed) or ctx's.
func (r *Runner) Run(ctx context.Context, jobs iter.Seq[Job]) (Stats, error) {
	now := r.Now
	if now == nil {
		now = time.Now
	}
	start := now()
	workers := r.Jobs
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	later := r.LaterJobs
	if later <= 0 {
		later = workers
	}
	window := r.Window
	if window <= 0 {
		window = max(4*workers, 16, workers+later)
	}
	window = max(window, workers)
	laterSem := make(chan struct{}, later)

	budget := r.TextBudget
	if budget <= 0 {
		budget = DefaultTextBudget
	}
	r.text = semaphore.NewWeighted(budget)
	r.budget = budget

	// runCtx stops the producer and the workers when the writer fails.
	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()

	tokens := make(chan struct{}, window) // one per job between dispatch and write
	results := make(chan *Story, window)
	var produced sync.WaitGroup
	produced.Add(1)
	go func() {
		defer produced.Done()
		g := new(errgroup.Group)
		g.SetLimit(workers)
		i := 0
		for job := range jobs {
			select {
			case tokens <- struct{}{}:
			case <-runCtx.Done():
				g.Wait()
				return
			}
			idx := i
			i++
			g.Go(func() error {
				s := r.work(runCtx, job)
				s.Index = idx
				if s.Later == nil || s.Err != nil {
					r.prepare(s)
					results <- s
					return nil
				}
				// The worker is free for the next story while this one
				// waits for its turn at the network.
				produced.Add(1)
				go func() {
					defer produced.Done()
					r.finishLater(runCtx, s, laterSem)
					r.prepare(s)
					results <- s
				}()
				return nil
			})
		}
		g.Wait()
	}()
	go func() {
		produced.Wait()
		close(results)
	}()

	var (
		st       Stats
		werr     error
		stopped  bool // no more writing: interrupted or the sink failed
		pending  = map[int]*Story{}
		next     = 0
		unsynced = false
	)
	for {
		s, ok := r.receive(ctx, results)
		if !ok {
			break
		}
		pending[s.Index] = s
		for {
			s, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-tokens
			if stopped {
				continue
			}
			if s.Err != nil && ctx.Err() != nil && isCancel(s.Err) {
				// This story and all after it were cut short.
				stopped = true
				continue
			}
			if err := r.emit(s, &st); err != nil {
				werr, stopped = err, true
				cancel()
				continue
			}
			unsynced = true
		}
		if unsynced && len(results) == 0 && !stopped {
			if err := r.Sink.Flush(); err != nil {
				werr, stopped = err, true
				cancel()
			}
			unsynced = false
		}
	}
	if r.Progress != nil {
		r.Progress.Finish()
	}
	if err := r.Sink.Close(); err != nil && werr == nil {
		werr = err
	}
	st.Elapsed = now().Sub(start)
	if ctx.Err() != nil {
		st.Interrupted = true
		if werr == nil {
			werr = ctx.Err()
		}
	}
	return st, werr
}

// finishLater runs s's Later work when one of the LaterJobs slots is free.
func (r *Runner) finishLater(ctx context.Context, s *Story, slots chan struct{}) {
	select {
	case slots <- struct{}{}:
	case <-ctx.Done():
		s.Err = ctx.Err()
		return
	}
	defer func() { <-slots }()
	s.Later(ctx)
	s.Later = nil
}

// receive returns the next result, or false when there are no more. Once
// ctx is done it returns only the results already waiting: stories still
// being read or parsed are not waited for (they stop at their next check
// of the context), so that an interrupt ends a run at once.
func (r *Runner) receive(ctx context.Context, results <-chan *Story) (*Story, bool) {
	if ctx.Err() == nil {
		select {
		case s, ok := <-results:
			return s, ok
		case <-ctx.Done():
		}
	}
	select {
	case s, ok := <-results:
		return s, ok
	default:
		return nil, false
	}
}

// emit writes one story in its turn and counts it.
func (r *Runner) emit(s *Story, st *Stats) error {
	if r.Progress != nil {
		defer r.Progress.Add(1)
	}
	if s.Skipped {
		st.Skipped++
		return nil
	}
	if err := r.Sink.Write(s); err != nil {
		return fmt.Errorf("write %s: %w", displayName(s), err)
	}
	st.Stories++
	st.Bytes += int64(s.Bytes)
	if s.Err != nil {
		st.Failed++
		if r.Failed != nil {
			r.Failed(s)
		}
	} else if r.Table != nil {
		r.Table.Add(s.Source, s.Raw)
	}
	s.Raw = nil
	return nil
}

// work reads, hashes and analyses one job on a worker. It never fails: a
// failure becomes the story's Err.
func (r *Runner) work(ctx context.Context, job Job) *Story {
	s := &Story{Source: job.Name, ID: job.ID, Line: job.Line}
	if job.Err != nil {
		s.Err = job.Err
		return s
	}
	if err := ctx.Err(); err != nil {
		s.Err = err
		return s
	}
	in := job.Input
	if in == nil {
		raw, err := source.Read(ctx, job.Path, source.Options{MaxBytes: r.MaxBytes})
		if err != nil {
			s.Err = err
			return s
		}
		in = &Input{Name: job.Name, Data: raw.Data}
	}
	s.Bytes = len(in.Data)
	s.Hash = story.Hash(in.Data)
	if r.Done != nil && r.Done(s.Source, s.Hash) {
		s.Skipped = true
		return s
	}
	// A story weighs its size against the budget, at most the whole budget
	// (a story bigger than the budget runs alone).
	weight := min(max(int64(len(in.Data)), 1), r.budget)
	if err := r.text.Acquire(ctx, weight); err != nil {
		s.Err = err
		return s
	}
	res, err := r.Analyze(ctx, *in)
	r.text.Release(weight)
	if err != nil {
		s.Err = err
		return s
	}
	if res == nil {
		s.Err = errors.New("internal error: no result")
		return s
	}
	res.Source, res.ID, res.Line, res.Hash, res.Bytes = s.Source, s.ID, s.Line, s.Hash, s.Bytes
	return res
}

// prepare renders a story for the sink on its worker. A story that cannot
// be rendered becomes an error record.
func (r *Runner) prepare(s *Story) {
	if s.Skipped {
		return
	}
	if err := r.Sink.Prepare(s); err != nil && s.Err == nil {
		*s = Story{Source: s.Source, ID: s.ID, Line: s.Line, Hash: s.Hash, Bytes: s.Bytes,
			Err: fmt.Errorf("encode result: %w", err)}
		_ = r.Sink.Prepare(s)
	}
}

// DefaultTextBudget is Runner.TextBudget's default: 32 MiB of stories at
// once (two of the largest --max-bytes allows by default), under 1 GB of
// memory, and still hundreds of news stories (a few KB each), far more
// than Jobs.
const DefaultTextBudget = 32 << 20

func isCancel(err error) bool {
	return errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)
}

// ErrorMessage is a failed story's error as one line that names it.
func ErrorMessage(s *Story) string {
	if s.Err == nil {
		return ""
	}
	return displayName(s) + ": " + story.ErrorText(s)
}

// displayName names a story in messages: its source, else its line and id.
func displayName(s *Story) string {
	switch {
	case s.Source != "":
		return s.Source
	case len(s.ID) > 0:
		return fmt.Sprintf("line %d (id %s)", s.Line, s.ID)
	}
	return fmt.Sprintf("line %d", s.Line)
}

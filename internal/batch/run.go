package batch

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"runtime"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/newsnlp/newsnlp/entity"
	"github.com/newsnlp/newsnlp/internal/render"
	"github.com/newsnlp/newsnlp/nlp"
	"github.com/newsnlp/newsnlp/source"
	"github.com/newsnlp/newsnlp/summarize"
)

// Job is one story to process. Jobs come from Walk or Stream, in output order.
type Job struct {
	Name  string          // the story's source in output: a path, or "" for a stream record
	Path  string          // the file to read; empty when Input is set
	Input *Input          // the content of a stream record; nil for files
	ID    json.RawMessage // a stream record's "id", as given
	Line  int             // a stream record's line number, from 1
	Err   error           // the job failed before processing: a bad stream line, an unreadable folder
}

// Input is one story's raw content.
type Input struct {
	Name string
	Data []byte
	Kind string // "html" or "text" when the input says so, "" to tell by content
}

// Analyzer does the work on one story: parse, find entities, summarise. It
// must be safe for concurrent use. Tests inject fakes.
type Analyzer func(ctx context.Context, in Input) (*Story, error)

// Story is the result for one job.
type Story struct {
	Index    int             // position in the output, from 0
	Source   string          // the job's Name
	ID       json.RawMessage // stream records: the "id" given
	Line     int             // stream records: the input line
	Hash     string          // SHA-256 of the raw content (hex, first 128 bits); "" if it could not be read
	Bytes    int             // size of the raw content
	Kind     string          // "text" or "html"
	Title    string
	Entities []render.EntityJSON
	Quotes   []render.QuoteJSON
	Summary  []render.SentenceJSON
	Headline *summarize.Headline
	// Raw are the story's entities as the parser found them, for the
	// cross-story table. Only names, types and mention texts are used.
	Raw      []nlp.Entity
	Warnings []string
	Err      error // the story failed; the other fields but Source, ID, Line and Hash are empty
	Skipped  bool  // already in the output (resume)

	encoded []byte // the sink's rendering, prepared on the worker
}

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
	Analyze  Analyzer
	Sink     Sink
	Jobs     int   // workers; 0 means runtime.NumCPU()
	Window   int   // jobs in flight or waiting to be written; 0 means 4 per worker, at least 16
	MaxBytes int64 // largest file read; 0 means source.DefaultMaxBytes
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
}

// Run processes the jobs and writes them to the sink, which it closes. It
// returns when every job is written or ctx is cancelled; what was written
// by then is complete. The error is a sink's (a write failed) or ctx's.
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
	window := r.Window
	if window <= 0 {
		window = max(4*workers, 16)
	}
	window = max(window, workers)

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
				r.prepare(s)
				results <- s
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
	for s := range results {
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
	s.Hash = Hash(in.Data)
	if r.Done != nil && r.Done(s.Source, s.Hash) {
		s.Skipped = true
		return s
	}
	res, err := r.Analyze(ctx, *in)
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

// Hash is the content hash that resume compares: the first 128 bits of the
// SHA-256 of the raw bytes, in hex.
func Hash(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:16])
}

func isCancel(err error) bool {
	return errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)
}

// ErrorMessage is a failed story's error as one line that names it.
func ErrorMessage(s *Story) string {
	if s.Err == nil {
		return ""
	}
	return displayName(s) + ": " + errText(s)
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

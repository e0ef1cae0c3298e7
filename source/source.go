package source

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
)

// DefaultMaxBytes is the largest input read by default: far above any news
// article or page, small enough to fail fast on a wrong file.
const DefaultMaxBytes = 16 << 20

// MaxInputBytes caps any limit (--max-bytes): a story is parsed in memory,
// which takes some 15 to 25 times its size (README, Performance), so a
// bigger input is better split into its stories first.
const MaxInputBytes = 256 << 20

// sniffBytes is how much of an input is read before deciding whether it is
// binary, so that a binary stream (/dev/zero) is refused at once, not after
// reading up to the limit.
const sniffBytes = 64 << 10

// Errors that Read and Decode wrap; test with errors.Is.
var (
	ErrNotFound = errors.New("no such file")
	ErrIsDir    = errors.New("is a directory, not an article (use newsnlp batch for folders)")
	ErrEmpty    = errors.New("empty input")
	ErrBinary   = errors.New("binary data, not text or HTML")
	ErrTooLarge = errors.New("input too large")
)

// Input is one article's raw bytes and where they came from.
type Input struct {
	Name        string // path, URL, or "-" for standard input
	URL         string // for URLs, the address the page came from after redirects
	Data        []byte
	ContentType string // from the HTTP response, for URLs
}

// Options control reading.
type Options struct {
	MaxBytes int64     // 0 means DefaultMaxBytes
	Stdin    io.Reader // read for the name "-"; os.Stdin when nil
}

func (o Options) maxBytes() int64 {
	if o.MaxBytes > 0 {
		return min(o.MaxBytes, MaxInputBytes)
	}
	return DefaultMaxBytes
}

// IsURL reports whether name is an http or https URL.
func IsURL(name string) bool {
	return strings.HasPrefix(name, "http://") || strings.HasPrefix(name, "https://")
}

// Read reads one article from a file, "-" (standard input) or a URL.
// Errors name the input.
func Read(ctx context.Context, name string, opts Options) (*Input, error) {
	if IsURL(name) {
		return Fetch(ctx, name, FetchOptions{MaxBytes: opts.maxBytes()})
	}
	var r io.Reader
	var size int64 // a regular file's size, to check and allocate at once
	if name == "-" || name == "" {
		name = "-"
		r = opts.Stdin
		if r == nil {
			r = os.Stdin
		}
	} else {
		f, err := os.Open(name)
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil, fmt.Errorf("%s: %w", name, ErrNotFound)
			}
			return nil, fmt.Errorf("%s: %w", name, unwrapPathError(err))
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil {
			switch {
			case st.IsDir():
				return nil, fmt.Errorf("%s: %w", name, ErrIsDir)
			case st.Mode().IsRegular():
				size = st.Size()
				if size > opts.maxBytes() {
					return nil, fmt.Errorf("%s: %w", name, tooLarge(opts.maxBytes()))
				}
			}
		}
		r = f
	}
	return readFrom(ctx, name, r, opts, size)
}

// ReadFrom reads one article named name from r, as Read reads a file: up to
// opts.MaxBytes (ErrTooLarge past them), stopping when ctx is done. Errors
// name the input. The Beam pipeline reads objects of a bucket with it.
func ReadFrom(ctx context.Context, name string, r io.Reader, opts Options) (*Input, error) {
	return readFrom(ctx, name, r, opts, 0)
}

// readFrom is ReadFrom with the input's size, if known, to allocate at once.
func readFrom(ctx context.Context, name string, r io.Reader, opts Options, size int64) (*Input, error) {
	data, err := readContext(ctx, r, opts.maxBytes(), size)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return &Input{Name: name, Data: data}, nil
}

// readContext is readLimited that gives up when ctx is done. A read from a
// terminal or a pipe cannot be cancelled, so it runs on a goroutine that is
// left behind, blocked, when ctx ends first: the process is about to exit.
func readContext(ctx context.Context, r io.Reader, limit, size int64) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	type result struct {
		data []byte
		err  error
	}
	done := make(chan result, 1)
	go func() {
		data, err := readLimited(&ctxReader{ctx: ctx, r: r}, limit, size)
		done <- result{data, err}
	}()
	select {
	case res := <-done:
		return res.data, res.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// ctxReader stops a long read between chunks when its context is done.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c *ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}

// readLimited reads all of r, failing with ErrTooLarge past max bytes, and
// with ErrBinary as soon as its first sniffBytes look binary (LooksBinary).
// size, if known (a file's), sizes the buffer at once.
func readLimited(r io.Reader, limit, size int64) ([]byte, error) {
	lr := io.LimitReader(r, limit+1)
	buf := make([]byte, 0, min(limit, max(size, sniffBytes))+1)
	head, err := readUpTo(lr, buf, sniffBytes)
	if err == nil && LooksBinary(head) {
		return nil, ErrBinary
	}
	data := head
	if err == nil {
		b := bytes.NewBuffer(head)
		_, err = b.ReadFrom(lr)
		data = b.Bytes()
	}
	if err != nil && !errors.Is(err, io.EOF) {
		return nil, unwrapPathError(err)
	}
	if int64(len(data)) > limit {
		return nil, tooLarge(limit)
	}
	return data, nil
}

// readUpTo appends to buf from r until it holds n bytes; err is io.EOF when
// r ended first.
func readUpTo(r io.Reader, buf []byte, n int) ([]byte, error) {
	for len(buf) < n {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		m, err := r.Read(buf[len(buf):min(cap(buf), n)])
		buf = buf[:len(buf)+m]
		if err != nil {
			return buf, err
		}
	}
	return buf, nil
}

func tooLarge(limit int64) error {
	if limit >= MaxInputBytes {
		return fmt.Errorf("%w: more than %s, the most newsnlp parses at once (a story takes 15 to 25 times its size in memory): split the input",
			ErrTooLarge, humanBytes(limit))
	}
	return fmt.Errorf("%w: more than %s (raise --max-bytes, at most %s)", ErrTooLarge, humanBytes(limit), humanBytes(MaxInputBytes))
}

// unwrapPathError drops the path that *fs.PathError repeats, since callers
// name the input themselves.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

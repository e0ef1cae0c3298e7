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
		return o.MaxBytes
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
		if st, err := f.Stat(); err == nil && st.IsDir() {
			return nil, fmt.Errorf("%s: %w", name, ErrIsDir)
		}
		r = f
	}
	return ReadFrom(ctx, name, r, opts)
}

// ReadFrom reads one article named name from r, as Read reads a file: up to
// opts.MaxBytes (ErrTooLarge past them), stopping when ctx is done. Errors
// name the input. The Beam pipeline reads objects of a bucket with it.
func ReadFrom(ctx context.Context, name string, r io.Reader, opts Options) (*Input, error) {
	data, err := readContext(ctx, r, opts.maxBytes())
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return &Input{Name: name, Data: data}, nil
}

// readContext is readLimited that gives up when ctx is done. A read from a
// terminal or a pipe cannot be cancelled, so it runs on a goroutine that is
// left behind, blocked, when ctx ends first: the process is about to exit.
func readContext(ctx context.Context, r io.Reader, max int64) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	type result struct {
		data []byte
		err  error
	}
	done := make(chan result, 1)
	go func() {
		data, err := readLimited(&ctxReader{ctx: ctx, r: r}, max)
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

// readLimited reads all of r, failing with ErrTooLarge past max bytes.
func readLimited(r io.Reader, max int64) ([]byte, error) {
	var buf bytes.Buffer
	n, err := io.Copy(&buf, io.LimitReader(r, max+1))
	if err != nil {
		return nil, unwrapPathError(err)
	}
	if n > max {
		return nil, fmt.Errorf("%w: more than %s (raise --max-bytes)", ErrTooLarge, humanBytes(max))
	}
	return buf.Bytes(), nil
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

package source

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestRead(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "story.txt")
	if err := os.WriteFile(file, []byte("A story."), 0o644); err != nil {
		t.Fatal(err)
	}
	big := filepath.Join(dir, "big.txt")
	if err := os.WriteFile(big, []byte(strings.Repeat("x", 2048)), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()

	in, err := Read(ctx, file, Options{})
	if err != nil || string(in.Data) != "A story." || in.Name != file {
		t.Errorf("Read(file) = %+v, %v", in, err)
	}
	in, err = Read(ctx, "-", Options{Stdin: strings.NewReader("from stdin")})
	if err != nil || string(in.Data) != "from stdin" || in.Name != "-" {
		t.Errorf("Read(-) = %+v, %v", in, err)
	}

	for _, c := range []struct {
		name string
		opts Options
		want error
	}{
		{filepath.Join(dir, "missing.txt"), Options{}, ErrNotFound},
		{dir, Options{}, ErrIsDir},
		{big, Options{MaxBytes: 1024}, ErrTooLarge},
	} {
		_, err := Read(ctx, c.name, c.opts)
		if !errors.Is(err, c.want) {
			t.Errorf("Read(%s): error %v; want %v", c.name, err, c.want)
			continue
		}
		if msg := err.Error(); !strings.HasPrefix(msg, c.name+": ") || strings.Contains(msg, "\n") {
			t.Errorf("Read(%s): error %q should be one line that starts with the input's name", c.name, msg)
		}
	}
	if _, err := Read(ctx, "-", Options{Stdin: strings.NewReader(strings.Repeat("y", 100)), MaxBytes: 10}); !errors.Is(err, ErrTooLarge) {
		t.Errorf("large stdin: %v; want ErrTooLarge", err)
	}
}

// TestReadCancelled: a read that blocks (a terminal, a pipe nobody writes
// to) gives up when the context ends.
func TestReadCancelled(t *testing.T) {
	pr, pw := io.Pipe()
	defer pw.Close()
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(50*time.Millisecond, cancel)
	done := make(chan error, 1)
	go func() {
		_, err := Read(ctx, "-", Options{Stdin: pr})
		done <- err
	}()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("err = %v, want context.Canceled", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Read still blocked 5 s after the context ended")
	}
}

// zeros is an endless stream of zero bytes that counts what was read, as
// /dev/zero.
type zeros struct{ n int64 }

func (z *zeros) Read(p []byte) (int, error) {
	clear(p)
	z.n += int64(len(p))
	return len(p), nil
}

// TestReadBinaryStopsEarly: binary input is refused on its first chunk,
// not after reading up to the limit (--max-bytes 10G /dev/zero).
func TestReadBinaryStopsEarly(t *testing.T) {
	z := &zeros{}
	_, err := Read(context.Background(), "-", Options{Stdin: z, MaxBytes: MaxInputBytes})
	if !errors.Is(err, ErrBinary) {
		t.Fatalf("err = %v, want ErrBinary", err)
	}
	if z.n > 1<<20 {
		t.Errorf("read %d bytes of zeros before refusing them", z.n)
	}
	// Text that turns binary later is read whole and left to Decode.
	text := strings.Repeat("A story about Lisbon. ", 10000)
	in, err := Read(context.Background(), "-", Options{Stdin: strings.NewReader(text + "\x00\x01\x02")})
	if err != nil || len(in.Data) != len(text)+3 {
		t.Errorf("text with a binary tail: %v", err)
	}
}

// TestReadLimits: a file over the limit fails before it is read; no limit
// goes beyond MaxInputBytes.
func TestReadLimits(t *testing.T) {
	p := filepath.Join(t.TempDir(), "big.txt")
	if err := os.WriteFile(p, []byte(strings.Repeat("word ", 1000)), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Read(context.Background(), p, Options{MaxBytes: 100}); !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), p) {
		t.Errorf("err = %v, want ErrTooLarge naming the file", err)
	}
	if got := (Options{MaxBytes: 10 * MaxInputBytes}).maxBytes(); got != MaxInputBytes {
		t.Errorf("limit %d, want the cap %d", got, MaxInputBytes)
	}
}

package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/newsnlp/newsnlp/internal/batch"
	"github.com/newsnlp/newsnlp/internal/iostreams"
)

// TestMain lets a test run the test binary as newsnlp itself, to send it
// real signals: with NEWSNLP_TEST_MAIN set, the process is newsnlp with
// the arguments after "--".
func TestMain(m *testing.M) {
	if os.Getenv("NEWSNLP_TEST_MAIN") == "1" {
		args := os.Args[1:]
		for i, a := range args {
			if a == "--" {
				args = args[i+1:]
				break
			}
		}
		os.Exit(Main(args, iostreams.System()))
	}
	os.Exit(m.Run())
}

// runCancelled runs newsnlp in-process with stdin and cancels the context
// after delay. It fails the test if the run does not end within 10 s.
func runCancelled(t *testing.T, stdin io.Reader, delay time.Duration, args ...string) result {
	t.Helper()
	ios, _, out, errOut := iostreams.Test()
	ios.In = stdin
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	time.AfterFunc(delay, cancel)
	done := make(chan int, 1)
	go func() { done <- run(ctx, newFactory(ios), args) }()
	select {
	case code := <-done:
		return result{out.String(), errOut.String(), code}
	case <-time.After(10 * time.Second):
		t.Fatalf("%v: still running 10 s after the interrupt", args)
	}
	return result{}
}

// TestInterruptWhileReadingStdin: Ctrl-C while newsnlp waits for standard
// input ends the run with status 130.
func TestInterruptWhileReadingStdin(t *testing.T) {
	pr, pw := io.Pipe() // never written to nor closed
	defer pw.Close()
	for _, cmd := range []string{"summarize", "entities", "extract"} {
		r := runCancelled(t, pr, 50*time.Millisecond, cmd)
		if r.code != exitInterrupted || r.out != "" {
			t.Errorf("%s: exit %d, stdout %q, stderr %q; want %d and no output", cmd, r.code, r.out, r.err, exitInterrupted)
		}
	}
}

// TestInterruptWhileFetching: Ctrl-C during a URL fetch is an interrupt
// (130), not a failed input (1).
func TestInterruptWhileFetching(t *testing.T) {
	stall := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-stall:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	defer close(stall)
	r := runCancelled(t, strings.NewReader(""), 100*time.Millisecond, "summarize", srv.URL+"/story")
	if r.code != exitInterrupted || r.out != "" {
		t.Errorf("exit %d, stdout %q, stderr %q; want %d", r.code, r.out, r.err, exitInterrupted)
	}
	if strings.Count(r.err, "\n") != 1 || !strings.Contains(r.err, "interrupted") {
		t.Errorf("stderr %q; want one line saying interrupted", r.err)
	}
}

// bigStory writes a plain-text story of about size bytes, made of varied
// invented sentences, and returns its path.
func bigStory(t *testing.T, size int) string {
	t.Helper()
	names := []string{"Ana Ferreira", "the Harbour Authority", "Lisbon", "Tomas Varga", "the Ministry of Works", "Porto"}
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, "%s said on day %d that %s would review plan %d with %s. ",
			names[i%len(names)], i, names[(i+1)%len(names)], i*7, names[(i+3)%len(names)])
		if i%5 == 4 {
			b.WriteString("\n\n")
		}
	}
	p := filepath.Join(t.TempDir(), "big.txt")
	if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestInterruptWhileParsing: Ctrl-C during the parse of a big story stops
// the work: no output, status 130.
func TestInterruptWhileParsing(t *testing.T) {
	big := bigStory(t, 4<<20)
	r := runCancelled(t, strings.NewReader(""), 300*time.Millisecond, "summarize", "--max-bytes", "64000000", big)
	if r.code != exitInterrupted || r.out != "" {
		t.Errorf("exit %d, stdout %d bytes, stderr %q; want %d and no output", r.code, len(r.out), r.err, exitInterrupted)
	}
}

// TestSIGINT sends a real SIGINT to newsnlp (this test binary, run as the
// command) while it waits on stdin and while it parses a big story: each
// exits 130 within 3 s of the signal.
func TestSIGINT(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	big := bigStory(t, 15<<20)
	cases := []struct {
		name string
		args []string
		wait time.Duration // before the signal
	}{
		{"stdin", []string{"summarize"}, 300 * time.Millisecond},
		{"parse", []string{"summarize", big}, 1500 * time.Millisecond},
		{"batch", []string{"batch", "--jsonl", "-"}, 300 * time.Millisecond},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cmd := exec.Command(os.Args[0], append([]string{"-test.run=^$", "--"}, c.args...)...)
			cmd.Env = append(os.Environ(), "NEWSNLP_TEST_MAIN=1")
			stdin, err := cmd.StdinPipe() // held open: a wait on stdin
			if err != nil {
				t.Fatal(err)
			}
			defer stdin.Close()
			var stdout, stderr strings.Builder
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			time.Sleep(c.wait)
			sent := time.Now()
			if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
				t.Fatal(err)
			}
			exited := make(chan error, 1)
			go func() { exited <- cmd.Wait() }()
			select {
			case err = <-exited:
			case <-time.After(3 * time.Second):
				cmd.Process.Kill()
				<-exited
				t.Fatalf("still running 3 s after SIGINT; stderr %q", stderr.String())
			}
			var ee *exec.ExitError
			code := 0
			if errors.As(err, &ee) {
				code = ee.ExitCode()
			}
			t.Logf("exited %d, %v after SIGINT", code, time.Since(sent).Round(time.Millisecond))
			if code != exitInterrupted || stdout.Len() != 0 {
				t.Errorf("exit %d, stdout %d bytes, stderr %q; want %d, nothing on stdout", code, stdout.Len(), stderr.String(), exitInterrupted)
			}
		})
	}
}

// TestBatchInterruptStuckStory: Ctrl-C ends a batch run at once even while
// a worker is stuck in a story that does not watch the context, and the
// progress bar is cleared, with the closing line after it.
func TestBatchInterruptStuckStory(t *testing.T) {
	root := t.TempDir()
	for i := range 20 {
		os.WriteFile(filepath.Join(root, fmt.Sprintf("%02d.txt", i)), []byte(fmt.Sprint(i)), 0o644)
	}
	release := make(chan struct{})
	defer close(release)
	ios, _, _, errOut := iostreams.Test()
	ios.SetTTY(false, false, true)
	opts := testBatchOptions(newFactory(ios), root, 2, func(ctx context.Context, in batch.Input) (*batch.Story, error) {
		if string(in.Data) == "5" {
			<-release // stuck, deaf to ctx
		}
		return &batch.Story{Title: string(in.Data)}, nil
	})
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(300*time.Millisecond, cancel)
	done := make(chan error, 1)
	go func() { done <- batchRun(ctx, opts) }()
	var err error
	select {
	case err = <-done:
	case <-time.After(3 * time.Second):
		t.Fatal("batch still running 3 s after the interrupt")
	}
	var ee *exitError
	if !errors.As(err, &ee) || ee.code != exitInterrupted {
		t.Errorf("error %v, want exit %d", err, exitInterrupted)
	}
	stderr := errOut.String()
	lastBar := strings.LastIndex(stderr, "stories/s)")
	cleared := strings.LastIndex(stderr, "\r"+strings.Repeat(" ", 20))
	if lastBar < 0 || cleared < lastBar || !strings.HasSuffix(stderr, "; interrupted\n") {
		t.Errorf("the bar is not cleared before the closing line:\n%q", stderr)
	}
}

package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/newsnlp/newsnlp"

	"github.com/spf13/cobra"

	"github.com/newsnlp/newsnlp/internal/iostreams"
	"github.com/newsnlp/newsnlp/internal/render"
	"github.com/newsnlp/newsnlp/summarize"
)

// Exit codes. README.md documents them; keep the two in step.
const (
	exitOK          = 0   // everything worked
	exitFailure     = 1   // the request failed: no input could be processed, or a fatal error
	exitUsage       = 2   // bad flags or arguments
	exitPartial     = 3   // some inputs failed; results for the others were printed
	exitFallback    = 4   // output printed, but the LLM headline fell back to an offline one
	exitInterrupted = 130 // interrupted (Ctrl-C); output written so far is valid
)

// exitError carries an exit code. Its message, if any, has not been printed.
type exitError struct {
	code int
	err  error // nil when the problem was already reported on stderr
}

func (e *exitError) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit status %d", e.code)
	}
	return e.err.Error()
}

func (e *exitError) Unwrap() error { return e.err }

// usageError marks an error in flags or arguments.
func usageError(format string, args ...any) error {
	return &exitError{code: exitUsage, err: fmt.Errorf(format, args...)}
}

// Factory holds what commands share: streams and lazily loaded models.
type Factory struct {
	IO     *iostreams.IOStreams
	Parser func() (*newsnlp.Parser, error)
	Getenv func(string) string
	// Headliner connects to the LLM that writes headlines (--headline).
	Headliner func(summarize.LLMConfig) summarize.Headliner

	mu       sync.Mutex
	onStop   []func()     // see atForcedStop
	errMu    sync.Mutex   // serializes message lines on stderr
	errLines func(string) // prints a message line while a progress bar is drawn; nil otherwise
}

// message prints one line on stderr, "newsnlp: " and the message. It is
// safe for concurrent use (batch workers warn while the writer reports
// failed stories) and goes through the progress bar while one is drawn, so
// that the two do not garble each other.
func (f *Factory) message(format string, args ...any) {
	line := "newsnlp: " + fmt.Sprintf(format, args...)
	f.errMu.Lock()
	defer f.errMu.Unlock()
	if f.errLines != nil {
		f.errLines(line)
		return
	}
	fmt.Fprintln(f.IO.ErrOut, line)
}

// setMessageLines routes message lines through print (a progress bar's),
// or back to stderr itself for nil.
func (f *Factory) setMessageLines(print func(string)) {
	f.errMu.Lock()
	defer f.errMu.Unlock()
	f.errLines = print
}

// atForcedStop registers fn to run if an interrupt ends the process before
// the command has stopped (see Main), to leave the terminal clean: a
// progress bar cleared.
func (f *Factory) atForcedStop(fn func()) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.onStop = append(f.onStop, fn)
}

func (f *Factory) forcedStop() {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, fn := range f.onStop {
		fn()
	}
}

func newFactory(io *iostreams.IOStreams) *Factory {
	return &Factory{IO: io, Parser: newsnlp.DefaultParser, Getenv: os.Getenv, Headliner: newOpenAIHeadliner}
}

func newOpenAIHeadliner(cfg summarize.LLMConfig) summarize.Headliner {
	return summarize.NewOpenAIHeadliner(cfg)
}

// interruptGrace is how long a run may take to stop cleanly after Ctrl-C
// (close its output, commit a transaction, clear the progress bar) before
// the process ends without it.
const interruptGrace = 2 * time.Second

// Main runs newsnlp with args and returns the exit code.
func Main(args []string, io *iostreams.IOStreams) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	f := newFactory(io)
	done := make(chan int, 1)
	go func() { done <- run(ctx, f, args) }()
	select {
	case code := <-done:
		return code
	case <-ctx.Done():
	}
	// The first Ctrl-C cancels the context, which every stage watches:
	// reading, fetching, parsing, batch workers. Restoring the default
	// handling lets a second one end the process at once; a stage that
	// does not stop in time is left behind.
	stop()
	select {
	case code := <-done:
		return code
	case <-time.After(interruptGrace):
		f.forcedStop()
		fmt.Fprintln(io.ErrOut, "newsnlp: interrupted")
		return exitInterrupted
	}
}

func run(ctx context.Context, f *Factory, args []string) int {
	root := newRootCmd(f)
	root.SetArgs(args)
	root.SetIn(f.IO.In)
	root.SetOut(f.IO.Out)
	root.SetErr(f.IO.ErrOut)
	err := checkCommand(root, args)
	if err == nil {
		err = root.ExecuteContext(ctx)
	}
	if err == nil {
		return exitOK
	}
	if ctx.Err() != nil {
		// Whatever failed, it failed because the run was cut short.
		fmt.Fprintln(f.IO.ErrOut, "newsnlp: interrupted")
		return exitInterrupted
	}
	var ee *exitError
	if !errors.As(err, &ee) {
		ee = &exitError{code: exitFailure, err: err}
	}
	if ee.err != nil {
		fmt.Fprintf(f.IO.ErrOut, "newsnlp: %s\n", oneLine(ee.err.Error()))
		if ee.code == exitUsage {
			fmt.Fprintln(f.IO.ErrOut, "Run 'newsnlp --help' for usage.")
		}
	}
	return ee.code
}

// usageArgs makes a cobra argument check's failure a usage error.
func usageArgs(check cobra.PositionalArgs) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if err := check(cmd, args); err != nil {
			return &exitError{code: exitUsage, err: fmt.Errorf("%s: %w", cmd.CommandPath(), err)}
		}
		return nil
	}
}

// checkCommand finds the command that args name and fails with a usage
// error when there is none: an unknown command, or an unknown subcommand of
// a command that only groups others (eval, train), which cobra would
// answer with help and status 0.
func checkCommand(root *cobra.Command, args []string) error {
	cmd, rest, err := root.Find(args)
	if err != nil {
		return &exitError{code: exitUsage, err: err}
	}
	if cmd.Runnable() || !cmd.HasAvailableSubCommands() {
		return nil
	}
	for _, a := range rest {
		if !strings.HasPrefix(a, "-") {
			return usageError("unknown command %q for %q", a, cmd.CommandPath())
		}
	}
	return nil
}

// oneLine keeps the first line of a message, so errors stay one line, and
// drops control characters, so that a file name or a server's message
// cannot drive the terminal.
func oneLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return render.StripControls(s)
}

func newRootCmd(f *Factory) *cobra.Command {
	root := &cobra.Command{
		Use:   "newsnlp <command> [flags] [FILE|URL|-]...",
		Short: "Summaries and entity tables from news articles",
		Long: `newsnlp turns news articles into structured facts: an extractive summary,
the people, places and organisations in the story, who said what, its
sentences and tokens.

Commands read the files or URLs given as arguments, or standard input when
there are none or the argument is "-". Plain text and HTML are both accepted.
Results go to standard output; warnings and errors go to standard error.`,
		Example: `  curl -s https://example.com/story | newsnlp summarize
  newsnlp entities story.txt
  newsnlp entities --format json story.html > entities.json
  newsnlp batch archive/ --out results.jsonl`,
		Version:       buildVersion(),
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetVersionTemplate(versionLine() + "\n")

	root.CompletionOptions.HiddenDefaultCmd = true
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return &exitError{code: exitUsage, err: err}
	})
	root.AddCommand(
		newSummarizeCmd(f),
		newEntitiesCmd(f),
		newQuotesCmd(f),
		newSentencesCmd(f),
		newTokensCmd(f),
		newAnalyzeCmd(f),
		newExtractCmd(f),
		newBatchCmd(f),
		newEvalCmd(f),
		newTrainCmd(f),
		newVersionCmd(f),
	)
	return root
}

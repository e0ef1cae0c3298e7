package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/newsnlp/newsnlp"

	"github.com/spf13/cobra"

	"github.com/newsnlp/newsnlp/internal/iostreams"
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
}

func newFactory(io *iostreams.IOStreams) *Factory {
	return &Factory{IO: io, Parser: newsnlp.DefaultParser, Getenv: os.Getenv, Headliner: newOpenAIHeadliner}
}

func newOpenAIHeadliner(cfg summarize.LLMConfig) summarize.Headliner {
	return summarize.NewOpenAIHeadliner(cfg)
}

// Main runs newsnlp with args and returns the exit code.
func Main(args []string, io *iostreams.IOStreams) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	// The first Ctrl-C cancels the work, which then stops cleanly; restoring
	// the default handling lets a second one end the process at once.
	go func() {
		<-ctx.Done()
		stop()
	}()
	return run(ctx, newFactory(io), args)
}

func run(ctx context.Context, f *Factory, args []string) int {
	root := newRootCmd(f)
	root.SetArgs(args)
	root.SetIn(f.IO.In)
	root.SetOut(f.IO.Out)
	root.SetErr(f.IO.ErrOut)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return exitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.err != nil {
			fmt.Fprintf(f.IO.ErrOut, "newsnlp: %s\n", oneLine(ee.err.Error()))
			if ee.code == exitUsage {
				fmt.Fprintln(f.IO.ErrOut, "Run 'newsnlp --help' for usage.")
			}
		}
		return ee.code
	}
	if ctx.Err() != nil {
		fmt.Fprintln(f.IO.ErrOut, "newsnlp: interrupted")
		return exitInterrupted
	}
	fmt.Fprintf(f.IO.ErrOut, "newsnlp: %s\n", oneLine(err.Error()))
	if isCobraUsageError(err) {
		fmt.Fprintln(f.IO.ErrOut, "Run 'newsnlp --help' for usage.")
		return exitUsage
	}
	return exitFailure
}

// isCobraUsageError recognises the errors cobra returns for bad flags,
// arguments and commands.
func isCobraUsageError(err error) bool {
	msg := err.Error()
	for _, p := range []string{"unknown flag", "unknown shorthand flag", "unknown command", "flag needs an argument",
		"invalid argument", "accepts ", "requires at least", "requires at most", "bad flag syntax", "if any flags in the group"} {
		if strings.Contains(msg, p) {
			return true
		}
	}
	return false
}

// oneLine keeps the first line of a message, so errors stay one line.
func oneLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
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
		SilenceUsage:  true,
		SilenceErrors: true,
	}
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

package main

import (
	"context"
	"fmt"
	"os"
	"runtime/debug"
	"strings"
	"sync"

	"github.com/newsnlp/newsnlp"

	"github.com/spf13/pflag"

	"github.com/newsnlp/newsnlp/internal/render"
	"github.com/newsnlp/newsnlp/nlp"
	"github.com/newsnlp/newsnlp/source"
)

// inputFlags are the flags of every command that reads articles.
type inputFlags struct {
	maxBytes int64
}

// maxBytesFlag is --max-bytes's value as the flag parses it.
func (o *inputFlags) maxBytesFlag() *byteSize { return (*byteSize)(&o.maxBytes) }

func (o *inputFlags) register(fs *pflag.FlagSet) {
	o.maxBytes = source.DefaultMaxBytes
	fs.Var(o.maxBytesFlag(), "max-bytes", "largest input to read: bytes, or 512K, 16M, 1G (at most 256M)")
}

// check validates the values given.
func (o inputFlags) check() error {
	if o.maxBytes <= 0 {
		return usageError("--max-bytes must be positive")
	}
	if o.maxBytes > source.MaxInputBytes {
		return usageError("--max-bytes %d: at most 256M (%d bytes): a story is parsed in memory, 15 to 25 times its size; split bigger inputs into stories",
			o.maxBytes, source.MaxInputBytes)
	}
	return nil
}

// parseArticles reads, decodes and parses every input in order. A failed input
// gets one line on stderr that names it and is left out; the others go on.
// It returns the documents parsed and the number of inputs that failed.
func parseArticles(ctx context.Context, f *Factory, inputs []string, in inputFlags, opts newsnlp.Options) ([]*nlp.Document, int, error) {
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}
	parser, err := f.Parser()
	if err != nil {
		return nil, 0, &exitError{code: exitFailure, err: err}
	}
	var docs []*nlp.Document
	failed := 0
	for _, name := range inputs {
		if err := ctx.Err(); err != nil {
			return docs, failed, err
		}
		doc, err := parseOne(ctx, f, parser, name, in, opts)
		if err != nil && ctx.Err() != nil {
			return docs, failed, ctx.Err() // interrupted, not a bad input
		}
		if err != nil {
			failed++
			fmt.Fprintf(f.IO.ErrOut, "newsnlp: %s\n", oneLine(err.Error()))
			continue
		}
		docs = append(docs, doc)
	}
	return docs, failed, nil
}

// articleRun is the common work of the one-article commands: parse every
// input with popts, turn each document into a view, print the views and
// return the exit status for the inputs that failed.
func articleRun(ctx context.Context, f *Factory, inputs []string, in inputFlags, ff formatFlag, popts newsnlp.Options,
	view func(*nlp.Document) render.View) error {
	if err := in.check(); err != nil {
		return err
	}
	format, err := ff.resolve(f)
	if err != nil {
		return err
	}
	docs, failed, err := parseArticles(ctx, f, inputs, in, popts)
	if err != nil {
		return err
	}
	views := make([]render.View, len(docs))
	for i, d := range docs {
		views[i] = view(d)
	}
	if err := writeViews(f, format, views); err != nil {
		return err
	}
	return inputsExit(failed, len(docs)+failed)
}

func parseOne(ctx context.Context, f *Factory, parser *newsnlp.Parser, name string, in inputFlags, opts newsnlp.Options) (*nlp.Document, error) {
	src, warnings, err := readSource(ctx, f, name, in)
	if err != nil {
		return nil, err
	}
	doc, err := parser.Parse(ctx, src, opts)
	if err != nil {
		return nil, err
	}
	doc.Warnings = append(warnings, doc.Warnings...)
	return doc, nil
}

// readSource reads and decodes one input, telling HTML from text, and
// reports decoding warnings on stderr with the input's name.
func readSource(ctx context.Context, f *Factory, name string, in inputFlags) (newsnlp.Source, []string, error) {
	raw, err := source.Read(ctx, name, source.Options{MaxBytes: in.maxBytes, Stdin: f.IO.In})
	if err != nil {
		return newsnlp.Source{}, nil, err
	}
	if len(raw.Data) >= bigInput {
		tightenGC()
	}
	src, warnings, err := newsnlp.SourceFromInput(raw)
	if err != nil {
		return newsnlp.Source{}, nil, err
	}
	for _, w := range warnings {
		fmt.Fprintf(f.IO.ErrOut, "newsnlp: warning: %s: %s\n", name, w)
	}
	return src, warnings, nil
}

// bigInput is the input size from which the garbage collector is asked to
// keep the heap closer to what is live (see tightenGC).
const bigInput = 4 << 20

// tightenGC lowers the collector's target from 100% to 50% growth over the
// live heap, unless GOGC is set: a big story's parse leaves much garbage
// (peak memory of a 16 MiB input 435 -> 336 MB for entities, at the same
// CPU time). It stays lowered for the rest of the run, whose inputs are
// parsed one at a time.
var tightenGC = sync.OnceFunc(func() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(50)
	}
})

// inputsExit turns a count of failed inputs into the command's error.
func inputsExit(failed, total int) error {
	switch {
	case failed == 0:
		return nil
	case failed >= total:
		return &exitError{code: exitFailure}
	default:
		return &exitError{code: exitPartial}
	}
}

// formatFlag is a --format flag with defaults for terminals and pipes.
type formatFlag struct {
	value   string
	allowed []render.Format
	tty     render.Format // default when stdout is a terminal
	pipe    render.Format // default otherwise
}

func (ff *formatFlag) register(fs *pflag.FlagSet) {
	names := make([]string, len(ff.allowed))
	for i, a := range ff.allowed {
		names[i] = string(a)
	}
	help := fmt.Sprintf("output format: %s (default %s on a terminal, %s in a pipe)",
		strings.Join(names, "|"), ff.tty, ff.pipe)
	if ff.tty == ff.pipe {
		help = fmt.Sprintf("output format: %s (default %s)", strings.Join(names, "|"), ff.tty)
	}
	fs.StringVarP(&ff.value, "format", "f", "", help)
}

// resolve returns the chosen format, or the default for where stdout goes.
func (ff *formatFlag) resolve(f *Factory) (render.Format, error) {
	if ff.value == "" {
		if f.IO.IsStdoutTTY() {
			return ff.tty, nil
		}
		return ff.pipe, nil
	}
	format, err := render.ParseFormat(ff.value, ff.allowed)
	if err != nil {
		return "", usageError("--format: %v", err)
	}
	return format, nil
}

// writeViews prints the views and maps a write failure to an exit error.
func writeViews(f *Factory, format render.Format, views []render.View) error {
	if len(views) == 0 {
		return nil
	}
	if err := render.Write(f.IO.Out, format, views, render.Options{Width: f.IO.TerminalWidth()}); err != nil {
		return &exitError{code: exitFailure, err: fmt.Errorf("write output: %w", err)}
	}
	return nil
}

package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/newsnlp/newsnlp/entity"
	"github.com/newsnlp/newsnlp/internal/batch"
	"github.com/newsnlp/newsnlp/internal/render"
	"github.com/newsnlp/newsnlp/source"
	"github.com/newsnlp/newsnlp/story"
	"github.com/newsnlp/newsnlp/summarize"
)

type batchOptions struct {
	*Factory
	paths         []string
	input         inputFlags
	out           string
	format        string
	jobs          int
	include       []string
	exclude       []string
	jsonl         string // stream input: a file or "-"
	resume        bool
	progress      bool
	progressSet   bool // --progress was given, either way
	headline      headlineFlags
	length        lengthFlags
	entitiesTable bool
	tableSources  int
	partialOK     bool

	// Analyze replaces the per-story work, for tests; nil means the pipeline
	// on the Factory's parser.
	Analyze batch.Analyzer
	// Now pins the clock, for tests.
	Now func() time.Time
}

func newBatchCmd(f *Factory) *cobra.Command {
	opts := &batchOptions{Factory: f}
	cmd := &cobra.Command{
		Use:   "batch PATH... | batch --jsonl FILE|-",
		Short: "Process a folder of stories or a JSONL stream",
		Long: `Process many stories with one loaded model and a worker per CPU, and write
one result per story, in input order whatever order the workers finish in.

Folders are walked recursively, each folder's entries sorted by name. Every
file is taken except hidden ones and those whose extension names a format
that is never a story (images, media, archives, fonts, scripts, style
sheets, PDF, office documents, data files). Files without an extension are
taken. Text or HTML is told by content; a file that is neither (empty,
binary) gets an error record. --include replaces that choice with globs;
--exclude leaves files or folders out. A pattern with a slash matches the
path under the folder walked, one without matches the base name.

--jsonl reads a JSON Lines stream instead, {"id","text"} or {"id","html"} a
line, and writes one result line per input line, in order, as soon as it is
ready: a drop-in stage for Hadoop Streaming or Spark's RDD.pipe(). A bad
line gets an error line with its id or line number, and the stream goes on.
A lone PATH ending in .jsonl or .ndjson is read as a stream too.

Output (--out, default standard output):
  jsonl   {"source","title","entities","summary","hash"} a line; a story that
          failed gives {"source","error"}. Entities are as "newsnlp entities
          --format json" prints them. Stream records carry "id" and "line"
          instead of "source".
  csv     a row per story: source, title, entities, summary, headline, error, hash
  sqlite  tables stories, entities, mentions and summaries (needs --out)
  html    a folder (needs --out): a page per story, as "newsnlp analyze
          --format html" prints it, and index.html listing the stories
          with the cross-story entity table
The format defaults from --out's extension (.db/.sqlite: sqlite, .csv: csv,
.jsonl/.ndjson or none: jsonl; a name ending in / or an existing folder:
html); another extension needs --format.

--resume skips the stories the output already holds, by path and content
hash, and appends the rest; a story whose file changed since replaces its
old record. An interrupted run (Ctrl-C) leaves complete
lines, rows and transactions behind.

--entities-table prints, instead of a result per story, one row per entity
across all stories (as "newsnlp entities DIR" does).

A line on stderr ends the run: stories processed and failed, time, stories/s
and MB/s. A progress bar is drawn on stderr when it is a terminal.

Exit status: 0 when every story was processed, 3 when some failed (their
records say why), 4 when an LLM headline fell back to an offline one, 1 when
all failed or the output could not be written, 2 for bad flags, 130 when
interrupted. --partial-ok exits 0 instead of 3 or 4: Hadoop Streaming and
Spark fail a whole task on any other status.

--headline asks the LLM for at most --llm-concurrency headlines at once,
whatever --jobs is. After 3 failed requests in a row it is no longer asked
(one line on stderr says so) until one request, every 30 s, finds it back:
the other stories get offline headlines at once.`,
		Example: `  newsnlp batch archive/ --out results.jsonl
  newsnlp batch archive/ --out results.db --jobs 4
  newsnlp batch archive/ --include '*.html' --exclude drafts --format csv > stories.csv
  newsnlp batch archive/ --out results.jsonl --resume
  newsnlp batch archive/ --out report/
  newsnlp batch archive/ --entities-table --format csv > people.csv
  zcat stories.jsonl.gz | newsnlp batch --jsonl - > results.jsonl
  spark: rdd.pipe("./newsnlp batch --jsonl - --partial-ok")`,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.progressSet = cmd.Flags().Changed("progress")
			opts.paths = args
			return batchRun(cmd.Context(), opts)
		},
	}
	fs := cmd.Flags()
	opts.input.register(fs)
	fs.StringVarP(&opts.out, "out", "o", "", "write results to FILE (default standard output)")
	fs.StringVarP(&opts.format, "format", "f", "", "output format: jsonl|csv|sqlite|html (default from --out's extension or html for a folder, else jsonl); with --entities-table: table|tsv|csv|markdown|json|jsonl")
	fs.IntVarP(&opts.jobs, "jobs", "j", runtime.NumCPU(), "stories processed at once")
	fs.StringSliceVar(&opts.include, "include", nil, "take only files matching these globs (repeatable)")
	fs.StringSliceVar(&opts.exclude, "exclude", nil, "leave out files and folders matching these globs (repeatable)")
	fs.StringVar(&opts.jsonl, "jsonl", "", `read a JSON Lines stream of {"id","text"|"html"} from FILE or - (stdin)`)
	fs.BoolVar(&opts.resume, "resume", false, "skip stories already in --out (same path and content) and append the rest")
	fs.BoolVar(&opts.progress, "progress", false, "show progress on stderr even when it is not a terminal (--progress=false hides it)")
	opts.headline.register(fs, true)
	opts.length.register(fs, "summary length in sentences", false)
	fs.BoolVar(&opts.entitiesTable, "entities-table", false, "print one row per entity across all stories instead of a result per story")
	fs.IntVar(&opts.tableSources, "table-sources", entity.DefaultTableSources, "sources listed per row of --entities-table")
	fs.BoolVar(&opts.partialOK, "partial-ok", false, "exit 0 even when stories failed or an LLM headline fell back, as Hadoop Streaming and Spark need (records still say why)")
	return cmd
}

// batchRun is the batch command's work.
func batchRun(ctx context.Context, opts *batchOptions) error {
	if err := opts.check(); err != nil {
		return err
	}
	filter := batch.Filter{Include: opts.include, Exclude: opts.exclude}
	jobs := batch.NewJobs(batch.JobsOptions{Roots: opts.paths, Stream: opts.jsonl, Stdin: opts.IO.In,
		Filter: filter, MaxBytes: opts.input.maxBytes, Out: opts.out})
	if opts.entitiesTable {
		format, err := tableFormat(opts.Factory, opts.format, opts.out)
		if err != nil {
			return err
		}
		return entityTableRun(ctx, opts.Factory, tableRequest{
			jobs: jobs, workers: opts.jobs, input: opts.input, format: format, out: opts.out,
			sources: opts.tableSources, progress: opts.progress, progressSet: opts.progressSet,
			analyze: opts.Analyze, now: opts.Now,
		})
	}
	output, err := openBatchOutput(opts)
	if err != nil {
		return err
	}
	analyze, hl, err := batchAnalyzer(opts, output.Pages)
	if err != nil {
		output.Sink.Close()
		return err
	}
	r := &batch.Runner{
		Analyze:   analyze,
		Sink:      output.Sink,
		Jobs:      opts.jobs,
		LaterJobs: opts.headline.concurrency,
		MaxBytes:  opts.input.maxBytes,
		Done:      output.Done,
		Now:       opts.Now,
	}
	stats, err := runJobs(ctx, opts.Factory, r, jobs, opts.progress, opts.progressSet)
	if err := batchExit(opts.Factory, stats, err, jobs, opts.partialOK); err != nil || hl == nil || opts.partialOK {
		return err
	}
	return hl.exit() // exitFallback when an LLM headline fell back to an offline one
}

// check validates the flags and arguments, and takes a lone PATH that
// names a JSON Lines stream as --jsonl.
func (opts *batchOptions) check() error {
	if opts.jobs < 1 {
		return usageError("--jobs must be at least 1")
	}
	if err := opts.length.check(); err != nil {
		return err
	}
	if err := opts.input.check(); err != nil {
		return err
	}
	if opts.tableSources < 1 {
		return usageError("--table-sources must be at least 1")
	}
	if err := (batch.Filter{Include: opts.include, Exclude: opts.exclude}).Validate(); err != nil {
		return usageError("%v", err)
	}
	for _, p := range opts.paths {
		if source.IsURL(p) {
			return usageError("%s: batch reads files, folders and JSON Lines streams, not URLs; "+
				"give the URL to summarize, entities or analyze, or fetch the pages first", p)
		}
	}
	if opts.jsonl == "" && len(opts.paths) == 1 && batch.IsStreamName(opts.paths[0]) {
		opts.jsonl, opts.paths = opts.paths[0], nil
	}
	switch {
	case opts.jsonl != "" && len(opts.paths) > 0:
		return usageError("give either PATHs or --jsonl, not both")
	case opts.jsonl == "" && len(opts.paths) == 0:
		return usageError("batch needs a PATH to a folder or files, or --jsonl FILE|-")
	case opts.jsonl != "" && opts.resume:
		return usageError("--resume works on folders and files, not on --jsonl streams")
	case opts.entitiesTable && opts.resume:
		return usageError("--resume does not apply to --entities-table")
	}
	return opts.headline.check()
}

// openBatchOutput opens --out (or stdout) in the format asked for or
// implied by its extension.
func openBatchOutput(opts *batchOptions) (*batch.Output, error) {
	format := opts.format
	var err error
	if format == "" {
		format, err = batch.FormatFor(opts.out)
	}
	var output *batch.Output
	if err == nil {
		output, err = batch.Open(batch.OutputOptions{Path: opts.out, Format: strings.ToLower(format), Resume: opts.resume, Stdout: opts.IO.Out})
	}
	var optErr *batch.OptionError
	switch {
	case errors.As(err, &optErr):
		return nil, usageError("%v", err)
	case err != nil:
		return nil, &exitError{code: exitFailure, err: err}
	}
	return output, nil
}

// batchAnalyzer returns the per-story work: the injected one, or the
// pipeline on the shared parser, with a headliner when --headline is on.
// With pages set, each story keeps its whole analysis for a page of its own.
func batchAnalyzer(opts *batchOptions, pages bool) (batch.Analyzer, *headliner, error) {
	if opts.Analyze != nil {
		return opts.Analyze, nil, nil
	}
	parser, err := opts.Parser()
	if err != nil {
		return nil, nil, &exitError{code: exitFailure, err: err}
	}
	var hl *headliner
	var headline batch.HeadlineFunc
	if opts.headline.enabled {
		hl = newHeadliner(opts.Factory, opts.headline)
		headline = hl.ask
	}
	pipeline := story.NewPipeline(parser, opts.length.Options, headline)
	pipeline.Pages = pages
	return pipeline.Analyze, hl, nil
}

// batchExit reports the end of a run on stderr and picks the exit status.
func batchExit(f *Factory, stats batch.Stats, runErr error, jobs *batch.Jobs, partialOK bool) error {
	if note := jobs.LeftOut(); note != "" {
		fmt.Fprintf(f.IO.ErrOut, "newsnlp: %s\n", note)
	}
	readErr := jobs.Err()
	if readErr != nil {
		fmt.Fprintf(f.IO.ErrOut, "newsnlp: read stream: %s\n", oneLine(readErr.Error()))
	}
	fmt.Fprintf(f.IO.ErrOut, "newsnlp: %s\n", stats.Summary())
	switch {
	case stats.Interrupted:
		return &exitError{code: exitInterrupted}
	case runErr != nil:
		return &exitError{code: exitFailure, err: runErr}
	case readErr != nil:
		return &exitError{code: exitFailure}
	case stats.Stories == 0 && stats.Skipped == 0 && !jobs.IsStream():
		return &exitError{code: exitFailure, err: errors.New("no stories found")}
	case partialOK:
		return nil
	}
	return inputsExit(stats.Failed, stats.Stories)
}

// runJobs runs jobs on r, with progress and failed stories on stderr.
func runJobs(ctx context.Context, f *Factory, r *batch.Runner, jobs *batch.Jobs, progress, progressSet bool) (batch.Stats, error) {
	prog := batchProgress(f, progress, progressSet)
	defer f.setMessageLines(nil)
	if prog != nil && !jobs.IsStream() {
		go prog.SetTotal(jobs.Total())
	}
	r.Progress = prog
	r.Failed = func(s *batch.Story) { f.message("%s", oneLine(batch.ErrorMessage(s))) }
	return r.Run(ctx, jobs.All())
}

// batchProgress picks the progress display: a bar when stderr is a
// terminal, lines when --progress asks for it elsewhere, else none.
// Messages go through it while the run lasts.
func batchProgress(f *Factory, force, set bool) batch.Progress {
	on := f.IO.IsStderrTTY()
	if set {
		on = force
	}
	switch {
	case !on:
		return nil
	case f.IO.IsStderrTTY():
		bar := batch.NewBar(f.IO.ErrOut, -1)
		f.atForcedStop(bar.Finish)
		f.setMessageLines(bar.Println)
		return bar
	default:
		l := batch.NewLines(f.IO.ErrOut, 0)
		f.setMessageLines(l.Println)
		return l
	}
}

// tableFormat resolves --format for the cross-story table.
func tableFormat(f *Factory, value, out string) (render.Format, error) {
	if value == "" {
		format, err := batch.TableFormatFor(out)
		if err != nil {
			return "", usageError("%v", err)
		}
		if format != "" {
			return format, nil
		}
		if f.IO.IsStdoutTTY() {
			return render.Table, nil
		}
		return render.TSV, nil
	}
	format, err := render.ParseFormat(value, batch.TableFormats)
	if err != nil {
		return "", usageError("--format: %v", err)
	}
	return format, nil
}

// tableRequest is a cross-story entity table to build.
type tableRequest struct {
	jobs        *batch.Jobs
	workers     int
	input       inputFlags
	format      render.Format
	out         string
	sources     int
	progress    bool
	progressSet bool
	analyze     batch.Analyzer
	now         func() time.Time
}

// entityTableRun processes every story and prints one row per entity across
// them all.
func entityTableRun(ctx context.Context, f *Factory, req tableRequest) error {
	analyze := req.analyze
	if analyze == nil {
		parser, err := f.Parser()
		if err != nil {
			return &exitError{code: exitFailure, err: err}
		}
		analyze = story.NewPipeline(parser, summarize.Options{}, nil).Analyze
	}
	var w io.Writer = f.IO.Out
	var file *os.File
	if req.out != "" && req.out != "-" {
		var err error
		if file, err = os.Create(req.out); err != nil {
			return &exitError{code: exitFailure, err: err}
		}
		defer file.Close()
		w = file
	}
	table := entity.NewTable(req.sources)
	r := &batch.Runner{
		Analyze:  analyze,
		Sink:     batch.Discard{},
		Jobs:     req.workers,
		MaxBytes: req.input.maxBytes,
		Table:    table,
		Now:      req.now,
	}
	stats, runErr := runJobs(ctx, f, r, req.jobs, req.progress, req.progressSet)
	if !stats.Interrupted && runErr == nil && stats.Stories > stats.Failed {
		if err := batch.WriteTable(w, req.format, table.Rows(), render.Options{Width: f.IO.TerminalWidth()}); err != nil {
			return &exitError{code: exitFailure, err: fmt.Errorf("write output: %w", err)}
		}
		if file != nil {
			if err := file.Close(); err != nil {
				return &exitError{code: exitFailure, err: fmt.Errorf("write output: %w", err)}
			}
		}
	}
	return batchExit(f, stats, runErr, req.jobs, false)
}

// dirArgs reports whether any argument is a folder.
func dirArgs(args []string) bool {
	for _, a := range args {
		if a == "-" || source.IsURL(a) {
			continue
		}
		if st, err := os.Stat(a); err == nil && st.IsDir() {
			return true
		}
	}
	return false
}

package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/newsnlp/newsnlp/entity"
	"github.com/newsnlp/newsnlp/internal/batch"
	"github.com/newsnlp/newsnlp/internal/render"
	"github.com/newsnlp/newsnlp/source"
	"github.com/newsnlp/newsnlp/summarize"
)

type batchOptions struct {
	input          inputFlags
	out            string
	format         string
	jobs           int
	include        []string
	exclude        []string
	jsonl          string // stream input: a file or "-"
	resume         bool
	progress       bool
	progressSet    bool // --progress was given, either way
	headline       bool
	model          string
	timeout        time.Duration
	llmConcurrency int
	length         summarize.Options
	entitiesTable  bool
	tableSources   int
	partialOK      bool

	// Analyze replaces the per-story work, for tests; nil means the pipeline
	// on the Factory's parser.
	Analyze batch.Analyzer
	// Now pins the clock, for tests.
	Now func() time.Time
}

func newBatchCmd(f *Factory) *cobra.Command {
	opts := &batchOptions{}
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
a name ending in / or an existing folder: html).

--resume skips the stories the output already holds, by path and content
hash, and appends the rest. An interrupted run (Ctrl-C) leaves complete
lines, rows and transactions behind.

--entities-table prints, instead of a result per story, one row per entity
across all stories (as "newsnlp entities DIR" does).

A line on stderr ends the run: stories processed and failed, time, stories/s
and MB/s. A progress bar is drawn on stderr when it is a terminal.

Exit status: 0 when every story was processed, 3 when some failed (their
records say why), 1 when all failed or the output could not be written, 2 for
bad flags, 130 when interrupted. --partial-ok exits 0 when stories failed:
Hadoop Streaming and Spark fail a whole task on any other status.`,
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
			return batchRun(cmd.Context(), f, opts, args)
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
	fs.BoolVar(&opts.headline, "headline", false, "add a headline to every story")
	fs.IntVar(&opts.llmConcurrency, "llm-concurrency", 4, "headline requests sent at once")
	fs.StringVar(&opts.model, "model", "", "LLM model for --headline (default $NEWSNLP_MODEL or "+summarize.DefaultLLMModel+")")
	fs.DurationVar(&opts.timeout, "timeout", 30*time.Second, "time allowed for each --headline request, retries included")
	fs.IntVarP(&opts.length.Sentences, "sentences", "n", summarize.DefaultSentences, "summary length in sentences")
	fs.BoolVar(&opts.entitiesTable, "entities-table", false, "print one row per entity across all stories instead of a result per story")
	fs.IntVar(&opts.tableSources, "table-sources", entity.DefaultTableSources, "sources listed per row of --entities-table")
	fs.BoolVar(&opts.partialOK, "partial-ok", false, "exit 0 even when stories failed, as Hadoop Streaming and Spark need (error records still say why)")
	return cmd
}

// batchRun is the batch command's work.
func batchRun(ctx context.Context, f *Factory, opts *batchOptions, args []string) error {
	if opts.jobs < 1 {
		return usageError("--jobs must be at least 1")
	}
	if opts.llmConcurrency < 1 {
		return usageError("--llm-concurrency must be at least 1")
	}
	if err := checkLength(opts.length); err != nil {
		return err
	}
	filter := batch.Filter{Include: opts.include, Exclude: opts.exclude}
	if err := filter.Validate(); err != nil {
		return usageError("%v", err)
	}
	streamIn := opts.jsonl
	if streamIn == "" && len(args) == 1 && isStreamName(args[0]) {
		streamIn, args = args[0], nil
	}
	switch {
	case streamIn != "" && len(args) > 0:
		return usageError("give either PATHs or --jsonl, not both")
	case streamIn == "" && len(args) == 0:
		return usageError("batch needs a PATH to a folder or files, or --jsonl FILE|-")
	case streamIn != "" && opts.resume:
		return usageError("--resume works on folders and files, not on --jsonl streams")
	}
	if opts.entitiesTable {
		if opts.resume {
			return usageError("--resume does not apply to --entities-table")
		}
		format, err := tableFormat(f, opts.format, opts.out)
		if err != nil {
			return err
		}
		return entityTableRun(ctx, f, tableRequest{
			roots: args, stream: streamIn, filter: filter, jobs: opts.jobs, input: opts.input,
			format: format, out: opts.out, sources: opts.tableSources,
			progress: opts.progress, progressSet: opts.progressSet, analyze: opts.Analyze, now: opts.Now,
		})
	}

	format := opts.format
	if format == "" {
		format = batch.FormatFor(opts.out)
	}
	format = strings.ToLower(format)
	output, err := batch.Open(batch.OutputOptions{Path: opts.out, Format: format, Resume: opts.resume, Stdout: f.IO.Out})
	if err != nil {
		if strings.Contains(err.Error(), "unknown output format") || strings.Contains(err.Error(), "needs") {
			return usageError("%v", err)
		}
		return &exitError{code: exitFailure, err: err}
	}
	analyze := opts.Analyze
	var hl *headliner
	if analyze == nil {
		parser, err := f.Parser()
		if err != nil {
			output.Sink.Close()
			return &exitError{code: exitFailure, err: err}
		}
		var headline batch.HeadlineFunc
		if opts.headline {
			if opts.timeout <= 0 {
				output.Sink.Close()
				return usageError("--timeout must be positive")
			}
			hl = newHeadliner(f, headlineFlags{enabled: true, model: opts.model, timeout: opts.timeout})
			headline = hl.batchHeadline
		}
		pipeline := batch.NewPipeline(parser, opts.length, headline, opts.llmConcurrency)
		pipeline.Pages = output.Pages
		analyze = pipeline.Analyze
	}

	jobs, notStory, readErr := batchJobs(f, args, streamIn, filter, opts.input.maxBytes, opts.out)
	prog, println := batchProgress(f, opts.progress, opts.progressSet)
	if prog != nil && streamIn == "" {
		go prog.SetTotal(batch.Count(args, filter))
	}
	r := &batch.Runner{
		Analyze:  analyze,
		Sink:     output.Sink,
		Jobs:     opts.jobs,
		MaxBytes: opts.input.maxBytes,
		Done:     output.Done,
		Progress: prog,
		Failed:   func(s *batch.Story) { println("newsnlp: " + batch.ErrorMessage(s)) },
		Now:      opts.Now,
	}
	stats, err := r.Run(ctx, jobs)
	if err := batchExit(f, stats, err, notStory, *readErr, streamIn != "", opts.partialOK); err != nil || hl == nil {
		return err
	}
	return hl.exit() // exitFallback when an LLM headline fell back to an offline one

}

// batchExit reports the end of a run on stderr and picks the exit status.
func batchExit(f *Factory, stats batch.Stats, runErr error, notStory *notStories, readErr error, stream, partialOK bool) error {
	notStory.report(f.IO.ErrOut)
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
	case stats.Stories == 0 && stats.Skipped == 0 && !stream:
		return &exitError{code: exitFailure, err: errors.New("no stories found")}
	case partialOK:
		return nil
	}
	return inputsExit(stats.Failed, stats.Stories)
}

// isStreamName reports whether a PATH names a JSON Lines stream.
func isStreamName(name string) bool {
	if name == "-" {
		return true
	}
	ext := strings.ToLower(filepath.Ext(name))
	if ext != ".jsonl" && ext != ".ndjson" {
		return false
	}
	st, err := os.Stat(name)
	return err == nil && !st.IsDir()
}

// notStories counts the files a walk left out for their extension.
type notStories struct {
	n     int
	first []string
}

func (n *notStories) add(path string) {
	n.n++
	if len(n.first) < 3 {
		n.first = append(n.first, path)
	}
}

func (n *notStories) report(w io.Writer) {
	if n == nil || n.n == 0 {
		return
	}
	more := ""
	if n.n > len(n.first) {
		more = ", ..."
	}
	files := "files"
	if n.n == 1 {
		files = "file"
	}
	fmt.Fprintf(w, "newsnlp: left out %d %s that are not stories by their extension (%s%s); --include takes them\n",
		n.n, files, strings.Join(n.first, ", "), more)
}

// batchJobs returns the jobs of a run: a walk of the PATHs or a stream.
// The output file itself is never taken as a story.
func batchJobs(f *Factory, roots []string, stream string, filter batch.Filter, maxBytes int64, out string) (iter.Seq[batch.Job], *notStories, *error) {
	var readErr error
	notStory := &notStories{}
	if stream != "" {
		var r io.Reader = f.IO.In
		var closer io.Closer
		if stream != "-" {
			file, err := os.Open(stream)
			if err != nil {
				readErr = fmt.Errorf("%s: %w", stream, err)
				return func(func(batch.Job) bool) {}, notStory, &readErr
			}
			r, closer = file, file
		}
		seq := batch.Stream(r, maxBytes, &readErr)
		return func(yield func(batch.Job) bool) {
			if closer != nil {
				defer closer.Close()
			}
			seq(yield)
		}, notStory, &readErr
	}
	walk := batch.Walk(roots, filter, notStory.add)
	outInfo, _ := os.Stat(out)
	if out == "" || out == "-" || outInfo == nil {
		return walk, notStory, &readErr
	}
	return func(yield func(batch.Job) bool) {
		for j := range walk {
			if j.Err == nil {
				if st, err := os.Stat(j.Path); err == nil && os.SameFile(st, outInfo) {
					continue
				}
			}
			if !yield(j) {
				return
			}
		}
	}, notStory, &readErr
}

// batchProgress picks the progress display: a bar when stderr is a
// terminal, lines when --progress asks for it elsewhere, else none. The
// function returned prints a message on stderr without garbling the bar.
func batchProgress(f *Factory, force, set bool) (batch.Progress, func(string)) {
	plain := func(msg string) { fmt.Fprintln(f.IO.ErrOut, msg) }
	on := f.IO.IsStderrTTY()
	if set {
		on = force
	}
	switch {
	case !on:
		return nil, plain
	case f.IO.IsStderrTTY():
		bar := batch.NewBar(f.IO.ErrOut, -1)
		return bar, bar.Println
	default:
		l := batch.NewLines(f.IO.ErrOut, 0)
		return l, l.Println
	}
}

// tableFormat resolves --format for the cross-story table.
func tableFormat(f *Factory, value, out string) (render.Format, error) {
	if value == "" {
		switch {
		case out != "" && out != "-":
			switch strings.ToLower(filepath.Ext(out)) {
			case ".csv":
				return render.CSV, nil
			case ".json":
				return render.JSON, nil
			case ".jsonl", ".ndjson":
				return render.JSONL, nil
			case ".md":
				return render.Markdown, nil
			}
			return render.TSV, nil
		case f.IO.IsStdoutTTY():
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
	roots       []string
	stream      string
	filter      batch.Filter
	jobs        int
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
		analyze = batch.NewPipeline(parser, summarize.Options{}, nil, 1).Analyze
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
	jobs, notStory, readErr := batchJobs(f, req.roots, req.stream, req.filter, req.input.maxBytes, req.out)
	prog, println := batchProgress(f, req.progress, req.progressSet)
	if prog != nil && req.stream == "" {
		go prog.SetTotal(batch.Count(req.roots, req.filter))
	}
	r := &batch.Runner{
		Analyze:  analyze,
		Sink:     batch.Discard{},
		Jobs:     req.jobs,
		MaxBytes: req.input.maxBytes,
		Table:    table,
		Progress: prog,
		Failed:   func(s *batch.Story) { println("newsnlp: " + batch.ErrorMessage(s)) },
		Now:      req.now,
	}
	stats, runErr := r.Run(ctx, jobs)
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
	return batchExit(f, stats, runErr, notStory, *readErr, req.stream != "", false)
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

package batch

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsnlp/newsnlp/internal/render"
)

// Output formats of a batch run.
const (
	FormatJSONL  = "jsonl"
	FormatCSV    = "csv"
	FormatSQLite = "sqlite"
)

// Formats lists the output formats, for help texts.
var Formats = []string{FormatJSONL, FormatCSV, FormatSQLite, FormatHTML}

// FormatFor infers the output format from a file name: a folder (a name
// ending in a slash, or an existing directory) is HTML, .db, .sqlite and
// .sqlite3 are SQLite, .csv is CSV, .jsonl and .ndjson, no extension and
// standard output ("" or "-") JSON Lines. Any other extension is an
// *OptionError: a name like results.parquet must not get JSON Lines
// silently.
func FormatFor(name string) (string, error) {
	if name == "" || name == "-" {
		return FormatJSONL, nil
	}
	if isFolderName(name) {
		return FormatHTML, nil
	}
	switch ext := strings.ToLower(filepath.Ext(name)); ext {
	case ".db", ".sqlite", ".sqlite3":
		return FormatSQLite, nil
	case ".csv":
		return FormatCSV, nil
	case ".jsonl", ".ndjson", "":
		return FormatJSONL, nil
	default:
		return "", optionErrorf("%s: no output format is written as %s; name the file .jsonl, .csv or .db, a folder (ending in /) for html, or give --format %s",
			name, ext, strings.Join(Formats, "|"))
	}
}

// TableFormatFor infers the cross-story table's format from an output file
// name: .csv, .json, .jsonl or .ndjson, .md, and .tsv, .txt or no extension
// for TSV; any other extension is an *OptionError. It returns "" for
// standard output ("" or "-"), where the caller decides.
func TableFormatFor(name string) (render.Format, error) {
	if name == "" || name == "-" {
		return "", nil
	}
	switch ext := strings.ToLower(filepath.Ext(name)); ext {
	case ".csv":
		return render.CSV, nil
	case ".json":
		return render.JSON, nil
	case ".jsonl", ".ndjson":
		return render.JSONL, nil
	case ".md":
		return render.Markdown, nil
	case ".tsv", ".txt", "":
		return render.TSV, nil
	default:
		return "", optionErrorf("%s: the table is not written as %s; name the file .csv, .tsv, .md, .json or .jsonl, or give --format", name, ext)
	}
}

// OptionError is an error in the options of a run (a format that does not
// exist, an output that needs a file): the caller's usage error, not a
// failure of the run.
type OptionError struct{ Msg string }

func (e *OptionError) Error() string { return e.Msg }

func optionErrorf(format string, args ...any) error {
	return &OptionError{Msg: fmt.Sprintf(format, args...)}
}

// OutputOptions say where a run's results go.
type OutputOptions struct {
	Path   string    // file to write; "" or "-" means Stdout
	Format string    // FormatJSONL, FormatCSV or FormatSQLite
	Resume bool      // keep what Path holds and skip the stories it has
	Stdout io.Writer // used when Path is "" or "-"
}

// Output is an opened output: the sink, and for resume the stories the
// output already holds.
type Output struct {
	Sink Sink
	// Pages is set when the sink writes a page per story: the Analyzer
	// must then fill Story.View.
	Pages bool
	// Done reports whether the output already holds a story with this source
	// and content hash. It is nil unless resuming.
	Done func(source, hash string) bool
	// Existing is the number of stories the output held when opened.
	Existing int
}

// Open opens a run's output. Without Resume, a JSONL or CSV file is
// replaced; an SQLite database is kept, and each story replaces the rows of
// an earlier story from the same source. With Resume, an incomplete last
// line of a JSONL or CSV file (from a run that was killed) is cut off and
// new stories are appended; a story whose content changed gets a new record,
// and its old one is dropped when the sink is closed.
func Open(o OutputOptions) (*Output, error) {
	toStdout := o.Path == "" || o.Path == "-"
	if toStdout && o.Resume {
		return nil, optionErrorf("--resume needs --out FILE")
	}
	if toStdout && o.Format == FormatSQLite {
		return nil, optionErrorf("sqlite output needs --out FILE")
	}
	switch o.Format {
	case FormatJSONL, FormatCSV:
	case FormatSQLite:
		return openSQLite(o.Path, o.Resume)
	case FormatHTML:
		return openHTML(o.Path, o.Resume)
	default:
		return nil, optionErrorf("unknown output format %q: choose one of %s", o.Format, strings.Join(Formats, ", "))
	}
	var (
		w      io.Writer
		closer io.Closer
		res    *resumed
	)
	if toStdout {
		w = o.Stdout
	} else {
		var f *os.File
		var err error
		if o.Resume {
			f, res, err = openForResume(o.Path, o.Format)
		} else {
			f, err = os.Create(o.Path)
		}
		if err != nil {
			return nil, err
		}
		w, closer = f, f
	}
	out := &Output{}
	lw := &lineWriter{w: w, closer: closer}
	if o.Format == FormatCSV {
		out.Sink = newCSVSink(lw, res == nil || res.end == 0)
	} else {
		out.Sink = &jsonlSink{out: lw}
	}
	if res != nil {
		out.Done, out.Existing = res.done.has, len(res.done)
		out.Sink = &resumeSink{Sink: out.Sink, res: res}
	}
	return out, nil
}

// resumeSink is a JSONL or CSV sink appending to an output: it notes the
// stories written again, and on Close drops their stale records.
type resumeSink struct {
	Sink
	res *resumed
}

// Write implements Sink.
func (r *resumeSink) Write(s *Story) error {
	if err := r.Sink.Write(s); err != nil {
		return err
	}
	r.res.wrote(s.Source)
	return nil
}

// Close implements Sink: the file is closed, then rewritten without stale
// records if there are any.
func (r *resumeSink) Close() error {
	if err := r.Sink.Close(); err != nil {
		return err
	}
	return r.res.compact()
}

// lineWriter buffers whole records and writes only at record boundaries, so
// that whatever stops the run, the output holds complete records.
type lineWriter struct {
	w      io.Writer
	closer io.Closer // nil for stdout
	buf    []byte
}

const flushSize = 64 << 10

func (l *lineWriter) add(rec []byte) error {
	l.buf = append(l.buf, rec...)
	if len(l.buf) >= flushSize {
		return l.flush()
	}
	return nil
}

func (l *lineWriter) flush() error {
	if len(l.buf) == 0 {
		return nil
	}
	_, err := l.w.Write(l.buf)
	l.buf = l.buf[:0]
	return err
}

func (l *lineWriter) close() error {
	err := l.flush()
	if l.closer != nil {
		if cerr := l.closer.Close(); err == nil {
			err = cerr
		}
	}
	return err
}

// doneSet holds the stories an output already has, by source and hash.
type doneSet map[string]struct{}

func (d doneSet) add(source, hash string) { d[source+"\x00"+hash] = struct{}{} }

func (d doneSet) has(source, hash string) bool {
	_, ok := d[source+"\x00"+hash]
	return ok
}

// Discard is a Sink that keeps nothing, for runs that only fill an
// entity.Table.
type Discard struct{}

// Prepare implements Sink.
func (Discard) Prepare(*Story) error { return nil }

// Write implements Sink.
func (Discard) Write(*Story) error { return nil }

// Flush implements Sink.
func (Discard) Flush() error { return nil }

// Close implements Sink.
func (Discard) Close() error { return nil }

package batch

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
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
// .sqlite3 are SQLite, .csv is CSV, anything else JSON Lines.
func FormatFor(name string) string {
	if isFolderName(name) {
		return FormatHTML
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".db", ".sqlite", ".sqlite3":
		return FormatSQLite
	case ".csv":
		return FormatCSV
	}
	return FormatJSONL
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
// new stories are appended.
func Open(o OutputOptions) (*Output, error) {
	toStdout := o.Path == "" || o.Path == "-"
	if toStdout && o.Resume {
		return nil, fmt.Errorf("--resume needs --out FILE")
	}
	if toStdout && o.Format == FormatSQLite {
		return nil, fmt.Errorf("sqlite output needs --out FILE")
	}
	switch o.Format {
	case FormatJSONL, FormatCSV:
	case FormatSQLite:
		return openSQLite(o.Path, o.Resume)
	case FormatHTML:
		return openHTML(o.Path, o.Resume)
	default:
		return nil, fmt.Errorf("unknown output format %q: choose one of %s", o.Format, strings.Join(Formats, ", "))
	}
	var (
		w      io.Writer
		closer io.Closer
		done   doneSet
		empty  = true
	)
	if toStdout {
		w = o.Stdout
	} else {
		var f *os.File
		var err error
		if o.Resume {
			f, done, empty, err = openForResume(o.Path, o.Format)
		} else {
			f, err = os.Create(o.Path)
		}
		if err != nil {
			return nil, err
		}
		w, closer = f, f
	}
	out := &Output{Existing: len(done)}
	if o.Resume {
		out.Done = done.has
	}
	lw := &lineWriter{w: w, closer: closer}
	if o.Format == FormatCSV {
		out.Sink = newCSVSink(lw, empty)
	} else {
		out.Sink = &jsonlSink{out: lw}
	}
	return out, nil
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

// errText is a story's error for its record, without the source that the
// record names anyway.
func errText(s *Story) string {
	msg := s.Err.Error()
	if i := strings.IndexByte(msg, '\n'); i >= 0 {
		msg = msg[:i] // an internal error's stack trace
	}
	name := s.Source
	if name == "" {
		name = recordName(s.ID, s.Line)
	}
	return strings.TrimPrefix(msg, name+": ")
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

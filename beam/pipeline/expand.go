package pipeline

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"

	"github.com/newsnlp/newsnlp/story"
)

// Job is one story to analyse, as it travels between workers.
type Job struct {
	Order  int    // place in the input, from 0: walk order, or the record's among the stream's
	Name   string // the story's source in its record; "" for a stream record
	Path   string // the file or object to read; "" for a stream record
	Inline bool   // a stream record: Data is the story
	Data   []byte
	Kind   string // a stream record's "html" or "text"
	ID     string // a stream record's "id", as JSON
	Line   int    // a stream record's line, from 1
	Err    string // the job failed before it was read: a bad stream line, an unreadable folder
}

// expandFn lists the stories of the input, in input order, on one worker.
type expandFn struct {
	Input    string
	Format   string
	Include  []string
	Exclude  []string
	MaxBytes int64
}

// ProcessElement lists the stories once, from the pipeline's impulse.
func (fn *expandFn) ProcessElement(ctx context.Context, _ []byte, emit func(Job)) error {
	if fn.Format == FormatJSONL {
		return fn.stream(ctx, emit)
	}
	filter := story.Filter{Include: fn.Include, Exclude: fn.Exclude}
	if hasScheme(fn.Input) {
		return fn.objects(ctx, filter, emit)
	}
	roots := []string{fn.Input}
	if hasGlob(fn.Input) {
		matches, err := filepath.Glob(fn.Input)
		if err != nil {
			return fmt.Errorf("--input %s: %w", fn.Input, err)
		}
		if len(matches) == 0 {
			return fmt.Errorf("--input %s: no file matches", fn.Input)
		}
		roots = matches // sorted, as a shell gives them to batch
	}
	var left leftOut
	order := 0
	for job := range story.Walk(roots, filter, left.add) {
		j := Job{Order: order, Name: job.Name, Path: job.Path}
		if job.Err != nil {
			j.Err = job.Err.Error()
		}
		emit(j)
		order++
	}
	if note := left.note(); note != "" {
		log.Infof(ctx, "newsnlp-beam: %s", note)
	}
	if order == 0 {
		return fmt.Errorf("--input %s: no stories found", fn.Input)
	}
	return nil
}

// objects lists the stories of a bucket: the objects a glob matches, or
// those under a folder's prefix that the walk of a folder would take.
func (fn *expandFn) objects(ctx context.Context, filter story.Filter, emit func(Job)) error {
	fsys, err := filesystem.New(ctx, fn.Input)
	if err != nil {
		return err
	}
	defer fsys.Close()
	var names []string
	if hasGlob(fn.Input) {
		if names, err = fsys.List(ctx, fn.Input); err != nil {
			return fmt.Errorf("--input %s: %w", fn.Input, err)
		}
	} else {
		prefix := strings.TrimSuffix(fn.Input, "/") + "/"
		all, err := fsys.List(ctx, prefix+"**")
		if err != nil {
			return fmt.Errorf("--input %s: %w", fn.Input, err)
		}
		for _, name := range all {
			rel := strings.TrimPrefix(name, prefix)
			if rel != "" && !strings.HasSuffix(rel, "/") && filter.Takes(rel, false) {
				names = append(names, name)
			}
		}
	}
	slices.Sort(names)
	if len(names) == 0 {
		return fmt.Errorf("--input %s: no stories found", fn.Input)
	}
	for i, name := range names {
		emit(Job{Order: i, Name: name, Path: name})
	}
	return nil
}

// stream reads a JSON Lines file of records, a job a non-blank line.
func (fn *expandFn) stream(ctx context.Context, emit func(Job)) error {
	fsys, err := filesystem.New(ctx, fn.Input)
	if err != nil {
		return err
	}
	defer fsys.Close()
	r, err := fsys.OpenRead(ctx, fn.Input)
	if err != nil {
		return story.PathError(fn.Input, err)
	}
	defer r.Close()
	var readErr error
	order := 0
	for job := range story.Stream(r, fn.MaxBytes, &readErr) {
		j := Job{Order: order, Line: job.Line, ID: string(job.ID)}
		switch {
		case job.Err != nil:
			j.Err = job.Err.Error()
		default:
			j.Inline, j.Data, j.Kind = true, job.Input.Data, job.Input.Kind
		}
		emit(j)
		order++
	}
	if readErr != nil {
		return fmt.Errorf("read stream %s: %w", fn.Input, readErr)
	}
	return nil
}

// hasScheme reports whether a path names a filesystem of Beam's (gs://).
func hasScheme(p string) bool { return strings.Contains(p, "://") }

// hasGlob reports whether a path is a glob.
func hasGlob(p string) bool { return strings.ContainsAny(p, "*?[") }

// leftOut counts what a walk left out by default, for a note in the log.
type leftOut struct {
	n     int
	first []string
}

func (l *leftOut) add(path string, _ story.Skip) {
	l.n++
	if len(l.first) < 3 {
		l.first = append(l.first, path)
	}
}

func (l *leftOut) note() string {
	if l.n == 0 {
		return ""
	}
	return fmt.Sprintf("left out %d hidden files or files that are not stories by their extension (%s); --include takes them",
		l.n, strings.Join(l.first, ", "))
}

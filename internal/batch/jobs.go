package batch

import (
	"fmt"
	"io"
	"iter"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsnlp/newsnlp/story"
)

// JobsOptions say where a run's stories come from.
type JobsOptions struct {
	Roots    []string  // files and folders to walk (see Walk)
	Stream   string    // a JSON Lines stream to read instead: a file, or "-" for Stdin
	Stdin    io.Reader // read when Stream is "-"
	Filter   Filter
	MaxBytes int64 // largest stream line; 0 means source.DefaultMaxBytes
	// Out is the run's output file, never taken as a story; "" or "-"
	// for standard output.
	Out string
}

// Jobs are the jobs of a run, from a walk or a stream, and what the source
// of jobs had to say once they were all yielded.
type Jobs struct {
	opts    JobsOptions
	leftOut leftOut
	readErr error
}

// NewJobs returns the jobs that o describes.
func NewJobs(o JobsOptions) *Jobs { return &Jobs{opts: o} }

// IsStream reports whether the jobs come from a JSON Lines stream.
func (j *Jobs) IsStream() bool { return j.opts.Stream != "" }

// All yields the jobs in output order. It may be ranged over once.
func (j *Jobs) All() iter.Seq[Job] {
	if j.opts.Stream != "" {
		return j.stream()
	}
	walk := story.Walk(j.opts.Roots, j.opts.Filter, j.leftOut.add)
	out := j.opts.Out
	outInfo, _ := os.Stat(out)
	if out == "" || out == "-" || outInfo == nil {
		return walk
	}
	return func(yield func(Job) bool) {
		for job := range walk {
			if job.Err == nil {
				if st, err := os.Stat(job.Path); err == nil && os.SameFile(st, outInfo) {
					continue
				}
			}
			if !yield(job) {
				return
			}
		}
	}
}

func (j *Jobs) stream() iter.Seq[Job] {
	return func(yield func(Job) bool) {
		r := j.opts.Stdin
		if j.opts.Stream != "-" {
			file, err := os.Open(j.opts.Stream)
			if err != nil {
				j.readErr = story.PathError(j.opts.Stream, err)
				return
			}
			defer file.Close()
			r = file
		}
		story.Stream(r, j.opts.MaxBytes, &j.readErr)(yield)
	}
}

// Total counts the jobs for a progress bar, by a walk of its own; -1 for a
// stream, whose length is not known.
func (j *Jobs) Total() int {
	if j.opts.Stream != "" {
		return -1
	}
	return story.Count(j.opts.Roots, j.opts.Filter)
}

// Err is the error that ended a stream early (it could not be read), once
// All has been ranged over.
func (j *Jobs) Err() error { return j.readErr }

// LeftOut is a one-line note on the files a walk left out because their
// extension names a format that is never a story, or "" when there were
// none; valid once All has been ranged over.
func (j *Jobs) LeftOut() string { return j.leftOut.note() }

// leftOut counts the files and folders a walk left out by default.
type leftOut struct {
	n     [2]int      // by Skip
	first [2][]string // the first few of each
}

func (l *leftOut) add(path string, why Skip) {
	l.n[why]++
	if len(l.first[why]) < 3 {
		l.first[why] = append(l.first[why], path)
	}
}

func (l *leftOut) note() string {
	var parts []string
	for why, what := range [2][2]string{
		story.SkipExtension: {"file that is not a story by its extension", "files that are not stories by their extension"},
		story.SkipHidden:    {"hidden file or folder", "hidden files or folders"},
	} {
		n := l.n[why]
		if n == 0 {
			continue
		}
		noun := what[1]
		if n == 1 {
			noun = what[0]
		}
		more := ""
		if n > len(l.first[why]) {
			more = ", ..."
		}
		parts = append(parts, fmt.Sprintf("%d %s (%s%s)", n, noun, strings.Join(l.first[why], ", "), more))
	}
	if len(parts) == 0 {
		return ""
	}
	return "left out " + strings.Join(parts, " and ") + "; --include takes them"
}

// IsStreamName reports whether a PATH given to batch names a JSON Lines
// stream: "-", or an existing file ending in .jsonl or .ndjson.
func IsStreamName(name string) bool {
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

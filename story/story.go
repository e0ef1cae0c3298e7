package story

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"strings"

	"github.com/newsnlp/newsnlp/internal/render"
	"github.com/newsnlp/newsnlp/nlp"
	"github.com/newsnlp/newsnlp/summarize"
)

// Job is one story to process. Jobs come from Walk or Stream, in input order.
type Job struct {
	Name  string          // the story's source in output: a path, or "" for a stream record
	Path  string          // the file to read; empty when Input is set
	Input *Input          // the content of a stream record; nil for files
	ID    json.RawMessage // a stream record's "id", as given
	Line  int             // a stream record's line number, from 1
	Err   error           // the job failed before processing: a bad stream line, an unreadable folder
}

// Input is one story's raw content.
type Input struct {
	Name string
	Data []byte
	Kind string // "html" or "text" when the input says so, "" to tell by content
}

// Story is the result for one job.
type Story struct {
	Index    int             // position in the output, from 0
	Source   string          // the job's Name
	ID       json.RawMessage // stream records: the "id" given
	Line     int             // stream records: the input line
	Hash     string          // SHA-256 of the raw content (hex, first 128 bits); "" if it could not be read
	Bytes    int             // size of the raw content
	Kind     string          // "text" or "html"
	Title    string
	Entities []render.EntityJSON
	Quotes   []render.QuoteJSON
	Summary  []render.SentenceJSON
	Headline *summarize.Headline
	// Raw are the story's entities as the parser found them, for the
	// cross-story table. Only names, types and mention texts are used.
	Raw      []nlp.Entity
	Warnings []string
	Err      error // the story failed; the other fields but Source, ID, Line and Hash are empty
	Skipped  bool  // already in the output (resume)
	// Later, if set, is the rest of the story's work, which waits on the
	// network rather than the CPU (an LLM headline). batch.Runner calls it
	// after Analyze, outside the pool of Jobs workers, at most LaterJobs at
	// a time.
	Later func(ctx context.Context)

	// View is the whole analysis, for a sink that writes a page per story
	// (Pipeline.Pages); the sink lets go of it once the page is rendered.
	View *render.AnalyzeView

	// Encoded is the story's rendering for its output (a JSON line, a CSV
	// row), prepared on the worker that analysed it.
	Encoded []byte
}

// Hash is the content hash that resume compares: the first 128 bits of the
// SHA-256 of the raw bytes, in hex.
func Hash(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:16])
}

// ErrorText is a story's error for its record, without the source that the
// record names anyway.
func ErrorText(s *Story) string {
	msg := s.Err.Error()
	if i := strings.IndexByte(msg, '\n'); i >= 0 {
		msg = msg[:i] // an internal error's stack trace
	}
	name := s.Source
	if name == "" {
		name = RecordName(s.ID, s.Line)
	}
	return strings.TrimPrefix(msg, name+": ")
}

package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sync"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"

	"github.com/newsnlp/newsnlp"
	"github.com/newsnlp/newsnlp/nlp"
	"github.com/newsnlp/newsnlp/source"
	"github.com/newsnlp/newsnlp/story"
	"github.com/newsnlp/newsnlp/summarize"
)

// TableInput is one story's part of the entity table: what entity.Table
// reads of its entities.
type TableInput struct {
	Order    int
	Source   string
	Entities []TableEntity
}

// TableEntity is an entity's name, type and mention texts.
type TableEntity struct {
	Name     string
	Type     string
	Mentions []string
}

// The model, loaded once per worker process and shared by every DoFn
// instance in it (a Parser is safe for concurrent use).
var (
	modelOnce sync.Once
	model     *story.Pipeline
	modelErr  error
)

func loadModel() (*story.Pipeline, error) {
	modelOnce.Do(func() {
		var parser *newsnlp.Parser
		parser, modelErr = newsnlp.DefaultParser()
		if modelErr == nil {
			model = story.NewPipeline(parser, summarize.Options{}, nil)
		}
	})
	return model, modelErr
}

// analyzeFn analyses one story, as a worker of `newsnlp batch` does: it
// emits the story's record, keyed by its shard, and its part of the table.
type analyzeFn struct {
	MaxBytes int64
	Shards   int

	model                   *story.Pipeline
	stories, failed, nbytes beam.Counter
}

// Setup loads the model (once per process) when the worker starts.
func (fn *analyzeFn) Setup() error {
	var err error
	if fn.model, err = loadModel(); err != nil {
		return fmt.Errorf("load model: %w", err)
	}
	fn.stories = beam.NewCounter("newsnlp", "stories")
	fn.failed = beam.NewCounter("newsnlp", "failed")
	fn.nbytes = beam.NewCounter("newsnlp", "bytes")
	return nil
}

// ProcessElement analyses one story. A story that fails gets an error
// record; only a record that cannot be encoded fails the bundle.
func (fn *analyzeFn) ProcessElement(ctx context.Context, j Job, emitRecord func(int, string), emitTable func(TableInput)) error {
	s := fn.work(ctx, j)
	line, err := s.JSONLine()
	if err != nil {
		return fmt.Errorf("%s: encode record: %w", j.Name, err)
	}
	fn.stories.Inc(ctx, 1)
	fn.nbytes.Inc(ctx, int64(s.Bytes))
	if s.Err != nil {
		fn.failed.Inc(ctx, 1)
	} else {
		emitTable(tableInput(j.Order, s))
	}
	emitRecord(j.Order%fn.Shards, string(line[:len(line)-1]))
	return nil
}

// work reads and analyses one job; a failure is the story's Err.
func (fn *analyzeFn) work(ctx context.Context, j Job) *story.Story {
	s := &story.Story{Source: j.Name, ID: json.RawMessage(j.ID), Line: j.Line}
	if j.Err != "" {
		s.Err = errors.New(j.Err)
		return s
	}
	in := story.Input{Name: j.Name, Data: j.Data, Kind: j.Kind}
	if j.Inline {
		in.Name = story.RecordName(s.ID, s.Line)
	} else {
		data, err := fn.read(ctx, j.Path)
		if err != nil {
			s.Err = err
			return s
		}
		in.Data = data
	}
	s.Bytes, s.Hash = len(in.Data), story.Hash(in.Data)
	res, err := fn.model.Analyze(ctx, in)
	if err != nil {
		s.Err = err
		return s
	}
	res.Source, res.ID, res.Line, res.Hash, res.Bytes = s.Source, s.ID, s.Line, s.Hash, s.Bytes
	return res
}

// read reads a story file as batch does (source.Read), or an object of a
// bucket through Beam's filesystem with the same limit.
func (fn *analyzeFn) read(ctx context.Context, path string) ([]byte, error) {
	opts := source.Options{MaxBytes: fn.MaxBytes}
	if !hasScheme(path) {
		in, err := source.Read(ctx, path, opts)
		if err != nil {
			return nil, err
		}
		return in.Data, nil
	}
	fsys, err := filesystem.New(ctx, path)
	if err != nil {
		return nil, err
	}
	defer fsys.Close()
	r, err := fsys.OpenRead(ctx, path)
	if err != nil {
		return nil, story.PathError(path, err)
	}
	defer r.Close()
	in, err := source.ReadFrom(ctx, path, r, opts)
	if err != nil {
		return nil, err
	}
	return in.Data, nil
}

// tableInput is a story's part of the entity table.
func tableInput(order int, s *story.Story) TableInput {
	t := TableInput{Order: order, Source: s.Source, Entities: make([]TableEntity, len(s.Raw))}
	for i, e := range s.Raw {
		te := TableEntity{Name: e.Name, Type: string(e.Type), Mentions: make([]string, len(e.Mentions))}
		for k, m := range e.Mentions {
			te.Mentions[k] = m.Text
		}
		t.Entities[i] = te
	}
	return t
}

// entities turns a story's part of the table back into entities.
func (t TableInput) entities() []nlp.Entity {
	out := make([]nlp.Entity, len(t.Entities))
	for i, te := range t.Entities {
		e := nlp.Entity{Name: te.Name, Type: nlp.EntityType(te.Type), Mentions: make([]nlp.Mention, len(te.Mentions))}
		for k, m := range te.Mentions {
			e.Mentions[k] = nlp.Mention{Text: m}
		}
		out[i] = e
	}
	return out
}

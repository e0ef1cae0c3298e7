package pipeline

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	// Local paths are always read and written; gs:// and s3:// come with
	// the command, which registers them.
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"

	"github.com/newsnlp/newsnlp/entity"
	"github.com/newsnlp/newsnlp/story"
)

// Input formats.
const (
	FormatFiles = "files" // a folder or a glob of story files
	FormatJSONL = "jsonl" // a JSON Lines file of {"id","text"} or {"id","html"} records
)

// DefaultShards is the number of record shards when Options.Shards is 0.
const DefaultShards = 8

// Options say what a run reads and writes.
type Options struct {
	// Input is a folder (walked as `newsnlp batch` walks one), a glob (each
	// match taken as batch takes a file or folder named on its command
	// line), or with InputFormat "jsonl" a JSON Lines file. Paths with a
	// scheme (gs://, s3://) are read through Beam's filesystems.
	Input       string
	InputFormat string   // FormatFiles ("" too) or FormatJSONL
	Include     []string // as batch's --include
	Exclude     []string // as batch's --exclude
	MaxBytes    int64    // largest story or stream line; 0 means source.DefaultMaxBytes

	// Output is the prefix of the record shards, PREFIX-SSSSS-of-NNNNN.jsonl;
	// "" writes none.
	Output string
	Shards int // record shards; 0 means DefaultShards
	// Entities is the prefix of the cross-story entity table,
	// PREFIX-00000-of-00001.jsonl; "" builds none.
	Entities     string
	TableSources int // sources per row; 0 means entity.DefaultTableSources
}

// Validate checks the options before a pipeline is built.
func (o *Options) Validate() error {
	switch o.InputFormat {
	case "", FormatFiles, FormatJSONL:
	default:
		return fmt.Errorf("--input_format %q: choose %s or %s", o.InputFormat, FormatFiles, FormatJSONL)
	}
	if strings.TrimSpace(o.Input) == "" {
		return errors.New("--input is required: a folder, a glob or (with --input_format jsonl) a JSON Lines file")
	}
	if o.Output == "" && o.Entities == "" {
		return errors.New("nothing to write: give --output PREFIX, --entities PREFIX or both")
	}
	if o.Shards < 0 || o.TableSources < 0 || o.MaxBytes < 0 {
		return errors.New("--shards, --table_sources and --max_bytes cannot be negative")
	}
	if o.InputFormat == FormatJSONL && (len(o.Include) > 0 || len(o.Exclude) > 0) {
		return errors.New("--include and --exclude choose files in a folder, not records of --input_format jsonl")
	}
	return story.Filter{Include: o.Include, Exclude: o.Exclude}.Validate()
}

func init() {
	register.DoFn3x1[context.Context, []byte, func(Job), error](&expandFn{})
	register.Emitter1[Job]()
	register.DoFn4x1[context.Context, Job, func(int, string), func(TableInput), error](&analyzeFn{})
	register.Emitter2[int, string]()
	register.Emitter1[TableInput]()
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeShardFn{})
	register.Iter1[string]()
	register.Combiner3[tableAccum, TableInput, []string](&tableFn{})
	register.DoFn2x1[context.Context, []string, error](&writeTableFn{})
	beam.RegisterType(reflect.TypeOf((*Job)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*TableInput)(nil)).Elem())
	beam.RegisterCoder(reflect.TypeOf((*tableAccum)(nil)).Elem(), encodeTable, decodeTable)
}

// Build adds the run that o describes to s: list the stories, analyse
// them, write a record each to the shards of o.Output and, if asked, the
// entity table to o.Entities.
func Build(s beam.Scope, o Options) error {
	if err := o.Validate(); err != nil {
		return err
	}
	if o.Shards == 0 {
		o.Shards = DefaultShards
	}
	if o.TableSources == 0 {
		o.TableSources = entity.DefaultTableSources
	}
	s = s.Scope("newsnlp")
	jobs := beam.ParDo(s, &expandFn{Input: o.Input, Format: o.InputFormat, Include: o.Include,
		Exclude: o.Exclude, MaxBytes: o.MaxBytes}, beam.Impulse(s))
	// The stories are listed on one worker; spread them over all.
	jobs = beam.Reshuffle(s, jobs)
	records, table := beam.ParDo2(s, &analyzeFn{MaxBytes: o.MaxBytes, Shards: o.Shards}, jobs)
	if o.Output != "" {
		beam.ParDo0(s, &writeShardFn{Prefix: o.Output, Shards: o.Shards}, beam.GroupByKey(s, records))
	}
	if o.Entities != "" {
		rows := beam.Combine(s, &tableFn{Sources: o.TableSources}, table)
		beam.ParDo0(s, &writeTableFn{Prefix: o.Entities}, rows)
	}
	return nil
}

// ShardName is the name of record shard i of n under prefix.
func ShardName(prefix string, i, n int) string {
	return fmt.Sprintf("%s-%05d-of-%05d.jsonl", prefix, i, n)
}

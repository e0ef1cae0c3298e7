// Command newsnlp-beam runs newsnlp's batch analysis as an Apache Beam
// pipeline: on Prism, in this process (the default), or on Dataflow, Flink
// or Spark with Beam's standard flags (--runner, --project, --region,
// --temp_location, --endpoint, --environment_type, ...).
//
//	newsnlp-beam --input archive/ --output out/records --entities out/entities
//
// writes out/records-SSSSS-of-NNNNN.jsonl, a record per story as `newsnlp
// batch` writes it, and out/entities-00000-of-00001.jsonl, the cross-story
// entity table as `newsnlp entities archive/ --format jsonl` prints it.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	// Filesystems beyond the local one and gs:// (which beamx brings).
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3"

	"github.com/newsnlp/newsnlp/beam/pipeline"
)

// listFlag is a repeatable flag of globs.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }

func (l *listFlag) Set(v string) error {
	*l = append(*l, strings.Split(v, ",")...)
	return nil
}

func main() {
	var o pipeline.Options
	var include, exclude listFlag
	flag.StringVar(&o.Input, "input", "", "a folder of stories (walked as newsnlp batch walks one), a glob, or with --input_format jsonl a JSON Lines file; gs:// and s3:// paths too")
	flag.StringVar(&o.InputFormat, "input_format", pipeline.FormatFiles, `files, or jsonl: {"id","text"} or {"id","html"} a line`)
	flag.Var(&include, "include", "take only files matching these globs (repeatable, as newsnlp batch --include)")
	flag.Var(&exclude, "exclude", "leave out files and folders matching these globs (repeatable)")
	flag.Int64Var(&o.MaxBytes, "max_bytes", 0, "largest story or JSON line in bytes (default 16 MiB)")
	flag.StringVar(&o.Output, "output", "", "write a JSON record per story to PREFIX-SSSSS-of-NNNNN.jsonl")
	flag.IntVar(&o.Shards, "shards", pipeline.DefaultShards, "record shards")
	flag.StringVar(&o.Entities, "entities", "", "write the cross-story entity table to PREFIX-00000-of-00001.jsonl")
	flag.IntVar(&o.TableSources, "table_sources", 3, "sources listed per entity")
	flag.Parse()
	// On a cloud runner, the workers start this binary too; Init runs them.
	beam.Init()
	o.Include, o.Exclude = include, exclude

	p, s := beam.NewPipelineWithRoot()
	if err := pipeline.Build(s, o); err != nil {
		fmt.Fprintf(os.Stderr, "newsnlp-beam: %v\n", err)
		os.Exit(2)
	}
	res, err := beamx.RunWithMetrics(context.Background(), p)
	if err != nil {
		fmt.Fprintf(os.Stderr, "newsnlp-beam: %v\n", err)
		os.Exit(1)
	}
	if res == nil {
		return // a runner that submits the job and returns (Dataflow without --wait)
	}
	var stories, failed int64
	for _, c := range res.Metrics().AllMetrics().Counters() {
		switch c.Key.Name {
		case "stories":
			stories += c.Result()
		case "failed":
			failed += c.Result()
		}
	}
	fmt.Fprintf(os.Stderr, "newsnlp-beam: processed %d stories, %d failed\n", stories, failed)
	if failed > 0 && failed == stories {
		os.Exit(1)
	}
}

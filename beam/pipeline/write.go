package pipeline

import (
	"bufio"
	"context"
	"fmt"
	"iter"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
)

// writeShardFn writes one shard of the records.
type writeShardFn struct {
	Prefix string
	Shards int
}

// ProcessElement writes shard i's records, a line each.
func (fn *writeShardFn) ProcessElement(ctx context.Context, shard int, records func(*string) bool) error {
	return writeFile(ctx, ShardName(fn.Prefix, shard, fn.Shards), func(yield func(string) bool) {
		var line string
		for records(&line) {
			if !yield(line) {
				return
			}
		}
	})
}

// writeFile writes lines to name on its filesystem, replacing it, and
// closes it: a retried bundle writes the whole file again.
func writeFile(ctx context.Context, name string, lines iter.Seq[string]) error {
	fsys, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fsys.Close()
	f, err := fsys.OpenWrite(ctx, name)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	for l := range lines {
		w.WriteString(l)
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", name, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

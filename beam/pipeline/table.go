package pipeline

import (
	"context"
	"fmt"

	"github.com/newsnlp/newsnlp/entity"
	"github.com/newsnlp/newsnlp/story"
)

// tableAccum is a partial entity table: the stories one worker combined.
type tableAccum struct {
	T *entity.Table
}

func encodeTable(a tableAccum) ([]byte, error) { return a.T.MarshalBinary() }

func decodeTable(data []byte) (tableAccum, error) {
	a := tableAccum{T: new(entity.Table)}
	return a, a.T.UnmarshalBinary(data)
}

// tableFn combines the stories' entities into the cross-story table, by
// the rules of `newsnlp entities DIR` (entity.Table): partial tables are
// filled where the stories were analysed and merged (entity.Table.Merge).
// Its output is the table's JSON lines, most-mentioned entities first.
type tableFn struct {
	Sources int
}

// CreateAccumulator implements a CombineFn.
func (fn *tableFn) CreateAccumulator() tableAccum {
	return tableAccum{T: entity.NewTable(fn.Sources)}
}

// AddInput implements a CombineFn.
func (fn *tableFn) AddInput(a tableAccum, in TableInput) tableAccum {
	a.T.AddAt(in.Order, in.Source, in.entities())
	return a
}

// MergeAccumulators implements a CombineFn.
func (fn *tableFn) MergeAccumulators(a, b tableAccum) tableAccum {
	a.T.Merge(b.T)
	return a
}

// ExtractOutput implements a CombineFn.
func (fn *tableFn) ExtractOutput(a tableAccum) ([]string, error) {
	rows := a.T.Rows()
	lines := make([]string, len(rows))
	for i, r := range rows {
		line, err := story.TableLine(r)
		if err != nil {
			return nil, fmt.Errorf("encode entity table: %w", err)
		}
		lines[i] = string(line)
	}
	return lines, nil
}

// writeTableFn writes the table's lines to PREFIX-00000-of-00001.jsonl.
type writeTableFn struct {
	Prefix string
}

// ProcessElement writes the table.
func (fn *writeTableFn) ProcessElement(ctx context.Context, lines []string) error {
	return writeFile(ctx, ShardName(fn.Prefix, 0, 1), func(yield func(string) bool) {
		for _, l := range lines {
			if !yield(l[:len(l)-1]) {
				return
			}
		}
	})
}

package main

import (
	"context"
	"runtime"

	"github.com/newsnlp/newsnlp"

	"github.com/spf13/cobra"

	"github.com/newsnlp/newsnlp/entity"
	"github.com/newsnlp/newsnlp/internal/batch"
	"github.com/newsnlp/newsnlp/internal/render"
	"github.com/newsnlp/newsnlp/nlp"
)

type entitiesOptions struct {
	*Factory
	inputs       []string
	input        inputFlags
	format       formatFlag
	tableSources int
}

func newEntitiesCmd(f *Factory) *cobra.Command {
	opts := &entitiesOptions{Factory: f, format: formatFlag{allowed: render.PageFormats, tty: render.Table, pipe: render.TSV}}
	cmd := &cobra.Command{
		Use:   "entities [FILE|URL|-|DIR]...",
		Short: "List the people, places and organisations in a story",
		Long: `List the named entities of each article: one row per entity, with its type
(PERSON, ORG, GPE, LOC, NORP, ...), how often it is mentioned, the roles the
story gives it and the sentence where it first appears. Repeated mentions and
aliases ("Cardoso", "President Cardoso", "Rita Cardoso") are merged.

JSON output lists every mention with Unicode code point offsets into the
input (end exclusive), and how many quotations each entity is the speaker
of ("newsnlp quotes" lists them); the table shows that count in a QUOTES
column when any entity has one.

Given a folder, it reads every story under it (as "newsnlp batch" does) and
prints one table across all of them: one row per entity with its type, the
number of stories that mention it, its mentions in all, the other names it
goes by and the first few stories. Names are merged across stories as
within one ("Cardoso", "President Cardoso", "Rita Cardoso"; "U.S.", "United
States") when that is unambiguous.`,
		Example: `  newsnlp entities story.txt
  curl -s https://example.com/story | newsnlp entities --format csv > people.csv
  newsnlp entities --format json story.txt | jq '.entities[] | select(.type=="PERSON") | .name'
  newsnlp entities archive/ --format csv > who-appears-where.csv`,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.inputs = args
			return entitiesRun(cmd.Context(), opts)
		},
	}
	opts.input.register(cmd.Flags())
	opts.format.register(cmd.Flags())
	cmd.Flags().IntVar(&opts.tableSources, "table-sources", entity.DefaultTableSources, "with a folder: sources listed per entity")
	return cmd
}

func entitiesRun(ctx context.Context, opts *entitiesOptions) error {
	if err := opts.input.check(); err != nil {
		return err
	}
	if opts.tableSources < 1 {
		return usageError("--table-sources must be at least 1")
	}
	format, err := opts.format.resolve(opts.Factory)
	if err != nil {
		return err
	}
	if dirArgs(opts.inputs) {
		jobs := batch.NewJobs(batch.JobsOptions{Roots: opts.inputs, MaxBytes: opts.input.maxBytes})
		return entityTableRun(ctx, opts.Factory, tableRequest{
			jobs: jobs, workers: runtime.NumCPU(), input: opts.input, format: format,
			sources: opts.tableSources,
		})
	}
	// Tables and Markdown show a quotes column only when someone is quoted.
	quotesIfAny := format == render.Table || format == render.Markdown
	return articleRun(ctx, opts.Factory, opts.inputs, opts.input, opts.format, newsnlp.Options{Entities: true, Quotes: true},
		func(d *nlp.Document) render.View { return render.EntitiesView{Doc: d, QuotesIfAny: quotesIfAny} })
}

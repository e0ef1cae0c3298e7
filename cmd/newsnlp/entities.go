package main

import (
	"runtime"

	"github.com/newsnlp/newsnlp"

	"github.com/spf13/cobra"

	"github.com/newsnlp/newsnlp/entity"
	"github.com/newsnlp/newsnlp/internal/render"
)

type entitiesOptions struct {
	input        inputFlags
	format       formatFlag
	tableSources int
}

func newEntitiesCmd(f *Factory) *cobra.Command {
	opts := &entitiesOptions{format: formatFlag{allowed: render.Formats, tty: render.Table, pipe: render.TSV}}
	cmd := &cobra.Command{
		Use:   "entities [FILE|URL|-|DIR]...",
		Short: "List the people, places and organisations in a story",
		Long: `List the named entities of each article: one row per entity, with its type
(PERSON, ORG, GPE, LOC, NORP, ...), how often it is mentioned, the roles the
story gives it and the sentence where it first appears. Repeated mentions and
aliases ("Trump", "President Trump", "Donald Trump") are merged.

JSON output lists every mention with Unicode code point offsets into the
input (end exclusive), and how many quotations each entity is the speaker
of ("newsnlp quotes" lists them); the table shows that count in a QUOTES
column when any entity has one.

Given a folder, it reads every story under it (as "newsnlp batch" does) and
prints one table across all of them: one row per entity with its type, the
number of stories that mention it, its mentions in all, the other names it
goes by and the first few stories. Names are merged across stories as
within one ("Trump", "President Trump", "Donald Trump"; "U.S.", "United
States") when that is unambiguous.`,
		Example: `  newsnlp entities story.txt
  curl -s https://example.com/story | newsnlp entities --format csv > people.csv
  newsnlp entities --format json story.txt | jq '.entities[] | select(.type=="PERSON") | .name'
  newsnlp entities archive/ --format csv > who-appears-where.csv`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return entitiesRun(cmd, f, opts, args)
		},
	}
	opts.input.register(cmd.Flags())
	opts.format.register(cmd.Flags())
	cmd.Flags().IntVar(&opts.tableSources, "table-sources", entity.DefaultTableSources, "with a folder: sources listed per entity")
	return cmd
}

func entitiesRun(cmd *cobra.Command, f *Factory, opts *entitiesOptions, args []string) error {
	format, err := opts.format.resolve(f)
	if err != nil {
		return err
	}
	if dirArgs(args) {
		return entityTableRun(cmd.Context(), f, tableRequest{
			roots: args, jobs: runtime.NumCPU(), input: opts.input, format: format,
			sources: opts.tableSources,
		})
	}
	docs, failed, err := parseArticles(cmd.Context(), f, args, opts.input, newsnlp.Options{Entities: true, Quotes: true})
	if err != nil {
		return err
	}
	views := make([]render.View, len(docs))
	for i, d := range docs {
		views[i] = render.EntitiesView{Doc: d, QuotesIfAny: format == render.Table || format == render.Markdown}
	}
	if err := writeViews(f, format, views); err != nil {
		return err
	}
	return inputsExit(failed, len(docs)+failed)
}

package main

import (
	"github.com/spf13/cobra"

	"github.com/newsnlp/newsnlp/internal/render"
	"github.com/newsnlp/newsnlp/nlp"
)

type entitiesOptions struct {
	input  inputFlags
	format formatFlag
}

func newEntitiesCmd(f *Factory) *cobra.Command {
	opts := &entitiesOptions{format: formatFlag{allowed: render.Formats, tty: render.Table, pipe: render.TSV}}
	cmd := &cobra.Command{
		Use:   "entities [FILE|URL|-]...",
		Short: "List the people, places and organisations in a story",
		Long: `List the named entities of each article: one row per entity, with its type
(PERSON, ORG, GPE, LOC, NORP, ...), how often it is mentioned, the roles the
story gives it and the sentence where it first appears. Repeated mentions and
aliases ("Trump", "President Trump", "Donald Trump") are merged.

JSON output lists every mention with Unicode code point offsets into the
input (end exclusive).`,
		Example: `  newsnlp entities story.txt
  curl -s https://example.com/story | newsnlp entities --format csv > people.csv
  newsnlp entities --format json story.txt | jq '.entities[] | select(.type=="PERSON") | .name'`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return entitiesRun(cmd, f, opts, args)
		},
	}
	opts.input.register(cmd.Flags())
	opts.format.register(cmd.Flags())
	return cmd
}

func entitiesRun(cmd *cobra.Command, f *Factory, opts *entitiesOptions, args []string) error {
	format, err := opts.format.resolve(f)
	if err != nil {
		return err
	}
	docs, failed, err := parseArticles(cmd.Context(), f, args, opts.input, nlp.Options{Entities: true})
	if err != nil {
		return err
	}
	views := make([]render.View, len(docs))
	for i, d := range docs {
		views[i] = render.EntitiesView{Doc: d}
	}
	if err := writeViews(f, format, views); err != nil {
		return err
	}
	return inputsExit(failed, len(docs)+failed)
}

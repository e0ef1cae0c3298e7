package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsnlp/newsnlp"

	"github.com/spf13/cobra"

	"github.com/newsnlp/newsnlp/internal/eval"
	"github.com/newsnlp/newsnlp/ner"
)

type evalNEROptions struct {
	*Factory
	data   []string // the CoNLL files
	tokens string   // "text" or "gold"
	model  string
}

func newEvalNERCmd(f *Factory) *cobra.Command {
	opts := &evalNEROptions{Factory: f}
	cmd := &cobra.Command{
		Use:   "ner FILE.conll[.gz]...",
		Short: "Score the entity model on CoNLL-format data",
		Long: `Score entity recognition on labelled CoNLL-format data (TOKEN<TAB>TAG, BIO or
IOB1, a blank line between sentences, -DOCSTART- between documents).

Each document is rebuilt as natural text (one sentence a line, as
../shared/tools/ner_score.py does) and run through the full pipeline, so the
score is what users get. Predicted types map to the CoNLL four: PERSON→PER;
GPE, LOC and FAC→LOC; NORP, EVENT and the rest→MISC. Mentions count when
their offsets and type match exactly (conlleval). The table row is the
per-story entity-table F1 of ner_score.py: the set of (lower-cased text, type)
over PER, ORG and LOC.

A middle column NSA (TOKEN<TAB>NSA<TAB>TAG) marks a token with no space after
it in the original text; when a file has it, the text is rebuilt as written
(as ner_score.py does).

With --tokens gold the model tags the gold tokens directly: the model alone,
without segmentation, tokenization or the entity layer.

With several files, each gets its table, and a summary follows: one row per
file with mention F1 per type, over PER/ORG/LOC, over all four, and the
entity-table F1 ("-" for a type the file has no gold mention of).`,
		Example: `  newsnlp eval ner ../shared/data/ner/conll2003-dev.conll.gz
  newsnlp eval ner --tokens gold my-labelled-news.conll
  cd ../shared/data/ner && newsnlp eval ner conll2003-dev.conll.gz worldwide-newswire-dev.conll.gz \
      uner-en-ewt-dev.conll.gz wikigold.conll.gz crossner-politics-dev.conll.gz`,
		Args: usageArgs(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			if opts.tokens != "text" && opts.tokens != "gold" {
				return usageError("eval ner: --tokens must be text or gold, not %q", opts.tokens)
			}
			opts.data = args
			return evalNERRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().StringVar(&opts.tokens, "tokens", "text", "text: run the pipeline on the rebuilt text; gold: tag the gold tokens")
	cmd.Flags().StringVar(&opts.model, "model", "", "NER model file to score instead of the embedded one")
	return cmd
}

func evalNERRun(ctx context.Context, opts *evalNEROptions) error {
	paths := opts.data
	sets := make([][]ner.Document, len(paths))
	for i, path := range paths {
		docs, err := ner.ReadCoNLLFile(path)
		if err != nil {
			return fmt.Errorf("eval ner: %w", err)
		}
		sets[i] = docs
	}
	parser, model, err := evalNERModels(opts.Factory, opts.model)
	if err != nil {
		return fmt.Errorf("eval ner: %w", err)
	}
	var all []eval.NamedScores
	for i, docs := range sets {
		var sc *eval.Scores
		if opts.tokens == "gold" {
			sc = eval.NERTokens(model, docs)
		} else if sc, err = eval.NERPipeline(ctx, parser, docs, paths[i]); err != nil {
			return fmt.Errorf("eval ner: %w", err)
		}
		if len(paths) > 1 {
			fmt.Fprintf(opts.IO.Out, "== %s\n", paths[i])
		}
		if err := sc.Write(opts.IO.Out); err != nil {
			return err
		}
		all = append(all, eval.NamedScores{Name: setName(paths[i]), Scores: sc})
	}
	if len(paths) == 1 {
		return nil
	}
	fmt.Fprintln(opts.IO.Out, "\nmention F1 by type; P/O/L = PER/ORG/LOC, all = the four, table = per-story tables over PER/ORG/LOC")
	return eval.WriteSummary(opts.IO.Out, all)
}

// setName names a data file in the summary: its base name without the
// .conll and .gz extensions.
func setName(path string) string {
	name := filepath.Base(path)
	name = strings.TrimSuffix(name, ".gz")
	return strings.TrimSuffix(name, ".conll")
}

// evalNERModels returns the parser and model to score: the embedded ones,
// or a model read from a file.
func evalNERModels(f *Factory, path string) (*newsnlp.Parser, *ner.Model, error) {
	if path == "" {
		p, err := f.Parser()
		if err != nil {
			return nil, nil, err
		}
		m, err := ner.Default()
		return p, m, err
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	m, err := ner.Load(b)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	return newsnlp.NewParser(m), m, nil
}

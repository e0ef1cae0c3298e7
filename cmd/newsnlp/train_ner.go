package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/newsnlp/newsnlp/internal/eval"
	"github.com/newsnlp/newsnlp/ner"
)

type trainNEROptions struct {
	*Factory
	data, out  string
	text       string
	noLexicon  bool
	lexCache   string
	epochs     int
	runs       int
	seed       uint64
	gmbHoldout float64
	gmb        bool
	withDev    bool
	minWeight  float64
}

func newTrainNERCmd(f *Factory) *cobra.Command {
	opts := &trainNEROptions{Factory: f}
	cmd := &cobra.Command{
		Use:   "ner --data DIR --out FILE",
		Short: "Train the entity model",
		Long: `Train the named-entity tagger (averaged perceptron over BILOU labels, reported
as BIO over PER, ORG, LOC, MISC) on CoNLL-2003 train in DIR, and write the
model to FILE. Word clusters and capitalisation statistics are first learnt
from the unlabelled text of the shared corpora (--text; never CoNLL dev).
The run is deterministic for a given --seed. Progress, with CoNLL-2003 dev F1
after each pass (gold tokens), goes to stderr, then the score on a held-out
slice of GMB/VOA news. ner/MODEL.md gives the command that built the shipped
model.`,
		Example: `  newsnlp train ner --data ../shared/data/ner --out ner/model.bin`,
		Args:    usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			if opts.data == "" || opts.out == "" {
				return usageError("train ner: --data and --out are required")
			}
			return trainNERRun(cmd.Context(), opts)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&opts.data, "data", "", "directory with "+ner.CoNLLTrainFile+", "+ner.CoNLLDevFile+" and "+ner.GMBFile)
	fl.StringVar(&opts.out, "out", "", "model file to write")
	fl.StringVar(&opts.text, "text", "", "shared data directory whose text teaches word clusters (default: the parent of --data)")
	fl.BoolVar(&opts.noLexicon, "no-lexicon", false, "train without word clusters and capitalisation statistics")
	fl.StringVar(&opts.lexCache, "lexicon-cache", "", "read the word statistics from this file if it exists, else build and save them there (for repeated experiments)")
	fl.IntVar(&opts.epochs, "epochs", 8, "passes over the training data")
	fl.Uint64Var(&opts.seed, "seed", 1, "seed for shuffling the documents between passes")
	fl.IntVar(&opts.runs, "runs", 1, "train this many times (seeds seed, seed+1, ...) and average the weights")
	fl.Float64Var(&opts.gmbHoldout, "gmb-holdout", 0.1, "share of GMB (from its end) scored at the end, and kept out of training with --gmb")
	fl.BoolVar(&opts.gmb, "gmb", false, "also train on GMB (as a second annotation style; lowers CoNLL dev F1)")
	fl.BoolVar(&opts.withDev, "with-dev", false, "also train on CoNLL-2003 dev (its scores then mean nothing)")
	fl.Float64Var(&opts.minWeight, "min-weight", 0, "drop features whose averaged weights are all smaller than this")
	return cmd
}

func trainNERRun(ctx context.Context, opts *trainNEROptions) error {
	errOut := opts.IO.ErrOut
	sets, held, err := ner.LoadData(opts.data, ner.DataOptions{GMBHoldout: opts.gmbHoldout, NoGMB: !opts.gmb, WithDev: opts.withDev})
	if err != nil {
		return fmt.Errorf("train ner: %w", err)
	}
	dev, err := ner.ReadCoNLLFile(filepath.Join(opts.data, ner.CoNLLDevFile))
	if err != nil {
		return fmt.Errorf("train ner: %w", err)
	}
	for _, s := range sets {
		fmt.Fprintf(errOut, "%s: %d documents\n", s.Name, len(s.Docs))
	}
	var lex []byte
	if !opts.noLexicon {
		if lex, err = trainLexicon(opts, errOut); err != nil {
			return fmt.Errorf("train ner: %w", err)
		}
	}
	fmt.Fprintf(errOut, "training with seed %d, %d epochs; %d GMB documents held out\n", opts.seed, opts.epochs, len(held))
	start := time.Now()
	afterPass := func(_ int, m *ner.Model) string {
		return fmt.Sprintf(", dev F1 %.4f", eval.NERTokens(m, dev).Overall().F1())
	}
	m, err := ner.Train(ctx, sets, ner.TrainOptions{Epochs: opts.epochs, Seed: opts.seed, Runs: opts.runs, AfterPass: afterPass,
		Progress: errOut, MinWeight: opts.minWeight, Lexicon: lex})
	if err != nil {
		return fmt.Errorf("train ner: %w", err)
	}
	fmt.Fprintf(errOut, "trained in %s: %d features, %.1f MB\n", time.Since(start).Round(time.Second), m.Features(), float64(m.Size())/1e6)
	if len(held) > 0 {
		fmt.Fprintln(errOut, "GMB held out (gold tokens):")
		if err := eval.NERTokens(m, held).Write(errOut); err != nil {
			return err
		}
	}
	fo, err := os.Create(opts.out)
	if err != nil {
		return fmt.Errorf("train ner: %w", err)
	}
	if _, err := m.WriteTo(fo); err != nil {
		fo.Close()
		return fmt.Errorf("train ner: write %s: %w", opts.out, err)
	}
	if err := fo.Close(); err != nil {
		return fmt.Errorf("train ner: write %s: %w", opts.out, err)
	}
	fmt.Fprintf(errOut, "wrote %s\n", opts.out)
	return nil
}

// trainLexicon builds the word statistics from the shared text, or reads
// them from --lexicon-cache.
func trainLexicon(opts *trainNEROptions, errOut io.Writer) ([]byte, error) {
	if opts.lexCache != "" {
		if b, err := os.ReadFile(opts.lexCache); err == nil {
			fmt.Fprintf(errOut, "lexicon: read %s\n", opts.lexCache)
			return b, nil
		}
	}
	root := opts.text
	if root == "" {
		root = filepath.Dir(filepath.Clean(opts.data))
	}
	sents, err := ner.ReadUnlabelled(root)
	if err != nil {
		return nil, fmt.Errorf("unlabelled text: %w", err)
	}
	lex := ner.BuildLexicon(sents, ner.LexiconOptions{Progress: errOut})
	if opts.lexCache != "" {
		if err := os.WriteFile(opts.lexCache, lex, 0o644); err != nil {
			return nil, err
		}
	}
	return lex, nil
}

package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/newsnlp/newsnlp/internal/eval"
	"github.com/newsnlp/newsnlp/ner"
	"github.com/newsnlp/newsnlp/nlp"
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
	sets       string
	target     string
	dev        string
	withDev    bool
	partial    string
	keepTokens bool
	textSrc    string
	minWeight  float64
}

// The defaults are the shipped model's recipe (ner/MODEL.md says how it
// was chosen): without flags beyond --data and --out, train ner rebuilds
// ner/model.bin.
const (
	defaultTrainSets = "conll=3,worldwide,uner=0.5,crossner=0.5"
	defaultEpochs    = 12
	defaultRuns      = 3
	defaultMinWeight = 0.3
)

func newTrainNERCmd(f *Factory) *cobra.Command {
	opts := &trainNEROptions{Factory: f}
	var sets strings.Builder
	for _, c := range ner.Corpora {
		fmt.Fprintf(&sets, "  %-10s %s\n", c.Name, c.About)
	}
	cmd := &cobra.Command{
		Use:   "ner --data DIR --out FILE",
		Short: "Train the entity model",
		Long: `Train the named-entity tagger (averaged perceptron over BILOU labels, reported
as BIO over PER, ORG, LOC, MISC) on labelled corpora in DIR, and write the
model to FILE. Word clusters and capitalisation statistics are first learnt
from the unlabelled text of the shared corpora (--text; never a set the model
card reports as held out). The run is deterministic for a given --seed.
Progress goes to stderr, with the F1 over PER/ORG/LOC (gold tokens) on each
--dev file after each pass. ner/MODEL.md gives the command that built the
shipped model.

--sets chooses the training corpora, as a comma-separated list of
NAME[=WEIGHT][@DOMAIN]. WEIGHT (default 1) scales the updates on the set's
tokens. Sets with a DOMAIN get their own copy of every feature beside the
shared one (Daume's domain adaptation): the copy learns the conventions of
that domain, and the model keeps only the shared weights (plus --target's
copy). Sets without MISC (uner, finer, btc) never count a MISC guess on a
token they label O as an error, and on uner's place names (metonymic
countries, which it labels ORG) ORG and LOC are both accepted. Known sets, in
DIR:
` + sets.String(),
		Example: `  newsnlp train ner --data ../shared/data/ner --out ner/model.bin
  newsnlp train ner --data ../shared/data/ner --out /tmp/m.bin --sets conll,worldwide,uner=0.5@web \
      --lexicon-cache /tmp/lex.bin --dev conll2003-dev.conll.gz,worldwide-newswire-dev.conll.gz`,
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			if opts.data == "" || opts.out == "" {
				return usageError("train ner: --data and --out are required")
			}
			return trainNERRun(cmd.Context(), opts)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&opts.data, "data", "", "directory with the labelled corpora (../shared/data/ner)")
	fl.StringVar(&opts.out, "out", "", "model file to write")
	fl.StringVar(&opts.sets, "sets", defaultTrainSets, "training corpora and their weights: NAME[=WEIGHT][@DOMAIN],...")
	fl.StringVar(&opts.target, "target", "", "keep this domain's own weights in the model beside the shared ones")
	fl.BoolVar(&opts.withDev, "with-dev", false, "also train on CoNLL-2003 dev, as part of the conll set (its scores then mean nothing)")
	fl.StringVar(&opts.partial, "partial", "misc,place", "partial labels: misc (a MISC guess is no error on O tokens of sets without MISC), place (ORG and LOC both right on uner's place names); none trains on the labels as they are")
	fl.BoolVar(&opts.keepTokens, "keep-tokens", false, "train on worldwide's and uner's own tokens and paragraphs instead of re-splitting their text as the pipeline does")
	fl.StringVar(&opts.dev, "dev", ner.CoNLLDevFile, "comma-separated CoNLL files (in --data, or paths) scored after each pass; empty for none")
	fl.StringVar(&opts.text, "text", "", "shared data directory whose text teaches word clusters (default: the parent of --data)")
	fl.StringVar(&opts.textSrc, "text-sources", "", "comma-separated names of the unlabelled text to learn word statistics from (default: all of "+strings.Join(textSourceNames(), ", ")+")")
	fl.BoolVar(&opts.noLexicon, "no-lexicon", false, "train without word clusters and capitalisation statistics")
	fl.StringVar(&opts.lexCache, "lexicon-cache", "", "read the word statistics from this file if it exists, else build and save them there (for repeated experiments)")
	fl.IntVar(&opts.epochs, "epochs", defaultEpochs, "passes over the training data")
	fl.Uint64Var(&opts.seed, "seed", 1, "seed for shuffling the documents between passes")
	fl.IntVar(&opts.runs, "runs", defaultRuns, "train this many times (seeds seed, seed+1, ...) and average the weights")
	fl.Float64Var(&opts.gmbHoldout, "gmb-holdout", 0.1, "share of GMB (from its end) kept out of training and scored at the end, when gmb is a set")
	fl.Float64Var(&opts.minWeight, "min-weight", defaultMinWeight, "drop features whose averaged weights are all smaller than this")
	return cmd
}

func trainNERRun(ctx context.Context, opts *trainNEROptions) error {
	errOut := opts.IO.ErrOut
	specs, err := ner.ParseSets(opts.sets)
	if err != nil {
		return usageError("train ner: --sets: %v", err)
	}
	data := ner.DataOptions{GMBHoldout: opts.gmbHoldout}
	if !opts.keepTokens {
		data.Split = pipelineSplit
	}
	sets, held, err := ner.LoadSets(opts.data, specs, data)
	if err != nil {
		return fmt.Errorf("train ner: %w", err)
	}
	for _, p := range strings.Split(opts.partial, ",") {
		switch strings.TrimSpace(p) {
		case "misc", "place", "none", "":
		default:
			return usageError("train ner: --partial: %q is not misc, place or none", p)
		}
	}
	for i := range sets {
		sets[i].NoMISC = sets[i].NoMISC && strings.Contains(opts.partial, "misc")
		sets[i].PlaceORG = sets[i].PlaceORG && strings.Contains(opts.partial, "place")
	}
	if opts.withDev {
		if err := addDev(opts.data, sets); err != nil {
			return fmt.Errorf("train ner: %w", err)
		}
	}
	type devSet struct {
		name string
		docs []ner.Document
	}
	var devs []devSet
	for _, name := range strings.Split(opts.dev, ",") {
		if name = strings.TrimSpace(name); name == "" {
			continue
		}
		path := name
		if !strings.ContainsRune(name, filepath.Separator) {
			path = filepath.Join(opts.data, name)
		}
		docs, err := ner.ReadCoNLLFile(path)
		if err != nil {
			return fmt.Errorf("train ner: --dev: %w", err)
		}
		devs = append(devs, devSet{setName(path), docs})
	}
	for _, s := range sets {
		domain := s.Domain
		if domain == "" {
			domain = "shared"
		}
		fmt.Fprintf(errOut, "%s: %d documents, weight %g, domain %s\n", s.Name, len(s.Docs), max(s.Weight, 0), domain)
	}
	var lex []byte
	if !opts.noLexicon {
		if lex, err = trainLexicon(opts, errOut); err != nil {
			return fmt.Errorf("train ner: %w", err)
		}
	}
	fmt.Fprintf(errOut, "training with seed %d, %d epochs, %d runs\n", opts.seed, opts.epochs, max(opts.runs, 1))
	start := time.Now()
	afterPass := func(_ int, m *ner.Model) string {
		var b strings.Builder
		for _, d := range devs {
			fmt.Fprintf(&b, ", %s %.4f", d.name, eval.NERTokens(m, d.docs).Overall(eval.TableTypes...).F1())
		}
		return b.String()
	}
	m, err := ner.Train(ctx, sets, ner.TrainOptions{Epochs: opts.epochs, Seed: opts.seed, Runs: opts.runs, AfterPass: afterPass,
		Progress: errOut, MinWeight: opts.minWeight, Lexicon: lex, Target: opts.target})
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

// textSourceNames returns the names of ner.TextSources.
func textSourceNames() []string {
	var out []string
	for _, s := range ner.TextSources {
		out = append(out, s.Name)
	}
	return out
}

// pipelineSplit splits text into sentences and tokens as the pipeline's
// segmenter and tokenizer do, for training on the tokens users' text gets.
func pipelineSplit(text string) [][][2]int {
	var out [][][2]int
	var toks []nlp.Token
	for _, s := range nlp.Segment(text, nlp.Span{Start: 0, End: len(text)}) {
		toks = nlp.Tokenize(text, s, toks[:0])
		if len(toks) == 0 {
			continue
		}
		sent := make([][2]int, len(toks))
		for i, t := range toks {
			sent[i] = [2]int{t.Start, t.End}
		}
		out = append(out, sent)
	}
	return out
}

// addDev adds CoNLL-2003 dev to the conll set (--with-dev).
func addDev(dir string, sets []ner.TrainSet) error {
	for i := range sets {
		if sets[i].Name != "conll" {
			continue
		}
		dev, err := ner.ReadCoNLLFile(filepath.Join(dir, ner.CoNLLDevFile))
		if err != nil {
			return err
		}
		sets[i].Docs = append(sets[i].Docs, dev...)
		return nil
	}
	return errors.New("--with-dev needs conll among --sets")
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
	var names []string
	for _, n := range strings.Split(opts.textSrc, ",") {
		if n = strings.TrimSpace(n); n != "" {
			names = append(names, n)
		}
	}
	sents, err := ner.ReadUnlabelled(root, pipelineSplit, names...)
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

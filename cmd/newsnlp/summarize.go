package main

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/newsnlp/newsnlp"

	"github.com/spf13/cobra"

	"github.com/newsnlp/newsnlp/internal/render"
	"github.com/newsnlp/newsnlp/nlp"
	"github.com/newsnlp/newsnlp/summarize"
)

type summarizeOptions struct {
	input    inputFlags
	format   formatFlag
	length   summarize.Options
	headline headlineFlags
	scorer   string // a model file instead of the shipped one (hidden; for held-out evaluation)
}

// headlineFlags are the flags that ask for an LLM headline.
type headlineFlags struct {
	enabled bool
	model   string
	timeout time.Duration
}

func (h *headlineFlags) register(cmd *cobra.Command) {
	fs := cmd.Flags()
	fs.BoolVar(&h.enabled, "headline", false, "add a headline written by an OpenAI-compatible LLM ($OPENAI_API_KEY, $OPENAI_BASE_URL)")
	fs.StringVar(&h.model, "model", "", "LLM model for --headline (default $NEWSNLP_MODEL or "+summarize.DefaultLLMModel+")")
	fs.DurationVar(&h.timeout, "timeout", 30*time.Second, "time allowed for each --headline request, retries included")
}

func newSummarizeCmd(f *Factory) *cobra.Command {
	opts := &summarizeOptions{format: formatFlag{allowed: render.PageFormats, tty: render.Text, pipe: render.Text}}
	cmd := &cobra.Command{
		Use:     "summarize [FILE|URL|-]...",
		Aliases: []string{"summarise"},
		Short:   "Print an extractive summary of a story",
		Long: `Print the story's most informative sentences, verbatim and in article order.
Page furniture, the headline and near-duplicates are never chosen. A story
shorter than the summary length gives all of its sentences.

--headline asks an OpenAI-compatible chat API (OpenAI, Azure OpenAI, Ollama,
vLLM, llama.cpp's server) for a headline, sending only the summary and the
story's main names. Set OPENAI_API_KEY and, for other servers than OpenAI's,
OPENAI_BASE_URL (e.g. http://localhost:11434/v1); the model is --model,
$NEWSNLP_MODEL or ` + summarize.DefaultLLMModel + `. For Azure's deployment API also set
OPENAI_API_VERSION. When no LLM is configured or it fails, the summary still
prints, one line on stderr says why, the story's own title (or a trimmed
summary sentence) stands in, marked "source": "title" (or "extractive"),
and the exit status is 4.`,
		Example: `  curl -s https://example.com/story | newsnlp summarize
  newsnlp summarize --sentences 5 story.txt
  newsnlp summarize --words 60 --format json story.html
  OPENAI_BASE_URL=http://localhost:11434/v1 newsnlp summarize --headline --model llama3.2 story.txt`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return summarizeRun(cmd, f, opts, args)
		},
	}
	opts.input.register(cmd.Flags())
	opts.format.register(cmd.Flags())
	cmd.Flags().IntVarP(&opts.length.Sentences, "sentences", "n", summarize.DefaultSentences, "number of sentences")
	cmd.Flags().IntVar(&opts.length.Words, "words", 0, "a word budget instead of a sentence count")
	cmd.Flags().Float64Var(&opts.length.Ratio, "ratio", 0, "a share of the story's sentences (0-1) instead of a count")
	cmd.MarkFlagsMutuallyExclusive("sentences", "words", "ratio")
	opts.headline.register(cmd)
	cmd.Flags().StringVar(&opts.scorer, "scorer", "", "score sentences with this model file instead of the shipped one")
	_ = cmd.Flags().MarkHidden("scorer")
	return cmd
}

func summarizeRun(cmd *cobra.Command, f *Factory, opts *summarizeOptions, args []string) error {
	format, err := opts.format.resolve(f)
	if err != nil {
		return err
	}
	if err := checkLength(opts.length); err != nil {
		return err
	}
	if err := opts.headline.check(); err != nil {
		return err
	}
	model, err := loadScorer(opts.scorer)
	if err != nil {
		return err
	}
	docs, failed, err := parseArticles(cmd.Context(), f, args, opts.input, newsnlp.Options{Entities: true})
	if err != nil {
		return err
	}
	views := make([]render.View, len(docs))
	hl := newHeadliner(f, opts.headline)
	for i, d := range docs {
		sum := model.Extract(d, opts.length)
		v := render.SummaryView{Doc: d, Summary: sum}
		v.Headline = hl.headline(cmd.Context(), d, sum)
		views[i] = v
	}
	if err := writeViews(f, format, views); err != nil {
		return err
	}
	if err := inputsExit(failed, len(docs)+failed); err != nil {
		return err
	}
	return hl.exit()
}

func checkLength(o summarize.Options) error {
	switch {
	case o.Sentences < 0:
		return usageError("--sentences must be positive")
	case o.Words < 0:
		return usageError("--words must be positive")
	case o.Ratio < 0 || o.Ratio > 1:
		return usageError("--ratio must be between 0 and 1")
	}
	return nil
}

func (h headlineFlags) check() error {
	if h.timeout <= 0 {
		return usageError("--timeout must be positive")
	}
	return nil
}

// headliner writes the headlines of one command run and remembers whether
// any fell back to an offline one. It is safe for concurrent use (batch).
type headliner struct {
	f     *Factory
	flags headlineFlags
	llm   summarize.Headliner // nil when not configured

	mu       sync.Mutex
	fellBack bool
	warned   bool
}

func newHeadliner(f *Factory, flags headlineFlags) *headliner {
	h := &headliner{f: f, flags: flags}
	if !flags.enabled {
		return h
	}
	if cfg := summarize.LLMConfigFromEnv(f.Getenv, flags.model); cfg.Configured() && f.Headliner != nil {
		h.llm = f.Headliner(cfg)
	}
	return h
}

// headline returns doc's headline, or nil when --headline is off. A
// failure prints one line on stderr and falls back to the offline headline.
func (h *headliner) headline(ctx context.Context, doc *nlp.Document, sum []summarize.Sentence) *summarize.Headline {
	if !h.flags.enabled {
		return nil
	}
	ctx, cancel := context.WithTimeout(ctx, h.flags.timeout)
	defer cancel()
	hl, err := summarize.HeadlineFor(ctx, h.llm, doc, sum)
	if err != nil {
		h.mu.Lock()
		defer h.mu.Unlock()
		h.fellBack = true
		if h.llm != nil || !h.warned { // "not configured" is said once
			fmt.Fprintf(h.f.IO.ErrOut, "newsnlp: warning: %s: headline: %s; using the %s instead\n",
				doc.Source, oneLine(err.Error()), offlineName(hl.Source))
			h.warned = true
		}
	}
	return &hl
}

func offlineName(source string) string {
	if source == summarize.SourceTitle {
		return "story's own title"
	}
	return "best summary sentence"
}

// batchHeadline adapts headline to batch.HeadlineFunc: a failed LLM call
// is a warning and an offline headline, never a failed story.
func (h *headliner) batchHeadline(ctx context.Context, doc *nlp.Document, sum []summarize.Sentence) (*summarize.Headline, error) {
	return h.headline(ctx, doc, sum), nil
}

// exit is exitFallback when any headline fell back to an offline one.
func (h *headliner) exit() error {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.fellBack {
		return &exitError{code: exitFallback}
	}
	return nil
}

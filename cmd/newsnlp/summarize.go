package main

import (
	"context"

	"github.com/newsnlp/newsnlp"

	"github.com/spf13/cobra"

	"github.com/newsnlp/newsnlp/internal/render"
	"github.com/newsnlp/newsnlp/nlp"
	"github.com/newsnlp/newsnlp/summarize"
)

type summarizeOptions struct {
	*Factory
	inputs   []string
	input    inputFlags
	format   formatFlag
	length   lengthFlags
	headline headlineFlags
	scorer   string // a model file instead of the shipped one (hidden; for held-out evaluation)
}

func newSummarizeCmd(f *Factory) *cobra.Command {
	opts := &summarizeOptions{Factory: f, format: formatFlag{allowed: render.PageFormats, tty: render.Text, pipe: render.Text}}
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
			opts.inputs = args
			return summarizeRun(cmd.Context(), opts)
		},
	}
	opts.input.register(cmd.Flags())
	opts.format.register(cmd.Flags())
	opts.length.register(cmd.Flags(), "number of sentences", true)
	opts.headline.register(cmd.Flags(), false)
	cmd.Flags().StringVar(&opts.scorer, "scorer", "", "score sentences with this model file instead of the shipped one")
	_ = cmd.Flags().MarkHidden("scorer")
	return cmd
}

func summarizeRun(ctx context.Context, opts *summarizeOptions) error {
	if err := opts.length.check(); err != nil {
		return err
	}
	if err := opts.headline.check(); err != nil {
		return err
	}
	model, err := loadScorer(opts.scorer)
	if err != nil {
		return err
	}
	hl := newHeadliner(opts.Factory, opts.headline)
	err = articleRun(ctx, opts.Factory, opts.inputs, opts.input, opts.format, newsnlp.Options{Entities: true},
		func(d *nlp.Document) render.View {
			sum := model.Extract(d, opts.length.Options)
			return render.SummaryView{Doc: d, Summary: sum, Headline: hl.headline(ctx, d, sum)}
		})
	if err != nil {
		return err
	}
	return hl.exit()
}

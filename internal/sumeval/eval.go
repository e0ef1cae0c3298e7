package sumeval

import (
	"context"
	"fmt"
	"strings"

	"github.com/newsnlp/newsnlp"
	"github.com/newsnlp/newsnlp/nlp"
	"github.com/newsnlp/newsnlp/rouge"
	"github.com/newsnlp/newsnlp/summarize"
)

// Summarizer chooses a summary of n sentences for a parsed document.
type Summarizer func(doc *nlp.Document, n int) []summarize.Sentence

// System is one summarizer's mean scores over the articles, as percentages.
type System struct {
	Name  string  `json:"name"`
	R1    float64 `json:"rouge1"`
	R2    float64 `json:"rouge2"`
	RLsum float64 `json:"rougeLsum"`
	Words float64 `json:"words_per_summary"`
	// LeadShare is the share of summary sentences that are among the first
	// n sentences of the story (1 for LEAD-n itself).
	LeadShare float64 `json:"lead_share"`
	// R1Recall and R2Recall are ROUGE-1 and -2 recall, as percentages.
	R1Recall float64 `json:"rouge1_recall"`
	R2Recall float64 `json:"rouge2_recall"`
}

// Result is an evaluation: every system on the same articles.
type Result struct {
	Docs      int      `json:"docs"`
	Failed    int      `json:"failed"`  // articles that could not be parsed; they score 0 for every system
	Recased   int      `json:"recased"` // articles read lowercased and tokenized, rebuilt by Recase
	Sentences int      `json:"sentences"`
	Systems   []System `json:"systems"`
}

// Parsed is an article with its parsed document (nil if parsing failed).
type Parsed struct {
	Article
	Doc *nlp.Document
	Err error
}

// Parse parses every article with the entities stage on, as `summarize`
// does. Failures are kept, with their error, so that they count in the
// denominators.
func Parse(ctx context.Context, p *newsnlp.Parser, arts []Article) ([]Parsed, error) {
	out := make([]Parsed, len(arts))
	for i, a := range arts {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		doc, err := p.Parse(ctx, newsnlp.Source{Name: a.ID, Text: a.Text}, newsnlp.Options{Entities: true})
		out[i] = Parsed{Article: a, Doc: doc, Err: err}
	}
	return out, nil
}

// Lead returns the first n sentences of the story, leaving out its title
// line: the LEAD-n baseline.
func Lead(doc *nlp.Document, n int) []summarize.Sentence {
	var out []summarize.Sentence
	for i, s := range doc.Sentences {
		if len(out) == n {
			break
		}
		if !s.Title {
			out = append(out, summarize.Sentence{Span: s.Span, Index: i, Text: s.Text})
		}
	}
	return out
}

// Evaluate scores each named summarizer with n-sentence summaries of the
// parsed articles against their references, all on the same articles.
func Evaluate(docs []Parsed, n int, names []string, systems []Summarizer) *Result {
	res := &Result{Docs: len(docs), Sentences: n, Systems: make([]System, len(systems))}
	sc := rouge.NewScorer()
	for i := range systems {
		res.Systems[i].Name = names[i]
	}
	for _, d := range docs {
		if d.Recased {
			res.Recased++
		}
		if d.Doc == nil {
			res.Failed++
			continue
		}
		for i, sum := range systems {
			picked := sum(d.Doc, n)
			hyp := Join(picked)
			lead := map[int]bool{}
			for _, s := range Lead(d.Doc, n) {
				lead[s.Index] = true
			}
			inLead := 0
			for _, s := range picked {
				if lead[s.Index] {
					inLead++
				}
			}
			s := sc.Score(d.Summary, hyp)
			sys := &res.Systems[i]
			sys.R1 += s.R1.F1
			sys.R2 += s.R2.F1
			sys.RLsum += s.RLsum.F1
			sys.R1Recall += s.R1.Recall
			sys.R2Recall += s.R2.Recall
			sys.Words += float64(len(strings.Fields(hyp)))
			if len(picked) > 0 {
				sys.LeadShare += float64(inLead) / float64(len(picked))
			}
		}
	}
	if len(docs) > 0 {
		k := 100 / float64(len(docs))
		for i := range res.Systems {
			s := &res.Systems[i]
			s.R1, s.R2, s.RLsum = s.R1*k, s.R2*k, s.RLsum*k
			s.R1Recall, s.R2Recall = s.R1Recall*k, s.R2Recall*k
			s.Words /= float64(len(docs))
			s.LeadShare /= float64(len(docs))
		}
	}
	return res
}

// Join puts a summary's sentences one a line, as ROUGE-Lsum wants them.
// Line breaks inside a sentence become spaces.
func Join(sum []summarize.Sentence) string {
	lines := make([]string, len(sum))
	for i, s := range sum {
		lines[i] = strings.Join(strings.Fields(s.Text), " ")
	}
	return strings.Join(lines, "\n")
}

// String formats the result as a small table.
func (r *Result) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "docs=%d failed=%d sentences=%d", r.Docs, r.Failed, r.Sentences)
	if r.Recased > 0 {
		fmt.Fprintf(&b, " recased=%d", r.Recased)
	}
	b.WriteByte('\n')
	fmt.Fprintf(&b, "%-14s %7s %7s %7s %7s %7s %7s %10s\n", "system", "R1", "R2", "RLsum", "R1rec", "R2rec", "words", "lead_share")
	for _, s := range r.Systems {
		fmt.Fprintf(&b, "%-14s %7.2f %7.2f %7.2f %7.2f %7.2f %7.1f %10.2f\n", s.Name, s.R1, s.R2, s.RLsum, s.R1Recall, s.R2Recall, s.Words, s.LeadShare)
	}
	return b.String()
}

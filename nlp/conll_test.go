package nlp

import (
	"testing"

	"github.com/newsnlp/newsnlp/internal/shareddata"
	"github.com/newsnlp/newsnlp/ner"
)

// conllDoc is one CoNLL-2003 document rendered as natural text the way
// ../shared/tools/ner_score.py's render() does (ner.Render). Spans are byte
// offsets into text.
type conllDoc struct {
	text     string
	tokens   []Span // every gold token
	entities []Span // every gold mention, of any type
}

func readCoNLL(tb testing.TB, path string) []conllDoc {
	tb.Helper()
	docs, err := ner.ReadCoNLLFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	out := make([]conllDoc, len(docs))
	for i, d := range docs {
		r := ner.Render(d)
		out[i].text = r.Text
		for _, toks := range r.Tokens {
			for _, t := range toks {
				out[i].tokens = append(out[i].tokens, Span{t.Start, t.End})
			}
		}
		for _, m := range r.Mentions {
			out[i].entities = append(out[i].entities, Span{m.Start, m.End})
		}
	}
	return out
}

// tokenBoundaries segments and tokenizes text and returns the set of token
// starts and ends and the set of exact token spans.
func tokenBoundaries(text string) (starts, ends map[int]bool, spans map[Span]bool) {
	starts, ends, spans = map[int]bool{}, map[int]bool{}, map[Span]bool{}
	var toks []Token
	for _, s := range Segment(text, Span{0, len(text)}) {
		toks = Tokenize(text, s, toks[:0])
		for _, t := range toks {
			starts[t.Start], ends[t.End], spans[t.Span] = true, true, true
		}
	}
	return starts, ends, spans
}

// TestCoNLLTokenAgreement measures how well our tokens reproduce CoNLL-2003's
// on the dev set rendered as text: the NER model trains on CoNLL tokens and
// runs on ours.
func TestCoNLLTokenAgreement(t *testing.T) {
	docs := readCoNLL(t, shareddata.Path(t, "data/ner/conll2003-dev.conll.gz"))
	var gold, same, ents, aligned int
	misses := map[string]int{}
	for _, d := range docs {
		starts, ends, spans := tokenBoundaries(d.text)
		for _, g := range d.tokens {
			gold++
			if spans[g] {
				same++
			} else {
				misses[d.text[g.Start:g.End]]++
			}
		}
		for _, e := range d.entities {
			ents++
			if starts[e.Start] && ends[e.End] {
				aligned++
			}
		}
	}
	tokShare := float64(same) / float64(gold)
	entShare := float64(aligned) / float64(ents)
	t.Logf("CoNLL-2003 dev: %d/%d gold tokens reproduced (%.2f%%); %d/%d mentions on token boundaries (%.2f%%)",
		same, gold, 100*tokShare, aligned, ents, 100*entShare)
	if testing.Verbose() {
		for w, n := range misses {
			if n > 1 {
				t.Logf("missed %4d× %q", n, w)
			}
		}
	}
	if tokShare < 0.995 {
		t.Errorf("token agreement %.2f%% < 99.5%%", 100*tokShare)
	}
	if entShare < 0.998 {
		t.Errorf("mention boundary agreement %.2f%% < 99.8%%", 100*entShare)
	}
}

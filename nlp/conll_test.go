package nlp

import (
	"bufio"
	"compress/gzip"
	"os"
	"strings"
	"testing"

	"github.com/newsnlp/newsnlp/internal/shareddata"
)

// conllDoc is one CoNLL-2003 document rendered as natural text the way
// ../shared/tools/ner_score.py's render() does: no space before closing
// punctuation and clitics, none after opening brackets and "$", one
// sentence a line. Spans are byte offsets into text.
type conllDoc struct {
	text     string
	tokens   []Span // every gold token
	entities []Span // every gold mention, of any type
}

var (
	noSpaceBefore = setOf(`, . ; : ! ? ) ] } % 's n't ' '' 're 've 'll 'd 'm 'S`)
	noSpaceAfter  = setOf("( [ { $ ``")
)

func readCoNLL(tb testing.TB, path string) []conllDoc {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	type tok struct{ word, tag string }
	var (
		docs []conllDoc
		doc  [][]tok
		sent []tok
	)
	endSent := func() {
		if len(sent) > 0 {
			doc = append(doc, sent)
			sent = nil
		}
	}
	endDoc := func() {
		endSent()
		if len(doc) == 0 {
			return
		}
		var b strings.Builder
		var d conllDoc
		for si, s := range doc {
			if si > 0 {
				b.WriteByte('\n')
			}
			cur, kind := -1, ""
			closeEnt := func() {
				if cur >= 0 {
					d.entities = append(d.entities, Span{d.tokens[cur].Start, d.tokens[len(d.tokens)-1].End})
				}
				cur = -1
			}
			for ti, t := range s {
				if ti > 0 && !inSet(noSpaceBefore, t.word) && !inSet(noSpaceAfter, s[ti-1].word) {
					b.WriteByte(' ')
				}
				start := b.Len()
				b.WriteString(t.word)
				k := ""
				if len(t.tag) > 2 {
					k = t.tag[2:]
				}
				switch {
				case strings.HasPrefix(t.tag, "B-") || strings.HasPrefix(t.tag, "I-") && (cur < 0 || k != kind):
					closeEnt()
					cur, kind = len(d.tokens), k
				case strings.HasPrefix(t.tag, "I-"):
				default:
					closeEnt()
				}
				d.tokens = append(d.tokens, Span{start, b.Len()})
			}
			closeEnt()
		}
		d.text = b.String()
		docs = append(docs, d)
		doc = nil
	}
	sc := bufio.NewScanner(gz)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "-DOCSTART-"):
			endDoc()
		case strings.TrimSpace(line) == "":
			endSent()
		default:
			f := strings.Fields(line)
			sent = append(sent, tok{f[0], f[len(f)-1]})
		}
	}
	if err := sc.Err(); err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	endDoc()
	return docs
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

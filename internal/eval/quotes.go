package eval

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"regexp"
	"sort"
	"strings"
	"unicode"
)

// QuoteDoc is one labelled article: its text and its gold quotations.
type QuoteDoc struct {
	ID     string
	Text   string
	Quotes []GoldQuote
}

// GoldQuote is one labelled quotation. Offsets are code points into the
// text, end exclusive.
type GoldQuote struct {
	Start, End int
	Kind       string // direct, indirect or mixed, as labelled
	// Speech is false for an attribution whose cue is not a verb or phrase
	// of saying or writing (a belief or a plan: "wants", "plans"), which
	// the scores leave out.
	Speech bool
	// Mention is the speaker's mention, [Mention[0], Mention[1]); nil when
	// the label gives none.
	Mention *[2]int
	// Name is the speaker's canonical name, for sets that give one; ""
	// for an unnamed speaker or a set without names.
	Name string
	// Named is set for sets that give canonical names (and null for an
	// unnamed speaker), so that the name can be scored.
	Named bool
}

// PredQuote is one predicted quotation, as `newsnlp quotes --format json`
// prints it: code point offsets of the content and of the speaker's mention.
type PredQuote struct {
	Start, End  int
	Kind        string
	SpeakerName string
	Mention     *[2]int
}

// speechCue is ../shared/tools/quote_score.py's test of a gold cue: a verb
// or phrase of saying or writing (or a colon or dash standing for one).
// Attributions with other cues are beliefs, plans and the like.
var speechCue = regexp.MustCompile(`(?i)\b(say|says|said|saying|tell|tells|told|telling|add|adds|added|adding|note|notes|noted|noting|` +
	`write|writes|wrote|written|writing|according|announce[sd]?|announcing|report(s|ed|ing)?|claim(s|ed|ing)?|` +
	`warn(s|ed|ing)?|ask(s|ed|ing)?|argue[sd]?|arguing|state[sd]?|stating|explain(s|ed|ing)?|` +
	`insist(s|ed|ing)?|acknowledge[sd]?|acknowledging|admit(s|ted|ting)?|den(y|ies|ied|ying)|` +
	`confirm(s|ed|ing)?|declare[sd]?|declaring|describe[sd]?|describing|call(s|ed|ing)?|suggest(s|ed|ing)?|` +
	`tweet(s|ed|ing)?|post(s|ed|ing)?|quote[sd]?|quoting|cite[sd]?|citing|repl(y|ies|ied|ying)|` +
	`respond(s|ed|ing)?|answer(s|ed|ing)?|comment(s|ed|ing)?|testif(y|ies|ied|ying)|allege[sd]?|alleging|` +
	`urge[sd]?|urging|predict(s|ed|ing)?|promise[sd]?|promising|pledge[sd]?|pledging|vow(s|ed|ing)?|` +
	`repeat(s|ed|ing)?|recall(s|ed|ing)?|estimate[sd]?|estimating|conclude[sd]?|concluding|` +
	`emphasi[sz]e[sd]?|stress(es|ed|ing)?|complain(s|ed|ing)?|boast(s|ed|ing)?|joke[sd]?|joking|` +
	`shout(s|ed|ing)?|yell(s|ed|ing)?|remark(s|ed|ing)?|observe[sd]?|observing|agree[sd]?|` +
	`disagree[sd]?|accuse[sd]?|accusing|criticiz(e|es|ed|ing)|criticis(e|es|ed|ing)|attack(s|ed|ing)?|` +
	`interview|statement|spokes\w*)\b|^[:―—–-]$`)

// IsSpeechCue reports whether a gold cue is a verb or phrase of saying or
// writing, as ../shared/tools/quote_score.py decides it; an empty cue
// counts.
func IsSpeechCue(cue string) bool { return cue == "" || speechCue.MatchString(cue) }

// ReadQuoteDocs reads labelled quotations, one JSON article a line, in
// either of the two forms ../shared/tools/quote_score.py reads: PolNeAR as
// converted in ../shared/data/quotes ({"id", "text", "quotes": [{"content":
// {"start","end"}, "speaker": {"start","end"}|null, "cue":
// {"start","end"}|null, "kind"}]}), or a set that keeps its texts apart
// ({"id", "quotes": [{"content_start", "content_end", "kind", "speaker",
// "speaker_mention_start", "speaker_mention_end", "cue"}]}) with the texts
// in articles, keyed by id.
func ReadQuoteDocs(r io.Reader, articles map[string]string) ([]QuoteDoc, error) {
	var docs []QuoteDoc
	err := eachLine(r, func(n int, raw string) error {
		var head struct {
			ID   string  `json:"id"`
			Text *string `json:"text"`
		}
		if err := json.Unmarshal([]byte(raw), &head); err != nil {
			return err
		}
		if head.Text != nil {
			d, err := decodePolNeAR(raw)
			docs = append(docs, d)
			return err
		}
		d, err := decodeNamed(raw)
		if err != nil {
			return err
		}
		text, ok := articles[d.ID]
		if !ok {
			return fmt.Errorf("no article text for id %q (give the articles file)", d.ID)
		}
		d.Text = text
		docs = append(docs, d)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("no articles")
	}
	return docs, nil
}

// ReadQuoteFile reads labelled quotations from a file as ReadQuoteDocs
// does, gunzipping it when its name ends in .gz.
func ReadQuoteFile(path string, articles map[string]string) ([]QuoteDoc, error) {
	var docs []QuoteDoc
	err := readFile(path, func(r io.Reader) (err error) {
		docs, err = ReadQuoteDocs(r, articles)
		return err
	})
	return docs, err
}

// ReadArticlesFile reads {"id","text"} lines from a file (gzipped when its
// name ends in .gz) into a map from id to text.
func ReadArticlesFile(path string) (map[string]string, error) {
	out := map[string]string{}
	err := readFile(path, func(r io.Reader) error {
		return eachLine(r, func(_ int, raw string) error {
			var a struct {
				ID   string `json:"id"`
				Text string `json:"text"`
			}
			if err := json.Unmarshal([]byte(raw), &a); err != nil {
				return err
			}
			out[a.ID] = a.Text
			return nil
		})
	})
	return out, err
}

// readFile opens path, gunzips it when its name ends in .gz, and hands it
// to read; errors name the file.
func readFile(path string, read func(io.Reader) error) error {
	fh, err := os.Open(path)
	if err != nil {
		return err // *os.PathError names the file
	}
	defer fh.Close()
	var r io.Reader = fh
	if strings.HasSuffix(path, ".gz") {
		gz, err := gzip.NewReader(fh)
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		defer gz.Close()
		r = gz
	}
	if err := read(r); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// eachLine calls fn with every non-blank line of r (numbered from 1),
// trimmed; an error from fn names its line.
func eachLine(r io.Reader, fn func(n int, line string) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		if err := fn(n, line); err != nil {
			return fmt.Errorf("line %d: %w", n, err)
		}
	}
	return sc.Err()
}

// decodePolNeAR decodes a line of PolNeAR as converted in
// ../shared/data/quotes: the text and code point spans of each quote's
// content, speaker and cue.
func decodePolNeAR(raw string) (QuoteDoc, error) {
	type span struct{ Start, End int }
	var l struct {
		ID     string `json:"id"`
		Text   string `json:"text"`
		Quotes []struct {
			Content *span  `json:"content"`
			Speaker *span  `json:"speaker"`
			Cue     *span  `json:"cue"`
			Kind    string `json:"kind"`
		} `json:"quotes"`
	}
	if err := json.Unmarshal([]byte(raw), &l); err != nil {
		return QuoteDoc{}, err
	}
	d := QuoteDoc{ID: l.ID, Text: l.Text}
	runes := []rune(d.Text)
	for _, q := range l.Quotes {
		if q.Content == nil {
			continue
		}
		g := GoldQuote{Start: q.Content.Start, End: q.Content.End, Kind: q.Kind, Speech: true}
		if q.Cue != nil && q.Cue.Start >= 0 && q.Cue.End <= len(runes) && q.Cue.Start <= q.Cue.End {
			g.Speech = IsSpeechCue(string(runes[q.Cue.Start:q.Cue.End]))
		}
		if q.Speaker != nil {
			g.Mention = &[2]int{q.Speaker.Start, q.Speaker.End}
		}
		d.Quotes = append(d.Quotes, g)
	}
	return d, nil
}

// decodeNamed decodes a line of the form that names speakers and keeps its
// text apart.
func decodeNamed(raw string) (QuoteDoc, error) {
	var l struct {
		ID     string `json:"id"`
		Quotes []struct {
			CS   *int    `json:"content_start"`
			CE   *int    `json:"content_end"`
			Kind string  `json:"kind"`
			Name *string `json:"speaker"`
			MS   *int    `json:"speaker_mention_start"`
			ME   *int    `json:"speaker_mention_end"`
		} `json:"quotes"`
	}
	if err := json.Unmarshal([]byte(raw), &l); err != nil {
		return QuoteDoc{}, err
	}
	d := QuoteDoc{ID: l.ID}
	for _, q := range l.Quotes {
		if q.CS == nil || q.CE == nil {
			return QuoteDoc{}, fmt.Errorf("a quote without content_start/content_end")
		}
		g := GoldQuote{Start: *q.CS, End: *q.CE, Kind: q.Kind, Speech: true, Named: true}
		if q.Name != nil {
			g.Name = *q.Name
		}
		if q.MS != nil && q.ME != nil {
			g.Mention = &[2]int{*q.MS, *q.ME}
		}
		d.Quotes = append(d.Quotes, g)
	}
	return d, nil
}

// QuoteScores accumulates quotation scores over articles, counted as
// ../shared/tools/quote_score.py counts them: predicted and gold contents
// are matched one to one, greedily by character overlap (intersection
// over the span that covers both) of at least 0.5; gold quotations whose
// cue is not one of saying or writing are left out of recall, and a
// prediction matched to one is not counted either way.
type QuoteScores struct {
	Docs, Failed int
	Overlap      Counts // content, matched at overlap >= 0.5
	// Exact is content matched with identical spans, once both are
	// trimmed of white space, quotation marks, final punctuation and a
	// leading "that" (gold spans include the marks; ours do not).
	Exact Counts
	// Direct counts gold direct quotes (TP: matched, Gold: all).
	Direct Counts
	// ByKind counts recall per gold kind.
	ByKind map[string]*Counts
	// Speaker counts matched pairs whose gold gives a speaker (TP: the
	// predicted mention overlaps the gold one, or the names agree).
	Speaker Counts
	// Name counts matched pairs in sets with canonical names (TP: the
	// predicted name is the gold one, or both are unnamed).
	Name Counts
	// Left out: gold quotations with cues other than of saying or writing.
	LeftOut int
	// Misses and Spurious list what went wrong, for --show.
	Misses   []QuoteError
	Spurious []QuoteError
}

// QuoteError is a gold quotation not found, or a prediction that matched
// nothing, in an article.
type QuoteError struct {
	Doc        string
	Start, End int
	Kind       string
	Text       string
}

// NewQuoteScores returns empty scores.
func NewQuoteScores() *QuoteScores { return &QuoteScores{ByKind: map[string]*Counts{}} }

// iou is quote_score.py's overlap of two spans: the intersection over the
// span that covers both.
func iou(a0, a1, b0, b1 int) float64 {
	i := min(a1, b1) - max(a0, b0)
	if i < 0 {
		i = 0
	}
	u := max(a1, b1) - min(a0, b0)
	if u == 0 {
		return 0
	}
	return float64(i) / float64(u)
}

// AddDoc scores one article's predictions against its gold quotations.
func (s *QuoteScores) AddDoc(d QuoteDoc, pred []PredQuote) {
	s.Docs++
	gold := d.Quotes
	type pair struct {
		v      float64
		gi, qi int
	}
	var pairs []pair
	for gi, g := range gold {
		for qi, q := range pred {
			if v := iou(g.Start, g.End, q.Start, q.End); v >= 0.5 {
				pairs = append(pairs, pair{v, gi, qi})
			}
		}
	}
	// as Python's sorted(..., reverse=True) on (iou, gi, qi) tuples
	sort.Slice(pairs, func(a, b int) bool {
		x, y := pairs[a], pairs[b]
		if x.v != y.v {
			return x.v > y.v
		}
		if x.gi != y.gi {
			return x.gi > y.gi
		}
		return x.qi > y.qi
	})
	gm := make(map[int]int, len(pairs))
	qm := make(map[int]int, len(pairs))
	for _, p := range pairs {
		if _, ok := gm[p.gi]; ok {
			continue
		}
		if _, ok := qm[p.qi]; ok {
			continue
		}
		gm[p.gi], qm[p.qi] = p.qi, p.gi
	}
	runes := []rune(d.Text)
	for qi, q := range pred {
		gi, ok := qm[qi]
		if ok && !gold[gi].Speech {
			continue
		}
		s.Overlap.Pred++
		if ok {
			s.Overlap.TP++
		} else {
			s.Spurious = append(s.Spurious, QuoteError{Doc: d.ID, Start: q.Start, End: q.End, Kind: q.Kind, Text: slice(runes, q.Start, q.End)})
		}
	}
	for gi, g := range gold {
		if !g.Speech {
			s.LeftOut++
			continue
		}
		s.Overlap.Gold++
		k := s.ByKind[g.Kind]
		if k == nil {
			k = &Counts{}
			s.ByKind[g.Kind] = k
		}
		k.Gold++
		if g.Kind == "direct" {
			s.Direct.Gold++
		}
		qi, ok := gm[gi]
		if !ok {
			s.Misses = append(s.Misses, QuoteError{Doc: d.ID, Start: g.Start, End: g.End, Kind: g.Kind, Text: slice(runes, g.Start, g.End)})
			continue
		}
		k.TP++
		if g.Kind == "direct" {
			s.Direct.TP++
		}
		q := pred[qi]
		if g.Mention != nil || g.Name != "" {
			s.Speaker.Gold++
			ok := q.Mention != nil && g.Mention != nil && iou(q.Mention[0], q.Mention[1], g.Mention[0], g.Mention[1]) > 0 ||
				g.Name != "" && q.SpeakerName != "" && strings.EqualFold(g.Name, q.SpeakerName)
			if ok {
				s.Speaker.TP++
			}
		}
		if g.Named {
			s.Name.Gold++
			switch {
			case g.Name != "":
				if strings.EqualFold(g.Name, q.SpeakerName) {
					s.Name.TP++
				}
			case q.SpeakerName == "":
				s.Name.TP++
			case g.Mention != nil && strings.EqualFold(q.SpeakerName, slice(runes, g.Mention[0], g.Mention[1])):
				s.Name.TP++
			}
		}
	}
	s.addExact(runes, gold, pred)
}

// addExact counts exact matches of the trimmed spans, speech and writing
// only, one to one.
func (s *QuoteScores) addExact(runes []rune, gold []GoldQuote, pred []PredQuote) {
	type key struct{ a, b int }
	gk := map[key]bool{}
	other := map[key]bool{}
	for _, g := range gold {
		a, b := trimSpan(runes, g.Start, g.End)
		if g.Speech {
			s.Exact.Gold++
			gk[key{a, b}] = true
		} else {
			other[key{a, b}] = true
		}
	}
	for _, q := range pred {
		k := key{}
		k.a, k.b = trimSpan(runes, q.Start, q.End)
		switch {
		case gk[k]:
			s.Exact.TP++
			s.Exact.Pred++
			delete(gk, k)
		case other[k]:
			delete(other, k)
		default:
			s.Exact.Pred++
		}
	}
}

// trimSpan narrows [a, b) past white space, quotation marks and
// punctuation at both ends, and a leading "that".
func trimSpan(r []rune, a, b int) (int, int) {
	a, b = max(0, a), min(len(r), b)
	edge := func(c rune) bool {
		return unicode.IsSpace(c) || strings.ContainsRune("\"'“”‘’«»„`.,;:!?", c)
	}
	for a < b && edge(r[a]) {
		a++
	}
	for b > a && edge(r[b-1]) {
		b--
	}
	if b-a > 5 && strings.EqualFold(string(r[a:a+5]), "that ") {
		a += 5
		for a < b && edge(r[a]) {
			a++
		}
	}
	return a, b
}

func slice(r []rune, a, b int) string {
	a, b = max(0, a), min(len(r), b)
	if a >= b {
		return ""
	}
	return string(r[a:b])
}

// Write prints the scores.
func (s *QuoteScores) Write(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "articles %d (failed %d); gold quotations of saying and writing %d (%d beliefs, plans and the like left out); predicted %d\n",
		s.Docs, s.Failed, s.Overlap.Gold, s.LeftOut, s.Overlap.Pred)
	fmt.Fprintf(&b, "%-26s %9s %9s %9s\n", "", "precision", "recall", "F1")
	fmt.Fprintf(&b, "%-26s %9.4f %9.4f %9.4f\n", "content (overlap >= 0.5)", s.Overlap.P(), s.Overlap.R(), s.Overlap.F1())
	fmt.Fprintf(&b, "%-26s %9.4f %9.4f %9.4f\n", "content (exact, trimmed)", s.Exact.P(), s.Exact.R(), s.Exact.F1())
	kinds := make([]string, 0, len(s.ByKind))
	for k := range s.ByKind {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		c := s.ByKind[k]
		fmt.Fprintf(&b, "recall %-19s %9s %9.4f %9s   (%d of %d)\n", k, "", c.R(), "", c.TP, c.Gold)
	}
	fmt.Fprintf(&b, "%-26s %9.4f   (%d of %d gold direct quotes)\n", "direct-quote recall", s.Direct.R(), s.Direct.TP, s.Direct.Gold)
	fmt.Fprintf(&b, "%-26s %9.4f   (%d of %d matched quotes with a gold speaker)\n", "speaker", s.Speaker.R(), s.Speaker.TP, s.Speaker.Gold)
	if s.Name.Gold > 0 {
		fmt.Fprintf(&b, "%-26s %9.4f   (%d of %d matched quotes)\n", "speaker name", s.Name.R(), s.Name.TP, s.Name.Gold)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

package ner

import (
	"fmt"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/newsnlp/newsnlp/gazetteer"
)

// Corpus file names inside a data directory such as ../shared/data/ner.
const (
	CoNLLTrainFile = "conll2003-train.conll.gz"
	CoNLLDevFile   = "conll2003-dev.conll.gz"
	GMBFile        = "gmb-voa.conll.gz"
)

// Corpus is a labelled training corpus of the shared data directory, as
// a --sets name chooses it.
type Corpus struct {
	Name    string   // its name in a set spec
	Files   []string // file names in the data directory
	About   string   // what it is, for --help
	Licence string   // as its source states it, for the model card
	// NoMISC, PlaceORG: the annotation conventions TrainSet describes.
	NoMISC, PlaceORG bool
	// Chunk > 0: the files have no documents (or GMB's none worth the
	// name); consecutive sentences are grouped into pseudo-documents of
	// Chunk sentences, so that document features see stories, not a file.
	Chunk int
	// StripTitles: job titles and honorifics are taken off the front of PER
	// mentions (GMB labels "President Bush" as one name, CoNLL "Bush").
	StripTitles bool
	// Retokenize: the files keep the text as written (NSA column) but split
	// it unlike CoNLL ("U . S .", "Ruto ’ s"), and their "sentences" may be
	// paragraphs; DataOptions.Split re-splits them as the pipeline does.
	Retokenize bool
}

// Corpora are the training corpora LoadSets knows. None of them is a set
// the model card reports as held out (CoNLL-2003 dev, worldwide newswire
// dev, UNER dev, WikiGold, CrossNER politics dev).
var Corpora = []Corpus{
	{Name: "conll", Files: []string{CoNLLTrainFile}, About: "CoNLL-2003 English train (Reuters, 1996)",
		Licence: "Reuters Corpus (RCV1) research licence"},
	{Name: "worldwide", Files: []string{"worldwide-newswire-train.conll.gz"}, Retokenize: true,
		About:   "English newswire from around the world, 2021-23 (CoNLL guidelines)",
		Licence: "none stated (news copyright; research use)"},
	{Name: "uner", Files: []string{"uner-en-ewt-train.conll.gz"}, NoMISC: true, PlaceORG: true, Retokenize: true,
		About: "Universal NER over the English Web Treebank (web text; no MISC; metonymic places ORG)", Licence: "CC BY-SA 4.0"},
	{Name: "crossner", Chunk: 20, About: "CrossNER train splits (Wikipedia: politics, science, music, literature, AI)",
		Files: []string{"crossner-politics-train.conll.gz", "crossner-science-train.conll.gz", "crossner-music-train.conll.gz",
			"crossner-literature-train.conll.gz", "crossner-ai-train.conll.gz"},
		Licence: "MIT (repository); sentences from Wikipedia, CC BY-SA"},
	{Name: "finer", Files: []string{"finer-ord-train.conll.gz"}, NoMISC: true,
		About: "FiNER-ORD train (financial news, 2015-16; no MISC)", Licence: "CC BY-NC 4.0"},
	{Name: "gmb", Files: []string{GMBFile}, Chunk: gmbChunk, StripTitles: true,
		About:   "Groningen Meaning Bank, VOA news (machine-bootstrapped labels; the last --gmb-holdout kept out)",
		Licence: "GMB: public-domain VOA texts, free for research; Kaggle card ODbL"},
	{Name: "wnut", Files: []string{"wnut17-train.conll.gz"}, Chunk: 20, About: "WNUT-17 train (tweets)", Licence: "CC BY 4.0"},
	{Name: "btc", Files: []string{"btc-train.conll.gz"}, Chunk: 20, NoMISC: true,
		About: "Broad Twitter Corpus train (no MISC)", Licence: "CC BY 4.0"},
	{Name: "tweebank", Files: []string{"tweebank-ner-train.conll.gz"}, Chunk: 20, About: "Tweebank-NER train (tweets)",
		Licence: "Apache-2.0 (repository); Tweebank text CC BY-NC-SA 4.0"},
}

// CorpusNamed returns the corpus called name.
func CorpusNamed(name string) (Corpus, bool) {
	for _, c := range Corpora {
		if c.Name == name {
			return c, true
		}
	}
	return Corpus{}, false
}

// SetSpec chooses a corpus for training: its name, the weight of its
// updates and its domain (see TrainSet).
type SetSpec struct {
	Corpus Corpus
	Weight float64
	Domain string
}

// ParseSets reads a comma-separated list of NAME[=WEIGHT][@DOMAIN], such as
// "conll,worldwide,uner=0.5@web": the corpora to train on, each with the
// weight of its updates (default 1) and a domain for its own feature copies
// (default none: it trains the shared weights alone).
func ParseSets(spec string) ([]SetSpec, error) {
	var out []SetSpec
	seen := map[string]bool{}
	for _, item := range strings.Split(spec, ",") {
		item = strings.TrimSpace(item)
		if item == "" {
			continue
		}
		s := SetSpec{Weight: 1}
		if i := strings.IndexByte(item, '@'); i >= 0 {
			s.Domain, item = item[i+1:], item[:i]
			if s.Domain == "" {
				return nil, fmt.Errorf("set %q: empty domain after @", item)
			}
		}
		if i := strings.IndexByte(item, '='); i >= 0 {
			w, err := strconv.ParseFloat(item[i+1:], 64)
			if err != nil || w <= 0 || w > 100 {
				return nil, fmt.Errorf("set %q: weight must be a number in (0, 100]", item)
			}
			s.Weight, item = w, item[:i]
		}
		c, ok := CorpusNamed(item)
		if !ok {
			return nil, fmt.Errorf("unknown training set %q (known: %s)", item, strings.Join(CorpusNames(), ", "))
		}
		if seen[item] {
			return nil, fmt.Errorf("training set %q given twice", item)
		}
		seen[item] = true
		s.Corpus = c
		out = append(out, s)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no training set in %q", spec)
	}
	return out, nil
}

// CorpusNames returns the names of Corpora.
func CorpusNames() []string {
	out := make([]string, len(Corpora))
	for i, c := range Corpora {
		out[i] = c.Name
	}
	return out
}

// DataOptions choose the training data LoadSets returns.
type DataOptions struct {
	// GMBHoldout is the share of GMB kept out of training, from its end, for
	// a measure on news unlike CoNLL's (0.1 keeps 10%); 0 trains on all.
	GMBHoldout float64
	// Split, if set, re-splits the text of the corpora marked Retokenize
	// into sentences and tokens (see Retokenize).
	Split Splitter
}

// gmbChunk is how many GMB sentences make a pseudo-document (GMB has no
// document boundaries; consecutive sentences mostly come from one story).
const gmbChunk = 20

// LoadSets reads the chosen corpora in dir and returns them as training
// sets, in the order given, and the held-out end of GMB (pseudo-documents
// of 20 sentences, titles stripped from PER mentions) when GMB is among
// them. Reading is deterministic: the same files give the same sets.
func LoadSets(dir string, specs []SetSpec, opts DataOptions) (sets []TrainSet, heldOut []Document, err error) {
	gz := gazetteer.Default()
	for _, sp := range specs {
		c := sp.Corpus
		var docs []Document
		for _, f := range c.Files {
			d, err := ReadCoNLLFile(filepath.Join(dir, f))
			if err != nil {
				return nil, nil, fmt.Errorf("training set %s: %w", c.Name, err)
			}
			if c.Chunk > 0 {
				d = chunk(d, c.Chunk)
			}
			if c.Retokenize && opts.Split != nil {
				for i := range d {
					d[i] = Retokenize(d[i], opts.Split)
				}
			}
			docs = append(docs, d...)
		}
		if c.StripTitles {
			for _, d := range docs {
				for _, s := range d {
					StripTitles(gz, s)
				}
			}
		}
		if c.Name == "gmb" {
			cut := len(docs) - int(float64(len(docs))*opts.GMBHoldout)
			docs, heldOut = docs[:cut], docs[cut:]
		}
		sets = append(sets, TrainSet{Name: c.Name, Docs: docs, Weight: sp.Weight, Domain: sp.Domain,
			NoMISC: c.NoMISC, PlaceORG: c.PlaceORG})
	}
	return sets, heldOut, nil
}

// chunk regroups the sentences of docs into documents of n sentences.
func chunk(docs []Document, n int) []Document {
	var sents []Sentence
	for _, d := range docs {
		sents = append(sents, d...)
	}
	var out []Document
	for i := 0; i < len(sents); i += n {
		out = append(out, Document(sents[i:min(i+n, len(sents)):min(i+n, len(sents))]))
	}
	return out
}

// StripTitles takes job titles and honorifics off the front of PER
// mentions, in place: GMB labels "President Bush" and "Mr. Smith" as whole
// PER mentions, CoNLL labels only the name.
func StripTitles(gz *gazetteer.Gazetteer, s Sentence) {
	var h gazetteer.Hasher
	for _, sp := range Spans(s.Labels) {
		if sp.Type != "PER" {
			continue
		}
		start := sp.Start
		for start < sp.End-1 {
			n, k := gz.Match(&h, s.Words[:sp.End], start)
			if n == 0 || !k.Has(gazetteer.Title|gazetteer.Honorific) || start+n >= sp.End {
				break
			}
			for j := start; j < start+n; j++ {
				s.Labels[j] = "O"
			}
			start += n
			s.Labels[start] = "B-PER"
		}
	}
}

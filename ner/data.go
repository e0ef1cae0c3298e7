package ner

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/newsnlp/newsnlp/gazetteer"
)

// Corpus file names inside a data directory such as ../shared/data/ner.
const (
	CoNLLTrainFile = "conll2003-train.conll.gz"
	CoNLLDevFile   = "conll2003-dev.conll.gz"
	GMBFile        = "gmb-voa.conll.gz"
)

// DataOptions choose the training data LoadData returns.
type DataOptions struct {
	// GMBHoldout is the share of GMB kept out of training, from its end, for
	// a measure on news unlike CoNLL's (0.1 keeps 10%); 0 trains on all.
	GMBHoldout float64
	NoGMB      bool // train on CoNLL-2003 only (the held-out GMB slice is still returned)
	WithDev    bool // add CoNLL-2003 dev to the training data
}

// gmbChunk is how many GMB sentences make a pseudo-document (GMB has no
// document boundaries; consecutive sentences mostly come from one story).
const gmbChunk = 20

// LoadData reads the training corpora in dir and returns the training sets
// (CoNLL-2003 first, then GMB unless NoGMB) and the held-out GMB documents
// (pseudo-documents of 20 sentences, titles stripped from PER mentions).
func LoadData(dir string, opts DataOptions) (sets []TrainSet, heldOut []Document, err error) {
	train, err := ReadCoNLLFile(filepath.Join(dir, CoNLLTrainFile))
	if err != nil {
		return nil, nil, err
	}
	if opts.WithDev {
		dev, err := ReadCoNLLFile(filepath.Join(dir, CoNLLDevFile))
		if err != nil {
			return nil, nil, err
		}
		train = append(train, dev...)
	}
	sets = []TrainSet{{Name: "CoNLL-2003", Docs: train}}
	gmbPath := filepath.Join(dir, GMBFile)
	if _, err := os.Stat(gmbPath); err != nil {
		return nil, nil, fmt.Errorf("GMB data: %w", err)
	}
	gdocs, err := ReadCoNLLFile(gmbPath)
	if err != nil {
		return nil, nil, err
	}
	var sents []Sentence
	for _, d := range gdocs {
		sents = append(sents, d...)
	}
	gz := gazetteer.Default()
	for _, s := range sents {
		StripTitles(gz, s)
	}
	var chunks []Document
	for i := 0; i < len(sents); i += gmbChunk {
		chunks = append(chunks, Document(sents[i:min(i+gmbChunk, len(sents))]))
	}
	cut := len(chunks) - int(float64(len(chunks))*opts.GMBHoldout)
	if !opts.NoGMB {
		sets = append(sets, TrainSet{Name: "GMB", Docs: chunks[:cut]})
	}
	return sets, chunks[cut:], nil
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

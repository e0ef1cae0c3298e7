package ner

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
)

// TextSource is unlabelled text that the word clusters and capitalisation
// statistics are learnt from: files of the shared data directory.
type TextSource struct {
	Name    string // its name in a --text-sources list
	Pattern string // glob under the shared data directory
	About   string // what it is, for the model card
	// CoNLL: CoNLL-format files, read for their tokens (labels ignored);
	// files with an NSA column are re-split as the pipeline does. Otherwise
	// gzipped JSONL whose "text" field is split into sentences and tokens.
	CoNLL bool
}

// TextSources are the unlabelled text of the lexicon, in the order read.
// None is a set the model card reports as held out (CoNLL-2003 dev, the
// worldwide newswire dev, UNER dev, WikiGold, CrossNER politics dev), a
// test split, PolNeAR dev (the quotation scores' dev set), the CNN/DailyMail
// test stories (cnndm-test-cnn: the summarizer's held-out set, whose entity
// features would otherwise come from clusters fed on its own text) or
// lower-cased text (cnndm-test-lowercased), which would say nothing about
// case. UNER's
// web text (much of it lower case: "tampa bay") is left out too: with it the
// dev scores were no better (ner/MODEL.md).
var TextSources = []TextSource{
	{Name: "conll", Pattern: "ner/" + CoNLLTrainFile, CoNLL: true, About: "CoNLL-2003 train tokens (Reuters, 1996)"},
	{Name: "gmb", Pattern: "ner/" + GMBFile, CoNLL: true, About: "GMB tokens (VOA news, 2000s)"},
	{Name: "worldwide", Pattern: "ner/worldwide-newswire-train.conll.gz", CoNLL: true, About: "worldwide newswire train text (2021-23)"},
	{Name: "bbc", Pattern: "summarization/bbc-news-dev.jsonl.gz", About: "BBC News Summary articles (2004-05)"},
	{Name: "cnn-validation", Pattern: "summarization/cnndm-validation-cnn.jsonl.gz", About: "CNN stories, CNN/DailyMail validation (raw, cased)"},
	{Name: "polnear", Pattern: "quotes/polnear-train.jsonl.gz", About: "PolNeAR train articles (US political news, 2015-16)"},
	{Name: "boilerplate", Pattern: "boilerplate/*.jsonl.gz", About: "main text of the boilerplate pages (L3S-GN1, Dragnet, CleanEval, CleanPortalEval, Readability tests)"},
}

// ReadUnlabelled returns the sentences (token texts) of TextSources in the
// shared data directory root, split by split where the text is raw: the
// pipeline's own segmenter and tokenizer, so that the statistics describe
// the tokens the tagger will see and sentence-initial capitals are told
// from mid-sentence ones. Files are read in a fixed order, so the result
// is deterministic.
//
// names, if not empty, chooses the sources by TextSource.Name.
func ReadUnlabelled(root string, split Splitter, names ...string) ([][]string, error) {
	for _, n := range names {
		if _, ok := textSource(n); !ok {
			return nil, fmt.Errorf("unknown text source %q", n)
		}
	}
	var out [][]string
	addSplit := func(text string) {
		for _, toks := range split(text) {
			ws := make([]string, len(toks))
			for i, t := range toks {
				ws[i] = text[t[0]:t[1]]
			}
			out = append(out, ws)
		}
	}
	for _, src := range TextSources {
		if len(names) > 0 && !slices.Contains(names, src.Name) {
			continue
		}
		files, err := filepath.Glob(filepath.Join(root, src.Pattern))
		if err != nil {
			return nil, err
		}
		if len(files) == 0 {
			return nil, fmt.Errorf("unlabelled text: no file %s in %s", src.Pattern, root)
		}
		sort.Strings(files)
		for _, f := range files {
			if !src.CoNLL {
				if err := readJSONLText(f, addSplit); err != nil {
					return nil, err
				}
				continue
			}
			docs, err := ReadCoNLLFile(f)
			if err != nil {
				return nil, err
			}
			for _, d := range docs {
				for _, s := range d {
					if s.NoSpaceAfter != nil {
						addSplit(Render(Document{s}).Text)
					} else {
						out = append(out, s.Words)
					}
				}
			}
		}
	}
	return out, nil
}

func textSource(name string) (TextSource, bool) {
	for _, s := range TextSources {
		if s.Name == name {
			return s, true
		}
	}
	return TextSource{}, false
}

// readJSONLText calls fn with the "text" field of every line of a gzipped
// JSONL file.
func readJSONLText(path string, fn func(string)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	r := bufio.NewReaderSize(gz, 1<<20)
	for {
		line, err := r.ReadBytes('\n')
		if len(line) > 0 {
			var rec struct {
				Text string `json:"text"`
			}
			if jerr := json.Unmarshal(line, &rec); jerr != nil {
				return fmt.Errorf("%s: %w", path, jerr)
			}
			fn(rec.Text)
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
	}
}

package ner

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// SplitWords splits raw text into tokens roughly as newsnlp's tokenizer
// does (punctuation apart, "'s" and "n't" split, abbreviations such as
// "U.S." kept), for learning word statistics from unlabelled text.
func SplitWords(dst []string, text string) []string {
	for _, f := range strings.Fields(text) {
		var tail []string
		for f != "" {
			r, n := utf8.DecodeRuneInString(f)
			if !isSplitPunct(r) {
				break
			}
			dst = append(dst, f[:n])
			f = f[n:]
		}
		for f != "" {
			r, n := utf8.DecodeLastRuneInString(f)
			if r == '.' && (strings.Count(f, ".") > 1 || (len(f) <= 3 && f != ".")) {
				break // U.S., Mr., St.
			}
			if isSplitPunct(r) || r == '.' {
				tail = append(tail, f[len(f)-n:])
				f = f[:len(f)-n]
				continue
			}
			low := strings.ToLower(f)
			if len(f) > 3 && strings.HasSuffix(low, "n't") {
				tail = append(tail, f[len(f)-3:])
				f = f[:len(f)-3]
				continue
			}
			if len(f) > 2 && (strings.HasSuffix(low, "'s") || strings.HasSuffix(low, "’s")) {
				k := strings.LastIndexAny(f, "'’")
				tail = append(tail, f[k:])
				f = f[:k]
				continue
			}
			break
		}
		if f != "" {
			dst = append(dst, f)
		}
		for i := len(tail) - 1; i >= 0; i-- {
			dst = append(dst, tail[i])
		}
	}
	return dst
}

func isSplitPunct(r rune) bool {
	switch r {
	case ',', ';', ':', '!', '?', '(', ')', '[', ']', '{', '}', '"', '“', '”', '‘', '’', '\'', '«', '»':
		return true
	}
	return unicode.Is(unicode.Pd, r) && r != '-'
}

// ReadUnlabelled returns the sentences of unlabelled text in the shared data
// directory root: the tokens of CoNLL-2003 train and GMB (labels ignored),
// and the text of the summarization and boilerplate JSONL corpora, split
// into lines and then tokens. CoNLL-2003 dev is not read, so that it stays
// a fair test. Files are read in sorted order.
func ReadUnlabelled(root string) ([][]string, error) {
	var out [][]string
	for _, name := range []string{CoNLLTrainFile, GMBFile} {
		docs, err := ReadCoNLLFile(filepath.Join(root, "ner", name))
		if err != nil {
			return nil, err
		}
		for _, d := range docs {
			for _, s := range d {
				out = append(out, s.Words)
			}
		}
	}
	var files []string
	for _, pat := range []string{"summarization/*.jsonl.gz", "boilerplate/*.jsonl.gz"} {
		m, err := filepath.Glob(filepath.Join(root, pat))
		if err != nil {
			return nil, err
		}
		files = append(files, m...)
	}
	sort.Strings(files)
	for _, f := range files {
		if err := readJSONLText(f, func(text string) {
			for _, line := range strings.Split(text, "\n") {
				if ws := SplitWords(nil, line); len(ws) > 0 {
					out = append(out, ws)
				}
			}
		}); err != nil {
			return nil, err
		}
	}
	return out, nil
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

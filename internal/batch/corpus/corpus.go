// Package corpus provides test archives for batch benchmarks: nested folders
// of news stories, as text files and HTML pages, written from the shared
// data sets (never committed), plus an empty file and a binary one.
package corpus

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
)

// The shared data files an archive is built from, relative to the shared
// folder.
const (
	BBC     = "data/summarization/bbc-news-dev.jsonl.gz"
	L3S     = "data/boilerplate/l3s-gn1-google-news.jsonl.gz"
	Dragnet = "data/boilerplate/dragnet.jsonl.gz"
)

// Options size an archive.
type Options struct {
	Text   int // BBC stories written as .txt files (default 400)
	HTML   int // news pages written as .html files, half L3S-GN1, half Dragnet (default 200)
	Copies int // copies of the whole set, each in its own folder (default 1)
}

// Stats describe an archive written.
type Stats struct {
	Stories int   // text and HTML files that hold a story
	Bad     int   // the empty and binary files
	Bytes   int64 // size of all files
}

// Texts returns the story texts of an archive, in the order Build writes
// them (one copy): for baselines that take text, not files. HTML pages give
// their gold main text.
func Texts(shared string, o Options) ([]string, error) {
	o = o.withDefaults()
	var out []string
	err := each(filepath.Join(shared, BBC), o.Text, 4, func(m map[string]string) error {
		out = append(out, m["title"]+"\n\n"+m["text"])
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, src := range []struct {
		path string
		n    int
	}{{L3S, (o.HTML + 1) / 2}, {Dragnet, o.HTML / 2}} {
		if err := each(filepath.Join(shared, src.path), src.n, 1, func(m map[string]string) error {
			out = append(out, m["text"])
			return nil
		}); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func (o Options) withDefaults() Options {
	if o.Text == 0 && o.HTML == 0 {
		o.Text, o.HTML = 400, 200
	}
	if o.Copies < 1 {
		o.Copies = 1
	}
	return o
}

// Build writes an archive under dir from the data sets in shared:
//
//	copy-NN/text/<category>/<id>.txt    BBC stories: title, blank line, text
//	copy-NN/html/<set>/<NN>/page-NNNN.html  news pages as crawled
//	copy-NN/bad/empty.txt, copy-NN/bad/deep/binary.bin
//
// With one copy the copy-NN level is left out.
func Build(dir, shared string, o Options) (Stats, error) {
	o = o.withDefaults()
	var st Stats
	for c := range o.Copies {
		root := dir
		if o.Copies > 1 {
			root = filepath.Join(dir, fmt.Sprintf("copy-%02d", c))
		}
		if err := build(root, shared, o, &st); err != nil {
			return st, err
		}
	}
	return st, nil
}

func build(root, shared string, o Options, st *Stats) error {
	write := func(rel string, data []byte) error {
		p := filepath.Join(root, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		st.Bytes += int64(len(data))
		return os.WriteFile(p, data, 0o644)
	}
	err := each(filepath.Join(shared, BBC), o.Text, 4, func(m map[string]string) error {
		st.Stories++
		return write(fmt.Sprintf("text/%s/%s.txt", m["category"], m["id"]), []byte(m["title"]+"\n\n"+m["text"]+"\n"))
	})
	if err != nil {
		return err
	}
	for _, src := range []struct {
		name, path string
		n          int
	}{{"l3s", L3S, (o.HTML + 1) / 2}, {"dragnet", Dragnet, o.HTML / 2}} {
		i := 0
		err := each(filepath.Join(shared, src.path), src.n, 1, func(m map[string]string) error {
			st.Stories++
			rel := fmt.Sprintf("html/%s/%02d/page-%04d.html", src.name, i/25, i)
			i++
			return write(rel, []byte(m["html"]))
		})
		if err != nil {
			return err
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	bin := make([]byte, 4096)
	for i := range bin {
		bin[i] = byte(rng.UintN(256))
	}
	copy(bin, "\x7fELF")
	st.Bad += 2
	if err := write("bad/empty.txt", nil); err != nil {
		return err
	}
	return write("bad/deep/binary.bin", bin)
}

// each calls fn with n records of a gzipped JSONL file that have text, as
// strings: every stride-th record from the first (BBC's are sorted by
// category, so a stride spreads them over all five).
func each(path string, n, stride int, fn func(map[string]string) error) error {
	if n <= 0 {
		return nil
	}
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	done := 0
	for i := 0; sc.Scan() && done < n; i++ {
		if i%stride != 0 {
			continue
		}
		var raw map[string]any
		if err := json.Unmarshal(sc.Bytes(), &raw); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		m := map[string]string{}
		for k, v := range raw {
			m[k] = strings.TrimSpace(fmt.Sprint(v))
		}
		if m["text"] == "" {
			continue
		}
		if err := fn(m); err != nil {
			return err
		}
		done++
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if done < n {
		return fmt.Errorf("%s: only %d records, %d wanted", path, done, n)
	}
	return nil
}

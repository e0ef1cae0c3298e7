package batch

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// resumed is a JSONL or CSV output opened to append to: what it held when
// opened, and which of those stories this run wrote again because their
// content changed, so that Close can drop the stale records.
type resumed struct {
	path   string
	format string
	end    int64          // the size of the old part, complete lines only
	done   doneSet        // the old part's stories, by source and hash
	last   map[string]int // the old part's sources, with the line number of the last record of each
	dups   bool           // some source has several records in the old part
	redone map[string]bool
}

// openForResume opens an output file to append to, and reads which stories
// it holds. A last line without its newline, left by a run that was killed,
// is cut off: its story is processed again.
func openForResume(path, format string) (*os.File, *resumed, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, nil, err
	}
	res := &resumed{path: path, format: format, done: doneSet{}, last: map[string]int{}, redone: map[string]bool{}}
	err = eachRecord(f, format, func(n int, _ []byte, source, hash string) {
		if source == "" {
			return // the header, or a line that is not a record: kept as it is
		}
		if _, ok := res.last[source]; ok {
			res.dups = true
		}
		res.last[source] = n
		if hash != "" {
			res.done.add(source, hash)
		}
	}, &res.end)
	if err == nil {
		err = f.Truncate(res.end)
	}
	if err == nil {
		_, err = f.Seek(res.end, io.SeekStart)
	}
	if err != nil {
		f.Close()
		return nil, nil, fmt.Errorf("resume from %s: %w", path, err)
	}
	return f, res, nil
}

// wrote records that this run wrote a story with source.
func (r *resumed) wrote(source string) {
	if _, ok := r.last[source]; ok {
		r.redone[source] = true
	}
}

// compact drops from the closed output the old records that this run
// replaced (a story whose file changed) and, for a source with several
// records in the old part, all but the last, so that every source has one
// record. The file is rewritten beside the old one and renamed over it, so
// that an interrupted compaction leaves the old file whole. It does nothing
// when no record is stale.
func (r *resumed) compact() error {
	if len(r.redone) == 0 && !r.dups {
		return nil
	}
	in, err := os.Open(r.path)
	if err != nil {
		return err
	}
	defer in.Close()
	tmp, err := os.CreateTemp(filepath.Dir(r.path), filepath.Base(r.path)+".*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // after a successful rename, a no-op
	w := bufio.NewWriterSize(tmp, 64<<10)
	var end int64
	err = eachRecord(io.LimitReader(in, r.end), r.format, func(n int, line []byte, source, _ string) {
		if source == "" || (!r.redone[source] && r.last[source] == n) {
			w.Write(line) // the CSV header, or a record still current
		}
	}, &end)
	if err == nil {
		_, err = in.Seek(r.end, io.SeekStart)
	}
	if err == nil {
		_, err = io.Copy(w, in) // this run's records
	}
	if err == nil {
		err = w.Flush()
	}
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), r.path)
	}
	if err != nil {
		return fmt.Errorf("drop stale records from %s: %w", r.path, err)
	}
	return nil
}

// eachRecord calls fn with every complete line of a JSONL or CSV output, its
// number (from 0; a CSV file's header is 0 and has no source nor hash) and the source and hash it records, and sets *end to the offset
// just past the last complete line. A line that cannot be read as a record
// gets an empty source and hash.
func eachRecord(r io.Reader, format string, fn func(n int, line []byte, source, hash string), end *int64) error {
	br := bufio.NewReaderSize(r, 64<<10)
	srcCol, hashCol := slices.Index(csvHeader, "source"), slices.Index(csvHeader, "hash")
	*end = 0
	for n := 0; ; n++ {
		line, err := br.ReadBytes('\n')
		if len(line) > 0 && line[len(line)-1] == '\n' {
			*end += int64(len(line))
			source, hash := "", ""
			switch {
			case format == FormatCSV && n == 0:
				// Rows are appended in this version's columns: a file with
				// others would end up with rows of two shapes.
				rec, perr := csv.NewReader(bytes.NewReader(line)).Read()
				if perr != nil || !slices.Equal(rec, csvHeader) {
					return fmt.Errorf("not a newsnlp CSV output: its header is not %s", strings.Join(csvHeader, ","))
				}
			case format == FormatCSV:
				rec, perr := csv.NewReader(bytes.NewReader(line)).Read()
				if perr == nil && srcCol < len(rec) && hashCol < len(rec) {
					source, hash = rec[srcCol], rec[hashCol]
				}
			default:
				var l struct {
					Source string `json:"source"`
					Hash   string `json:"hash"`
				}
				if json.Unmarshal(line, &l) == nil {
					source, hash = l.Source, l.Hash
				}
			}
			fn(n, line, source, hash)
		}
		if err != nil {
			if errors.Is(err, io.EOF) {
				return nil
			}
			return err
		}
	}
}

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
	"slices"
)

// openForResume opens an output file to append to, and reads which stories
// it holds. A last line without its newline, left by a run that was killed,
// is cut off: its story is processed again.
func openForResume(path, format string) (f *os.File, done doneSet, empty bool, err error) {
	f, err = os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, nil, false, err
	}
	done, end, err := readDone(f, format)
	if err == nil {
		err = f.Truncate(end)
	}
	if err == nil {
		_, err = f.Seek(end, io.SeekStart)
	}
	if err != nil {
		f.Close()
		return nil, nil, false, fmt.Errorf("resume from %s: %w", path, err)
	}
	return f, done, end == 0, nil
}

// readDone reads the source and hash of every complete line of a JSONL or
// CSV output, and returns the offset just past the last complete line.
func readDone(r io.Reader, format string) (doneSet, int64, error) {
	done := doneSet{}
	br := bufio.NewReaderSize(r, 64<<10)
	var (
		end     int64
		srcCol  = -1
		hashCol = -1
		first   = true
	)
	for {
		line, err := br.ReadBytes('\n')
		if len(line) > 0 && line[len(line)-1] == '\n' {
			end += int64(len(line))
			switch format {
			case FormatCSV:
				rec, perr := csv.NewReader(bytes.NewReader(line)).Read()
				if perr != nil {
					break
				}
				if first {
					srcCol, hashCol = slices.Index(rec, "source"), slices.Index(rec, "hash")
					if srcCol < 0 || hashCol < 0 {
						return nil, 0, errors.New("not a newsnlp CSV output: no source and hash columns")
					}
				} else if srcCol < len(rec) && hashCol < len(rec) && rec[hashCol] != "" {
					done.add(rec[srcCol], rec[hashCol])
				}
			default:
				var l struct {
					Source string `json:"source"`
					Hash   string `json:"hash"`
				}
				if json.Unmarshal(line, &l) == nil && l.Hash != "" {
					done.add(l.Source, l.Hash)
				}
			}
			first = false
		}
		if err != nil {
			if errors.Is(err, io.EOF) {
				return done, end, nil
			}
			return nil, 0, err
		}
	}
}

package story

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"strings"

	"github.com/newsnlp/newsnlp/source"
)

// record is one line of a JSONL stream.
type record struct {
	ID   json.RawMessage `json:"id"`
	Text *string         `json:"text"`
	HTML *string         `json:"html"`
}

// Stream yields a job for every non-blank line of r, a JSON Lines stream of
// {"id", "text"} or {"id", "html"} objects ("id" is optional and may be any
// JSON value; "html" wins when both are given). A line that is not such an
// object, or is longer than maxBytes, yields a job carrying the error, with
// its line number and, when it can be read, its id. A failure to read r
// ends the stream and is stored in *readErr.
func Stream(r io.Reader, maxBytes int64, readErr *error) iter.Seq[Job] {
	if maxBytes <= 0 {
		maxBytes = source.DefaultMaxBytes
	}
	return func(yield func(Job) bool) {
		br := bufio.NewReaderSize(r, 64<<10)
		for n := 1; ; n++ {
			line, tooLong, err := readLine(br, maxBytes)
			if len(bytes.TrimSpace(line)) > 0 || tooLong {
				job := Job{Line: n}
				if tooLong {
					job.Err = fmt.Errorf("%w: more than %d bytes (raise --max-bytes)", source.ErrTooLarge, maxBytes)
				} else {
					job = ParseRecord(n, line)
				}
				if !yield(job) {
					return
				}
			}
			if err != nil {
				if !errors.Is(err, io.EOF) && readErr != nil {
					*readErr = err
				}
				return
			}
		}
	}
}

// parseRecord turns one stream line into a job.
func ParseRecord(n int, line []byte) Job {
	job := Job{Line: n}
	var rec record
	if err := json.Unmarshal(line, &rec); err != nil {
		job.Err = recordError(err)
		if len(bytes.TrimSpace(line)) > 0 && bytes.TrimSpace(line)[0] == '{' {
			var id struct {
				ID json.RawMessage `json:"id"`
			}
			if json.Unmarshal(line, &id) == nil && len(id.ID) > 0 && !bytes.Equal(id.ID, []byte("null")) {
				job.ID = id.ID
			}
		}
		return job
	}
	if len(rec.ID) > 0 && !bytes.Equal(rec.ID, []byte("null")) {
		job.ID = rec.ID
	}
	switch {
	case rec.HTML != nil:
		job.Input = &Input{Data: []byte(*rec.HTML), Kind: "html"}
	case rec.Text != nil:
		job.Input = &Input{Data: []byte(*rec.Text), Kind: "text"}
	default:
		job.Err = errors.New(`no "text" or "html" field`)
	}
	if job.Input != nil {
		job.Input.Name = RecordName(job.ID, job.Line)
	}
	return job
}

// recordError says what is wrong with a line that does not decode as a
// record, in the stream's terms, never in Go's ("cannot unmarshal string
// into Go value of type batch.record").
func recordError(err error) error {
	var typeErr *json.UnmarshalTypeError
	var syntaxErr *json.SyntaxError
	switch {
	case errors.As(err, &typeErr) && typeErr.Field == "":
		return fmt.Errorf("not a JSON object but a JSON %s", typeErr.Value)
	case errors.As(err, &typeErr) && typeErr.Field == "id":
		return fmt.Errorf(`"id" is a JSON %s`, typeErr.Value)
	case errors.As(err, &typeErr):
		return fmt.Errorf("%q must be a string, not a JSON %s", typeErr.Field, typeErr.Value)
	case errors.As(err, &syntaxErr):
		return fmt.Errorf("not a JSON object: %s", strings.TrimPrefix(syntaxErr.Error(), "json: "))
	}
	return fmt.Errorf("not a JSON object: %s", strings.TrimPrefix(err.Error(), "json: "))
}

// RecordName names a stream record where a source is needed (SQLite, CSV):
// its id, as a string if it is one, or else (no id, or a blank one) its
// line.
func RecordName(id json.RawMessage, line int) string {
	if len(id) > 0 {
		var s string
		if json.Unmarshal(id, &s) != nil {
			return string(id)
		}
		if strings.TrimSpace(s) != "" {
			return s
		}
	}
	return fmt.Sprintf("line %d", line)
}

// readLine reads one line without its end. A line longer than max is read to
// its end but not kept, and reported as too long.
func readLine(br *bufio.Reader, max int64) (line []byte, tooLong bool, err error) {
	var buf []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if int64(len(buf)+len(chunk)) > max+1 {
				tooLong, buf = true, nil
			} else {
				buf = append(buf, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		buf = bytes.TrimSuffix(buf, []byte("\n"))
		buf = bytes.TrimSuffix(buf, []byte("\r"))
		return buf, tooLong, err
	}
}

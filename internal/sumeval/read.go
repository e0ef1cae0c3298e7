package sumeval

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
)

// Article is one labelled story: its text and a reference summary with one
// sentence a line.
type Article struct {
	ID      string `json:"id"`
	Title   string `json:"title"`
	Text    string `json:"text"`
	Summary string `json:"summary"`
	// Recased is set when Text came lowercased and tokenized and was
	// rebuilt by Recase.
	Recased bool `json:"-"`
}

// Read reads JSON lines of {"text","summary"} (other fields are kept where
// Article has them), gzip-compressed or not. A text that is lowercased and
// tokenized (see Tokenized) is rebuilt by Recase. Blank lines are skipped; a line
// that is not such an object is an error naming its line number.
func Read(r io.Reader) ([]Article, error) {
	br := bufio.NewReaderSize(r, 1<<16)
	if magic, _ := br.Peek(2); bytes.Equal(magic, []byte{0x1f, 0x8b}) {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("gzip: %w", err)
		}
		defer zr.Close()
		br = bufio.NewReaderSize(zr, 1<<16)
	}
	var out []Article
	sc := bufio.NewScanner(br)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for line := 1; sc.Scan(); line++ {
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		var a Article
		if err := json.Unmarshal(b, &a); err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		if a.Text == "" || a.Summary == "" {
			return nil, fmt.Errorf("line %d: want an object with \"text\" and \"summary\"", line)
		}
		if Tokenized(a.Text) {
			a.Text, a.Recased = Recase(a.Text), true
		}
		if a.ID == "" {
			a.ID = fmt.Sprintf("line%d", line)
		}
		out = append(out, a)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

// ReadFile reads a JSONL(.gz) file with Read; errors name the file.
func ReadFile(path string) ([]Article, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	arts, err := Read(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(arts) == 0 {
		return nil, fmt.Errorf("%s: no articles", path)
	}
	return arts, nil
}

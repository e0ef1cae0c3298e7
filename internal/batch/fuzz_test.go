package batch

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/newsnlp/newsnlp/story"
)

// FuzzStream checks the JSONL stream reader on any bytes: one job per
// non-blank line (or per over-long one), in line order, each with either
// an input or an error, and errors that name no Go type.
func FuzzStream(f *testing.F) {
	for _, s := range []string{
		`{"id":"a1","text":"Angela Merkel spoke in Berlin."}` + "\n" + `{"id":2,"html":"<p>Rome</p>"}` + "\n",
		"not json\n\n   \n{}\n",
		`"just a string"` + "\n" + `{"id":1,"text":5}` + "\n" + `{"id":{"a":[1]},"html":["x"],"text":null}`,
		"{\"id\":\"x\",\"text\":\"a\\u0000b\"}\r\n{\"text\":\"\xff\xfe\"}",
		strings.Repeat("x", 300) + "\n{\"text\":\"short\"}",
		"[1,2]\nnull\ntrue\n{\"id\":null,\"text\":\"\"}\n",
	} {
		f.Add([]byte(s), uint16(200))
	}
	f.Fuzz(func(t *testing.T, data []byte, maxLine uint16) {
		var readErr error
		last, n := 0, 0
		for job := range story.Stream(bytes.NewReader(data), int64(maxLine)+1, &readErr) {
			n++
			if (job.Input == nil) == (job.Err == nil) {
				t.Fatalf("line %d: input %v, error %v; want exactly one", job.Line, job.Input, job.Err)
			}
			if job.Line <= last {
				t.Fatalf("line %d after line %d", job.Line, last)
			}
			last = job.Line
			if job.Err != nil {
				if msg := job.Err.Error(); strings.Contains(msg, "Go value") || strings.Contains(msg, "batch.") {
					t.Fatalf("line %d: error names a Go type: %s", job.Line, msg)
				}
				continue
			}
			if job.Input.Kind != "html" && job.Input.Kind != "text" || job.Input.Name == "" {
				t.Fatalf("line %d: input %+v", job.Line, job.Input)
			}
		}
		if readErr != nil {
			t.Fatalf("read error from a bytes.Reader: %v", readErr)
		}
		if lines := bytes.Count(data, []byte("\n")) + 1; n > lines || last > lines {
			t.Fatalf("%d jobs, last line %d, from %d lines", n, last, lines)
		}
	})
}

// FuzzResume checks the resume reader on any existing output, JSONL or
// CSV: it keeps complete lines only, and after a run that wrote one story
// again, the output holds every source at most once, the new record last.
func FuzzResume(f *testing.F) {
	f.Add([]byte(`{"source":"a.txt","hash":"h1"}`+"\n"+`{"source":"b.txt","hash":"h2"}`+"\n"+`{"source":"a.txt","hash":"h3"}`+"\n"+`{"sour`), false, "a.txt")
	f.Add([]byte("source,title,entities,summary,headline,error,hash\na.txt,T,,,,,h1\n\"b,\"\"x\"\".txt\",U,,,,,h2\na.txt,V,,,,,h9\nbroken,\"\n"), true, "a.txt")
	f.Add([]byte("not a header\nx\n"), true, "x")
	f.Add([]byte("garbage\n\n{}\n[]\n{\"source\":5}\n"), false, "")
	f.Fuzz(func(t *testing.T, data []byte, csvFormat bool, rewrite string) {
		if !utf8.ValidString(rewrite) || strings.ContainsFunc(rewrite, unicode.IsControl) {
			return // a source as a walk gives it: printable text
		}
		format := FormatJSONL
		if csvFormat {
			format = FormatCSV
		}
		var end int64
		err := eachRecord(bytes.NewReader(data), format, func(int, []byte, string, string) {}, &end)
		if err != nil {
			return // not a newsnlp CSV output: refused, not misread
		}
		if want := int64(bytes.LastIndexByte(data, '\n') + 1); end != want {
			t.Fatalf("end %d, want %d (just past the last newline)", end, want)
		}
		path := filepath.Join(t.TempDir(), "out")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		file, res, err := openForResume(path, format)
		if err != nil {
			t.Fatalf("openForResume: %v", err)
		}
		line := []byte(`{"source":` + jsonString(rewrite) + `,"hash":"new"}` + "\n")
		if csvFormat {
			rec, _ := encodeCSV([]string{rewrite, "", "", "", "", "", "new"})
			line = rec
			if end == 0 {
				h, _ := encodeCSV(append([]string(nil), csvHeader...))
				line = append(h, rec...)
			}
		}
		if _, err := file.Write(line); err != nil {
			t.Fatal(err)
		}
		file.Close()
		res.wrote(rewrite)
		if err := res.compact(); err != nil {
			t.Fatalf("compact: %v", err)
		}
		out, _ := os.ReadFile(path)
		seen := map[string]int{}
		eachRecord(bytes.NewReader(out), format, func(_ int, _ []byte, source, _ string) {
			if source != "" {
				seen[source]++
			}
		}, &end)
		for s, n := range seen {
			if n > 1 {
				t.Fatalf("source %q has %d records after compaction:\n%s", s, n, out)
			}
		}
		if rewrite != "" && seen[rewrite] != 1 {
			t.Fatalf("the new record of %q is gone:\n%s", rewrite, out)
		}
	})
}

func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

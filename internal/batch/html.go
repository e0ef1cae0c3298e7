package batch

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/newsnlp/newsnlp/entity"
	"github.com/newsnlp/newsnlp/internal/render"
	"github.com/newsnlp/newsnlp/story"
)

// FormatHTML is a folder of reports: a page per story (as "newsnlp analyze
// --format html" prints it) and an index.html that lists the stories and
// ends with the cross-story entity table.
const FormatHTML = "html"

// IndexName is the index page of an HTML output folder.
const IndexName = "index.html"

// Limits of the index page.
const (
	indexTopEntities = 5    // entities named per story
	indexTableRows   = 1000 // rows of the cross-story table
)

// isFolderName reports whether an --out value names a folder: it ends in a
// path separator or is an existing directory.
func isFolderName(name string) bool {
	if name == "" || name == "-" {
		return false
	}
	if strings.HasSuffix(name, "/") || strings.HasSuffix(name, string(filepath.Separator)) {
		return true
	}
	st, err := os.Stat(name)
	return err == nil && st.IsDir()
}

// htmlSink writes a page per story into a folder, and the index as the
// stories come: a row each, then at Close the cross-story entity table.
// It keeps the table's names and nothing else of the stories.
type htmlSink struct {
	dir     string
	file    *os.File
	index   *bufio.Writer
	opts    render.IndexOptions
	table   *entity.Table
	stories int
	failed  int
}

// openHTML creates dir (and its parents) and starts its index.
func openHTML(dir string, resume bool) (*Output, error) {
	if resume {
		return nil, optionErrorf("--resume needs jsonl, csv or sqlite output, not html")
	}
	if dir == "" || dir == "-" {
		return nil, optionErrorf("html output needs --out FOLDER")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	f, err := os.Create(filepath.Join(dir, IndexName))
	if err != nil {
		return nil, err
	}
	s := &htmlSink{dir: dir, file: f, index: bufio.NewWriterSize(f, flushSize),
		opts: render.IndexOptions{Title: "Stories", ShowQuotes: true}, table: entity.NewTable(entity.DefaultTableSources)}
	if err := render.WriteIndexStart(s.index, s.opts); err != nil {
		f.Close()
		return nil, err
	}
	return &Output{Sink: s, Pages: true}, nil
}

// storyKey names a story for the entity table and its page: its source, or
// for a stream record its id or line.
func storyKey(s *Story) string {
	if s.Source != "" {
		return s.Source
	}
	return story.RecordName(s.ID, s.Line)
}

// PageName is the file name of a story's page in an HTML output folder:
// the source's base name, made safe, and a hash of the whole source, so
// that two stories never share a page and a name depends on nothing else.
func PageName(key string) string {
	base := filepath.Base(filepath.ToSlash(key))
	if i := strings.LastIndexByte(base, '.'); i > 0 {
		base = base[:i]
	}
	var b strings.Builder
	for _, r := range base {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '_':
			b.WriteRune(r)
		default:
			b.WriteByte('-')
		}
		if b.Len() >= 60 {
			break
		}
	}
	sum := sha256.Sum256([]byte(key))
	name := strings.Trim(b.String(), "-")
	if name == "" {
		name = "story"
	}
	return name + "-" + hex.EncodeToString(sum[:4]) + ".html"
}

// Prepare implements Sink: it renders the story's page on the worker and
// lets go of the parsed document.
func (h *htmlSink) Prepare(s *Story) error {
	if s.Err != nil || s.View == nil {
		s.View = nil
		return nil
	}
	v := *s.View
	v.Headline = s.Headline
	s.View = nil
	p := v.Page()
	p.Index = IndexName
	var b bytes.Buffer
	if err := render.WritePage(&b, p); err != nil {
		return err
	}
	s.Encoded = b.Bytes()
	return nil
}

// Write implements Sink: the story's page, and its row in the index.
func (h *htmlSink) Write(s *Story) error {
	h.stories++
	key := storyKey(s)
	row := render.IndexStory{Title: s.Title, Source: key}
	if s.Err != nil {
		h.failed++
		row.Error = story.ErrorText(s)
	} else {
		if s.Encoded == nil {
			return fmt.Errorf("internal error: no page for %s", key)
		}
		row.Href = PageName(key)
		if err := os.WriteFile(filepath.Join(h.dir, row.Href), s.Encoded, 0o644); err != nil {
			return err
		}
		s.Encoded = nil
		row.Top = topEntities(s.Entities, indexTopEntities)
		row.Quotes = len(s.Quotes)
		h.table.Add(key, s.Raw)
	}
	return render.WriteIndexStory(h.index, h.opts, row)
}

// topEntities are the n most mentioned entities, in order of first mention
// among equals.
func topEntities(ents []render.EntityJSON, n int) []render.IndexEntity {
	out := make([]render.IndexEntity, len(ents))
	for i, e := range ents {
		out[i] = render.IndexEntity{Name: e.Name, Type: e.Type, Count: e.Count}
	}
	slices.SortStableFunc(out, func(a, b render.IndexEntity) int { return b.Count - a.Count })
	return out[:min(n, len(out))]
}

// Flush implements Sink.
func (h *htmlSink) Flush() error { return h.index.Flush() }

// Close implements Sink: it ends the index with the cross-story table.
func (h *htmlSink) Close() error {
	rows := h.table.Rows()
	end := render.IndexEnd{Stories: h.stories, Failed: h.failed, More: max(len(rows)-indexTableRows, 0)}
	for _, r := range rows[:min(len(rows), indexTableRows)] {
		ir := render.IndexRow{Name: r.Name, Type: r.Type, Stories: r.Stories, Mentions: r.Mentions, Aliases: strings.Join(r.Aliases, "; ")}
		for _, src := range r.Sources {
			ir.Links = append(ir.Links, render.IndexLink{Href: PageName(src), Title: filepath.Base(src), Source: src})
		}
		end.Rows = append(end.Rows, ir)
	}
	err := render.WriteIndexEnd(h.index, end)
	if ferr := h.index.Flush(); err == nil {
		err = ferr
	}
	if cerr := h.file.Close(); err == nil {
		err = cerr
	}
	return err
}

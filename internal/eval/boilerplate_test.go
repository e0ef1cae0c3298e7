package eval

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsnlp/newsnlp/nlp"
)

func TestScoreBoilerplate(t *testing.T) {
	// A page written for this test: a byline (furniture), the title, the
	// story, and "Share on Facebook" (furniture). Offsets are code points;
	// "é" makes them differ from bytes.
	text := "By José Pires\n\nHarbour plan approved\n\nThe council approved the harbour plan on Tuesday.\n\nShare on Facebook"
	runeIdx := func(s string) int { return len([]rune(text[:strings.Index(text, s)])) }
	page := DressedPage{ID: "p1", Text: text, Title: "Harbour plan approved", Body: "The council approved the harbour plan on Tuesday.",
		Furniture: [][2]int{{0, runeIdx("Harbour") - 2}, {runeIdx("Share"), len([]rune(text))}}}
	span := func(s string) nlp.Span { i := strings.Index(text, s); return nlp.Span{Start: i, End: i + len(s)} }
	story := &nlp.Document{Entities: []nlp.Entity{{Name: "Harbour Council"}}}
	good := DressedResult{
		Page:    &nlp.Document{Text: text, Body: []nlp.Span{span("Harbour plan approved"), span("The council approved the harbour plan on Tuesday.")}, Entities: []nlp.Entity{{Name: "Harbour Council"}}},
		Summary: []nlp.Span{span("The council approved the harbour plan on Tuesday.")},
		Story:   story,
	}
	leaky := DressedResult{
		Page: &nlp.Document{Text: text, Body: []nlp.Span{span("By José Pires"), span("The council approved")},
			Mentions: []nlp.Mention{{Span: span("José Pires")}}},
		Story: story,
	}
	results := []DressedResult{good, leaky}
	n := 0
	analyze := func(context.Context, DressedPage) (DressedResult, error) {
		n++
		if n > len(results) {
			return DressedResult{}, errors.New("parse failed")
		}
		return results[n-1], nil
	}
	s, err := ScoreBoilerplate(context.Background(), []DressedPage{page, page, page}, analyze)
	if err != nil {
		t.Fatal(err)
	}
	if s.Pages != 3 || s.Failed != 1 {
		t.Errorf("pages %d failed %d; want 3 and 1", s.Pages, s.Failed)
	}
	if s.Clean != 1.0/3 || s.TextClean != 1.0/3 {
		t.Errorf("clean %.3f text_clean %.3f; want 1/3 each", s.Clean, s.TextClean)
	}
	// Story words: 3 in the title and 8 in the paragraph on each of the two
	// pages scored; the second keeps 3 of the paragraph's words.
	if want := float64(11+3) / 22; s.StoryKept != want {
		t.Errorf("story_kept %.3f; want %.3f", s.StoryKept, want)
	}
	if s.MentionRecall != 0.5 {
		t.Errorf("mention_recall %.3f; want 0.5", s.MentionRecall)
	}
}

func TestReadDressedFile(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.jsonl")
	if err := os.WriteFile(good, []byte(`{"id":"a","text":"x","furniture":[[0,1]]}`+"\n\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	pages, err := ReadDressedFile(good)
	if err != nil || len(pages) != 1 || pages[0].Furniture[0] != [2]int{0, 1} {
		t.Errorf("pages %+v, err %v", pages, err)
	}
	bad := filepath.Join(dir, "bad.jsonl")
	if err := os.WriteFile(bad, []byte("{\"id\":\"a\"}\nnot json\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadDressedFile(bad); err == nil || !strings.Contains(err.Error(), "bad.jsonl: line 2") {
		t.Errorf("error %v; want one naming line 2", err)
	}
	if _, err := ReadDressedFile(filepath.Join(dir, "missing.jsonl")); err == nil {
		t.Error("no error for a missing file")
	}
}

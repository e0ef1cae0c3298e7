package summarize

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/newsnlp/newsnlp/nlp"
)

func TestCleanHeadline(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Council backs bridge", "Council backs bridge"},
		{`"Council backs bridge."`, "Council backs bridge"},
		{"**Headline:** Council backs bridge", "Council backs bridge"},
		{"# Title: “Council backs bridge”\nExplanation: ...", "Council backs bridge"},
		{"<think>The story is about a bridge.</think>\n\nCouncil backs bridge", "Council backs bridge"},
		{"\n\n- 'Why the bridge matters?'", "Why the bridge matters?"},
		{"Headline:\nCouncil backs bridge", "Council backs bridge"},
		{"one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen",
			"one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen"},
		{"  \n ** \n", ""},
		{"Council \x1b]0;owned\x07backs\u009b2J bridge\x1b[2J\x07", "Council backs bridge"},
		{"\x1b[31mCouncil backs bridge\x1b[0m", "Council backs bridge"},
	}
	for _, c := range cases {
		if got := CleanHeadline(c.in); got != c.want {
			t.Errorf("CleanHeadline(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestRetryAfter(t *testing.T) {
	now := time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)
	cases := []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"3", 3 * time.Second, true},
		{" 0 ", 0, true},
		{"Thu, 02 Jan 2025 03:04:15 GMT", 10 * time.Second, true},
		{"Thu, 02 Jan 2025 03:00:00 GMT", 0, true},
		{"", 0, false},
		{"soon", 0, false},
		{"-1", 0, false},
	}
	for _, c := range cases {
		got, ok := retryAfter(c.in, now)
		if got != c.want || ok != c.ok {
			t.Errorf("retryAfter(%q) = %v, %v; want %v, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

func testDoc(title string, body ...string) *nlp.Document {
	doc := &nlp.Document{Title: title}
	for _, s := range body {
		start := len(doc.Text)
		doc.Text += s + " "
		doc.Sentences = append(doc.Sentences, nlp.Sentence{Span: nlp.Span{Start: start, End: start + len(s)}, Text: s})
	}
	return doc
}

type fakeHeadliner struct {
	hl  Headline
	err error
	in  HeadlineInput
}

func (f *fakeHeadliner) Headline(_ context.Context, in HeadlineInput) (Headline, error) {
	f.in = in
	return f.hl, f.err
}

func TestHeadlineFor(t *testing.T) {
	long := "Rescuers on Sunday pulled 14 miners alive from a flooded shaft in northern Chile, officials said, after a three-day operation."
	sum := []Sentence{{Text: "Short one.", Score: 0.1}, {Text: long, Score: 0.9}}
	ctx := context.Background()

	llm := &fakeHeadliner{hl: Headline{Text: "Miners rescued", Source: SourceLLM, Model: "m"}}
	hl, err := HeadlineFor(ctx, llm, testDoc("Chile mine rescue"), sum)
	if err != nil || hl != llm.hl {
		t.Errorf("with a working LLM: %+v, %v", hl, err)
	}
	if len(llm.in.Summary) != 2 || llm.in.Summary[1] != long {
		t.Errorf("the LLM did not get the summary: %+v", llm.in)
	}

	failing := &fakeHeadliner{err: errors.New("HTTP 500")}
	hl, err = HeadlineFor(ctx, failing, testDoc("Chile mine rescue"), sum)
	if err == nil || hl.Source != SourceTitle || hl.Text != "Chile mine rescue" {
		t.Errorf("failing LLM with a title: %+v, %v", hl, err)
	}
	hl, err = HeadlineFor(ctx, nil, testDoc(""), sum)
	if !errors.Is(err, ErrNoLLM) || hl.Source != SourceExtractive {
		t.Errorf("no LLM, no title: %+v, %v", hl, err)
	}
	if n := len(strings.Fields(hl.Text)); n > MaxHeadlineWords || n < 5 {
		t.Errorf("extractive headline has %d words: %q", n, hl.Text)
	}
	if hl.Text[:8] != long[:8] {
		t.Errorf("extractive headline should come from the best-scored sentence: %q", hl.Text)
	}
}

func TestTopEntities(t *testing.T) {
	m := func(start int) nlp.Mention { return nlp.Mention{Span: nlp.Span{Start: start, End: start + 1}} }
	doc := &nlp.Document{Entities: []nlp.Entity{
		{Name: "Chile", Mentions: []nlp.Mention{m(5)}},
		{Name: "Codelco", Mentions: []nlp.Mention{m(9), m(30), m(50)}},
		{Name: "Sebastián Piñera", Mentions: []nlp.Mention{m(1), m(40)}},
		{Name: "Atacama", Mentions: []nlp.Mention{m(2)}},
		{Name: "Empty"},
	}}
	got := TopEntities(doc, 3)
	want := []string{"Codelco", "Sebastián Piñera", "Atacama"}
	if len(got) != len(want) {
		t.Fatalf("TopEntities = %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("TopEntities = %q, want %q", got, want)
		}
	}
}

package quote_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/newsnlp/newsnlp"
	"github.com/newsnlp/newsnlp/nlp"
)

// parse runs the whole pipeline, quotes included, on text.
func parse(t testing.TB, text string) *nlp.Document {
	t.Helper()
	p, err := newsnlp.DefaultParser()
	if err != nil {
		t.Fatal(err)
	}
	doc, err := p.Parse(context.Background(), newsnlp.Source{Name: "test", Text: text}, newsnlp.Options{Entities: true, Quotes: true})
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// want is an expected quote: its kind, words, speaker as the table shows it
// ("" for none) and cue ("" for none).
type want struct {
	kind    nlp.QuoteKind
	text    string
	speaker string
	cue     string
}

func (w want) String() string {
	return fmt.Sprintf("%s %q by %q cue %q", w.kind, w.text, w.speaker, w.cue)
}

func got(doc *nlp.Document) []want {
	var out []want
	for i := range doc.Quotes {
		q := &doc.Quotes[i]
		w := want{kind: q.Kind, text: q.Text(doc.Text)}
		if sp := q.Speaker; sp != nil {
			w.speaker = sp.Name
			if w.speaker == "" {
				w.speaker = doc.Text[sp.Start:sp.End]
			}
		}
		if q.Cue.Len() > 0 {
			w.cue = doc.Text[q.Cue.Start:q.Cue.End]
		}
		out = append(out, w)
	}
	return out
}

func TestFind(t *testing.T) {
	runCases(t, []findCase{
		{
			name: "straight double marks, attribution after",
			text: `"We will win this vote," said Ana Ortiz, the party's leader.`,
			want: []want{{nlp.Direct, "We will win this vote", "Ana Ortiz", "said"}},
		},
		{
			name: "curly marks after a colon",
			text: "Ana Ortiz spoke outside the court on Monday. Ortiz told reporters: “The ruling is a victory for every tenant.”",
			want: []want{{nlp.Direct, "The ruling is a victory for every tenant.", "Ana Ortiz", "told reporters"}},
		},
		{
			name: "single marks, a pronoun resolved",
			text: "Ana Ortiz left the hall early. ‘The harbour is saved,’ she said.",
			want: []want{{nlp.Direct, "The harbour is saved", "Ana Ortiz", "said"}},
		},
		{
			name: "guillemets",
			text: "Pierre Lemaire addressed the crowd. Lemaire said: «We will rebuild the bridge before winter.»",
			want: []want{{nlp.Direct, "We will rebuild the bridge before winter.", "Pierre Lemaire", "said"}},
		},
		{
			name: "PTB-style marks",
			text: "``The plan is dead,'' said Tomas Berg.",
			want: []want{{nlp.Direct, "The plan is dead", "Tomas Berg", "said"}},
		},
		{
			name: "interrupted by its attribution is one quote",
			text: `Ana Ortiz spoke first. "We will win," she said, "and soon."`,
			want: []want{{nlp.Direct, "We will win, and soon.", "Ana Ortiz", "said"}},
		},
		{
			name: "a quote over several paragraphs",
			text: "Council Statement\n\nAna Ortiz read a statement on Friday. She said:\n\n“The council has failed the people of this city for ten years.\n\n“We will not let it fail them for another ten.”\n\nThe meeting ended at noon.",
			want: []want{{nlp.Direct, "The council has failed the people of this city for ten years. We will not let it fail them for another ten.", "Ana Ortiz", "said"}},
		},
		{
			name: "indirect with that",
			text: "Finance Minister Karl Weber said that the budget would be balanced by 2027.",
			want: []want{{nlp.Indirect, "the budget would be balanced by 2027", "Karl Weber", "said"}},
		},
		{
			name: "indirect, attribution after",
			text: "The budget will be balanced by 2027, Karl Weber said on Tuesday.",
			want: []want{{nlp.Indirect, "The budget will be balanced by 2027", "Karl Weber", "said"}},
		},
		{
			name: "told reporters",
			text: "Karl Weber told reporters the budget would be balanced by 2027.",
			want: []want{{nlp.Indirect, "the budget would be balanced by 2027", "Karl Weber", "told reporters"}},
		},
		{
			name: "according to, first",
			text: "According to Karl Weber, the budget will be balanced by 2027.",
			want: []want{{nlp.Indirect, "the budget will be balanced by 2027", "Karl Weber", "According to"}},
		},
		{
			name: "according to, last",
			text: "The budget will be balanced by 2027, according to officials.",
			want: []want{{nlp.Indirect, "The budget will be balanced by 2027", "officials", "according to"}},
		},
		{
			name: "mixed",
			text: `Karl Weber said the plan was "a betrayal of every worker in the port".`,
			want: []want{{nlp.Mixed, `the plan was "a betrayal of every worker in the port"`, "Karl Weber", "said"}},
		},
		{
			name: "an unnamed source keeps its phrase",
			text: "A spokeswoman for the council said the talks had failed.",
			want: []want{{nlp.Indirect, "the talks had failed", "A spokeswoman for the council", "said"}},
		},
		{
			name: "plural unnamed source",
			text: "Officials said the road would reopen on Sunday.",
			want: []want{{nlp.Indirect, "the road would reopen on Sunday", "Officials", "said"}},
		},
		{
			name: "apposition names the speaker",
			text: "The mayor of Porto, Rui Matos, said he supported the move.",
			want: []want{{nlp.Indirect, "he supported the move", "Rui Matos", "said"}},
		},
		{
			name: "a participle after a direct quote keeps its speaker",
			text: `"The vote was close," Ana Ortiz said, adding that a recount was likely.`,
			want: []want{
				{nlp.Direct, "The vote was close", "Ana Ortiz", "said"},
				{nlp.Indirect, "a recount was likely", "Ana Ortiz", "adding"},
			},
		},
		{
			name: "dash attribution",
			text: "Ana Ortiz closed the rally. “Never give up on this city.” — Ana Ortiz",
			want: []want{{nlp.Direct, "Never give up on this city.", "Ana Ortiz", "—"}},
		},
		{
			name: "a quote that goes on after its attribution sentence",
			text: `"The plan is sound," Karl Weber said. "It will pay for itself within a decade."`,
			want: []want{{nlp.Direct, "The plan is sound, It will pay for itself within a decade.", "Karl Weber", "said"}},
		},
		{
			name: "two speakers stay apart",
			text: `"The plan is sound," Karl Weber said. Ana Ortiz disagreed. "It will never pay for itself," she said.`,
			want: []want{
				{nlp.Direct, "The plan is sound", "Karl Weber", "said"},
				{nlp.Direct, "It will never pay for itself", "Ana Ortiz", "said"},
			},
		},
		{
			name: "a title for the person who holds it",
			text: "Senator Maria Lopez voted against the plan. The senator said she would ask the courts to block it.",
			want: []want{{nlp.Indirect, "she would ask the courts to block it", "Maria Lopez", "said"}},
		},
		{
			name: "an abbreviated title",
			text: "Sen. Maria Lopez voted against the plan. The senator said she would ask the courts to block it.",
			want: []want{{nlp.Indirect, "she would ask the courts to block it", "Maria Lopez", "said"}},
		},
		{
			name: "the company",
			text: "Nordwind Airlines canceled 300 flights. The company said in a statement that it would refund every ticket.",
			want: []want{{nlp.Indirect, "it would refund every ticket", "Nordwind Airlines", "said"}},
		},
		{
			name: "a group at a named place is unnamed",
			text: "Officials at City Hall said they expected talks to resume next week.",
			want: []want{{nlp.Indirect, "they expected talks to resume next week", "Officials at City Hall", "said"}},
		},
		{
			name: "he and she by gender",
			text: "Councilwoman Ana Ruiz met Mr. Tomas Berg on Monday. He said the deal was done. She said it was not.",
			want: []want{
				{nlp.Indirect, "the deal was done", "Tomas Berg", "said"},
				{nlp.Indirect, "it was not", "Ana Ruiz", "said"},
			},
		},
		{
			name: "what someone called a thing",
			text: `Karl Weber called the port plan "a betrayal of the workers" on Monday.`,
			want: []want{{nlp.Mixed, `the port plan "a betrayal of the workers"`, "Karl Weber", "called"}},
		},
		{name: "scare quotes", text: `The so-called "reform" passed the senate on Monday.`},
		{name: "a title", text: `Karl Weber read "The Old Man and the Sea" twice last summer.`},
		{name: "a nickname", text: `Dwayne "The Rock" Johnson arrived at the premiere.`},
		{name: "a title after a verb of writing", text: `Ana Ortiz wrote "The Harbour Years" in 2019.`},
		{name: "believes", text: "Karl Weber believes the budget will be balanced by 2027."},
		{name: "wants", text: "Karl Weber wants the budget to be balanced by 2027."},
		{name: "hopes", text: "Karl Weber hopes the budget will be balanced by 2027."},
		{name: "no quotations", text: "The council met on Tuesday. The vote passed 11 to 6."},
		{name: "the said property", text: "The said property was sold in May to a developer from Lyon."},
		{name: "a URL", text: `Read it at "https://example.com/report?id=7" before Friday.`},
		{name: "an HTML attribute", text: `Click <a href="https://example.com/a">here</a> and <span class="note">there</span> today.`},
		{name: "code", text: `Set name = "harbour_plan"; then run make(config) again.`},
	})
}

// An unbalanced mark never swallows more than its paragraph.
func TestUnbalancedMarkEndsWithParagraph(t *testing.T) {
	text := "Karl Weber said: \"This opens and never closes, however long the sentence runs on.\n\n" +
		"The next paragraph has nothing quoted in it at all, and it is long enough to count as speech if it were.\n\n" +
		"Nor does this one."
	doc := parse(t, text)
	para := strings.Index(text, "\n\n")
	for _, q := range doc.Quotes {
		if q.End > para {
			t.Errorf("quote %q runs past its paragraph (ends at %d, paragraph at %d)", q.Text(doc.Text), q.End, para)
		}
	}
	if len(doc.Quotes) != 1 || doc.Quotes[0].Kind != nlp.Direct {
		t.Errorf("want the one open quote, got %v", got(doc))
	}
}

// Words in a teaser block under a comment form belong to another story:
// the furniture filter drops the block, and no quote may come from it.
func TestNoQuotesFromPageFurniture(t *testing.T) {
	text := "Harbour Plan Approved After Long Night\n\n" +
		"LISBON — The city council approved the harbour plan on Tuesday after a session that ran past midnight.\n\n" +
		"The vote, which passed 11 to 6, clears the way for building to begin in the spring. The plan moves container traffic to a new terminal on the south bank.\n\n" +
		"\"This is the day the city gets its river back,\" Mayor Helena Marques told reporters outside the council chamber.\n\n" +
		"Work is expected to take six years, and the first homes should be ready in 2028.\n\n" +
		"Leave a comment\n\nYour email address will not be published. Required fields are marked *\n\n" +
		"You may also like\n\n" +
		"Police Arrest Suspect In Porto After Chase\n  • March 3, 2025\nA police spokesman said the suspect was arrested after a two-hour chase.\n\n" +
		"Madrid Opens New Metro Line\n  • March 1, 2025\n\"It is a great day,\" the mayor of Madrid said at the opening.\n"
	doc := parse(t, text)
	cut := strings.Index(text, "Leave a comment")
	if len(doc.Quotes) == 0 {
		t.Fatal("the story's own quote was not found")
	}
	for _, q := range doc.Quotes {
		if q.Start >= cut {
			t.Errorf("quote from page furniture: %q", q.Text(doc.Text))
		}
	}
}

// Every span a quote reports slices the text to what it claims.
func TestSpans(t *testing.T) {
	doc := parse(t, `Ana Ortiz spoke first. "We will win," she said, "and soon." Karl Weber said the plan was "a betrayal".`)
	for _, q := range doc.Quotes {
		if q.Start < 0 || q.End > len(doc.Text) || q.Start >= q.End {
			t.Fatalf("bad span %v", q.Span)
		}
		for _, p := range q.Parts {
			if p.Start < q.Start || p.End > q.End {
				t.Errorf("part %v outside quote %v", p, q.Span)
			}
		}
		if q.Cue.Len() > 0 && (q.Cue.Start < 0 || q.Cue.End > len(doc.Text)) {
			t.Errorf("bad cue %v", q.Cue)
		}
		if sp := q.Speaker; sp != nil {
			if sp.Entity >= len(doc.Entities) {
				t.Errorf("speaker entity %d out of range", sp.Entity)
			}
			if sp.Entity >= 0 && doc.Entities[sp.Entity].Name != sp.Name {
				t.Errorf("speaker name %q is not its entity's %q", sp.Name, doc.Entities[sp.Entity].Name)
			}
		}
		if s := doc.SentenceAt(q.Start); s != q.Sentence {
			t.Errorf("sentence %d, want %d", q.Sentence, s)
		}
	}
}

package entity

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsnlp/newsnlp/gazetteer"
	"github.com/newsnlp/newsnlp/ner"
	"github.com/newsnlp/newsnlp/nlp"
)

// labelledDoc builds a Document from text marked up with the tagger's
// labels: "[Ana Ortiz|PER] met [NATO|ORG] chiefs .". Tokens are split at
// spaces, and a line break ends a sentence; a line starting with "# " is
// the story's title. Brackets in the text itself are written as "(" and
// ")". The result has tokens with BIO labels, as the tagger leaves them.
func labelledDoc(t testing.TB, marked string) *nlp.Document {
	t.Helper()
	doc := &nlp.Document{}
	var text strings.Builder
	for li, line := range strings.Split(marked, "\n") {
		if li > 0 {
			text.WriteString("\n")
		}
		title := strings.HasPrefix(line, "# ")
		line = strings.TrimPrefix(line, "# ")
		sent := nlp.Sentence{Title: title, TokenStart: len(doc.Tokens)}
		sentStart := text.Len()
		inside, runStart := false, 0
		for wi, w := range strings.Fields(line) {
			if wi > 0 {
				text.WriteString(" ")
			}
			begin := false
			if strings.HasPrefix(w, "[") && len(w) > 1 {
				w = w[1:]
				inside, begin = true, true
			}
			end := ""
			if inside {
				if i := strings.LastIndex(w, "|"); i >= 0 && strings.HasSuffix(w, "]") {
					end = w[i+1 : len(w)-1]
					w = w[:i]
				}
			}
			start := text.Len()
			text.WriteString(w)
			doc.Tokens = append(doc.Tokens, nlp.Token{Span: nlp.Span{Start: start, End: text.Len()}, Sentence: int32(len(doc.Sentences))})
			if begin {
				runStart = len(doc.Tokens) - 1
			}
			if end != "" {
				// Label the whole run now that its type is known.
				typ, ok := ner.ParseType(end)
				if !ok {
					t.Fatalf("unknown type %q in %q", end, line)
				}
				doc.Tokens[runStart].NER = ner.Begin(typ)
				for i := runStart + 1; i < len(doc.Tokens); i++ {
					doc.Tokens[i].NER = ner.Inside(typ)
				}
				inside = false
			}
		}
		if inside {
			t.Fatalf("unclosed bracket in %q", line)
		}
		sent.TokenEnd = len(doc.Tokens)
		sent.Span = nlp.Span{Start: sentStart, End: text.Len()}
		if sent.TokenEnd > sent.TokenStart {
			doc.Sentences = append(doc.Sentences, sent)
		} else {
			// An empty line: no sentence, and no tokens to renumber.
			continue
		}
	}
	doc.Text = text.String()
	for i := range doc.Sentences {
		s := &doc.Sentences[i]
		s.Text = doc.Text[s.Start:s.End]
	}
	for i := range doc.Tokens {
		doc.Tokens[i].Sentence = int32(sentenceOfToken(doc, i))
	}
	return doc
}

func sentenceOfToken(doc *nlp.Document, ti int) int {
	for si, s := range doc.Sentences {
		if ti >= s.TokenStart && ti < s.TokenEnd {
			return si
		}
	}
	return -1
}

// testCasing returns the embedded tagger's casing statistics, which
// Resolve reads in the pipeline.
func testCasing(t testing.TB) Casing {
	t.Helper()
	m, err := ner.Default()
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// resolved runs the entity layer on a labelled document.
func resolved(t testing.TB, marked string) *nlp.Document {
	t.Helper()
	doc := labelledDoc(t, marked)
	Resolve(doc, gazetteer.Default(), testCasing(t))
	checkMentions(t, doc)
	return doc
}

// checkMentions asserts the invariants every result must keep: each
// mention's span slices back to its text, lies inside one sentence, has no
// quotation mark or opening bracket at its edges, and no two mentions
// overlap; entities hold exactly the document's mentions, with their type.
func checkMentions(t testing.TB, doc *nlp.Document) {
	t.Helper()
	prevEnd := -1
	for _, m := range doc.Mentions {
		if m.Start < 0 || m.End > len(doc.Text) || m.Start >= m.End {
			t.Fatalf("mention %q has bad span %v", m.Text, m.Span)
		}
		if got := doc.Text[m.Start:m.End]; got != m.Text {
			t.Errorf("mention span %v slices to %q, text is %q", m.Span, got, m.Text)
		}
		if m.Start < prevEnd {
			t.Errorf("mention %q at %d overlaps the one before", m.Text, m.Start)
		}
		prevEnd = m.End
		first, _ := utf8.DecodeRuneInString(m.Text)
		last, _ := utf8.DecodeLastRuneInString(m.Text)
		if strings.ContainsRune("\"“”‘’'«»(", first) || strings.ContainsRune("\"“”‘’'«»", last) {
			t.Errorf("mention %q has a quotation mark or bracket at its edge", m.Text)
		}
		if si := doc.SentenceAt(m.Start); si != m.Sentence || !doc.Sentences[si].Contains(m.Span) {
			t.Errorf("mention %q is not inside its sentence %d", m.Text, m.Sentence)
		}
	}
	n := 0
	for _, e := range doc.Entities {
		n += len(e.Mentions)
		for _, m := range e.Mentions {
			if m.Type != e.Type {
				t.Errorf("mention %q of entity %q has type %s, entity %s", m.Text, e.Name, m.Type, e.Type)
			}
		}
	}
	if n != len(doc.Mentions) {
		t.Errorf("entities hold %d mentions, document %d", n, len(doc.Mentions))
	}
}

// table renders a document's entities compactly for test failures and
// comparisons: "Rita Cardoso/PERSON[Rita Cardoso,Cardoso]{President}".
func table(doc *nlp.Document) string {
	var b strings.Builder
	for i, e := range doc.Entities {
		if i > 0 {
			b.WriteString("; ")
		}
		fmt.Fprintf(&b, "%s/%s[", e.Name, e.Type)
		for j, m := range e.Mentions {
			if j > 0 {
				b.WriteString(",")
			}
			b.WriteString(m.Text)
		}
		b.WriteString("]")
		if len(e.Roles) > 0 {
			fmt.Fprintf(&b, "{%s}", strings.Join(e.Roles, ","))
		}
	}
	return b.String()
}

// entityNamed returns the entity with the given name, or nil.
func entityNamed(doc *nlp.Document, name string) *nlp.Entity {
	for i := range doc.Entities {
		if doc.Entities[i].Name == name {
			return &doc.Entities[i]
		}
	}
	return nil
}

func TestLabelledDoc(t *testing.T) {
	doc := labelledDoc(t, "# [Cardoso|PER] wins\n[Ana Ortiz|PER] met [NATO|ORG] chiefs .")
	if len(doc.Sentences) != 2 || !doc.Sentences[0].Title || doc.Sentences[1].Title {
		t.Fatalf("sentences = %+v", doc.Sentences)
	}
	var labels []string
	for i, tok := range doc.Tokens {
		labels = append(labels, doc.TokenText(i)+"/"+tok.NER.String())
	}
	want := "Cardoso/B-PER wins/O Ana/B-PER Ortiz/I-PER met/O NATO/B-ORG chiefs/O ./O"
	if got := strings.Join(labels, " "); got != want {
		t.Errorf("tokens = %s\nwant %s", got, want)
	}
}

// resolveCase is one table-driven case: a labelled document and the
// entity table expected from it (see table).
type resolveCase struct {
	name string
	in   string
	want string
}

// proseLine opens the documents of runResolveCases, so that their first
// line is not read as a headline.
const proseLine = "it was a quiet day and nothing much happened in the morning .\n"

// runResolveCases runs cases as the body of a story: after a line of prose.
func runResolveCases(t *testing.T, cases []resolveCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc := resolved(t, proseLine+tc.in)
			if got := table(doc); got != tc.want {
				t.Errorf("entities of %q:\n got %s\nwant %s", tc.in, got, tc.want)
			}
		})
	}
}

func TestSpanEdges(t *testing.T) {
	runResolveCases(t, []resolveCase{
		{"possessive token", "[Russia|LOC] ’s gains worry [NATO|ORG] .", "Russia/GPE[Russia]; NATO/ORG[NATO]"},
		{"possessive in span, known name", "[NATO ’s|ORG] presence grew .", "NATO/ORG[NATO]"},
		{"possessive in span, named elsewhere", "[Okafor 's|PER] plan . [Okafor|PER] said .", "Okafor/PERSON[Okafor,Okafor]"},
		{"possessive name", "[Lloyd 's|ORG] insured it .", "Lloyd 's/ORG[Lloyd 's]"},
		{"possessive glued to the token", "[NATO’s|ORG] presence grew .", "NATO/ORG[NATO]"},
		{"curly quotes glued", "he said [“Okafor”|PER] twice .", "Okafor/PERSON[Okafor]"},
		{"quote tokens in span", "[\" Okafor \"|PER] twice .", "Okafor/PERSON[Okafor]"},
		{"leading lower-case the", "[the United States|LOC] said .", "United States/GPE[United States]"},
		{"trailing common word", "[Western military|LOC] expansion .", "Western/NORP[Western]"},
		{"brackets kept when balanced", "[Mladost ( BJ )|ORG] won .", "Mladost ( BJ )/ORG[Mladost ( BJ )]"},
		{"only punctuation", "[\"|PER] said .", ""},
		{"I- without B-", "O [I-ish|PER] x .", "I-ish/PERSON[I-ish]"},
	})
}

func TestSplitJoined(t *testing.T) {
	runResolveCases(t, []resolveCase{
		{"en dash", "the [Russia – Ukraine|MISC] war", "Russia/GPE[Russia]; Ukraine/GPE[Ukraine]"},
		{"not places", "the [Rolls – Royce|ORG] deal", "Rolls – Royce/ORG[Rolls – Royce]"},
	})
}

func TestModifiers(t *testing.T) {
	runResolveCases(t, []resolveCase{
		{"named elsewhere", "a [Vienna-based|MISC] firm . [Vienna|LOC] said .", "Vienna/GPE[Vienna,Vienna]"},
		{"named elsewhere, two words", "[New York|LOC] and a [New York-based|MISC] fund", "New York/GPE[New York,New York]"},
		{"named elsewhere by an alias", "the [U.S.-brokered|MISC] talks . the [United States|LOC] said .", "United States/GPE[U.S.,United States]"},
		{"named elsewhere, unlisted", "a [Zorvath-run|MISC] ministry . [Zorvath|ORG] denied it .", "Zorvath/ORG[Zorvath,Zorvath]"},
		{"named elsewhere, tagged as a place", "the first [U.S.-led|LOC] summit in the [U.S.|LOC]", "United States/GPE[U.S.,U.S.]"},
		{"unlabelled", "Iran-linked hackers struck [Iran|LOC] .", "Iran/GPE[Iran]"},
		{"listed place named only so", "a [Vienna-based|MISC] firm", ""},
		{"listed organisation named only so", "[Hezbollah-backed|MISC] militias", ""},
		{"nationality", "a [Kenyan-born|MISC] runner", ""},
		{"unknown name", "a [Zorvath-based|MISC] firm", "Zorvath-based/MISC[Zorvath-based]"},
		{"no lower-case part", "the [Rolls-Royce|ORG] engine", "Rolls-Royce/ORG[Rolls-Royce]"},
		{"lower-case brand part", "a [Zorvath-cola|ORG] truck", "Zorvath-cola/ORG[Zorvath-cola]"},
	})
}

func TestPlaceStartedLate(t *testing.T) {
	runResolveCases(t, []resolveCase{
		{"qualifier before an opening word", "troops at Kadena [Air Base|MISC] left .", "Kadena Air Base/FAC[Kadena Air Base]"},
		{"not across a determiner", "they flew to This [Camp Bastion|LOC] .", "Camp Bastion/FAC[Camp Bastion]"},
		{"not a sentence's first word", "Tomorrow [Fort Bragg|LOC] opens .", "Fort Bragg/GPE[Fort Bragg]"}, // a listed town
		{"not a title", "said General [Camp Smith|PER] .", "Camp Smith/PERSON[Camp Smith]{General}"},
	})
}

func TestResolveEmpty(t *testing.T) {
	for _, in := range []string{"", "no names here .", "[x|PER]"} {
		doc := resolved(t, in)
		if in != "[x|PER]" && (len(doc.Mentions) != 0 || len(doc.Entities) != 0) {
			t.Errorf("%q: got %s", in, table(doc))
		}
	}
}

// parsed segments text as one region and runs the embedded tagger and the
// entity layer on it.
func parsed(t testing.TB, text string) *nlp.Document {
	t.Helper()
	m, err := ner.Default()
	if err != nil {
		t.Fatal(err)
	}
	doc := &nlp.Document{Text: text, Body: []nlp.Span{{Start: 0, End: len(text)}}}
	nlp.SegmentBody(doc, nil)
	Tag(doc, m)
	Resolve(doc, gazetteer.Default(), m)
	return doc
}

// TestTaggedInvariants runs the embedded tagger and the entity layer and
// checks what must hold for any tagger.
func TestTaggedInvariants(t *testing.T) {
	texts := []string{
		"Okafor, Mensah Meet in Lagos\n\nThe U.S President Ada Okafor and Ghanaian President Kwame Mensah met. “NATO’s role,” said Defense Secretary Bola Adeyemi.",
		"WASHINGTON (Reuters) - The European Investment Bank (EIB) lent €2bn to Kyiv’s city council, U.S.-based analysts said.",
		"RUGBY - OKAFOR NAMED AS NIGERIA CAPTAIN .\nLAGOS 2019-08-30\nAda Okafor was named Nigeria captain on Friday.",
	}
	for _, text := range texts {
		checkMentions(t, parsed(t, text))
	}
}

package ner

import (
	"bytes"
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/newsnlp/newsnlp/internal/cputime"
	"github.com/newsnlp/newsnlp/internal/race"

	"github.com/newsnlp/newsnlp/gazetteer"
	"github.com/newsnlp/newsnlp/internal/shareddata"
)

func TestReadCoNLL(t *testing.T) {
	in := "-DOCSTART- -X- O O\n\nEU\tI-ORG\nrejects\tO\nGerman\tI-MISC\ncall\tO\n\nPeter B-PER\nBlackburn I-PER\n\n-DOCSTART-\n\nBRUSSELS\tB-LOC\n"
	docs, err := ReadCoNLL(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || len(docs[0]) != 2 || len(docs[1]) != 1 {
		t.Fatalf("got %d docs (%v), want 2 docs of 2 and 1 sentences", len(docs), docs)
	}
	if want := []string{"B-ORG", "O", "B-MISC", "O"}; !slices.Equal(docs[0][0].Labels, want) {
		t.Errorf("IOB1 labels = %v, want %v", docs[0][0].Labels, want)
	}
	if want := []string{"Peter", "Blackburn"}; !slices.Equal(docs[0][1].Words, want) {
		t.Errorf("space-separated words = %v, want %v", docs[0][1].Words, want)
	}
	for _, bad := range []string{"word\n", "word\tX-PER\n"} {
		if _, err := ReadCoNLL(strings.NewReader(bad)); err == nil {
			t.Errorf("ReadCoNLL(%q) succeeded, want error", bad)
		}
	}
}

func TestSpans(t *testing.T) {
	got := Spans([]string{"B-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG", "I-ORG"})
	want := []Span{{0, 2, "PER"}, {3, 4, "LOC"}, {4, 5, "LOC"}, {5, 7, "ORG"}}
	if !slices.Equal(got, want) {
		t.Errorf("Spans = %v, want %v", got, want)
	}
}

func TestBILOURoundTrip(t *testing.T) {
	bio := []string{"B-PER", "I-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC", "O", "B-MISC", "B-XYZ"}
	enc := encodeLabels(nil, bio)
	wantParts := []int{partB, partI, partL, -1, partU, partB, partL, -1, partU, -1}
	for i, y := range enc {
		got := -1
		if y != 0 {
			got = partOf(int(y))
		}
		if got != wantParts[i] {
			t.Errorf("token %d: part %d, want %d", i, got, wantParts[i])
		}
	}
	var back []string
	for _, y := range enc {
		back = append(back, bioLabels[y])
	}
	want := slices.Clone(bio)
	want[9] = "O" // unknown type
	if !slices.Equal(back, want) {
		t.Errorf("round trip = %v, want %v", back, want)
	}
	// Every allowed sequence decodes to valid BIO.
	for prev := range numLabels {
		for y := range numLabels {
			if allowed(prev, y) && strings.HasPrefix(bioLabels[y], "I-") && bioLabels[prev][2:] != bioLabels[y][2:] {
				t.Errorf("allowed(%s, %s) yields invalid BIO", bioLabels[prev], bioLabels[y])
			}
		}
	}
}

func TestAnalyse(t *testing.T) {
	x := newExtractor(nil, nil)
	var a, b tokInfo
	same := func(s1, s2 string) bool {
		x.analyse(s1, &a)
		x.analyse(s2, &b)
		return a.word == b.word
	}
	if !same("1996-08-22", "2019-12-31") {
		t.Error("dates with different digits have different word features")
	}
	if !same("Russia’s", "Russia's") {
		t.Error("curly and straight apostrophes differ")
	}
	if same("Apple", "apple") {
		t.Error("word feature ignores case")
	}
	x.analyse("U.S.", &a)
	if string(x.shp) != "X.X." || a.flags&flagAllCaps == 0 || a.flags&flagInitCap == 0 {
		t.Errorf("U.S.: shape %q flags %b", x.shp, a.flags)
	}
	x.analyse("McDonald", &a)
	if string(x.shp) != "XxXx" || a.flags&flagAllCaps != 0 {
		t.Errorf("McDonald: shape %q flags %b", x.shp, a.flags)
	}
	x.analyse("Zürich", &a)
	x.analyse("ZÜRICH", &b)
	if a.lower != b.lower || b.flags&flagAllCaps == 0 || b.title != a.word {
		t.Error("ZÜRICH: lower form, caps flag or title-case form wrong")
	}
	x.analyse("ab", &a)
	if a.nPre != 1 {
		t.Errorf("affixes of a 2-letter word: %d, want 1 (shorter than the word)", a.nPre)
	}
}

func TestSentenceStyle(t *testing.T) {
	x := newExtractor(nil, nil)
	tests := []struct {
		sent string
		want uint8
	}{
		{"SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .", styleCaps},
		{"BRUSSELS 1996-08-22", styleCaps},
		{"Merkel , Macron Hold Talks in Berlin Ahead of Crucial Budget Vote", styleTitle},
		{"The European Commission said on Thursday it disagreed with German advice .", styleNormal},
		{"Peter Blackburn", styleNormal},
	}
	for _, tt := range tests {
		words := strings.Fields(tt.sent)
		ts := make([]tokInfo, len(words))
		for i, w := range words {
			x.analyse(w, &ts[i])
		}
		if got := sentenceStyle(ts); got != tt.want {
			t.Errorf("style(%q) = %d, want %d", tt.sent, got, tt.want)
		}
	}
}

func validBIO(labels []string) bool {
	prev := "O"
	for _, l := range labels {
		if strings.HasPrefix(l, "I-") && (prev == "O" || prev[2:] != l[2:]) {
			return false
		}
		if l != "O" && !strings.HasPrefix(l, "B-") && !strings.HasPrefix(l, "I-") {
			return false
		}
		prev = l
	}
	return true
}

func defaultModel(t testing.TB) *Model {
	t.Helper()
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestTagShapes(t *testing.T) {
	m := defaultModel(t)
	docs := [][][]string{
		nil,
		{{}},
		{{"."}, {}, {"Hello"}},
		{strings.Fields("The U.N. Security Council met in New York on Monday , said Secretary-General Antonio Guterres .")},
		{strings.Fields("” “ ’ — … 🙂 \u200b Ω ǅ 1,000,000 $ % http://example.com/a?b=c")},
		{strings.Fields("I I I I I I I I I I I I I I I I")},
	}
	for _, d := range docs {
		got := m.Tag(d)
		if len(got) != len(d) {
			t.Fatalf("Tag(%q): %d sentences, want %d", d, len(got), len(d))
		}
		for i := range d {
			if len(got[i]) != len(d[i]) {
				t.Errorf("Tag(%q) sentence %d: %d labels for %d tokens", d, i, len(got[i]), len(d[i]))
			}
			if !validBIO(got[i]) {
				t.Errorf("Tag(%q) sentence %d: invalid BIO %v", d, i, got[i])
			}
		}
	}
}

// mentions returns "Type:Text" of each mention the model finds.
func mentions(m *Model, doc [][]string) []string {
	var out []string
	for i, s := range m.Tag(doc) {
		for _, sp := range Spans(s) {
			out = append(out, sp.Type+":"+strings.Join(doc[i][sp.Start:sp.End], " "))
		}
	}
	return out
}

func TestTagEasyNews(t *testing.T) {
	m := defaultModel(t)
	tests := []struct {
		doc  []string
		want []string
	}{
		{[]string{"German Chancellor Angela Merkel met French President Emmanuel Macron in Paris on Monday ."},
			[]string{"MISC:German", "PER:Angela Merkel", "MISC:French", "PER:Emmanuel Macron", "LOC:Paris"}},
		{[]string{"Mr. Chavez met Dr Smith and Mrs. Jones ."},
			[]string{"PER:Chavez", "PER:Smith", "PER:Jones"}},
		{[]string{"Shares of General Motors fell 3 percent in New York , the company said ."},
			[]string{"ORG:General Motors", "LOC:New York"}},
		{[]string{
			"GERMANY BEAT FRANCE IN FRIENDLY",
			"BERLIN 1996-08-30",
			"Germany beat France 2-1 in a friendly match in Berlin on Friday .",
		}, []string{"LOC:GERMANY", "LOC:FRANCE", "LOC:BERLIN", "LOC:Germany", "LOC:France", "LOC:Berlin"}},
		{[]string{
			"Rivers Rise as Heavy Rain Hits Northern Italy",
			"Heavy rain hit northern Italy on Sunday , and rivers rose across the region , officials said .",
		}, []string{"LOC:Italy", "LOC:Italy"}},
	}
	for _, tt := range tests {
		var doc [][]string
		for _, s := range tt.doc {
			doc = append(doc, strings.Fields(s))
		}
		if got := mentions(m, doc); !slices.Equal(got, tt.want) {
			t.Errorf("%q:\n got %v\nwant %v", tt.doc[0], got, tt.want)
		}
	}
}

// labelled reads a sentence written as "word/LABEL word ...", where a
// word without a label is O.
func labelled(s string) Sentence {
	var sent Sentence
	for _, f := range strings.Fields(s) {
		w, l, _ := strings.Cut(f, "/")
		if l == "" {
			l = "O"
		}
		sent.Words = append(sent.Words, w)
		sent.Labels = append(sent.Labels, l)
	}
	return sent
}

// tinyCorpus is a hand-made training set.
func tinyCorpus() []Document {
	mk := labelled
	return []Document{
		{mk("John/B-PER Smith/I-PER visited Paris/B-LOC ."), mk("He met Acme/B-ORG Corp/I-ORG officials .")},
		{mk("Mary/B-PER Jones/I-PER lives in London/B-LOC ."), mk("She works for Acme/B-ORG Corp/I-ORG .")},
		{mk("Paris/B-LOC and London/B-LOC are cities ."), mk("John/B-PER and Mary/B-PER are people .")},
	}
}

func trainTiny(t *testing.T, seed uint64) *Model {
	t.Helper()
	m, err := Train(context.Background(), []TrainSet{{Name: "tiny", Docs: tinyCorpus()}}, TrainOptions{Epochs: 5, Seed: seed})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestTrainTiny(t *testing.T) {
	m1 := trainTiny(t, 7)
	m2 := trainTiny(t, 7)
	var b1, b2 bytes.Buffer
	m1.WriteTo(&b1)
	m2.WriteTo(&b2)
	if !bytes.Equal(b1.Bytes(), b2.Bytes()) {
		t.Error("two trainings with the same seed differ")
	}
	// It learnt its data.
	for _, d := range tinyCorpus() {
		words, _ := encodeDoc(d)
		got := m1.Tag(words)
		for i, s := range d {
			if !slices.Equal(got[i], s.Labels) {
				t.Errorf("%v: got %v, want %v", s.Words, got[i], s.Labels)
			}
		}
	}
	// Save and load give the same tagger.
	m3, err := Load(b1.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	doc := [][]string{strings.Fields("Mary Smith visited Acme Corp in London .")}
	if a, b := m1.Tag(doc), m3.Tag(doc); !slices.Equal(a[0], b[0]) {
		t.Errorf("loaded model tags %v, trained one %v", b[0], a[0])
	}
	if m3.Features() != m1.Features() || m3.Size() != b1.Len() {
		t.Errorf("loaded model: %d features, %d bytes; want %d, %d", m3.Features(), m3.Size(), m1.Features(), b1.Len())
	}
}

func TestLoadRejectsBadData(t *testing.T) {
	var b bytes.Buffer
	trainTiny(t, 1).WriteTo(&b)
	good := b.Bytes()
	for name, data := range map[string][]byte{
		"empty":     nil,
		"magic":     append([]byte("XXXX"), good[4:]...),
		"truncated": good[:len(good)-1],
		"longer":    append(slices.Clone(good), 0),
	} {
		if _, err := Load(data); err == nil {
			t.Errorf("%s: Load succeeded, want error", name)
		}
	}
}

func TestStripTitles(t *testing.T) {
	s := Sentence{
		Words:  strings.Fields("Prime Minister Tony Blair met Mr. Smith and President Bush"),
		Labels: strings.Fields("B-PER I-PER I-PER I-PER O B-PER I-PER O B-PER I-PER"),
	}
	StripTitles(defaultModel(t).gz, s)
	want := strings.Fields("O O B-PER I-PER O O B-PER O O B-PER")
	if !slices.Equal(s.Labels, want) {
		t.Errorf("got %v, want %v", s.Labels, want)
	}
}

func TestAppendTagsAllocs(t *testing.T) {
	if race.Enabled {
		t.Skip("the race detector allocates")
	}
	m := defaultModel(t)
	doc := [][]string{strings.Fields("The U.N. Security Council met in New York on Monday , said Secretary-General Antonio Guterres .")}
	dst := make([]string, 0, 64)
	m.AppendTags(dst, doc)
	if n := testing.AllocsPerRun(50, func() { m.AppendTags(dst[:0], doc) }); n > 0 {
		t.Errorf("AppendTags allocates %v times per document after warm-up, want 0", n)
	}
}

// benchDoc returns CoNLL dev as token sentences and its size in bytes
// (tokens plus one space or newline each).
func benchDocs(b *testing.B) ([][][]string, int) {
	path := shareddata.Path(b, "data/ner/"+CoNLLDevFile)
	docs, err := ReadCoNLLFile(path)
	if err != nil {
		b.Fatal(err)
	}
	var out [][][]string
	n := 0
	for _, d := range docs[:50] {
		words, _ := encodeDoc(d)
		for _, s := range words {
			for _, w := range s {
				n += len(w) + 1
			}
		}
		out = append(out, words)
	}
	return out, n
}

func BenchmarkTag(b *testing.B) {
	m := defaultModel(b)
	docs, n := benchDocs(b)
	b.SetBytes(int64(n))
	b.ReportAllocs()
	var dst []string
	cpu := cputime.Now()
	for b.Loop() {
		for _, d := range docs {
			dst = m.AppendTags(dst[:0], d)
		}
	}
	// On a shared machine wall time overstates the cost: report the
	// throughput per CPU second too.
	b.ReportMetric(float64(n)*float64(b.N)/(cputime.Now()-cpu).Seconds()/1e6, "MB/cpu-s")
}

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(embedded); err != nil {
			b.Fatal(err)
		}
	}
}

func TestPrepareContextsAndOrder(t *testing.T) {
	x := newExtractor(defaultModel(t).gz, nil)
	doc := [][]string{
		strings.Fields("ACME CHIEF SEES GROWTH"),
		strings.Fields("Mr. John Smith said on Monday that Acme Widget Corp will open an office in Paris ."),
		strings.Fields("Smith , who joined the Acme board in 2019 , spoke to the Financial Times ."),
	}
	x.prepare(doc)
	if want := []int{1, 2, 0}; !slices.Equal(x.order, want) {
		t.Errorf("decoding order %v, want %v (headline last)", x.order, want)
	}
	if x.styles[0] != styleCaps || x.styles[1] != styleNormal {
		t.Errorf("styles %v", x.styles)
	}
	var ti tokInfo
	form := func(w string) uint8 {
		x.analyse(w, &ti)
		return x.forms[ti.lower]
	}
	tests := []struct {
		word string
		want uint8
	}{
		{"Smith", formCap | formAfterTitle | formBeforeSaid | formAfterFirst},
		{"John", formCap | formAfterTitle | formBeforeSaid},
		{"Acme", formCap | formBeforeOrg | formAfterThe}, // "the Acme board"
		{"Widget", formCap | formBeforeOrg},
		{"Paris", formCap | formAfterPrep},
		{"Financial", formCap | formAfterThe | formBeforeOrg}, // "Times" is an organisation word
		{"board", formLower},
	}
	for _, tt := range tests {
		if got := form(tt.word); got != tt.want {
			t.Errorf("forms[%s] = %b, want %b", tt.word, got, tt.want)
		}
	}
	// Gazetteer matches: "Paris" is a one-token place, "Mr." an honorific.
	i := len(doc[0]) + 15 // Paris
	if x.words[i] != "Paris" || !x.toks[i].gazCover.Has(gazetteer.BigCity) {
		t.Errorf("%s: gazetteer cover %v, want a big city", x.words[i], x.toks[i].gazCover)
	}
	if mr := &x.toks[len(doc[0])]; mr.flags&flagHonorific == 0 {
		t.Error("Mr. is not flagged as an honorific")
	}
}

// TestLabels: every BIO label round-trips through its string, and the
// tagger's typed labels agree with its strings.
func TestLabels(t *testing.T) {
	for _, s := range []string{"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"} {
		l, ok := ParseLabel(s)
		if !ok || l.String() != s {
			t.Errorf("ParseLabel(%q) = %v, %v", s, l, ok)
		}
		if s == "O" {
			if l != O || l.Type() != 0 || l.IsBegin() || l.IsInside() {
				t.Errorf("O: %v type %v", l, l.Type())
			}
			continue
		}
		typ, _ := ParseType(s[2:])
		if l.Type() != typ || typ.String() != s[2:] {
			t.Errorf("%s: type %v, want %v", s, l.Type(), typ)
		}
		if l.IsBegin() != (s[0] == 'B') || l.IsInside() != (s[0] == 'I') {
			t.Errorf("%s: begin %v inside %v", s, l.IsBegin(), l.IsInside())
		}
		if (s[0] == 'B' && Begin(typ) != l) || (s[0] == 'I' && Inside(typ) != l) {
			t.Errorf("%s: Begin/Inside(%v) disagree", s, typ)
		}
	}
	if _, ok := ParseLabel("B-FOO"); ok {
		t.Error("ParseLabel accepted B-FOO")
	}
	for y := 0; y < numLabels; y++ {
		if got, want := labelOf(uint8(y)).String(), bioLabels[y]; got != want {
			t.Errorf("internal label %d: %s, want %s", y, got, want)
		}
	}
}

// TestTagNeverGluesLowerWords: a model taught to run mentions on into the
// lower-case words after them ("Acme Corp officials") still ends the
// mention at the first lower-case word that cannot stand inside a name,
// while the words that link a name's parts ("Bank of Spain", "van der")
// stay inside it.
func TestTagNeverGluesLowerWords(t *testing.T) {
	mk := labelled
	var docs []Document
	for range 4 {
		docs = append(docs,
			Document{mk("He met Acme/B-ORG Corp/I-ORG officials/I-ORG today/I-ORG ."), mk("The Bank/B-ORG of/I-ORG Spain/I-ORG agreed .")},
			Document{mk("She thanked Acme/B-ORG Corp/I-ORG officials/I-ORG today/I-ORG ."), mk("Pieter/B-PER van/I-PER der/I-PER Berg/I-PER spoke .")},
		)
	}
	m, err := Train(context.Background(), []TrainSet{{Name: "glue", Docs: docs}}, TrainOptions{Epochs: 5, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	doc := [][]string{strings.Fields("He met Acme Corp officials today ."), strings.Fields("The Bank of Spain agreed ."),
		strings.Fields("Pieter van der Berg spoke .")}
	got := mentions(m, doc)
	want := []string{"ORG:Acme Corp", "ORG:Bank of Spain", "PER:Pieter van der Berg"}
	if !slices.Equal(got, want) {
		t.Errorf("mentions %v, want %v", got, want)
	}
}

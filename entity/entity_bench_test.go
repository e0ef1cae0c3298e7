package entity

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/newsnlp/newsnlp/gazetteer"
	"github.com/newsnlp/newsnlp/nlp"
)

// longStory returns a labelled story of about 4*n sentences: a headline,
// a dateline, and paragraphs that introduce people with titles, mention
// them again by surname, and name places, organisations and acronyms. New
// people keep arriving, so the number of entities grows with the story.
func longStory(n int) string {
	var b strings.Builder
	b.WriteString("[Okafor|PER] , [Mensah|PER] Meet in [Lagos|LOC] for Summit\n")
	b.WriteString("[LAGOS|LOC] ( [Reuters|ORG] ) - [Nigerian|MISC] officials met on Friday .\n")
	for i := 0; i < n; i++ {
		sur := fmt.Sprintf("Okafor%c%c", 'a'+i%26, 'a'+i/26%26)
		fmt.Fprintf(&b, "Finance Minister [Ada %s|PER] met [U.S.|LOC] President [Rita Cardoso|PER] in [Lagos|LOC] on Friday .\n", sur)
		fmt.Fprintf(&b, "[%s ’s|PER] office said the [European Investment Bank|ORG] ( [EIB|ORG] ) would lend money to [Nigeria|LOC] .\n", sur)
		fmt.Fprintf(&b, "\" It is a good day , \" [%s|PER] told [Cardoso|LOC] and [Russian|MISC] envoys from the [Kremlin|ORG] .\n", sur)
		b.WriteString("The [NATO|PER] talks in [Abuja|LOC] and the [World Cup|MISC] were on the agenda , analysts said .\n")
	}
	return b.String()
}

func benchmarkResolve(b *testing.B, n int) {
	doc := labelledDoc(b, longStory(n))
	gz := gazetteer.Default()
	b.SetBytes(int64(len(doc.Text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Resolve(doc, gz, testCasing(b))
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(doc.Tokens)), "ns/token")
}

// BenchmarkResolveEntities measures the entity layer alone (no tagging) on
// stories of growing length; ns/token should stay flat.
func BenchmarkResolveEntities(b *testing.B) {
	for _, n := range []int{25, 250, 2500} {
		b.Run(fmt.Sprintf("sentences=%d", 4*n), func(b *testing.B) { benchmarkResolve(b, n) })
	}
}

func TestLongStory(t *testing.T) {
	doc := resolved(t, longStory(30))
	if e := entityNamed(doc, "Rita Cardoso"); e == nil || len(e.Mentions) != 60 || e.Type != nlp.Person {
		t.Errorf("Rita Cardoso: %+v", e)
	}
	if e := entityNamed(doc, "NATO"); e == nil || e.Type != nlp.Org {
		t.Errorf("NATO: %+v", e)
	}
	if e := entityNamed(doc, "Ada Okaforaa"); e == nil || len(e.Mentions) != 3 || len(e.Roles) != 1 {
		t.Errorf("Ada Okaforaa: %+v", e)
	}
}

// BenchmarkResolveArticle measures the entity layer on a real article
// (testdata/harbour-vote.txt) labelled by the embedded tagger.
func BenchmarkResolveArticle(b *testing.B) {
	data, err := os.ReadFile("../testdata/harbour-vote.txt")
	if err != nil {
		b.Skip(err)
	}
	doc := parsed(b, string(data))
	gz := gazetteer.Default()
	b.SetBytes(int64(len(doc.Text)))
	b.ReportAllocs()
	for b.Loop() {
		Resolve(doc, gz, testCasing(b))
	}
}

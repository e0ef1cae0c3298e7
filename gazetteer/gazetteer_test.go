package gazetteer

import (
	"bytes"
	"os"
	"slices"
	"testing"
	"testing/fstest"

	"github.com/newsnlp/newsnlp/internal/race"
)

func TestSplitName(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"United States", []string{"United", "States"}},
		{"Washington, D.C.", []string{"Washington", ",", "D.C."}},
		{"U.S.", []string{"U.S."}},
		{"Kurdistan Workers' Party", []string{"Kurdistan", "Workers'", "Party"}},
		{"People's Republic of China", []string{"People", "'s", "Republic", "of", "China"}},
		{"Guinea-Bissau", []string{"Guinea-Bissau"}},
		{"(NATO)", []string{"(", "NATO", ")"}},
		{"  ", nil},
	}
	for _, tt := range tests {
		if got := SplitName(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("SplitName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"U.S.", "u.s."},
		{"Zürich", "zurich"},
		{"Côte", "cote"},
		{"d’Ivoire", "d'ivoire"},
		{"Łódź", "lodz"},
		{"Straße", "strasse"},
		{"Москва", "москва"},
		{"Russia–Ukraine", "russia-ukraine"},
	}
	for _, tt := range tests {
		if got := string(Fold(nil, tt.in)); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDefaultLookup(t *testing.T) {
	g := Default()
	tests := []struct {
		name  string
		kind  Kind
		canon string // "" to skip
		typ   string
	}{
		{"U.S.", Country, "United States", "GPE"},
		{"US", Country, "United States", "GPE"},
		{"America", Country, "United States", "GPE"},
		{"United States of America", Country, "United States", "GPE"},
		{"u.s.", Country, "United States", "GPE"},
		{"Britain", Country, "United Kingdom", "GPE"},
		{"Côte d’Ivoire", Country, "", "GPE"},
		{"Russian", Demonym, "Russia", "NORP"},
		{"Russians", Demonym, "Russia", "NORP"},
		{"Ukrainian", Demonym, "Ukraine", "NORP"},
		{"Iraqis", Demonym, "Iraq", "NORP"},
		{"European", Demonym, "", "NORP"},
		{"Muslims", Group, "", "NORP"},
		{"Texas", State, "", "GPE"},
		{"Alaska", State, "", "GPE"},
		{"Calif.", State, "California", "GPE"},
		{"Paris", BigCity, "", "GPE"},
		{"Mombasa", BigCity, "", "GPE"},
		{"Kyiv", City, "", "GPE"},
		{"Zurich", City, "", "GPE"},
		{"Middle East", Region, "", "LOC"},
		{"Nile", Water, "", "LOC"},
		{"South China Sea", Water, "", "LOC"},
		{"Alps", Land, "", "LOC"},
		{"NATO", Org, "NATO", "ORG"},
		{"North Atlantic Treaty Organization", Org, "NATO", "ORG"},
		{"Michael", FirstName, "", "PERSON"},
		{"Inc.", OrgSuffix, "", ""},
		{"Ministry", OrgWord, "", ""},
		{"Defense Secretary", Title, "", ""},
		{"Secretary of State", Title, "", ""},
		{"Mr.", Honorific, "", ""},
	}
	for _, tt := range tests {
		k := g.Kinds(tt.name)
		if !k.Has(tt.kind) {
			t.Errorf("Kinds(%q) = %v, want it to include %v", tt.name, k, tt.kind)
		}
		if tt.canon != "" {
			if c, ok := g.Canonical(tt.name); !ok || c != tt.canon {
				t.Errorf("Canonical(%q) = %q, %v; want %q", tt.name, c, ok, tt.canon)
			}
		}
		if got := (k &^ (FirstName | LastName | OrgWord | Title | Honorific | OrgSuffix)).Type(); tt.typ != "PERSON" && tt.typ != "" && got != tt.typ {
			t.Errorf("Kinds(%q).Type() = %q, want %q", tt.name, got, tt.typ)
		}
	}
	for _, name := range []string{"the", "said", "Marques", "Far-Reaching", "IN", "IT"} {
		if k := g.Kinds(name); k.Has(GPEKinds | LOCKinds | Org) {
			t.Errorf("Kinds(%q) = %v, want no place or organisation", name, k)
		}
	}
}

func TestLookupEntries(t *testing.T) {
	g := Default()
	es := g.Lookup("Georgia")
	var kinds Kind
	for _, e := range es {
		kinds |= e.Kind
		if e.Name != "Georgia" {
			t.Errorf("Lookup(Georgia) gave entry named %q", e.Name)
		}
	}
	if !kinds.Has(Country) || !kinds.Has(State) {
		t.Errorf("Georgia: kinds %v, want country and state", kinds)
	}
	for _, e := range g.Lookup("France") {
		if e.Kind.Has(Country) && e.Code != "FR" {
			t.Errorf("France code = %q, want FR", e.Code)
		}
	}
	if es := g.Lookup("Xyzzyland"); es != nil {
		t.Errorf("Lookup(Xyzzyland) = %v, want nil", es)
	}
}

func TestMatch(t *testing.T) {
	g := Default()
	toks := []string{"Defense", "Secretary", "Pete", "Ortiz", "flew", "to", "the", "South", "China", "Sea", "from", "Washington", ",", "D.C.", "."}
	var h Hasher
	tests := []struct {
		i, n int
		kind Kind
	}{
		{0, 2, Title},
		{2, 1, FirstName},
		{4, 0, 0},
		{7, 3, Water},
		{11, 3, City},
	}
	for _, tt := range tests {
		n, k := g.Match(&h, toks, tt.i)
		if n != tt.n || (tt.kind != 0 && !k.Has(tt.kind)) {
			t.Errorf("Match at %q = %d, %v; want %d, %v", toks[tt.i], n, k, tt.n, tt.kind)
		}
	}
	if got := g.MatchBefore(&h, toks, 2, Title|Honorific); got != 0 {
		t.Errorf("MatchBefore(Pete) = %d, want 0", got)
	}
	toks2 := []string{"said", "U.S.", "Secretary", "of", "State", "Grace", "Mwangi"}
	if got := g.MatchBefore(&h, toks2, 5, Title|Honorific); got != 2 {
		t.Errorf("MatchBefore(Grace) = %d, want 2", got)
	}
	if got := g.MatchBefore(&h, toks2, 1, Title); got != 1 {
		t.Errorf("MatchBefore with nothing before = %d, want 1", got)
	}
}

func TestCompileErrors(t *testing.T) {
	for name, data := range map[string]string{
		"bad kind":  "planet\tMars\n",
		"no column": "country\n",
	} {
		if _, err := Compile(fstest.MapFS{"data/x.tsv": {Data: []byte(data)}}); err == nil {
			t.Errorf("%s: Compile succeeded, want error", name)
		}
	}
	b, err := Compile(fstest.MapFS{"data/x.tsv": {Data: []byte("# comment\n\ncountry\tFreedonia\t\tFD\ncountry\tFreedonia\t\tFD\nstate\tFreedonia\n")}})
	if err != nil {
		t.Fatal(err)
	}
	g, err := open(b)
	if err != nil {
		t.Fatal(err)
	}
	es := g.Lookup("freedonia")
	if len(es) != 2 || es[0].Code != "FD" || es[0].Kind != Country || es[1].Kind != State {
		t.Errorf("Lookup = %+v, want the country once, then the state", es)
	}
	if _, err := open(b[:len(b)-1]); err == nil {
		t.Error("open accepted a truncated table")
	}
}

// TestCompiledUpToDate fails when data/*.tsv changed without `go generate`.
func TestCompiledUpToDate(t *testing.T) {
	b, err := Compile(os.DirFS("."))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, compiled) {
		t.Fatal("data/gazetteer.bin is stale: run go generate ./gazetteer")
	}
}

func BenchmarkOpen(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := open(compiled); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCompile(b *testing.B) {
	for b.Loop() {
		if _, err := Compile(os.DirFS(".")); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkMatch(b *testing.B) {
	g := Default()
	toks := SplitName("With the Kenyan delegation were Secretary of State Grace Mwangi , Special Envoy Paul Brennan and Chief of Staff Julia Okafor in Mombasa , Kenya .")
	var h Hasher
	b.ReportAllocs()
	for b.Loop() {
		for i := range toks {
			g.Match(&h, toks, i)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(toks)), "ns/token")
}

func TestMatchAllocs(t *testing.T) {
	if race.Enabled {
		t.Skip("the race detector allocates")
	}
	g := Default()
	toks := SplitName("Secretary of State Grace Mwangi visited the South China Sea")
	var h Hasher
	g.Match(&h, toks, 0)
	if n := testing.AllocsPerRun(100, func() {
		for i := range toks {
			g.Match(&h, toks, i)
		}
	}); n != 0 {
		t.Errorf("Match allocates %v times per sentence, want 0", n)
	}
}

package entity

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unsafe"

	"github.com/newsnlp/newsnlp/nlp"
)

// ent builds an entity with one mention per text.
func ent(name string, typ nlp.EntityType, mentions ...string) nlp.Entity {
	if len(mentions) == 0 {
		mentions = []string{name}
	}
	e := nlp.Entity{Name: name, Type: typ}
	for _, m := range mentions {
		e.Mentions = append(e.Mentions, nlp.Mention{Text: m, Type: typ})
	}
	return e
}

func TestEntityTableMerges(t *testing.T) {
	type story struct {
		source string
		ents   []nlp.Entity
	}
	tests := []struct {
		name    string
		stories []story
		want    []string // "name|type|stories|mentions" per row, in order
	}{
		{
			name: "surname, title and alias from mentions",
			stories: []story{
				{"s1", []nlp.Entity{ent("Rita Cardoso", nlp.Person, "Rita Cardoso", "Cardoso")}},
				{"s2", []nlp.Entity{ent("Cardoso", nlp.Person)}},
				{"s3", []nlp.Entity{ent("President Cardoso", nlp.Person), ent("Nairobi", nlp.GPE)}},
				{"s4", []nlp.Entity{ent("Rita J. Cardoso", nlp.Person)}},
			},
			want: []string{"Rita Cardoso|PERSON|4|5", "Nairobi|GPE|1|1"},
		},
		{
			name: "an ambiguous surname stays apart",
			stories: []story{
				{"s1", []nlp.Entity{ent("Rita Cardoso", nlp.Person)}},
				{"s2", []nlp.Entity{ent("Ines Cardoso", nlp.Person, "Ines Cardoso", "Cardoso")}},
				{"s3", []nlp.Entity{ent("Cardoso", nlp.Person)}},
			},
			want: []string{"Ines Cardoso|PERSON|1|2", "Cardoso|PERSON|1|1", "Rita Cardoso|PERSON|1|1"},
		},
		{
			name: "country variants, GPE and LOC together, acronyms",
			stories: []story{
				{"s1", []nlp.Entity{ent("United States", nlp.GPE), ent("European Union", nlp.Org)}},
				{"s2", []nlp.Entity{ent("U.S.", nlp.GPE, "U.S.", "U.S."), ent("EU", nlp.Org)}},
				{"s3", []nlp.Entity{ent("US", nlp.Loc)}},
				{"s4", []nlp.Entity{ent("America", nlp.GPE)}},
			},
			// "America" is the gazetteer's alias of the United States, as within a story.
			want: []string{"United States|GPE|4|5", "European Union|ORG|2|2"},
		},
		{
			name: "same name, different types stay apart; case and possessive ignored",
			stories: []story{
				{"s1", []nlp.Entity{ent("Washington", nlp.GPE), ent("Reuters", nlp.Org)}},
				{"s2", []nlp.Entity{ent("Washington", nlp.Person), ent("REUTERS", nlp.Org), ent("Reuters's", nlp.Org)}},
			},
			want: []string{"Reuters|ORG|2|3", "Washington|GPE|1|1", "Washington|PERSON|1|1"},
		},
		{
			name: "one name typed differently by different stories is one row",
			stories: []story{
				{"s1", []nlp.Entity{ent("Zorvatco", nlp.Org, "Zorvatco", "Zorvatco")}},
				{"s2", []nlp.Entity{ent("Zorvatco", nlp.GPE)}},
				{"s3", []nlp.Entity{ent("Zorvatco", nlp.Misc)}},
				{"s4", []nlp.Entity{ent("Zorvatco", nlp.Person)}},
				{"s5", []nlp.Entity{ent("Zorvatco", nlp.Org)}},
			},
			want: []string{"Zorvatco|ORG|5|6"},
		},
		{
			name: "a listed city and a club of its name stay apart",
			stories: []story{
				{"s1", []nlp.Entity{ent("Liverpool", nlp.Org)}},
				{"s2", []nlp.Entity{ent("Liverpool", nlp.GPE)}},
			},
			want: []string{"Liverpool|GPE|1|1", "Liverpool|ORG|1|1"},
		},
		{
			name: "capitals are not an abbreviation of a name as long",
			stories: []story{
				{"s1", []nlp.Entity{ent("US", nlp.Misc, "US", "US")}},
				{"s2", []nlp.Entity{ent("Us", nlp.Misc)}},
			},
			want: []string{"US|MISC|2|3"},
		},
		{
			name: "a leading the is dropped for organisations, not for people",
			stories: []story{
				{"s1", []nlp.Entity{ent("The New York Times", nlp.Org)}},
				{"s2", []nlp.Entity{ent("New York Times", nlp.Org)}},
			},
			want: []string{"The New York Times|ORG|2|2"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tab := NewTable(2)
			for _, s := range tt.stories {
				tab.Add(s.source, s.ents)
			}
			var got []string
			for _, r := range tab.Rows() {
				got = append(got, strings.Join([]string{r.Name, string(r.Type), itoa(r.Stories), itoa(r.Mentions)}, "|"))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("rows:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

func TestEntityTableSourcesAndAliases(t *testing.T) {
	tab := NewTable(2)
	tab.Add("s1", []nlp.Entity{ent("Cardoso", nlp.Person)})
	tab.Add("s2", []nlp.Entity{ent("Rita Cardoso", nlp.Person, "Rita Cardoso", "Cardoso")})
	tab.Add("s3", []nlp.Entity{ent("Rita Cardoso", nlp.Person), ent("Cardoso", nlp.Person)}) // an unmerged story
	rows := tab.Rows()
	if len(rows) != 1 {
		t.Fatalf("rows %+v", rows)
	}
	r := rows[0]
	if r.Stories != 3 {
		t.Errorf("stories = %d, want 3: a story is counted once however many of its entities merge", r.Stories)
	}
	if !slices.Equal(r.Sources, []string{"s1", "s2"}) {
		t.Errorf("sources = %q, want the first two in input order", r.Sources)
	}
	if !slices.Equal(r.Aliases, []string{"Cardoso"}) {
		t.Errorf("aliases = %q", r.Aliases)
	}
	if tab.Stories() != 3 {
		t.Errorf("Stories() = %d", tab.Stories())
	}
}

// TestEntityTableKeepsNoStoryText checks that names are copied, so that a
// story's text can be freed.
func TestEntityTableKeepsNoStoryText(t *testing.T) {
	text := strings.Repeat("x", 1<<20) + "Ada Lovelace"
	name := text[len(text)-len("Ada Lovelace"):]
	tab := NewTable(1)
	tab.Add("s", []nlp.Entity{ent(name, nlp.Person)})
	for s := range tab.order[0].surfaces {
		if s != name {
			t.Fatalf("surface %q", s)
		}
		if unsafeSameData(s, name) {
			t.Error("the table holds a substring of the story's text")
		}
	}
}

// unsafeSameData reports whether two strings share their bytes.
func unsafeSameData(a, b string) bool { return unsafe.StringData(a) == unsafe.StringData(b) }

// TestEntityTableMergeIsOneTable checks that stories added out of order to
// several tables (AddAt), some of them sent through MarshalBinary, and then
// merged in any order give the rows of one table that the stories were
// added to in input order: names merged the same way, the same counts, the
// same first sources.
func TestEntityTableMergeIsOneTable(t *testing.T) {
	pool := []nlp.Entity{
		ent("Rita Cardoso", nlp.Person, "Rita Cardoso", "Cardoso"), ent("Cardoso", nlp.Person),
		ent("Ines Cardoso", nlp.Person), ent("President Cardoso", nlp.Person),
		ent("Angela Merkel", nlp.Person, "Angela Merkel", "Merkel", "Mrs Merkel"), ent("Merkel", nlp.Person),
		ent("European Union", nlp.Org), ent("EU", nlp.Org), ent("Eu", nlp.Org),
		ent("World Health Organization", nlp.Org, "World Health Organization", "WHO"), ent("WHO", nlp.Org),
		ent("United States", nlp.GPE), ent("U.S.", nlp.GPE, "U.S.", "U.S."), ent("US", nlp.Loc), ent("America", nlp.GPE),
		ent("Nairobi", nlp.GPE), ent("Nairobi", nlp.Loc), ent("Reuters", nlp.Org), ent("REUTERS", nlp.Org),
		ent("Lake Victoria", nlp.Loc), ent("Victoria", nlp.Person), ent("Premier League", nlp.Misc),
		// One name typed differently by different stories.
		ent("Nairobi", nlp.Org), ent("Jordan", nlp.Person), ent("Jordan", nlp.GPE),
		ent("Harbour Trust", nlp.Org), ent("Harbour Trust", nlp.Person), ent("Harbour Trust", nlp.Misc),
	}
	rng := rand.New(rand.NewPCG(13, 2026))
	for trial := range 30 {
		stories := make([][]nlp.Entity, 20+rng.IntN(60))
		for i := range stories {
			for range rng.IntN(7) {
				stories[i] = append(stories[i], pool[rng.IntN(len(pool))])
			}
		}
		source := func(i int) string { return fmt.Sprintf("story-%03d", i) }
		sources := 1 + rng.IntN(4)
		want := NewTable(sources)
		for i, s := range stories {
			want.Add(source(i), s)
		}
		parts := make([]*Table, 1+rng.IntN(6))
		for i := range parts {
			parts[i] = NewTable(sources)
		}
		for _, i := range rng.Perm(len(stories)) {
			parts[rng.IntN(len(parts))].AddAt(i, source(i), stories[i])
		}
		for i, p := range parts {
			if rng.IntN(2) == 0 {
				data, err := p.MarshalBinary()
				if err != nil {
					t.Fatal(err)
				}
				parts[i] = new(Table)
				if err := parts[i].UnmarshalBinary(data); err != nil {
					t.Fatal(err)
				}
			}
		}
		for len(parts) > 1 {
			i, j := rng.IntN(len(parts)), rng.IntN(len(parts)-1)
			if j >= i {
				j++
			}
			parts[i].Merge(parts[j])
			parts = slices.Delete(parts, j, j+1)
		}
		got := parts[0]
		if got.Stories() != len(stories) {
			t.Errorf("trial %d: Stories() = %d, want %d", trial, got.Stories(), len(stories))
		}
		if g, w := got.Rows(), want.Rows(); !reflect.DeepEqual(g, w) {
			t.Fatalf("trial %d: merged rows differ from one table's:\n got %+v\nwant %+v", trial, g, w)
		}
	}
}

// TestEntityTableAcronymFromFirstStory checks that a name written two ways
// is an acronym or not as its first story in the input writes it, whatever
// order the stories were added in.
func TestEntityTableAcronymFromFirstStory(t *testing.T) {
	rows := func(add func(tab *Table)) []Row {
		tab := NewTable(0)
		add(tab)
		return tab.Rows()
	}
	inOrder := rows(func(tab *Table) {
		tab.Add("a", []nlp.Entity{ent("Eu", nlp.Org)})
		tab.Add("b", []nlp.Entity{ent("EU", nlp.Org)})
		tab.Add("c", []nlp.Entity{ent("European Union", nlp.Org)})
	})
	reversed := rows(func(tab *Table) {
		tab.AddAt(2, "c", []nlp.Entity{ent("European Union", nlp.Org)})
		tab.AddAt(1, "b", []nlp.Entity{ent("EU", nlp.Org)})
		tab.AddAt(0, "a", []nlp.Entity{ent("Eu", nlp.Org)})
	})
	if !reflect.DeepEqual(inOrder, reversed) {
		t.Errorf("rows depend on the order stories were added in:\n in order %+v\n reversed %+v", inOrder, reversed)
	}
	if len(inOrder) != 2 {
		t.Errorf("%d rows, want 2: a name first written \"Eu\" is no acronym of European Union: %+v", len(inOrder), inOrder)
	}
}

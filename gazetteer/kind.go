package gazetteer

import "strings"

// Kind is a set of lexicon categories; a name can be in several (Georgia is a
// Country and a State, Jordan a Country, a FirstName and a river's head word).
type Kind uint32

// Lexicon categories.
const (
	Country   Kind = 1 << iota // sovereign states, territories and their aliases (GPE)
	State                      // first-level divisions: US states, provinces (GPE)
	City                       // cities of 15,000 people or more (GPE)
	BigCity                    // cities of 100,000 or more, and capitals (GPE; also City)
	Region                     // continents and regions such as "Middle East" (LOC)
	Water                      // oceans, seas, rivers, lakes, straits (LOC)
	Land                       // mountains, deserts, islands, peninsulas (LOC)
	Demonym                    // nationalities and peoples: "Russian", "Kurds" (NORP)
	Group                      // religious and political groups: "Muslim", "Democrats" (NORP)
	FirstName                  // person given names
	LastName                   // person family names
	Org                        // well-known organisations and acronyms: "NATO", "Reuters" (ORG)
	OrgSuffix                  // company-form suffixes: "Inc", "Ltd", "GmbH"
	OrgWord                    // words in organisation names: "Party", "Ministry", "University"
	Title                      // job titles and roles: "President", "Defense Secretary"
	Honorific                  // courtesy titles: "Mr.", "Dr", "Sir"

	numKinds = iota

	// Kind sets by the entity type they suggest.
	GPEKinds  = Country | State | City | BigCity
	LOCKinds  = Region | Water | Land
	NORPKinds = Demonym | Group
	PERKinds  = FirstName | LastName

	prefix Kind = 1 << 31 // internal: the key is a proper prefix of a longer name
)

var kindNames = [numKinds]string{"country", "state", "city", "bigcity", "region", "water", "land",
	"demonym", "group", "first", "last", "org", "orgsuffix", "orgword", "title", "honorific"}

// kindByName maps the data files' kind column to a Kind; "capital" is a BigCity.
func kindByName(s string) (Kind, bool) {
	if s == "capital" {
		return BigCity | City, true
	}
	for i, n := range kindNames {
		if n == s {
			k := Kind(1) << i
			if k == BigCity {
				k |= City
			}
			return k, true
		}
	}
	return 0, false
}

// Has reports whether k shares a category with o.
func (k Kind) Has(o Kind) bool { return k&o != 0 }

// Type returns the entity type a name of this kind usually has: "GPE",
// "LOC", "NORP", "ORG" or "PERSON", or "" for the marker kinds (suffixes,
// org words, titles). A GPE kind wins over LOC, LOC over NORP, and so on.
func (k Kind) Type() string {
	switch {
	case k.Has(GPEKinds):
		return "GPE"
	case k.Has(LOCKinds):
		return "LOC"
	case k.Has(NORPKinds):
		return "NORP"
	case k.Has(Org):
		return "ORG"
	case k.Has(PERKinds):
		return "PERSON"
	}
	return ""
}

// String lists the categories, e.g. "country|state".
func (k Kind) String() string {
	var parts []string
	for i, n := range kindNames {
		if k&(1<<i) != 0 {
			parts = append(parts, n)
		}
	}
	return strings.Join(parts, "|")
}

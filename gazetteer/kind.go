package gazetteer

import "strings"

// Kind is a set of lexicon categories; a name can be in several (Georgia is a
// Country and a State, Jordan a Country, a FirstName and a river's head word).
//
// Bits 0-15 are the first lexicons; bits 16-23 say what sort of organisation
// an Org is (every name listed under one of them is also an Org), and bits
// 24-27 are markers for the entity layer's mechanisms. Bits 28-31 are free.
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
	Group                      // religions, religious and political groups: "Islam", "Muslim", "Democrats" (NORP)
	FirstName                  // person given names; a name ending in "-" is a syllable of hyphenated given names only ("kin-"), see HyphenKinds
	LastName                   // person family names
	Org                        // known organisations and acronyms: "NATO", "Reuters" (ORG); the sorts below also carry it
	OrgSuffix                  // company-form suffixes: "Inc", "Ltd", "GmbH"
	OrgWord                    // words in organisation names: "Party", "Ministry", "University"
	Title                      // job titles and roles: "President", "Defense Secretary"
	Honorific                  // courtesy titles: "Mr.", "Mr", "Dr", "Sir"

	// Sorts of organisation (each also Org).
	Media   // news outlets, agencies, broadcasters, newspapers: "Reuters", "The Hill", "Deutsche Welle"
	Company // companies and their brands: "Nvidia", "ByteDance", "Exxon Mobil"
	Party   // political parties: "Likud", "Bharatiya Janata Party", "SNP"
	Gov     // state bodies: ministries, departments, agencies, legislatures, courts, police, armed forces, central banks: "FBI", "Home Office", "Bundestag"
	Intl    // international and intergovernmental bodies, their agencies and courts: "WHO", "NATO", "European Court of Human Rights"
	Edu     // universities, colleges and research institutes: "Sciences Po", "University of Nairobi"
	Sports  // sports clubs, teams, leagues and federations: "Bayern Munich", "Los Angeles Lakers", "FIFA"
	Seat    // a building or street that stands for the institution in it: "White House", "Kremlin", "Downing Street" (ORG when it acts, FAC as a place)

	// Markers for the entity layer's mechanisms.
	Market     // currency codes and names, market index and commodity tickers and benchmarks: "EUR", "DXY", "XAU", "SPX", "Brent"; never an organisation by themselves
	FacWord    // facility head words, before or after the name: "Joint Base", "Fort", "Airport", "Station", "Stadium", "Bridge" (FAC)
	StreetWord // thoroughfare words after a name or ordinal: "Street", "Avenue", "Road", "Boulevard" (FAC in OntoNotes, LOC in CoNLL)
	Particle   // particles inside person names: "van", "de", "von der", "da", "bin", "al" (lower case in most names)

	numKinds = iota

	// Kind sets by the entity type they suggest.
	GPEKinds  = Country | State | City | BigCity
	LOCKinds  = Region | Water | Land
	NORPKinds = Demonym | Group
	PERKinds  = FirstName | LastName
	// OrgSorts are the sorts of organisation; a listed Org may have none.
	OrgSorts = Media | Company | Party | Gov | Intl | Edu | Sports | Seat
)

var kindNames = [numKinds]string{"country", "state", "city", "bigcity", "region", "water", "land",
	"demonym", "group", "first", "last", "org", "orgsuffix", "orgword", "title", "honorific",
	"media", "company", "party", "gov", "intl", "edu", "sports", "seat",
	"market", "facword", "streetword", "particle"}

// kindByName maps the data files' kind column to a Kind: "capital" is a
// BigCity, a BigCity is also a City, and a sort of organisation also an Org.
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
			if k.Has(OrgSorts) {
				k |= Org
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
// org words, titles, market symbols, facility and street words, particles).
// A GPE kind wins over LOC, LOC over NORP, and so on.
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

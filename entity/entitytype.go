package entity

import (
	"strings"

	"github.com/newsnlp/newsnlp/gazetteer"
	"github.com/newsnlp/newsnlp/ner"
	"github.com/newsnlp/newsnlp/nlp"
)

// Types of single mentions.
//
// The tagger labels PER, ORG, LOC and MISC. A mention's own type comes from
// that label and the gazetteer. A listed seat of an institution ("White
// House", "Kremlin", "Downing Street") is FAC after a word that puts
// something in or at it ("outside the White House") and ORG otherwise
// ("the Kremlin said"), whatever the label unless PER. Otherwise:
//   - PER is PERSON, except a name that ends in a word of institutions
//     ("Mayo Clinic", "Sky News", "Johns Hopkins University"): ORG, unless
//     it is a listed first name and a listed surname ("Emily Post").
//   - LOC is GPE for countries, states and cities, LOC for regions, seas,
//     rivers and mountains, NORP for a nationality ("Russian" is never a
//     place), ORG for a listed organisation ("Voice of America") and for a
//     name ending in "Police", "Ministry", "Party"..., and otherwise
//     goes by its head word: "Yukon River" is LOC, "Heathrow Airport" is
//     FAC, and an unlisted name is a GPE (most are towns).
//   - ORG is ORG, except a listed nationality or group ("Democrats"): NORP;
//     a listed sea, river or mountain range: LOC; an unlisted name of a
//     street ("Gladstone Avenue") or one that opens with a facility word
//     and ends in a name ("Naval Station Norfolk", "Fort Hood"): FAC.
//   - MISC is NORP for a listed nationality or group, or an adjective of a
//     listed place ("Texan", "Bavarian", "Lebanese"); EVENT for wars,
//     cups, games and championships ("World Cup", "Olympics", "Gulf
//     War"); FAC for a building or base ("Joint Base Lewis-McChord"); ORG
//     for a name ending in an organisation's head word ("World Food
//     Programme"); otherwise MISC.
//
// The story then votes on one type per name (alias.go).

// localType returns the type of candidate c taken alone.
func (r *resolver) localType(c *cand) nlp.EntityType {
	if c.locked {
		return c.typ
	}
	text := r.text(c)
	k := r.kinds(listedForm(text))
	if k.Has(gazetteer.Seat) && c.tag != ner.PER {
		// "White House", "Kremlin", "Downing Street": a seat of an
		// institution. As OntoNotes has it, the building is a place only
		// where the text puts something in or at it; when it speaks or acts
		// it is the institution.
		if r.afterPlaceWord(c) {
			return nlp.Facility
		}
		return nlp.Org
	}
	switch c.tag {
	case ner.PER:
		if r.institutionName(text) {
			return nlp.Org // "Mayo Clinic", "Sky News"
		}
		return nlp.Person
	case ner.LOC:
		switch {
		case k.Has(gazetteer.Demonym) && !k.Has(gazetteer.Country|gazetteer.BigCity):
			return nlp.NORP // "Western", listed as a state somewhere, is an adjective
		case k.Has(gazetteer.GPEKinds):
			return nlp.GPE
		case k.Has(gazetteer.LOCKinds):
			return nlp.Loc
		case k.Has(gazetteer.NORPKinds) || r.isDemonymForm(text):
			return nlp.NORP
		case k.Has(gazetteer.Org):
			return nlp.Org // "Voice of America"
		}
		words := strings.Fields(text)
		if len(words) > 1 && isOrgHead(words[len(words)-1]) {
			return nlp.Org // "Uganda Police Force"
		}
		return r.geoByHead(words)
	case ner.ORG:
		switch {
		case k.Has(gazetteer.NORPKinds) && !k.Has(gazetteer.GPEKinds|gazetteer.LOCKinds|gazetteer.Org):
			return nlp.NORP
		case k.Has(gazetteer.Water|gazetteer.Land) && !k.Has(gazetteer.GPEKinds|gazetteer.Org):
			return nlp.Loc // a listed sea, river or mountain range is never an organisation
		case !k.Has(gazetteer.Org) && r.isStreetName(strings.Fields(text)):
			return nlp.Facility // "Gladstone Avenue"
		case !k.Has(gazetteer.Org) && r.opensWithFacWord(c):
			return nlp.Facility // "Naval Station Norfolk"
		case !k.Has(gazetteer.Org) && r.listedPersonName(c):
			return nlp.Person // "Taylor Fritz"
		}
		return nlp.Org
	case ner.MISC:
		switch {
		case k.Has(gazetteer.NORPKinds) || r.isDemonymForm(text):
			return nlp.NORP
		case isEventName(strings.Fields(text)):
			return nlp.Event
		case k.Has(gazetteer.Company) && !k.Has(gazetteer.GPEKinds|gazetteer.LOCKinds|gazetteer.Market) && !r.indexSense(c):
			// The whole mention is a listed company's name: the tagger's MISC
			// is the product sense, which takes a model after it ("Zorvatco
			// Z7" is one MISC mention, "Zorvatco" alone the firm), or an
			// index named after an exchange ("the Zorvatco fell", "the
			// Zorvatco index").
			return nlp.Org
		}
		words := strings.Fields(text)
		if len(words) > 1 && r.geoByHead(words) == nlp.Facility {
			return nlp.Facility // "Joint Base Lewis-McChord"
		}
		if len(words) > 1 && isOrgHead(words[len(words)-1]) {
			return nlp.Org // "World Food Programme"
		}
		return nlp.Misc
	}
	return nlp.Misc
}

// indexWords follow the name of an exchange or a publisher that an index
// is named after: "the Dow Jones industrial average".
var indexWords = map[string]bool{"index": true, "indices": true, "industrial": true, "industrials": true,
	"average": true, "composite": true, "futures": true, "benchmark": true}

// indexSense reports whether candidate c reads as an index rather than a
// firm: after a lower-case "the" (a firm named alone takes no article) or
// before a word of indices.
func (r *resolver) indexSense(c *cand) bool {
	lo, hi := r.sentRange(c.sent)
	return (c.t0 > lo && r.words[c.t0-1] == "the") || (c.t1 < hi && indexWords[r.words[c.t1]])
}

// placeWords are the words that make the name after them (and an article)
// a place: prepositions of place and verbs of going in or out.
var placeWords = map[string]bool{
	"at": true, "in": true, "inside": true, "outside": true, "near": true, "into": true,
	"within": true, "toward": true, "towards": true, "around": true, "across": true,
	"behind": true, "beside": true, "opposite": true, "past": true,
	"visit": true, "visits": true, "visited": true, "visiting": true, "enter": true,
	"entered": true, "entering": true, "leave": true, "leaves": true, "left": true,
	"leaving": true, "reached": true, "stormed": true, "surrounded": true,
}

// afterPlaceWord reports whether candidate c comes after a place word,
// and perhaps an article: "at the Kremlin", "visited the White House".
func (r *resolver) afterPlaceWord(c *cand) bool {
	lo, _ := r.sentRange(c.sent)
	p := c.t0 - 1
	if p >= lo && isArticle(r.words[p]) {
		p--
	}
	return p >= lo && len(r.words[p]) <= 10 && inLower(placeWords, r.words[p])
}

// isArticle reports whether w is "the", "a" or "an", in any case.
func isArticle(w string) bool {
	return strings.EqualFold(w, "the") || strings.EqualFold(w, "a") || strings.EqualFold(w, "an")
}

// geoByHead types an unlisted place by its head word: LOC for natural
// features, FAC for buildings and infrastructure (the gazetteer's facility
// and street words), GPE otherwise.
func (r *resolver) geoByHead(words []string) nlp.EntityType {
	if len(words) == 0 {
		return nlp.GPE
	}
	first, last := words[0], words[len(words)-1]
	switch {
	case len(words) > 1 && r.isFacilityWord(last):
		return nlp.Facility
	case isGeoHead(last), len(words) > 1 && isGeoHead(first):
		return nlp.Loc
	}
	if len(words) <= 4 {
		for _, w := range words[:len(words)-1] {
			if len(w) >= 3 && r.kinds(w).Has(gazetteer.FacWord) { // "Joint Base Lewis-McChord"
				return nlp.Facility
			}
		}
	}
	return nlp.GPE
}

// geoHeads are words that make a name a natural feature (LOC).
var geoHeads = map[string]bool{
	"river": true, "sea": true, "ocean": true, "lake": true, "lakes": true, "mountains": true,
	"mountain": true, "mount": true, "mt.": true, "hills": true, "valley": true, "gulf": true,
	"bay": true, "strait": true, "straits": true, "channel": true, "island": true, "islands": true,
	"isle": true, "peninsula": true, "desert": true, "coast": true, "basin": true, "plateau": true,
	"plain": true, "plains": true, "delta": true, "canyon": true, "forest": true, "glacier": true,
	"range": true, "cape": true, "falls": true, "creek": true, "reef": true, "volcano": true,
	"sound": true, "lagoon": true, "fjord": true, "archipelago": true, "steppe": true,
}

func isGeoHead(w string) bool { return len(w) >= 3 && len(w) <= 11 && inLower(geoHeads, w) }

// isFacilityWord reports whether the gazetteer lists w as a word of
// facility or street names: "Airport", "Base", "Stadium", "Avenue".
func (r *resolver) isFacilityWord(w string) bool {
	return len(w) >= 3 && r.kinds(w).Has(gazetteer.FacWord|gazetteer.StreetWord)
}

// listedPersonName reports whether candidate c is two or three capitalised
// words, each of which the gazetteer lists as a person's name, the first
// as a first name ("Taylor Fritz"), with no organisation word.
func (r *resolver) listedPersonName(c *cand) bool {
	if c.t1-c.t0 < 2 || c.t1-c.t0 > 3 || !r.personLike(c.t0, c.t1) {
		return false
	}
	for p := c.t0 + 1; p < c.t1; p++ {
		if w := r.words[p]; !r.kinds(w).Has(gazetteer.PERKinds) || isOrgHead(w) {
			return false // "Victoria Skating Rink"
		}
	}
	return true
}

// opensWithFacWord reports whether candidate c opens with words the
// gazetteer lists for facilities and goes on with a name that is no
// organisation word: "Naval Station Norfolk", "Fort Hood", not "Port
// Authority".
func (r *resolver) opensWithFacWord(c *cand) bool {
	n, k := r.gz.Match(&r.h, r.words[:c.t1], c.t0)
	if n == 0 || c.t0+n >= c.t1 || !k.Has(gazetteer.FacWord) {
		return false
	}
	// Only the words of bases and forts open names: "Center for ...",
	// "Church of ..." are organisations.
	if w := r.words[c.t0+n-1]; !inLower(baseWords, w) && !strings.EqualFold(w, "fort") && !strings.EqualFold(w, "camp") {
		return false
	}
	last := r.words[c.t1-1]
	return isCapitalised(last) && !isOrgHead(last) && !r.kinds(last).Has(gazetteer.OrgWord|gazetteer.FacWord)
}

// isStreetName reports whether a name of two words or more ends in a word
// the gazetteer lists for streets: "Gladstone Avenue", "17th Street".
func (r *resolver) isStreetName(words []string) bool {
	return len(words) > 1 && r.kinds(words[len(words)-1]).Has(gazetteer.StreetWord)
}

// orgHeads are last words that make a name an organisation even when the
// tagger calls it a place: "Uganda Police Force", "Interior Ministry".
var orgHeads = map[string]bool{
	"force": true, "forces": true, "ministry": true, "police": true, "party": true, "bank": true,
	"university": true, "council": true, "committee": true, "commission": true, "association": true,
	"federation": true, "agency": true, "department": true, "bureau": true, "authority": true,
	"organization": true, "organisation": true, "foundation": true, "institute": true, "army": true,
	"navy": true, "corps": true, "inc": true, "inc.": true, "corp": true, "corp.": true, "ltd": true,
	"ltd.": true, "plc": true, "company": true, "group": true, "court": true, "parliament": true,
	"laboratory": true, "laboratories": true, "lab": true, "labs": true,
	"college": true, "school": true, "academy": true, "institution": true, "programme": true,
}

// institutionBuildings are the last words of institutions that are also
// buildings: a place after a word of place, or when the tagger calls it
// one ("taken to the Central Hospital"), an organisation when it acts.
var institutionBuildings = map[string]bool{"hospital": true, "clinic": true, "museum": true, "library": true}

// institutionName reports whether a person-tagged name of two words or
// more ends in a word of institutions (an organisation head, or a word
// the gazetteer lists as ending organisations' names), and is not a
// listed first name with a listed surname.
func (r *resolver) institutionName(name string) bool {
	i, j := strings.IndexByte(name, ' '), strings.LastIndexByte(name, ' ')
	if i < 0 {
		return false
	}
	first, last := name[:i], name[j+1:]
	if !isOrgHead(last) && !inLower(institutionBuildings, last) && !r.kinds(last).Has(gazetteer.OrgWord) {
		return false
	}
	return !(r.kinds(first).Has(gazetteer.FirstName) && r.kinds(last).Has(gazetteer.LastName))
}

func isOrgHead(w string) bool { return len(w) >= 3 && len(w) <= 12 && inLower(orgHeads, w) }

// eventHeads are last words of event names.
var eventHeads = map[string]bool{
	"war": true, "cup": true, "olympics": true, "games": true, "championship": true,
	"championships": true, "prix": true, "bowl": true, "series": true, "festival": true,
	"marathon": true, "summit": true, "expo": true, "tournament": true, "trophy": true,
	"open": true, "derby": true, "paralympics": true, "revolution": true, "uprising": true,
}

// isEventName reports whether a name is an event: "World Cup", "Olympics",
// "Gulf War", "World War II", "Tour de France".
func isEventName(words []string) bool {
	for len(words) > 1 && isOrdinalWord(words[len(words)-1]) {
		words = words[:len(words)-1]
	}
	if len(words) == 0 {
		return false
	}
	last := strings.ToLower(words[len(words)-1])
	first := strings.ToLower(words[0])
	switch {
	case first == "olympic" || first == "olympics" || (first == "tour" && len(words) > 2):
		return true
	case last == "olympics" || last == "paralympics":
		return true
	case len(words) > 1 && eventHeads[last]:
		return true
	}
	return false
}

// isOrdinalWord reports whether w is a Roman numeral or a number, as in
// "World War II" or "Super Bowl 50".
func isOrdinalWord(w string) bool {
	if w == "" {
		return false
	}
	for _, ch := range w {
		if !strings.ContainsRune("IVXLC0123456789", ch) {
			return false
		}
	}
	return true
}

// demonymSuffixes maps an adjective ending to the endings of the place it
// comes from: "Bavarian" → "Bavaria", "Texan" → "Texas", "Lebanese" →
// "Lebanon", "Polish" → "Poland", "Israeli" → "Israel".
var demonymSuffixes = []struct {
	suffix string
	places []string
}{
	{"ian", []string{"ia", "", "a", "y", "e"}},
	{"ean", []string{"ea", "e", ""}},
	{"an", []string{"a", "as", "o", "", "e"}},
	{"ese", []string{"", "a", "on", "e"}},
	{"ish", []string{"", "and", "ey", "ia"}},
	{"i", []string{"", "a"}},
	{"er", []string{""}},
}

// isDemonymForm reports whether a single capitalised word is the adjective
// or the people of a listed country, state, big city or region: "Texan",
// "Texans", "Bavarian", "Parisian", "Floridian". A word listed as a place or
// a first name itself ("Milan", "Jordan") is not.
func (r *resolver) isDemonymForm(text string) bool {
	if strings.IndexByte(text, ' ') >= 0 || len(text) < 5 || !isCapitalised(text) {
		return false
	}
	for _, ch := range text {
		if !isLetterRune(ch) {
			return false
		}
	}
	if r.kinds(text).Has(gazetteer.GPEKinds | gazetteer.LOCKinds | gazetteer.FirstName | gazetteer.Org) {
		return false // "Milan", "Jordan": a place or a name in its own right
	}
	forms := []string{text}
	if strings.HasSuffix(text, "s") {
		forms = append(forms, text[:len(text)-1])
	}
	const placeKinds = gazetteer.Country | gazetteer.State | gazetteer.BigCity | gazetteer.Region
	for _, w := range forms {
		for _, s := range demonymSuffixes {
			if !strings.HasSuffix(w, s.suffix) || len(w)-len(s.suffix) < 3 {
				continue
			}
			stem := w[:len(w)-len(s.suffix)]
			for _, p := range s.places {
				if r.kinds(stem + p).Has(placeKinds) {
					return true
				}
			}
		}
	}
	return false
}

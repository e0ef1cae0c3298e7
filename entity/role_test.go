package entity

import "testing"

func TestTitlesAndRoles(t *testing.T) {
	runResolveCases(t, []resolveCase{
		{"a council title inside a span tagged ORG", "[Councilman Victor Reyes|ORG] said it .",
			"Victor Reyes/PERSON[Victor Reyes]{Councilman}"},
		{"a county before a title, all tagged ORG", "[Clark County Sheriff Joe Lombardo|ORG] said it .",
			"Clark County/GPE[Clark County]; Joe Lombardo/PERSON[Joe Lombardo]{Clark County Sheriff}"},
		{"title outside the span", "said Defense Secretary [Ana Ortiz|PER] .",
			"Ana Ortiz/PERSON[Ana Ortiz]{Defense Secretary}"},
		{"title inside the span", "said [Defense Secretary Ana Ortiz|PER] .",
			"Ana Ortiz/PERSON[Ana Ortiz]{Defense Secretary}"},
		{"department word tagged ORG", "[Commerce|ORG] Secretary [Carlos Mendes|PER] spoke .",
			"Carlos Mendes/PERSON[Carlos Mendes]{Commerce Secretary}"},
		{"whole titled name tagged ORG", "[Commerce Secretary Carlos Mendes|ORG] spoke .",
			"Carlos Mendes/PERSON[Carlos Mendes]{Commerce Secretary}"},
		{"multi-word title with of", "Secretary of [State|ORG] [Grace Mwangi|PER] spoke .",
			"Grace Mwangi/PERSON[Grace Mwangi]{Secretary of State}"},
		{"title running into the span", "Secretary of [State Grace Mwangi|PER] spoke .",
			"Grace Mwangi/PERSON[Grace Mwangi]{Secretary of State}"},
		{"special envoy", "with [Special Envoy Paul Brennan|PER] ,",
			"Paul Brennan/PERSON[Paul Brennan]{Special Envoy}"},
		{"country qualifier outside", "[U.S.|LOC] President [Rita Cardoso|PER] said .",
			"United States/GPE[U.S.]; Rita Cardoso/PERSON[Rita Cardoso]{U.S. President}"},
		{"country qualifier inside", "[U.S. President Rita Cardoso|PER] said .",
			"United States/GPE[U.S.]; Rita Cardoso/PERSON[Rita Cardoso]{U.S. President}"},
		{"abbreviation without its last stop", "[U.S President Rita Cardoso|LOC] said .",
			"United States/GPE[U.S]; Rita Cardoso/PERSON[Rita Cardoso]{U.S President}"},
		{"nationality qualifier", "[Kenyan|MISC] President [William Ruto|PER] said .",
			"Kenyan/NORP[Kenyan]; William Ruto/PERSON[William Ruto]{Kenyan President}"},
		{"untagged qualifier", "said Kenyan president [William Ruto|PER] .",
			"Kenyan/NORP[Kenyan]; William Ruto/PERSON[William Ruto]{Kenyan president}"},
		{"no qualifier cut out of a longer name", "North Korean Red Cross president [Li Song-ho|PER] said .",
			"Li Song-ho/PERSON[Li Song-ho]{president}"},
		{"honorific outside: no role", "Mr. [Okafor|PER] said .", "Okafor/PERSON[Okafor]"},
		{"honorific after the title: not in the role", "[Central Bank|ORG] governor Mr [Okafor|PER] said .",
			"Central Bank/ORG[Central Bank]; Okafor/PERSON[Okafor]{Central Bank governor}"},
		{"honorific after the title inside the span", "[Chairman Mr Okafor|PER] said .",
			"Okafor/PERSON[Okafor]{Chairman}"},
		{"honorific inside: dropped", "[Mrs. Okafor|PER] said .", "Okafor/PERSON[Okafor]"},
		{"abbreviated rank is a role", "[Gen. Mark Milley|PER] said .", "Mark Milley/PERSON[Mark Milley]{Gen.}"},
		{"title makes a person", "President [Okafor|LOC] spoke .", "Okafor/PERSON[Okafor]{President}"},
		{"roles in order, distinct", "[Sen. Ada Okafor|PER] spoke . Chairwoman [Okafor|PER] and Sen. [Okafor|PER] left .",
			"Ada Okafor/PERSON[Ada Okafor,Okafor,Okafor]{Sen.,Chairwoman}"},
		{"name after a title the tagger missed", "and Chief of Staff Julia Okafor attended .",
			"Julia Okafor/PERSON[Julia Okafor]{Chief of Staff}"},
		{"surname after an honorific the tagger missed", "Mr. Okafor said .", "Okafor/PERSON[Okafor]"},
		{"organisation with a title word", "[General Motors|ORG] said .", "General Motors/ORG[General Motors]"},
		{"place with a title word", "[Prince Edward Island|LOC] voted .", "Prince Edward Island/GPE[Prince Edward Island]"},
		{"saint is no honorific", "[St. Louis|LOC] won .", "St. Louis/GPE[St. Louis]"},
		{"initial is no honorific", "[M. Butcher|PER] 70 ,", "M. Butcher/PERSON[M. Butcher]"},
		{"title that is a first name", "[Dean Jones|PER] batted .", "Dean Jones/PERSON[Dean Jones]"},
		{"title alone stays", "said [King|PER] .", "King/PERSON[King]"},
		{"lower-case title before a non-person", "the president of [Acme|ORG] .", "Acme/ORG[Acme]"},
		{"appositive after", "[Rita Cardoso|PER] , the union 's leader , warned .",
			"Rita Cardoso/PERSON[Rita Cardoso]{union 's leader}"},
		{"appositive after with an organisation", "said [Ada Okafor|PER] , a spokeswoman for the [Interior Ministry|ORG] .",
			"Ada Okafor/PERSON[Ada Okafor]{spokeswoman for the Interior Ministry}; Interior Ministry/ORG[Interior Ministry]"},
		{"appositive before", "The mayor of [Barreiro|LOC] , [Paulo Serrao|PER] , said so .",
			"Barreiro/GPE[Barreiro]; Paulo Serrao/PERSON[Paulo Serrao]{mayor of Barreiro}"},
		{"a list of people is no appositive", "[Grace Mwangi|PER] , Special Envoy [Paul Brennan|PER] , and others",
			"Grace Mwangi/PERSON[Grace Mwangi]; Paul Brennan/PERSON[Paul Brennan]{Special Envoy}"},
		{"a clause is no appositive", "[Ada Okafor|PER] , who leads the union , warned .", "Ada Okafor/PERSON[Ada Okafor]"},
		{"no title, no role", "[Ada Okafor|PER] , the owner 's daughter , left .", "Ada Okafor/PERSON[Ada Okafor]"},
	})
}

func TestIsDottedAbbrev(t *testing.T) {
	for w, want := range map[string]bool{"U.S": true, "U.K": true, "U.S.": false, "US": false, "u.s": false, "U": false} {
		if got := isDottedAbbrev(w); got != want {
			t.Errorf("isDottedAbbrev(%q) = %v", w, got)
		}
	}
}

package entity

import (
	"testing"

	"github.com/newsnlp/newsnlp/nlp"
)

func TestAliases(t *testing.T) {
	runResolveCases(t, []resolveCase{
		{"surname and title join the full name",
			"[Donald Trump|PER] met aides . President [Trump|PER] said so . [Trump|LOC] left .",
			"Donald Trump/PERSON[Donald Trump,Trump,Trump]{President}"},
		{"first name joins the full name",
			"[Ada Okafor|PER] spoke . [Ada|PER] left .",
			"Ada Okafor/PERSON[Ada Okafor,Ada]"},
		{"middle initial",
			"[Donald J. Trump|PER] spoke . [Donald Trump|PER] and [Trump|PER] left .",
			"Donald J. Trump/PERSON[Donald J. Trump,Donald Trump,Trump]"},
		{"shared surname stays apart",
			"[George W. Bush|PER] and [Jeb Bush|PER] met . [Bush|PER] said .",
			"George W. Bush/PERSON[George W. Bush]; Jeb Bush/PERSON[Jeb Bush]; Bush/PERSON[Bush]"},
		{"listed country is not a surname",
			"[Michael Jordan|PER] visited [Jordan|LOC] .",
			"Michael Jordan/PERSON[Michael Jordan]; Jordan/GPE[Jordan]"},
		{"country aliases",
			"[U.S.|LOC] forces , [United States|LOC] aid , [America|LOC] first and [US|LOC] debt .",
			"United States/GPE[U.S.,United States,America,US]"},
		{"acronym defined in brackets",
			"the [European Investment Bank|ORG] ( [EIB|ORG] ) said . The [EIB|ORG] lends .",
			"European Investment Bank/ORG[European Investment Bank,EIB,EIB]"},
		{"acronym the tagger missed",
			"the [Uganda Police Force|ORG] ( UPF ) said . The [UPF|ORG] denied it .",
			"Uganda Police Force/ORG[Uganda Police Force,UPF,UPF]"},
		{"acronym of initials takes the expansion's type",
			"the [North Atlantic Treaty Organization|ORG] met . [NATO|PER] said .",
			"NATO/ORG[North Atlantic Treaty Organization,NATO]"},
		{"acronym of an unlisted name",
			"the [Kwara Farmers Union|ORG] met . [KFU|LOC] said .",
			"Kwara Farmers Union/ORG[Kwara Farmers Union,KFU]"},
		{"listed organisation is no person or place",
			"[NATO|PER] said . [NATO|LOC] met .",
			"NATO/ORG[NATO,NATO]"},
		{"majority type",
			"[Okafor|PER] said . [Okafor|PER] left . [Okafor|ORG] came .",
			"Okafor/PERSON[Okafor,Okafor,Okafor]"},
		{"listed country is no person",
			"[Ukraine|PER] said . [Ukraine|LOC] won .",
			"Ukraine/GPE[Ukraine,Ukraine]"},
		{"listed big city breaks a tie",
			"[Kyiv|PER] should decide . critics in [Kyiv|LOC] .",
			"Kyiv/GPE[Kyiv,Kyiv]"},
		{"a person named like a city",
			"champion [Lindsay|PER] and [Davenport|PER] won .",
			"Lindsay/PERSON[Lindsay]; Davenport/PERSON[Davenport]"},
		{"club and city kept apart",
			"[Chicago|ORG] beat [Boston|ORG] . in [Chicago|LOC] it rained .",
			"Chicago/ORG[Chicago]; Boston/ORG[Boston]; Chicago/GPE[Chicago]"},
		{"film and man kept apart",
			"the film [Michael Collins|MISC] . [Michael Collins|MISC] opens . [Michael Collins|PER] died .",
			"Michael Collins/MISC[Michael Collins,Michael Collins]; Michael Collins/PERSON[Michael Collins]"},
		{"a tie stays apart",
			"[Spartak|PER] 3 1 1 1 . [Spartak|ORG] won .",
			"Spartak/PERSON[Spartak]; Spartak/ORG[Spartak]"},
		{"a title breaks a tie",
			"President [Okafor|LOC] spoke . [Okafor|LOC] left . [Okafor|PER] came .",
			"Okafor/PERSON[Okafor,Okafor,Okafor]{President}"},
		{"club and unlisted town kept apart",
			"[Bury|ORG] 4 [Bristol City|ORG] 0 . in [Bury|LOC] it rained .",
			"Bury/ORG[Bury]; Bristol City/ORG[Bristol City]; Bury/GPE[Bury]"},
		{"company suffix",
			"[Acme Inc.|ORG] said . [Acme|ORG] shares rose .",
			"Acme Inc./ORG[Acme Inc.,Acme]"},
		{"nationality forms",
			"[Russian|MISC] troops and [Russians|MISC] left .",
			"Russian/NORP[Russian,Russians]"},
		{"order of first mention",
			"[Kwame Mensah|PER] met [Ada Okafor|PER] . [Okafor|PER] and [Mensah|PER] left .",
			"Kwame Mensah/PERSON[Kwame Mensah,Mensah]; Ada Okafor/PERSON[Ada Okafor,Okafor]"},
		{"lower-case us is no country", "[us|LOC] .", "us/GPE[us]"},
	})
}

// TestEntityNameFullest checks that an entity is named by its fullest form,
// preferring body text to a headline.
func TestEntityNameFullest(t *testing.T) {
	doc := resolved(t, "# [OKAFOR|PER] WINS\n[Okafor|PER] won . [Ada Okafor|PER] said .")
	e := entityNamed(doc, "Ada Okafor")
	if e == nil || len(e.Mentions) != 3 || e.Type != nlp.Person {
		t.Fatalf("got %s", table(doc))
	}
}

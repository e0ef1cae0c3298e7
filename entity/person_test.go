package entity

import "testing"

func TestPersonNames(t *testing.T) {
	runResolveCases(t, []resolveCase{
		{"double-barrelled surname left out", "[Kentavious|ORG] Caldwell-Pope scored .",
			"Kentavious Caldwell-Pope/PERSON[Kentavious Caldwell-Pope]"},
		{"double-barrelled surname after a person", "[Sarah|PER] Vine-Hall said .", "Sarah Vine-Hall/PERSON[Sarah Vine-Hall]"},
		{"no surname after a listed place", "[Lagos|LOC] Okafor-Mensah won .", "Lagos/GPE[Lagos]"},
		{"syllable given name", "the activist [Chan Kwok-kin|MISC] was held .", "Chan Kwok-kin/PERSON[Chan Kwok-kin]{activist}"},
		{"syllable given name tagged ORG", "President [Moon Jae-in|ORG] spoke .", "Moon Jae-in/PERSON[Moon Jae-in]{President}"},
		{"no surname of compass points", "[Galway|ORG] North-East voted .", "Galway/ORG[Galway]"},
		{"no syllable name after a place word", "on [Mount Coot-tha|LOC] .", "Mount Coot-tha/LOC[Mount Coot-tha]"},
		{"no person in a modifier", "a [Zorvath Kong-based|MISC] fund", "Zorvath Kong-based/MISC[Zorvath Kong-based]"},
		{"hyphenated given name tagged ORG", "[Jean-Pierre Raffarin|ORG] said .", "Jean-Pierre Raffarin/PERSON[Jean-Pierre Raffarin]"},
		{"no person in a law's name", "the [Price-Anderson Act|MISC] .", "Price-Anderson Act/MISC[Price-Anderson Act]"},
		{"particle and a labelled surname", "[Luiz Inácio Lula|PER] da [Silva|ORG] met them .",
			"Luiz Inácio Lula da Silva/PERSON[Luiz Inácio Lula da Silva]"},
		{"particle and an unlabelled surname", "[Robin|PER] van Persie scored .", "Robin van Persie/PERSON[Robin van Persie]"},
		{"two particles", "[Ursula|PER] von der Leyen spoke .", "Ursula von der Leyen/PERSON[Ursula von der Leyen]"},
		{"Arabic particle", "[Mohammed|PER] bin Salman met [Bashar|PER] al-Assad .",
			"Mohammed bin Salman/PERSON[Mohammed bin Salman]; Bashar al-Assad/PERSON[Bashar al-Assad]"},
		{"particle and a place", "[Pedro|PER] de [Madrid|LOC] left .", "Pedro/PERSON[Pedro]; Madrid/GPE[Madrid]"},
		{"score after a name", "[Taylor Fritz 7-6|PER] 6-4 [Casper Ruud|PER]",
			"Taylor Fritz/PERSON[Taylor Fritz]; Casper Ruud/PERSON[Casper Ruud]"},
		{"score before a name", "[Iga Swiatek|PER] [6-2 Coco Gauff|PER]", "Iga Swiatek/PERSON[Iga Swiatek]; Coco Gauff/PERSON[Coco Gauff]"},
		{"tie-break", "[Alex de Minaur 7-6(5)|PER] 6-2", "Alex de Minaur/PERSON[Alex de Minaur]"},
		{"number after a person", "[Jane Okafor 71|PER] ,", "Jane Okafor/PERSON[Jane Okafor]"},
		{"no score in a range of years", "the [1966-76 Cultural Revolution|MISC] .", "1966-76 Cultural Revolution/EVENT[1966-76 Cultural Revolution]"},
		{"number in an event's name", "[Super Bowl 50|MISC] was played .", "Super Bowl 50/EVENT[Super Bowl 50]"},
	})
}

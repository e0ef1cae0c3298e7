package entity

import "testing"

// runStoryCases runs cases as whole stories: their first line may be a
// headline.
func runStoryCases(t *testing.T, cases []resolveCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc := resolved(t, tc.in)
			if got := table(doc); got != tc.want {
				t.Errorf("entities of %q:\n got %s\nwant %s", tc.in, got, tc.want)
			}
		})
	}
}

func TestHeadlines(t *testing.T) {
	runStoryCases(t, []resolveCase{
		{"title-case headline keeps vouched names",
			"[Okafor|PER] , [Mensah Meet|PER] in [Lagos|LOC] for [Border Trade Talks|ORG]\n" +
				"[Ada Okafor|PER] and [Kwame Mensah|PER] met in [Lagos|LOC] on Friday to talk .",
			"Ada Okafor/PERSON[Okafor,Ada Okafor]; Kwame Mensah/PERSON[Mensah,Kwame Mensah]; Lagos/GPE[Lagos,Lagos]"},
		{"a shrunk headline name is typed afresh",
			"# Talks on [Ukraine War|MISC] Open in [Geneva|LOC]\nDiplomats from [Ukraine|LOC] met in [Geneva|LOC] on Friday to talk .",
			"Ukraine/GPE[Ukraine,Ukraine]; Geneva/GPE[Geneva,Geneva]"},
		{"story title line",
			"# [Bold|PER] [Plans|ORG] for [Lagos|LOC]\n[Lagos|LOC] will grow , the mayor said on Friday .",
			"Lagos/GPE[Lagos,Lagos]"},
		{"capitals headline",
			"RUGBY - [OKAFOR|PER] NAMED AS [SPAIN|LOC] [CAPTAIN|MISC] .\n" +
				"[Ada Okafor|PER] was named as the new [Spain|LOC] captain on Friday .",
			"Ada Okafor/PERSON[OKAFOR,Ada Okafor]; Spain/GPE[SPAIN,Spain]"},
		{"capitals headline, words of a longer body name",
			"BASEBALL - [RANGERS|ORG] BEAT [INDIANS|MISC] .\n" +
				"The [Texas Rangers|ORG] beat the [Cleveland Indians|ORG] on Friday night .",
			"Texas Rangers/ORG[RANGERS,Texas Rangers]; Cleveland Indians/ORG[INDIANS,Cleveland Indians]"},
		{"lines below the top are not headlines",
			"Results of matches played in the league on Saturday were as follows .\n" +
				"[Wexford Rovers|ORG] 1 [Carlow|ORG] 1\n[Quillon Vale|ORG] 2 [Zorvat|ORG] 0",
			"Wexford Rovers/ORG[Wexford Rovers]; Carlow/ORG[Carlow]; Quillon Vale/ORG[Quillon Vale]; Zorvat/ORG[Zorvat]"},
		{"a title further down is no headline",
			"Results of matches in the league on Saturday were as follows .\n# [Zorvat|ORG] 2 [Quillon ( Z )|ORG] 0",
			"Zorvat/ORG[Zorvat]; Quillon ( Z )/ORG[Quillon ( Z )]"},
		{"a line that runs on in lower case is prose",
			"The [Central Bank of Zorvatia|ORG]\nrefrained from raising rates on Friday .",
			"Central Bank of Zorvatia/ORG[Central Bank of Zorvatia]"},
	})
}

func TestDatelines(t *testing.T) {
	runStoryCases(t, []resolveCase{
		{"dateline the tagger mislabelled",
			"[LISBON|ORG] — The [Portuguese|MISC] government fell on Friday after a vote .",
			"Lisbon/GPE[LISBON]; Portuguese/NORP[Portuguese]"},
		{"dateline the tagger missed",
			"WASHINGTON ( [Reuters|ORG] ) - The [Senate|ORG] voted on the bill late on Friday .",
			"Washington/GPE[WASHINGTON]; Reuters/ORG[Reuters]; Senate/ORG[Senate]"},
		{"dateline line after a headline keeps its type",
			"SOCCER - [PORTO|ORG] 'S [OKAFOR|PER] JOINS [ZORVAT|ORG] .\n[PORTO|LOC] 2019-08-30\n" +
				"Former winger [Ada Okafor|PER] , signed by [Porto|ORG] in 2015 , has been loaned to [Zorvat|ORG] .",
			"Porto/ORG[PORTO,Porto]; Ada Okafor/PERSON[OKAFOR,Ada Okafor]{winger}; Zorvat/ORG[ZORVAT,Zorvat]; Porto/GPE[PORTO]"},
		{"headline in capitals is no dateline",
			"[BOSNIA|LOC] - [SERBS|MISC] VOTE IN [BANJA LUKA|LOC] .\nThe [Serbs|MISC] voted in [Banja Luka|LOC] on Saturday .",
			"Bosnia and Herzegovina/GPE[BOSNIA]; Serbs/MISC[SERBS,Serbs]; Banja Luka/GPE[BANJA LUKA,Banja Luka]"},
	})
}

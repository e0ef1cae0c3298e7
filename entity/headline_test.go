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
			"SOCCER - [SHEARER|PER] NAMED AS [SPAIN|LOC] [CAPTAIN|MISC] .\n" +
				"[Alan Shearer|PER] was named as the new [Spain|LOC] captain on Friday .",
			"Alan Shearer/PERSON[SHEARER,Alan Shearer]; Spain/GPE[SPAIN,Spain]"},
		{"capitals headline, words of a longer body name",
			"BASEBALL - [RANGERS|ORG] BEAT [INDIANS|MISC] .\n" +
				"The [Texas Rangers|ORG] beat the [Cleveland Indians|ORG] on Friday night .",
			"Texas Rangers/ORG[RANGERS,Texas Rangers]; Cleveland Indians/ORG[INDIANS,Cleveland Indians]"},
		{"lines below the top are not headlines",
			"Results of matches played in the league on Saturday were as follows .\n" +
				"[Bristol Rovers|ORG] 1 [Stockport|ORG] 1\n[Port Vale|ORG] 2 [Oxford|ORG] 0",
			"Bristol Rovers/ORG[Bristol Rovers]; Stockport/ORG[Stockport]; Port Vale/ORG[Port Vale]; Oxford/ORG[Oxford]"},
		{"a title further down is no headline",
			"Results of matches in the league on Saturday were as follows .\n# [Hajduk|ORG] 2 [Proleter ( Z )|ORG] 0",
			"Hajduk/ORG[Hajduk]; Proleter ( Z )/ORG[Proleter ( Z )]"},
		{"a line that runs on in lower case is prose",
			"The [National Bank of Poland|ORG]\nrefrained from staging an operation on Friday .",
			"National Bank of Poland/ORG[National Bank of Poland]"},
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
			"SOCCER - [MILAN|ORG] 'S [LENTINI|PER] MOVES TO [ATALANTA|ORG] .\n[MILAN|LOC] 1996-08-30\n" +
				"Former winger [Gianluigi Lentini|PER] , transferred to [Milan|ORG] in 1992 , has been loaned to [Atalanta|ORG] .",
			"Milan/ORG[MILAN,Milan]; Gianluigi Lentini/PERSON[LENTINI,Gianluigi Lentini]{winger}; Atalanta/ORG[ATALANTA,Atalanta]; Milan/GPE[MILAN]"},
		{"headline in capitals is no dateline",
			"[BOSNIA|LOC] - [SERBS|MISC] VOTE IN [BANJA LUKA|LOC] .\nThe [Serbs|MISC] voted in [Banja Luka|LOC] on Saturday .",
			"Bosnia and Herzegovina/GPE[BOSNIA]; Serbs/MISC[SERBS,Serbs]; Banja Luka/GPE[BANJA LUKA,Banja Luka]"},
	})
}

package entity

import "testing"

func TestFacilities(t *testing.T) {
	runResolveCases(t, []resolveCase{
		{"cut at a base word", "troops of [Joint Base|ORG] [Lewis-McChord|MISC] left .",
			"Joint Base Lewis-McChord/FAC[Joint Base Lewis-McChord]"},
		{"base word left out", "troops from Joint Base [Lewis-McChord|MISC] left .",
			"Joint Base Lewis-McChord/FAC[Joint Base Lewis-McChord]"},
		{"base word left out, a person's name", "he landed at Joint Base [Andrews|PER] late .",
			"Joint Base Andrews/FAC[Joint Base Andrews]"},
		{"base word left out, first in the sentence", "Naval Station [Norfolk|LOC] was closed .",
			"Naval Station Norfolk/FAC[Naval Station Norfolk]"},
		{"opener left out, a person's name", "talks at Camp [David|PER] ended .", "Camp David/FAC[Camp David]"},
		{"opener left out, a club stays a club", "they beat Port [Vale|ORG] 2-0 .", "Port Vale/ORG[Port Vale]"},
		{"unlabelled, qualifiers and a base word", "he landed at Joint Base Andrews late .",
			"Joint Base Andrews/FAC[Joint Base Andrews]"},
		{"unlabelled, ending in a base word", "the wounded were flown to Ramstein Air Base in [Germany|LOC] .",
			"Ramstein Air Base/FAC[Ramstein Air Base]; Germany/GPE[Germany]"},
		{"unlabelled street", "a fire on Gladstone Avenue in [Ottawa|LOC] .",
			"Gladstone Avenue/FAC[Gladstone Avenue]; Ottawa/GPE[Ottawa]"},
		{"unlabelled street with an ordinal", "protesters marched down 17th Street on Sunday .", "17th Street/FAC[17th Street]"},
		{"unlabelled, common first word of the sentence", "Yesterday Gladstone Avenue was closed .",
			"Gladstone Avenue/FAC[Gladstone Avenue]"},
		{"base tagged ORG", "sailors at [Naval Station Norfolk|ORG] were told .", "Naval Station Norfolk/FAC[Naval Station Norfolk]"},
		{"a centre for something stays an organisation", "the [Center for Zorvath Studies|ORG] said .",
			"Center for Zorvath Studies/ORG[Center for Zorvath Studies]"},
		{"authority tagged ORG stays", "the [Port Authority|ORG] said .", "Port Authority/ORG[Port Authority]"},
		{"street tagged ORG", "a shop on [Gladstone Avenue|ORG] burned .", "Gladstone Avenue/FAC[Gladstone Avenue]"},
		{"common words only", "the Police Station on Main Street was closed .", ""},
		{"no head word", "Air Force One landed .", ""},
	})
}

func TestFacilitiesNotInHeadlines(t *testing.T) {
	doc := resolved(t, "# Fire Closes Gladstone Avenue For Hours\n"+proseLine+"firefighters were called at night .")
	if got := table(doc); got != "" {
		t.Errorf("entities from a headline's title case: %s", got)
	}
}

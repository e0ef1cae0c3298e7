package entity

import "testing"

func TestOrgEvidence(t *testing.T) {
	runResolveCases(t, []resolveCase{
		{"shares in a name", "shares in [Zorvat Halden|PER] rose . [Zorvat|PER] said it would wait .",
			"Zorvat Halden/ORG[Zorvat Halden,Zorvat]"},
		{"a name's shares moved", "[Zorvat Halden|PER] shares in [Lisbon|LOC] fell 2 % .",
			"Zorvat Halden/ORG[Zorvat Halden]; Lisbon/GPE[Lisbon]"},
		{"an apposition names its sort", "[Zorvat Halden|PER] , the Portuguese drinks group , said profits rose .",
			"Zorvat Halden/ORG[Zorvat Halden]"},
		{"a person who shares a view", "[Ana Ortiz|PER] shares the view of her party .", "Ana Ortiz/PERSON[Ana Ortiz]"},
		{"an apposition that names a person's job", "[Rui Almeida|PER] , a former minister , said profits rose .",
			"Rui Almeida/PERSON[Rui Almeida]{former minister}"},
		{"a title outweighs the shares", "Mr [Zorvat|PER] sold shares in [Zorvat|PER] .", "Zorvat/PERSON[Zorvat,Zorvat]"},
	})
}

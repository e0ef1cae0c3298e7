package entity

import "testing"

func TestGluedNames(t *testing.T) {
	runResolveCases(t, []resolveCase{
		{"organisation and person at a title", "[Zorvath University economist Maria Lopez|PER] said so .",
			"Zorvath University/ORG[Zorvath University]; Maria Lopez/PERSON[Maria Lopez]{Zorvath University economist}"},
		{"organisation and person tagged ORG", "[Zorvath Analytics chief economist Mark Quillon|ORG] said so .",
			"Zorvath Analytics/ORG[Zorvath Analytics]; Mark Quillon/PERSON[Mark Quillon]{Zorvath Analytics chief economist}"},
		{"kept apart by the tagger", "[Zorvath University|ORG] economist [Maria Lopez|PER] said so .",
			"Zorvath University/ORG[Zorvath University]; Maria Lopez/PERSON[Maria Lopez]{Zorvath University economist}"},
		{"person of a party", "[Janet Holt of the Green Party|PER] voted .",
			"Janet Holt/PERSON[Janet Holt]; Green Party/ORG[Green Party]"},
		{"person of a listed organisation", "[Rahul Verma of Reuters|PER] asked .",
			"Rahul Verma/PERSON[Rahul Verma]; Reuters/ORG[Reuters]"},
		{"a title of a place stays whole", "the [Duke of Edinburgh|PER] arrived .", "Duke of Edinburgh/PERSON[Duke of Edinburgh]"},
		{"organisation word left out", "University of [Chicago|LOC] historian [Amara Nwosu|PER] said .",
			"University of Chicago/ORG[University of Chicago]; Amara Nwosu/PERSON[Amara Nwosu]{University of Chicago historian}"},
		{"organisation word and qualifier left out", "at the National University of [Singapore|LOC] .",
			"National University of Singapore/ORG[National University of Singapore]"},
		{"no organisation word", "the Gulf of [Zorvatia|LOC] .", "Zorvatia/GPE[Zorvatia]"},
		{"listed name cut at of the", "in the [Democratic Republic|LOC] of the [Congo|LOC] .",
			"DR Congo/GPE[Democratic Republic of the Congo]"}, // the gazetteer's name
		{"listed name cut at of, first part unlabelled", "in the Democratic Republic of the [Congo|LOC] .",
			"DR Congo/GPE[Democratic Republic of the Congo]"}, // the gazetteer's name
		{"unlisted name cut at of", "the [Grand Duchy|LOC] of [Zorvatia|LOC] .", "Grand Duchy/GPE[Grand Duchy]; Zorvatia/GPE[Zorvatia]"},
		{"lower-case word is no organisation word", "the university of [Chicago|LOC] .", "Chicago/GPE[Chicago]"},
	})
}

package entity

import "testing"

func TestListedNames(t *testing.T) {
	runResolveCases(t, []resolveCase{
		{"currency code", "the [EUR|ORG] fell .", ""},
		{"currency pair", "as [EUR/USD|ORG] climbed in [London|LOC] .", "London/GPE[London]"},
		{"index tickers", "the [DXY|ORG] fell while [XAU|ORG] rose .", ""},
		{"index written out", "the [Nasdaq Composite|ORG] rose .", "Nasdaq Composite/MISC[Nasdaq Composite]"},
		{"outlet with The", "The [Hill|PER] reported it .", "The Hill/ORG[The Hill]"},
		{"outlet cut after its first word", "the mayor told [USA|LOC] Today that", "USA Today/ORG[USA Today]"},
		{"lower-case the is not taken", "on the [Hill|LOC] today", "Hill/GPE[Hill]"},
		{"unlabelled outlet, inner capital", "PolitiFact rated it false .", "PolitiFact/ORG[PolitiFact]"},
		{"unlabelled outlet, two words", "the claim was checked by Associated Press reporters .",
			"Associated Press/ORG[Associated Press]"},
		{"unlabelled, part of a longer name", "the North Korean Red Cross said .", ""},
		{"seat tagged ORG as a place", "protesters gathered outside the [White House|ORG] .", "White House/FAC[White House]"},
		{"seat tagged ORG acting", "the [Kremlin|ORG] denied it .", "Kremlin/ORG[Kremlin]"},
	})
}

func TestListedNamesNotInHeadlines(t *testing.T) {
	doc := resolved(t, "# PolitiFact : Senator Wrong On Wages\n"+proseLine+"the claim was old .")
	if got := table(doc); got != "" {
		t.Errorf("entities from a headline's title case: %s", got)
	}
}

func TestListedCompanyTaggedMisc(t *testing.T) {
	runResolveCases(t, []resolveCase{
		{"a listed company alone is the firm", "[Stellantis|MISC] delivered 60 cars in May .", "Stellantis/ORG[Stellantis]"},
		{"every mention votes the same way", "[Stellantis|MISC] shares rose . analysts said [Stellantis|MISC] would gain .",
			"Stellantis/ORG[Stellantis,Stellantis]"},
		{"an index named after it stays MISC", "[Stellantis|MISC] index rose .", "Stellantis/MISC[Stellantis]"},
		{"so does one with an article", "the [Stellantis|MISC] fell .", "Stellantis/MISC[Stellantis]"},
		{"an unlisted name stays MISC", "[Zorvatco|MISC] delivered 60 cars .", "Zorvatco/MISC[Zorvatco]"},
	})
}

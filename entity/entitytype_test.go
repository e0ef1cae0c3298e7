package entity

import (
	"strings"
	"testing"

	"github.com/newsnlp/newsnlp/gazetteer"
)

func TestMentionTypes(t *testing.T) {
	runResolveCases(t, []resolveCase{
		{"nationality tagged LOC", "[Russian|LOC] troops left .", "Russian/NORP[Russian]"},
		{"nationality tagged MISC", "[Ukrainian|MISC] troops left .", "Ukrainian/NORP[Ukrainian]"},
		{"continent adjective", "the [European|LOC] capitals", "European/NORP[European]"},
		{"party members", "the [Democrats|ORG] voted .", "Democrats/NORP[Democrats]"},
		{"adjective of a state", "[Bavarian|MISC] voters", "Bavarian/NORP[Bavarian]"},
		{"sea tagged ORG", "a reef in the [Pacific Ocean|ORG] .", "Pacific Ocean/LOC[Pacific Ocean]"},
		{"people of a state", "the [Texans|MISC] voted", "Texans/NORP[Texans]"},
		{"event", "the [World Cup|MISC] final", "World Cup/EVENT[World Cup]"},
		{"war with a number", "after [World War II|MISC] ended", "World War II/EVENT[World War II]"},
		{"river", "on the [Yukon River|LOC] bank", "Yukon River/LOC[Yukon River]"},
		{"region", "in the [Middle East|LOC] today", "Middle East/LOC[Middle East]"},
		{"city", "in [Mombasa|LOC] today", "Mombasa/GPE[Mombasa]"},
		{"unlisted town", "in [Xqzbury|LOC] today", "Xqzbury/GPE[Xqzbury]"},
		{"airport", "at [Heathrow Airport|LOC] today", "Heathrow Airport/FAC[Heathrow Airport]"},
		{"base tagged MISC", "at [Joint Base Kestrel-Harlow|MISC] today", "Joint Base Kestrel-Harlow/FAC[Joint Base Kestrel-Harlow]"},
		{"place cut after its head word", "at [Joint Base|LOC] [Kestrel-Harlow|LOC] today", "Joint Base Kestrel-Harlow/FAC[Joint Base Kestrel-Harlow]"},
		{"a person's listed names tagged ORG", "[Taylor Fritz|ORG] beat him", "Taylor Fritz/PERSON[Taylor Fritz]"},
		{"a place of a first name and common words tagged ORG", "at the [Victoria Skating Rink|ORG] .",
			"Victoria Skating Rink/ORG[Victoria Skating Rink]"},
		{"clinic tagged as a person", "a spokesperson for the [Mayo Clinic|PER] said", "Mayo Clinic/ORG[Mayo Clinic]"},
		{"broadcaster tagged as a person", "[Zorvath News|PER] reported it", "Zorvath News/ORG[Zorvath News]"},
		{"a person named like a word of institutions", "[Emily Post|PER] wrote", "Emily Post/PERSON[Emily Post]"},
		{"laboratory tagged as a place", "scientists at [Los Alamos National Laboratory|LOC] said",
			"Los Alamos National Laboratory/ORG[Los Alamos National Laboratory]"},
		{"hospital tagged as a place is a building", "taken to [Zorvath Central Hospital|LOC] ,",
			"Zorvath Central Hospital/FAC[Zorvath Central Hospital]"},
		{"agency tagged MISC", "the [World Food Programme|MISC] said", "World Food Programme/ORG[World Food Programme]"},
		{"seat of government that speaks", "the [White House|LOC] said", "White House/ORG[White House]"},
		{"seat of government that acts", "[Kremlin|LOC] officials denied it", "Kremlin/ORG[Kremlin]"},
		{"seat of government as a place", "waited outside the [White House|LOC] .", "White House/FAC[White House]"},
		{"seat of government visited", "he visited the [Kremlin|LOC] on Monday", "Kremlin/FAC[Kremlin]"},
		{"seat of government, mixed", "the [Kremlin|LOC] said . at the [Kremlin|LOC] . the [Kremlin|LOC] denied",
			"Kremlin/ORG[Kremlin,Kremlin,Kremlin]"},
		{"organisation tagged LOC", "the [Uganda Police Force|LOC] said", "Uganda Police Force/ORG[Uganda Police Force]"},
		{"other MISC stays", "the [Booker Prize|MISC] went", "Booker Prize/MISC[Booker Prize]"},
		{"index stays MISC", "the [Nasdaq|MISC] fell", "Nasdaq/MISC[Nasdaq]"},
	})
}

func TestIsDemonymForm(t *testing.T) {
	r := &resolver{gz: gazetteer.Default()}
	for w, want := range map[string]bool{
		"Floridian": true, "Texans": true, "Californian": true, "Texan": true, "Bavarian": true,
		"Parisian": true, "Lebanese": true, "Israeli": true,
		"Brian": false, "Christian": false, "Milan": false, "Cardoso": false, "alaskan": false, "U.S.": false,
	} {
		if got := r.isDemonymForm(w); got != want {
			t.Errorf("isDemonymForm(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestIsEventName(t *testing.T) {
	for name, want := range map[string]bool{
		"World Cup": true, "Olympics": true, "Olympic Games": true, "Gulf War": true, "World War II": true,
		"Tour de France": true, "U.S. Open": true, "Super Bowl 50": true,
		"War": false, "Cup": false, "Russian": false, "Booker Prize": false,
	} {
		if got := isEventName(strings.Fields(name)); got != want {
			t.Errorf("isEventName(%q) = %v, want %v", name, got, want)
		}
	}
}

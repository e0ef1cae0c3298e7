package entity

import "testing"

func TestAppositiveAcronyms(t *testing.T) {
	runResolveCases(t, []resolveCase{
		{"after a sort of organisation", "workers at the state airline , TAP , went on strike .", "TAP/ORG[TAP]"},
		{"at the end of the sentence", "the deal was signed with the national rail operator , XR .", "XR/ORG[XR]"},
		{"after an organisation head", "a loan from the development bank , BDX , said .", "BDX/ORG[BDX]"},
		{"not after a person", "the minister , AB , said .", ""},
		{"not without commas", "the airline TAP went on strike .", ""},
		{"not a market symbol", "the trading company , EUR , rose .", ""},
		{"not a place", "the company , USA , said .", ""},
		{"not followed by more words", "the company , ABC news reported .", ""},
	})
}

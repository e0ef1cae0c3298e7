package summarize

import "testing"

func TestJunkReason(t *testing.T) {
	junk := []string{
		"Advertisement",
		"READ MORE: Why the bridge was delayed",
		"By . Daily Mail Reporter .",
		"By Jane Smith and John Doe",
		"PUBLISHED: . 07:03 EST, 2 March 2013 . | . UPDATED: . 08:07 EST, 2 March 2013 .",
		"Last updated at 5:07 PM on 13th December 2011 .",
		"Scroll down for video .",
		"Pictured: the bridge at dusk, seen from the south bank.",
		"Image copyright Getty Images Image caption The bridge at dusk",
		"Share this with Facebook Twitter Email",
		"Yes.",
		"Home | News | World | Europe",
		"Editor's note: This story was first published in 2010.",
		"Follow us on Twitter for the latest updates.",
		"Lisbon Council Backs $2bn Harbour Plan After Marathon Vote",
		"About the author",
		"Daily Mail Reporter .",
		"Ana Ribeiro",
		"The opinions expressed in this commentary are solely those of the author.",
		// Tabloid and broadcaster furniture, written for this test.
		"Click here to see more pictures of the restoration .",
		"Labour of love: Margaret Pellow, 71, outside the lighthouse she restored (pictured last week) The tower now houses a museum.",
		"The Valdoria Herald's Ana Vell contributed to this report.",
		"This undated file photo shows the lighthouse before its restoration.",
		"(Produced by the Valdoria Herald's video team)",
		"Photo: Kernow Images .",
	}
	for _, s := range junk {
		if junkReason(s) == "" {
			t.Errorf("junkReason(%q) = \"\", want a reason", s)
		}
	}
	prose := []string{
		"The city council approved a new bridge over the Tamar river on Tuesday.",
		"By the end of the year, the company expects profits to double.",
		"\"We will never give up,\" said Mayor Ann Lowe.",
		"WASHINGTON (Reuters) - The U.S. Senate passed the bill on Tuesday by 60 votes to 40.",
		"Shares rose 5% to $12.50 on the Nasdaq.",
		"He denies the charges.",
		"He was 88.",
		"Barack Obama Met Angela Merkel In Berlin On Tuesday.",
		"the first trains reached Francisco Sá Carneiro Airport on Monday as planned",
		"The meeting starts at 10:30 on Friday, when ministers will vote on the plan to raise taxes for the third time this year.",
		"(CNN) -- Rescue teams pulled 14 miners from a flooded shaft on Tuesday, officials said.",
		"Advertising revenue at the group fell 8% in the year to March.",
		"Email records show the minister knew of the plan in May.",
		"Recommended daily doses of the drug were cut by half.",
	}
	for _, s := range prose {
		if r := junkReason(s); r != "" {
			t.Errorf("junkReason(%q) = %q, want \"\"", s, r)
		}
	}
}

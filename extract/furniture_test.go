package extract

import (
	"strings"
	"testing"
)

// The sentences below are written for these tests, in the wording of
// tabloid, broadcaster and wire pages.

func TestFurniture(t *testing.T) {
	for _, c := range []struct{ s, reason string }{
		// Tabloid openings and calls to action.
		{"By . Helen Marsh . PUBLISHED: . 08:14 EST, 12 May 2014 . | . UPDATED: . 11:02 EST, 12 May 2014 .", ReasonByline},
		{"PUBLISHED: . 08:14 EST, 12 May 2014 . | . UPDATED: . 11:02 EST, 12 May 2014 .", ReasonDate},
		{"By . Daily Mail Reporter .", ReasonByline},
		{"Daily Mail Reporter", ReasonByline},
		{"PUBLISHED: .", ReasonDate},
		{"Scroll down for video .", ReasonNavigation},
		{"Scroll down to watch the full interview", ReasonNavigation},
		{"Click here to see more pictures of the restoration .", ReasonNavigation},
		{"Tap here to follow the match live.", ReasonNavigation},
		{"Last updated at 11:02 AM on 12th May 2014 .", ReasonDate},
		// Photo credits and captions.
		{"Photo: Kernow Images", ReasonCaption},
		{"Picture: Harbourside Press", ReasonCaption},
		{"(Photo by Tomas Reyko/Valdoria Wire)", ReasonCaption},
		{"Image copyright Kernow Images", ReasonCaption},
		{"This undated file photo shows the lighthouse before its restoration.", ReasonCaption},
		{"In this photo taken on May 3, 2014, miners wait at the shaft.", ReasonCaption},
		{"(Produced by the Valdoria Herald's video team)", ReasonCaption},
		{"Labour of love: Margaret Pellow, 71, outside the lighthouse she restored (pictured last week)", ReasonCaption},
		{"Reunited: the sisters (left and right) met for the first time in 40 years", ReasonCaption},
		// Datelines and credits of broadcasters and wires.
		{"(CNN)", ReasonByline},
		{"(CNN) --", ReasonByline},
		{"(Reuters)", ReasonByline},
		{"The Valdoria Herald's Ana Vell contributed to this report.", ReasonByline},
		{"(Additional reporting by Ana Vell; Editing by Tomas Reyko)", ReasonByline},
		{"Editor's note: This story has been updated to correct the name of the mine.", ReasonNavigation},
		{"This article originally appeared on the Valdoria Herald.", ReasonNavigation},
		// Social embeds.
		{"— Ana Vell (@anavell) May 3, 2019", ReasonByline},
		{"A post shared by Valdoria Herald (@valdoriaherald) on May 3, 2019 at 10:12am PDT", ReasonByline},
		{"View this post on Instagram", ReasonNavigation},
		// Other sites' wording.
		{"Follow @valdoriaherald on Twitter", ReasonShareButtons},
		{"Download the Valdoria Herald app", ReasonNavigation},
		{"Read more: Miners rescued after three days", ReasonRelatedStories},
		{"Sign up for our morning briefing", ReasonNewsletter},
		{"© 2014 Valdoria Herald. All rights reserved.", ReasonLegal},
	} {
		if got := Furniture(c.s); got != c.reason {
			t.Errorf("Furniture(%q) = %q; want %q", c.s, got, c.reason)
		}
	}
	for _, s := range []string{
		"(CNN) -- Rescue teams pulled 14 miners from a flooded shaft on Tuesday, officials said.",
		"(CNN)Rescue teams pulled 14 miners from a flooded shaft on Tuesday.",
		"Advertising revenue at the group fell 8% in the year to March.",
		"Email records show the minister knew of the plan in May.",
		"Comments by the minister angered the unions.",
		"Share prices fell 3% after the announcement.",
		"Copyright lawyers say the ruling is narrow.",
		"Recommended daily doses of the drug were cut by half.",
		"Click-through rates on the adverts doubled, the firm said.",
		"Stephen Walsh, 54, (pictured) was last seen leaving the hospital on Monday.",
		"He added: 'We never gave up on them (the miners), not for a minute.'",
		"By Friday, the company had sold out.",
		"Photographers gathered outside the court on Monday morning.",
		"Research by the university shows more people walk to work.",
		"The meeting starts at 10:30 on Friday, when ministers will vote on the plan to raise taxes for the third time this year.",
	} {
		if got := Furniture(s); got != "" {
			t.Errorf("Furniture(%q) = %q; want \"\"", s, got)
		}
	}
}

// TestTextInline checks that furniture run into a paragraph, as pages
// flattened to one paragraph print it, is cut out of the story and listed
// as dropped, and that the story around it is kept.
func TestTextInline(t *testing.T) {
	text := "By . Helen Marsh . PUBLISHED: . 08:14 EST, 12 May 2014 . | . UPDATED: . 11:02 EST, 12 May 2014 . " +
		"A retired teacher who spent 30 years restoring a lighthouse on the coast has opened it to visitors. " +
		"Margaret Pellow, 71, bought the tower for £1 in 1984. Scroll down for video . " +
		"Labour of love: Margaret Pellow, 71, outside the lighthouse she restored (pictured last week) " +
		"The tower now houses a small museum about the shipwrecks along the coast. " +
		"Click here to see more pictures of the restoration . Last updated at 11:02 AM on 12th May 2014 ."
	lay := Text(text)
	checkLayout(t, text, lay)
	var kept []string
	for _, r := range lay.Body {
		kept = append(kept, text[r.Start:r.End])
	}
	body := strings.Join(kept, " | ")
	for _, want := range []string{"A retired teacher", "bought the tower for £1 in 1984.", "The tower now houses"} {
		if !strings.Contains(body, want) {
			t.Errorf("story lost %q: %s", want, body)
		}
	}
	for _, bad := range []string{"Helen Marsh", "PUBLISHED", "Scroll down", "Labour of love", "Click here", "Last updated"} {
		if strings.Contains(body, bad) {
			t.Errorf("story keeps %q: %s", bad, body)
		}
	}
	reasons := map[string]string{}
	for _, d := range lay.Dropped {
		reasons[strings.Fields(text[d.Start:d.End])[0]] = d.Reason
	}
	for first, want := range map[string]string{"By": ReasonByline, "Scroll": ReasonNavigation, "Labour": ReasonCaption,
		"Click": ReasonNavigation, "Last": ReasonDate} {
		if reasons[first] != want {
			t.Errorf("piece %q dropped as %q; want %q (dropped: %v)", first, reasons[first], want, reasons)
		}
	}

	// A broadcaster's tag that opens the story's first sentence stays; on
	// a line of its own it goes.
	for _, c := range []struct {
		text string
		kept bool
	}{
		{"(CNN) -- Rescue teams pulled 14 miners from a flooded shaft on Tuesday, officials said. The miners were found in an air pocket.", true},
		{"(CNN)\n\nRescue teams pulled 14 miners from a flooded shaft on Tuesday, officials said.\n\nThe miners were found in an air pocket about 200 meters below the surface.", false},
	} {
		lay := Text(c.text)
		checkLayout(t, c.text, lay)
		dropped, _ := droppedAs(lay, Region{0, strings.Index(c.text, ")") + 1})
		if dropped == c.kept {
			t.Errorf("%q: tag dropped %v; want %v", c.text[:20], dropped, !c.kept)
		}
	}

	// A list of times or a table's row is not cut up, however it reads.
	list := "Opening hours\n\nThe clinic is open on these days.\n\nTuesday 3:30 - 8:00 pm. Saturday 10:00 am - 3:00 pm.\n\nCall the clinic to book an appointment before you come, staff said."
	if lay := Text(list); len(lay.Dropped) > 0 {
		t.Errorf("list of times cut: %+v", lay.Dropped)
	}
}

func TestSentencePieces(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"One sentence here. Another one follows.", []string{"One sentence here.", "Another one follows."}},
		{"Mr. Reyko met Dr. Vell in the U.S. on Monday.", []string{"Mr. Reyko met Dr. Vell in the U.S. on Monday."}},
		{"By . Jane Doe . PUBLISHED: .", []string{"By .", "Jane Doe .", "PUBLISHED: ."}},
		{`He said "no." Then he left.`, []string{`He said "no."`, "Then he left."}},
		{"Jane Doe (pictured) The story goes on.", []string{"Jane Doe (pictured)", "The story goes on."}},
		{"A name (Jane Doe) The story goes on.", []string{"A name (Jane Doe) The story goes on."}},
	} {
		var got []string
		for _, r := range sentencePieces(c.text, 0, len(c.text)) {
			got = append(got, c.text[r.Start:r.End])
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("sentencePieces(%q) = %q; want %q", c.text, got, c.want)
		}
	}
}

func TestAuthorTagline(t *testing.T) {
	for _, s := range []string{
		"Ana Vell is the Valdoria Herald's transport correspondent.",
		"Tomas Reyko is a senior producer for the evening news.",
		"Jane Q. Doe covers courts and crime for the Herald.",
	} {
		if !authorTagline(s) {
			t.Errorf("authorTagline(%q) = false", s)
		}
	}
	for _, s := range []string{
		"Ana Vell is the mayor's chief of staff.",
		"Tomas Reyko is a reporter who broke the story of the strike in 2019.",
		"The minister is a former editor of the paper.",
		"Ana Vell said the reporters had left.",
	} {
		if authorTagline(s) {
			t.Errorf("authorTagline(%q) = true", s)
		}
	}
	text := "Port reopens\n\nThe port reopened on Friday after a three-week strike, officials said on Friday.\n\nAna Vell is the Valdoria Herald's transport correspondent."
	lay := Text(text)
	if d, _ := droppedAs(lay, Region{strings.Index(text, "Ana Vell"), len(text)}); !d {
		t.Errorf("tagline kept: %+v", lay)
	}
}

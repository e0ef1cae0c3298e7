package extract_test

// A fifth dressing style, "regional", written after the package's changes
// and never tuned on: its score is the honest estimate of how the furniture
// filter does on layouts it has not seen. It dresses stories the line model
// was not trained on (every third BBC story) and L3S gold texts.

import (
	"fmt"
	"math/rand"
	"strings"
)

// rtRegional: South Asian, South African and Australian regional papers and
// TV-station sites, with weather widgets, breaking tickers, em-dash photo
// credits, "Published in" notes, reader polls and video lists.
func rtRegional(r *rand.Rand, st rtStory, all []rtStory) rtPage {
	b := &rtBuilder{r: r, gap: rtPick(r, []string{"\n\n", "\n", "\n \n"})}
	others := rtOthers(r, all, st, 14)
	site := rtPick(r, []string{"Karachi Herald", "Highveld Mail", "Coastline News", "The Frontier Post", "Daily Outback", "Lowveld Today"})
	city := rtPick(r, []string{"Karachi", "Lahore", "Durban", "Pretoria", "Perth", "Adelaide", "Peshawar", "Gqeberha"})
	author := rtName(r)
	// Masthead: menu, widgets, ticker.
	for _, l := range rtShuffleSome(r, []string{"Menu", "Search", "LIVE TV", "e-Paper", "Subscribe",
		fmt.Sprintf("%s %d°C Partly cloudy", city, 12+r.Intn(25)), "Today's Paper | Archives | Contact"}, 4) {
		b.f(l)
	}
	if r.Intn(2) == 0 {
		b.f("BREAKING: " + others[0].Title)
	}
	if r.Intn(2) == 0 {
		b.f(strings.ToUpper(rtPick(r, []string{"World news", "Local", "Pakistan", "South Africa", "National", "Courts & crime", "Business"})))
	}
	b.add(rtTitle, st.Title)
	switch r.Intn(6) {
	case 0:
		b.f("Staff Reporter", "Last Modified: "+rtDate(r))
	case 1:
		b.f("From our correspondent in " + city)
	case 2:
		first := strings.ToLower(strings.Fields(author)[0])
		b.f(author+", Senior Reporter | "+first+"@"+strings.ToLower(strings.ReplaceAll(site, " ", ""))+".com", rtDate(r))
	case 3:
		b.f(author, rtDate(r)+" · "+fmt.Sprintf("Reading time %d'", 2+r.Intn(6)))
	case 4:
		b.f(fmt.Sprintf("Listen (%d min)", 2+r.Intn(6)), "By "+author+" — "+city)
	default:
		b.f(rtDate(r), author)
	}
	if r.Intn(2) == 0 {
		switch r.Intn(3) {
		case 0:
			b.f(fmt.Sprintf("A view of %s on %s. — %s", rtPick(r, rtCities), rtPick(r, rtDays), rtPick(r, rtAgencies)))
		case 1:
			b.f("— Photo courtesy: " + rtName(r))
		default:
			b.f("Photo: File")
		}
	}
	k := 1
	b.body(st, r.Intn(3) == 0, func(i int) []string {
		if r.Intn(4) != 0 {
			return nil
		}
		k++
		o := others[k%len(others)]
		switch r.Intn(7) {
		case 0:
			return []string{"RELATED | " + o.Title}
		case 1:
			return []string{"MORE: " + o.Title}
		case 2:
			return []string{"WATCH: " + o.Title + fmt.Sprintf(" (%02d:%02d)", r.Intn(5), r.Intn(60))}
		case 3:
			return []string{"[ad]"}
		case 4:
			return []string{"Click here to join our WhatsApp channel for the latest updates"}
		case 5:
			return []string{"Sponsored content", o.Title}
		}
		return []string{"Story continues"}
	})
	blocks := []func(){
		func() { b.f("— With additional reporting by " + rtName(r) + " in " + rtPick(r, rtCities)) },
		func() {
			b.f(fmt.Sprintf("Published in %s, %s %d%s, %d", site, rtPick(r, rtMonths), 4, "th", 2020+r.Intn(6)))
		},
		func() { b.f("Next Story >>", others[1].Title) },
		func() {
			b.f(fmt.Sprintf("Comments (%d)", r.Intn(40)), "Closed",
				"The views expressed by readers in the comments section do not necessarily reflect those of "+site+".")
		},
		func() {
			b.f(rtPick(r, []string{"Latest Videos", "Editor's picks", "Don't miss", "In other news"}))
			for j := 2; j < 5+r.Intn(3); j++ {
				o := others[j]
				switch r.Intn(3) {
				case 0:
					b.f(o.Title, fmt.Sprintf("%02d:%02d", r.Intn(6), r.Intn(60)))
				case 1:
					b.f(o.Title + " | " + fmt.Sprintf("%dh", 1+r.Intn(23)))
				default:
					b.f(o.Title+" — "+rtTeaser(r, o)+" ("+rtDate(r)+")", fmt.Sprintf("%d comments", r.Intn(90)))
				}
			}
		},
		func() {
			b.f("Do you agree with the decision?", "Yes", "No", "Not sure", "Vote")
		},
		func() {
			b.f("Share your story: send us an email at news@" + strings.ToLower(strings.ReplaceAll(site, " ", "")) + ".com")
		},
		func() { b.f("Download our app on iOS and Android", "Report an error") },
		func() {
			b.f(fmt.Sprintf("© Copyright %d %s Media Group Ltd", 2020+r.Intn(6), strings.Fields(site)[len(strings.Fields(site))-1]))
		},
	}
	for i := range blocks {
		if i == 4 || r.Intn(2) == 0 {
			blocks[i]()
		}
	}
	return b.page("regional", st)
}

// rtAggregator: a story as news aggregators and broadcasters' sites show
// it: the source's credit, video players, emoji prompts, ratings, and
// teasers credited to other outlets. Written last, after every change to
// the package, and never tuned on.
func rtAggregator(r *rand.Rand, st rtStory, all []rtStory) rtPage {
	b := &rtBuilder{r: r, gap: rtPick(r, []string{"\n\n", "\n", "\n\u00a0\n"})}
	others := rtOthers(r, all, st, 12)
	outlets := []string{"Channels Television", "Citizen Digital", "The Standard", "Dawn", "Mail & Guardian", "NDTV", "ABC News", "Sky News"}
	src := rtPick(r, outlets)
	author := rtName(r)
	for _, l := range rtShuffleSome(r, []string{"Sign in to view your mail", "Home", "Mail", "News", "Finance", "Sport", "Entertainment",
		"Loading...", "Tap to unmute", "Now Playing"}, 4) {
		b.f(l)
	}
	if r.Intn(2) == 0 {
		b.f("Story from " + src)
	}
	b.add(rtTitle, st.Title)
	switch r.Intn(5) {
	case 0:
		b.f("© Provided by "+src, rtDate(r))
	case 1:
		b.f("Filed by "+author+" | Edited by "+rtName(r), rtDate(r))
	case 2:
		b.f(author, src+" · "+fmt.Sprintf("%dh", 1+r.Intn(20)))
	case 3:
		b.f("#"+strings.ReplaceAll(src, " ", "")+" "+fmt.Sprintf("%d:%02d", r.Intn(3), r.Intn(60)), "Play Video")
	default:
		b.f(fmt.Sprintf("%s – %d %s %d –", rtPick(r, rtCities), 1+r.Intn(28), rtPick(r, rtMonths), 2020+r.Intn(6)))
	}
	if r.Intn(3) == 0 {
		b.f("About the author: " + author + " covers " + rtPick(r, []string{"health", "politics", "courts", "markets"}) + " for " + src + ".")
	}
	k := 0
	b.body(st, false, func(i int) []string {
		if r.Intn(4) != 0 {
			return nil
		}
		k++
		o := others[k%len(others)]
		switch r.Intn(6) {
		case 0:
			return []string{"📌 Read also: " + o.Title}
		case 1:
			return []string{"👉 Follow our WhatsApp channel for more news"}
		case 2:
			return []string{"UP NEXT", o.Title, fmt.Sprintf("%d:%02d", r.Intn(4), r.Intn(60))}
		case 3:
			return []string{"PHOTOS: " + o.Title}
		case 4:
			return []string{"For more news, follow us on Twitter @" + strings.ToLower(strings.ReplaceAll(src, " ", ""))}
		}
		return []string{"Continue reading on " + src}
	})
	blocks := []func(){
		func() { b.f("View original article on "+src, "Sources: "+src+", "+rtPick(r, rtAgencies)) },
		func() { b.f("Was this article helpful?", "Yes", "No") },
		func() { b.f("Rate this article", "★★★★☆", fmt.Sprintf("%d votes", 3+r.Intn(300))) },
		func() {
			b.f(rtPick(r, []string{"Full coverage", "See more stories", "More for you", "Top stories"}))
			for j := 1; j < 4+r.Intn(3); j++ {
				o := others[j]
				switch r.Intn(3) {
				case 0:
					b.f(o.Title, rtPick(r, outlets)+" · "+fmt.Sprintf("%dh", 1+r.Intn(23)))
				case 1:
					b.f("LIVE: " + o.Title)
				default:
					b.f(rtPick(r, outlets), o.Title, rtTeaser(r, o))
				}
			}
		},
		func() { b.f("Terms | Privacy | Cookies", fmt.Sprintf("© %d %s", 2020+r.Intn(6), rtPick(r, outlets))) },
	}
	for i := range blocks {
		if i == 3 || r.Intn(2) == 0 {
			blocks[i]()
		}
	}
	return b.page("aggregator", st)
}

// rtDigest: a story copied out of an e-mail newsletter or an e-paper
// reader: "View in browser", edition contents, sponsor blocks, page
// numbers, digest teasers credited to their outlets, unsubscribe footers.
// Written after the aggregator round, and never tuned on.
func rtDigest(r *rand.Rand, st rtStory, all []rtStory) rtPage {
	b := &rtBuilder{r: r, gap: rtPick(r, []string{"\n\n", "\n"})}
	others := rtOthers(r, all, st, 12)
	letter := rtPick(r, []string{"The Morning Wire", "Africa Briefing", "Daily Digest", "The Week in Review", "Markets Today"})
	paper := rtPick(r, []string{"Harbour Gazette", "Evening Courier", "The Plateau Times", "Delta Chronicle"})
	author := rtName(r)
	for _, l := range rtShuffleSome(r, []string{"View in browser", "Forwarded this email? Subscribe here",
		"Presented by " + rtPick(r, []string{"Zenith Bank", "Safaricom", "Tata Motors", "Emirates"}),
		fmt.Sprintf("%s | %s", letter, rtDate(r)), "Good morning. Here is what you need to know today."}, 4) {
		b.f(l)
	}
	if r.Intn(2) == 0 {
		b.f("In today's edition:")
		for j := 0; j < 3; j++ {
			b.tight("• " + others[j].Title)
		}
	}
	if r.Intn(2) == 0 {
		b.f(rtPick(r, []string{"TOP STORY", "THE BIG STORY", "LEAD STORY"}))
	}
	if r.Intn(2) == 0 {
		b.f(fmt.Sprintf("%s · Page %d", paper, 1+r.Intn(40)))
	}
	b.add(rtTitle, st.Title)
	switch r.Intn(4) {
	case 0:
		b.f(author + ", " + paper)
	case 1:
		b.f("Words: "+author, "Pictures: "+rtName(r))
	case 2:
		b.f(fmt.Sprintf("%s %d, %d", rtPick(r, rtMonths), 1+r.Intn(28), 2020+r.Intn(6)), "Reported by "+author)
	}
	k := 3
	b.body(st, false, func(i int) []string {
		if r.Intn(4) != 0 {
			return nil
		}
		k++
		o := others[k%len(others)]
		switch r.Intn(5) {
		case 0:
			return []string{"SPONSORED", "Open an account in five minutes with " + rtPick(r, []string{"Zenith Bank", "Safaricom"}) + ". Terms apply."}
		case 1:
			return []string{fmt.Sprintf("Continued on page %d", 2+r.Intn(30))}
		case 2:
			return []string{"→ " + o.Title + " (" + rtPick(r, []string{"Reuters", "AFP", "The Guardian", "Al Jazeera"}) + ")"}
		case 3:
			return []string{"Enjoying " + letter + "? Forward it to a friend."}
		}
		return []string{"[Image: " + rtPick(r, rtAgencies) + "]"}
	})
	blocks := []func(){
		func() {
			b.f(rtPick(r, []string{"ELSEWHERE", "WHAT ELSE WE'RE READING", "IN OTHER NEWS", "QUICK HITS"}))
			for j := 4; j < 7+r.Intn(3); j++ {
				o := others[j%len(others)]
				switch r.Intn(3) {
				case 0:
					b.f("• " + o.Title + " — " + rtPick(r, []string{"Reuters", "BBC", "Bloomberg", "The Hindu", "Daily Nation"}))
				case 1:
					b.f("• " + rtTeaser(r, o))
				default:
					b.f(o.Title, "Read more →")
				}
			}
		},
		func() {
			b.f(fmt.Sprintf("That's all for today. %s will be back tomorrow.", strings.Fields(author)[0]),
				"Written by "+author+" and edited by "+rtName(r)+".")
		},
		func() {
			b.f("You received this email because you signed up for "+letter+".",
				"Unsubscribe | Update your preferences | Privacy", fmt.Sprintf("%s, %d Marina Road, %s", paper, 1+r.Intn(200), rtPick(r, rtCities)))
		},
		func() { b.f("Reply to this email with tips, feedback or corrections.") },
	}
	for i := range blocks {
		if i == 0 || r.Intn(2) == 0 {
			blocks[i]()
		}
	}
	return b.page("digest", st)
}

// rtFresh are the styles written after the package was changed: regional
// after the first round of changes, aggregator after the second, digest
// after the last.
var rtFresh = []struct {
	name  string
	dress func(*rand.Rand, rtStory, []rtStory) rtPage
}{
	{"regional", rtRegional},
	{"aggregator", rtAggregator},
	{"digest", rtDigest},
}

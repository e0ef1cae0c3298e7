package extract

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"unicode"
)

// This file dresses clean stories as scraped pages: it surrounds a story
// with the furniture scrapers keep (breadcrumbs, bylines, dates, share
// buttons, advertisements, newsletter prompts, comment forms, author notes
// and blocks of other stories' headlines and teasers) in varied wording,
// order and layout, and remembers which lines are the story's.

// pageLine is one line of a dressed page.
type pageLine struct {
	text  string
	story bool // the story's own text (title or body)
	title bool
}

// page is a dressed story.
type page struct {
	lines []pageLine
}

func (p *page) add(text string, story bool) {
	p.lines = append(p.lines, pageLine{text: text, story: story})
}
func (p *page) furniture(lines ...string) {
	for _, l := range lines {
		p.add(l, false)
	}
}

// other is another story whose headline and teaser show up as furniture.
type other struct {
	title, teaser, section string
}

// dresser makes dressed pages with its own random source.
type dresser struct {
	r *rand.Rand
}

func (d *dresser) pick(xs ...string) string { return xs[d.r.IntN(len(xs))] }
func (d *dresser) chance(p float64) bool    { return d.r.Float64() < p }

var (
	firstNames = strings.Fields(`Teodora Daniel Amaka Tom Priya Oluwaseun Maria James Chen Fatima Liam Sofia Ahmed Grace Mateo Yuki Hannah Kwame Elena Patrick Nadia Samuel Ingrid Tunde Laura`)
	lastNames  = strings.Fields(`Vasquez Whitfield Okonkwo Brennan Raman Adeyemi Lopez Carter Wei Haddad Murphy Rossi Karim Nwosu Alvarez Tanaka Schulz Mensah Petrova Doyle Benali Ortiz Lindqvist Bakare Fischer`)
	sections   = []string{"News", "World", "Politics", "Business", "Sport", "Entertainment", "World News", "Local News", "Tech", "Health", "Opinion", "Europe", "Africa", "Markets", "Culture"}
	months     = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	sites      = []string{"Daily Times", "The Herald", "Metro Observer", "NewsNow 24", "The Standard", "City Post", "Global Report"}
)

func (d *dresser) name() string {
	return d.pick(firstNames...) + " " + d.pick(lastNames...)
}

func (d *dresser) date() string {
	m := d.r.IntN(12)
	day := 1 + d.r.IntN(28)
	y := 2015 + d.r.IntN(11)
	h, min := d.r.IntN(24), d.r.IntN(60)
	switch d.r.IntN(11) {
	case 0:
		return fmt.Sprintf("%s %d, %d", months[m], day, y)
	case 1:
		return fmt.Sprintf("%d %s %d", day, months[m], y)
	case 2:
		return fmt.Sprintf("Published: %d %s %d, %02d:%02d GMT", day, months[m][:3], y, h, min)
	case 3:
		return fmt.Sprintf("Updated %d hours ago", 1+d.r.IntN(23))
	case 4:
		return fmt.Sprintf("%d-%02d-%02d", y, m+1, day)
	case 5:
		return fmt.Sprintf("  • %s %d, %d", months[m], day, y)
	case 6:
		return fmt.Sprintf("Last updated on %s %d, %d at %d:%02d pm ET", months[m], day, y, 1+h%12, min)
	case 7:
		return fmt.Sprintf("%s %d, %d %d:%02d AM", months[m][:3], day, y, 1+h%12, min)
	case 8:
		return fmt.Sprintf("%02d/%02d/%d", day, m+1, y)
	case 9:
		return fmt.Sprintf("Posted on %s %d, %d", months[m], day, y)
	}
	return fmt.Sprintf("%s, %d %s %d", d.pick("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"), day, months[m], y)
}

func (d *dresser) breadcrumb() []string {
	a, b := d.pick(sections...), d.pick(sections...)
	switch d.r.IntN(8) {
	case 0:
		return []string{"Home › " + a + " › " + b}
	case 1:
		return []string{"Home > " + a + " > " + b}
	case 2:
		return []string{"Home / " + a}
	case 3:
		return []string{a + " » " + b}
	case 4:
		return []string{strings.ToUpper("Home | " + a + " | " + b)}
	case 5:
		return []string{"You are here: Home > " + a}
	case 6:
		return []string{"Home", a}
	}
	return []string{a}
}

func (d *dresser) byline(author string) string {
	switch d.r.IntN(9) {
	case 0:
		return "By " + author
	case 1:
		return "By " + strings.ToUpper(author)
	case 2:
		return "Written by " + author
	case 3:
		return "By " + author + ", " + d.pick("Political Correspondent", "Senior Reporter", "Staff Writer", "BBC News", "Reuters")
	case 4:
		return author + " | " + d.pick(sites...)
	case 5:
		return "By " + author + " and " + d.name()
	case 6:
		return "Author: " + author
	case 7:
		return "By " + author + " • " + d.date()
	}
	return author
}

func (d *dresser) share() []string {
	switch d.r.IntN(7) {
	case 0:
		return []string{"Share on Facebook", "Share on Twitter", "Share on WhatsApp"}
	case 1:
		return []string{"Facebook", "Twitter", "WhatsApp", "Email", "Print"}
	case 2:
		return []string{"Share this article:", "Facebook Twitter LinkedIn Email"}
	case 3:
		return []string{"Share", "Tweet", "WhatsApp"}
	case 4:
		return []string{"• Facebook • Twitter • Pinterest • Email"}
	case 5:
		return []string{"Share this:", "Click to share on Facebook (Opens in new window)", "Click to share on X (Opens in new window)"}
	}
	return []string{"Share via Email", "Copy link", "Share on X", "Share on LinkedIn"}
}

func (d *dresser) commentForm() []string {
	switch d.r.IntN(5) {
	case 0:
		return []string{"Leave a comment", "Your email address will not be published. Required fields are marked *"}
	case 1:
		return []string{"Leave a Reply Cancel reply", "Your email address will not be published. Required fields are marked *",
			"Comment *", "Name *", "Email *", "Website", "Save my name, email, and website in this browser for the next time I comment.", "Post Comment"}
	case 2:
		return []string{fmt.Sprintf("%d Comments", d.r.IntN(40)), "Join the conversation", "You must be logged in to post a comment."}
	case 3:
		return []string{"Comments", "Be the first to comment", "Name", "Email", "Submit"}
	}
	return []string{"Leave a Reply", "Cancel reply", "Notify me of follow-up comments by email.", "Notify me of new posts by email."}
}

func (d *dresser) authorBio(author string) []string {
	first := strings.Fields(author)[0]
	bio := d.pick(
		author+" is a senior correspondent covering politics and security.",
		author+" has reported from across the region for more than a decade.",
		first+" writes about business, energy and markets.",
		author+" is a staff writer. Follow "+first+" on X.",
	)
	switch d.r.IntN(4) {
	case 0:
		return []string{"About the Writer", bio}
	case 1:
		return []string{"About the author", author, bio}
	case 2:
		return []string{"ABOUT THE AUTHOR", bio, "View all posts by " + author}
	}
	return []string{"About " + author, bio}
}

func (d *dresser) newsletter() []string {
	switch d.r.IntN(4) {
	case 0:
		return []string{"Sign up for our newsletter", "Get the latest headlines delivered to your inbox every morning.", "Enter your email address", "Subscribe"}
	case 1:
		return []string{"Subscribe to our daily newsletter"}
	case 2:
		return []string{"NEWSLETTER", "Sign up to receive our best stories", "By signing up, you agree to our Terms of Use and Privacy Policy."}
	}
	return []string{"Get our free newsletter", "Sign up now"}
}

func (d *dresser) ad() string {
	return d.pick("Advertisement", "ADVERTISEMENT", "Story continues below advertisement", "Advertisement - Scroll to continue", "Sponsored", "Continue reading the main story")
}

func (d *dresser) related(others []other) []string {
	header := d.pick("You may also like", "Related Stories", "Read More", "More from "+d.pick(sections...), "Recommended for you",
		"Most Read", "RELATED ARTICLES", "Trending Now", "Related", "More Stories", "You might also like", "Also read", "Latest News", "Don't Miss")
	out := []string{header}
	style := d.r.IntN(6)
	for _, o := range others {
		teaser := o.teaser
		if d.chance(0.5) {
			if w := strings.Fields(teaser); len(w) > 12 {
				teaser = strings.Join(w[:8+d.r.IntN(len(w)-10)], " ")
			}
		}
		title := o.title
		if d.chance(0.5) {
			title = titleCase(title)
		}
		switch style {
		case 0: // section, headline, date, then headline and teaser run together
			out = append(out, o.section+" "+d.pick("News", ""), title, "  • "+d.date(), title+" "+teaser)
		case 1:
			out = append(out, title)
		case 2:
			out = append(out, "• "+title)
		case 3:
			out = append(out, title, d.date(), teaser)
		case 4:
			out = append(out, title+" – "+d.date())
		default:
			out = append(out, o.section, title, teaser)
		}
	}
	return out
}

// titleCase capitalises every word, as some sites print headlines.
func titleCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}

// dress builds a scraped page around a story's title and paragraphs.
func (d *dresser) dress(title string, paras []string, others []other) *page {
	p := &page{}
	author := d.name()
	// Head.
	if d.chance(0.3) {
		p.furniture(d.pick("Skip to content", "Skip to main content", "Menu", "Sign in", "Search"))
	}
	if d.chance(0.7) {
		p.furniture(d.breadcrumb()...)
	}
	if title != "" {
		switch d.r.IntN(5) {
		case 0:
			title = titleCase(title)
		case 1:
			if d.chance(0.3) {
				title = strings.ToUpper(title)
			}
		}
		p.lines = append(p.lines, pageLine{text: title, story: true, title: true})
	}
	head := []func(){
		func() { p.furniture(d.byline(author)) },
		func() { p.furniture(d.date()) },
		func() { p.furniture(d.share()...) },
		func() { p.furniture(d.pick("5 min read", "Listen to this article", "Reading time: 3 minutes")) },
	}
	d.r.Shuffle(len(head), func(i, j int) { head[i], head[j] = head[j], head[i] })
	for _, f := range head[:d.r.IntN(len(head)+1)] {
		f()
	}
	// Story, with furniture between paragraphs now and then.
	for i, para := range paras {
		p.add(para, true)
		if i == len(paras)-1 || i == 0 {
			continue
		}
		switch {
		case d.chance(0.06):
			p.furniture(d.ad())
		case d.chance(0.04) && len(others) > 0:
			p.furniture(d.pick("Read more: ", "READ MORE: ", "Related: ", "RELATED: ", "See also: ") + others[0].title)
		case d.chance(0.02):
			p.furniture(d.newsletter()...)
		}
	}
	// Tail.
	tail := []func(){
		func() {
			if d.chance(0.5) {
				p.furniture(author, author)
			} else {
				p.furniture(d.byline(author))
			}
		},
		func() { p.furniture(d.authorBio(author)...) },
		func() { p.furniture(d.commentForm()...) },
		func() { p.furniture(d.share()...) },
		func() { p.furniture(d.newsletter()...) },
		func() { p.furniture("Tags: " + strings.Join(tagsOf(title), ", ")) },
		func() {
			p.furniture(fmt.Sprintf("© %d %s. All rights reserved.", 2015+d.r.IntN(11), d.pick(sites...)))
		},
	}
	d.r.Shuffle(len(tail), func(i, j int) { tail[i], tail[j] = tail[j], tail[i] })
	n := 1 + d.r.IntN(len(tail))
	relatedAt := d.r.IntN(n + 1)
	for i, f := range tail[:n] {
		if i == relatedAt && len(others) > 0 {
			p.furniture(d.related(others)...)
		}
		f()
	}
	if relatedAt == n && len(others) > 0 {
		p.furniture(d.related(others)...)
	}
	return p
}

// tagsOf takes a few capitalised words of a title as a page's tags.
func tagsOf(title string) []string {
	var tags []string
	for _, w := range strings.Fields(title) {
		w = strings.Trim(w, ",.:;'\"‘’“”")
		if r := []rune(w); len(r) > 3 && unicode.IsUpper(r[0]) {
			tags = append(tags, w)
		}
	}
	if len(tags) == 0 {
		tags = []string{"News"}
	}
	return tags
}

// render joins a page's lines with the separators scrapers leave: blank
// lines, lines holding only a no-break space, or single line breaks.
func (d *dresser) render(p *page) (string, []Region) {
	var b strings.Builder
	sep := d.pick("\n\n", "\n\n\u00a0\n\n", "\n", "\n\n", "\r\n\r\n")
	regions := make([]Region, len(p.lines))
	for i, l := range p.lines {
		if i > 0 {
			s := sep
			if d.chance(0.15) {
				s = d.pick("\n", "\n\n", "\n \n")
			}
			b.WriteString(s)
		}
		regions[i].Start = b.Len()
		b.WriteString(l.text)
		regions[i].End = b.Len()
	}
	return b.String(), regions
}

// The second style set below was written after the cues were tuned on the
// first, to see how the cues fare on wording they were not tuned on.

func (d *dresser) bylineB(author string) string {
	switch d.r.IntN(8) {
	case 0:
		return "Story by " + author
	case 1:
		return author + ", Staff Reporter"
	case 2:
		return author + " / AFP"
	case 3:
		return "— " + author
	case 4:
		return "By " + author + " | Published " + d.dateB()
	case 5:
		return "Words: " + author
	case 6:
		return "By " + author + " • " + d.pick("3 min read", "Updated", "Follow")
	}
	return "by " + author
}

func (d *dresser) dateB() string {
	m := d.r.IntN(12)
	day := 1 + d.r.IntN(28)
	y := 2016 + d.r.IntN(10)
	switch d.r.IntN(6) {
	case 0:
		return fmt.Sprintf("%02d.%02d.%d", day, m+1, y)
	case 1:
		return fmt.Sprintf("%s. %d, %d", months[m][:3], day, y)
	case 2:
		return fmt.Sprintf("%d %s %d | %02d:%02d", day, months[m][:3], y, d.r.IntN(24), d.r.IntN(60))
	case 3:
		return fmt.Sprintf("%d hrs ago", 1+d.r.IntN(12))
	case 4:
		return fmt.Sprintf("Updated: %02d/%02d/%d - %02d:%02d", day, m+1, y, d.r.IntN(24), d.r.IntN(60))
	}
	return fmt.Sprintf("%s %d", months[m], day)
}

func (d *dresser) shareB() []string {
	switch d.r.IntN(5) {
	case 0:
		return []string{"Share:", "Facebook | Twitter | Email"}
	case 1:
		return []string{"SHARE"}
	case 2:
		return []string{"Share this story", "Facebook", "X", "LinkedIn", "Copy Link"}
	case 3:
		return []string{"Follow us on Twitter and Facebook"}
	}
	return []string{"Post", "Share", "Email", "Print"}
}

func (d *dresser) captionB() string {
	return d.pick("Photo: Getty Images", "(Image: Reuters)", "Image source, Getty Images",
		"Photograph: "+d.name()+"/AP", "(Photo by "+d.name()+"/Getty Images)", "Picture: Shutterstock")
}

func (d *dresser) commentsB() []string {
	switch d.r.IntN(4) {
	case 0:
		return []string{fmt.Sprintf("Comments (%d)", d.r.IntN(90)), "Add your comment"}
	case 1:
		return []string{"Show comments"}
	case 2:
		return []string{"Comments are closed."}
	}
	return []string{"Log in to comment", "Reply", "Report"}
}

func (d *dresser) relatedB(others []other) []string {
	header := d.pick("Related coverage", "MORE ON THIS STORY", "Top Stories", "Popular", "What to read next", "Other news",
		"Editor's Picks", "Read Next", "In other news", "More in "+d.pick(sections...), "Further reading", "Most popular")
	out := []string{header}
	style := d.r.IntN(4)
	for k, o := range others {
		switch style {
		case 0:
			out = append(out, fmt.Sprintf("%d. %s", k+1, o.title))
		case 1:
			out = append(out, o.title, d.pick("3 min read", "5 min read", "2 min read"))
		case 2:
			out = append(out, o.title, "By "+d.name(), d.dateB())
		default:
			out = append(out, fmt.Sprintf("%02d", k+1), o.title)
		}
	}
	return out
}

func (d *dresser) adB() string {
	return d.pick("AD", "Advertisement:", "- Advertisement -", "Sponsored Content", "Promoted Stories", "Recommended by Outbrain")
}

func (d *dresser) newsletterB() []string {
	switch d.r.IntN(3) {
	case 0:
		return []string{"Get the best of " + d.pick(sites...) + " in your inbox"}
	case 1:
		return []string{"Sign up for the Morning Briefing", "Enter email", "Sign Up"}
	}
	return []string{"Don't miss out: subscribe to our breaking news alerts"}
}

// dressB is dress with the second style set, and some other layouts: a
// caption under the title, a related block in the middle of the story, a
// wire-service credit at the end.
func (d *dresser) dressB(title string, paras []string, others []other) *page {
	p := &page{}
	author := d.name()
	if d.chance(0.5) {
		p.furniture(d.breadcrumb()...)
	}
	if title != "" {
		p.lines = append(p.lines, pageLine{text: title, story: true, title: true})
	}
	if d.chance(0.6) {
		p.furniture(d.bylineB(author))
	}
	if d.chance(0.5) {
		p.furniture(d.dateB())
	}
	if d.chance(0.4) {
		p.furniture(d.shareB()...)
	}
	if d.chance(0.4) {
		p.furniture(d.captionB())
	}
	mid := -1
	if len(paras) > 4 && len(others) > 0 && d.chance(0.15) {
		mid = 2 + d.r.IntN(len(paras)-3)
	}
	for i, para := range paras {
		p.add(para, true)
		switch {
		case i == mid:
			p.furniture(d.pick("Related", "RELATED STORIES", "Also read"))
			for _, o := range others[:1] {
				p.furniture(o.title)
			}
		case i > 0 && i < len(paras)-1 && d.chance(0.05):
			p.furniture(d.adB())
		case i > 0 && i < len(paras)-1 && d.chance(0.03) && len(others) > 0:
			p.furniture("Also Read: " + others[len(others)-1].title)
		}
	}
	tail := []func(){
		func() { p.furniture("Reporting by " + author + "; Editing by " + d.name()) },
		func() { p.furniture(d.shareB()...) },
		func() { p.furniture(d.commentsB()...) },
		func() { p.furniture(d.newsletterB()...) },
		func() { p.furniture(d.pick("Topics", "RELATED TOPICS"), strings.Join(tagsOf(title), " · ")) },
		func() {
			p.furniture(fmt.Sprintf("Copyright %d The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.", 2016+d.r.IntN(10)))
		},
		func() { p.furniture(d.adB()) },
	}
	d.r.Shuffle(len(tail), func(i, j int) { tail[i], tail[j] = tail[j], tail[i] })
	n := 1 + d.r.IntN(len(tail))
	for _, f := range tail[:n] {
		f()
	}
	if len(others) > 0 && d.chance(0.8) {
		p.furniture(d.relatedB(others)...)
	}
	return p
}

package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// readPage builds a page from a testdata/scraped file and returns it with
// each line's expected label ("T", "S" or a reason) and byte range.
func readPage(t *testing.T, path string) (string, []string, []Region) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	var labels []string
	var regions []Region
	for i, ln := range strings.Split(strings.TrimRight(string(data), "\n"), "\n") {
		if i > 0 {
			b.WriteByte('\n')
		}
		switch ln {
		case "":
			continue
		case "~":
			b.WriteString("\u00a0")
			continue
		}
		label, text, ok := strings.Cut(ln, "\t")
		if !ok {
			t.Fatalf("%s:%d: no tab", path, i+1)
		}
		start := b.Len()
		b.WriteString(text)
		labels = append(labels, label)
		regions = append(regions, Region{start, b.Len()})
	}
	return b.String(), labels, regions
}

func TestScrapedPages(t *testing.T) {
	paths, err := filepath.Glob("testdata/scraped/*.page")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no pages: %v", err)
	}
	for _, path := range paths {
		t.Run(filepath.Base(path), func(t *testing.T) {
			text, labels, regions := readPage(t, path)
			lay := Text(text)
			checkLayout(t, text, lay)
			for i, label := range labels {
				r := regions[i]
				line := text[r.Start:r.End]
				isTitle := lay.Title != nil && lay.Title.Start <= r.Start && r.End <= lay.Title.End
				dropped, reason := droppedAs(lay, r)
				switch label {
				case "T":
					if !isTitle {
						t.Errorf("title not found: %q", line)
					}
				case "S":
					if dropped || isTitle {
						t.Errorf("story line lost (dropped as %q, title %v): %q", reason, isTitle, line)
					}
				default:
					if !dropped {
						t.Errorf("furniture kept: %q (want %s)", line, label)
					} else if reason != label {
						t.Errorf("%q dropped as %s; want %s", line, reason, label)
					}
				}
			}
		})
	}
}

// droppedAs reports whether r lies in a dropped region, and its reason.
func droppedAs(lay Layout, r Region) (bool, string) {
	for _, d := range lay.Dropped {
		if d.Start <= r.Start && r.End <= d.End {
			return true, d.Reason
		}
		if d.Start < r.End && r.Start < d.End {
			return true, d.Reason + " (partly)"
		}
	}
	return false, ""
}

// checkLayout asserts Text's invariants: regions in range, non-empty,
// ordered and not overlapping, and free of surrounding white space.
func checkLayout(t testing.TB, text string, lay Layout) {
	t.Helper()
	type span struct {
		Region
		what string
	}
	var all []span
	if lay.Title != nil {
		all = append(all, span{*lay.Title, "title"})
	}
	for _, r := range lay.Body {
		all = append(all, span{r, "body"})
	}
	for _, d := range lay.Dropped {
		all = append(all, span{d.Region, "dropped " + d.Reason})
		if !validReasons[d.Reason] {
			t.Errorf("unknown reason %q", d.Reason)
		}
	}
	for _, s := range all {
		if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
			t.Fatalf("%s region %d-%d out of range or empty (len %d)", s.what, s.Start, s.End, len(text))
		}
		if trimmed := strings.TrimFunc(text[s.Start:s.End], isBlankRune); trimmed != text[s.Start:s.End] {
			t.Errorf("%s region %q has white space around it", s.what, text[s.Start:s.End])
		}
	}
	for i, a := range all {
		for _, b := range all[i+1:] {
			if a.Start < b.End && b.Start < a.End {
				t.Errorf("%s %d-%d overlaps %s %d-%d", a.what, a.Start, a.End, b.what, b.Start, b.End)
			}
		}
	}
	for i := 1; i < len(lay.Body); i++ {
		if lay.Body[i].Start < lay.Body[i-1].End {
			t.Errorf("body regions out of order")
		}
	}
	for i := 1; i < len(lay.Dropped); i++ {
		if lay.Dropped[i].Start < lay.Dropped[i-1].End {
			t.Errorf("dropped regions out of order")
		}
	}
}

var validReasons = map[string]bool{
	ReasonBreadcrumb: true, ReasonNavigation: true, ReasonByline: true, ReasonDate: true, ReasonAuthorBio: true,
	ReasonCommentForm: true, ReasonShareButtons: true, ReasonAdvertisement: true, ReasonNewsletter: true,
	ReasonRelatedStories: true, ReasonTags: true, ReasonLegal: true, ReasonCaption: true,
}

func TestTextEdgeCases(t *testing.T) {
	for _, c := range []struct {
		name string
		text string
		body []string // kept lines, title included
	}{
		{"empty", "", nil},
		{"blank lines only", "\n \n\u00a0\n\t\n", nil},
		{"one line", "Just one line", []string{"Just one line"}},
		{"CRLF", "Title line here\r\n\r\nFirst paragraph of the story is right here, and it is long enough to be prose.\r\n",
			[]string{"Title line here", "First paragraph of the story is right here, and it is long enough to be prose."}},
		{"no trailing newline", "A sentence that is the whole story, with more than six words.",
			[]string{"A sentence that is the whole story, with more than six words."}},
		{"unicode separators", "Headline words\u2028Body text that runs for more than six words, as prose does.",
			[]string{"Headline words", "Body text that runs for more than six words, as prose does."}},
		{"furniture only", "Share on Facebook\nTweet\nAdvertisement", nil},
		{"clean text keeps a name line", "Council backs plan\n\nThe council backed the plan on Monday by nine votes to four, officials said.\n\nMary Smith",
			[]string{"Council backs plan", "The council backed the plan on Monday by nine votes to four, officials said.", "Mary Smith"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			lay := Text(c.text)
			checkLayout(t, c.text, lay)
			var got []string
			if lay.Title != nil {
				got = append(got, c.text[lay.Title.Start:lay.Title.End])
			}
			for _, r := range lay.Body {
				got = append(got, strings.FieldsFunc(c.text[r.Start:r.End], func(r rune) bool { return r == '\n' || r == '\r' || r == '\u2028' })...)
			}
			if strings.Join(got, "|") != strings.Join(c.body, "|") {
				t.Errorf("kept %q; want %q", got, c.body)
			}
		})
	}
}

func TestCues(t *testing.T) {
	cs := cues()
	for _, c := range cs.cues {
		c.re() // every expression compiles
	}
	for _, c := range []struct {
		line, reason string
	}{
		{"You may also like", ReasonRelatedStories},
		{"RELATED ARTICLES", ReasonRelatedStories},
		{"More from Europe", ReasonRelatedStories},
		{"Read more: Talks collapse in Geneva", ReasonRelatedStories},
		{"Most Read", ReasonRelatedStories},
		{"Leave a comment", ReasonCommentForm},
		{"Your email address will not be published. Required fields are marked *", ReasonCommentForm},
		{"Comments (12)", ReasonCommentForm},
		{"About the author", ReasonAuthorBio},
		{"View all posts by Jane Doe", ReasonAuthorBio},
		{"Share this article", ReasonShareButtons},
		{"Follow us on Twitter", ReasonShareButtons},
		{"ADVERTISEMENT", ReasonAdvertisement},
		{"Story continues below advertisement", ReasonAdvertisement},
		{"Sign up for our newsletter", ReasonNewsletter},
		{"Get the latest headlines in your inbox", ReasonNewsletter},
		{"Tags: Elections, Harbours", ReasonTags},
		{"© 2025 Daily Times. All rights reserved.", ReasonLegal},
		{"Photo: Getty Images", ReasonCaption},
		{"Skip to main content", ReasonNavigation},
		{"You are here: Home > World", ReasonBreadcrumb},
	} {
		if reason, kind := cs.match(normalise(c.line)); kind < cueStrong || reason != c.reason {
			t.Errorf("%q: %s (kind %d); want %s", c.line, reason, kind, c.reason)
		}
	}
	for _, line := range []string{
		"The firm said it would share the cost with its partners.",
		"More than 300 people were hurt.",
		"Related costs rose by 4% in the year to March.",
		"Read the full statement on the ministry's website, officials said.",
		"By Tuesday, the company had sold out.",
		"Advertising revenue at the group fell 8%.",
		"Comments by the minister angered unions.",
		"The newsletter, which has 40,000 readers, was closed.",
	} {
		if reason, kind := cs.match(normalise(line)); kind >= cueStrong {
			t.Errorf("%q: matched %s; want no furniture", line, reason)
		}
	}
}

func TestLineShapes(t *testing.T) {
	for _, c := range []struct {
		line                              string
		name, date, byline, crumbs, share bool
	}{
		{line: "Teodora Vasquez", name: true},
		{line: "Jean-Luc de la Tour", name: true},
		{line: "Factory Orders Slip In Valdoria"},
		{line: "Okoro, Lindahl, Brennan."},
		{line: "February 10, 2025", date: true},
		{line: "  • February 10, 2025", date: true},
		{line: "Updated 3 hours ago", date: true},
		{line: "Published: 13 May 2024, 16:03 GMT", date: true},
		{line: "KESSPORT 2025-03-14"},
		{line: "200"},
		{line: "By Teodora Vasquez", byline: true},
		{line: "By JANE DOE, Political Correspondent", byline: true},
		{line: "Reporting by Tom Brennan; Editing by Chen Wei", byline: true},
		{line: "By the close the visitors had turned that into a 37-run lead."},
		{line: "By Friday, the company had sold out."},
		{line: "Home › World › Europe", crumbs: true},
		{line: "News » Health", crumbs: true},
		{line: "Kessport 1 Linmar 0"},
		{line: "Facebook Twitter WhatsApp Email", share: true},
		{line: "Share on Facebook", share: true},
		{line: "Email"},
	} {
		bare := strings.TrimLeft(c.line, bulletRunes)
		norm := normalise(c.line)
		if got := isName(bare) || isCredit(bare); got != c.name {
			t.Errorf("%q: name %v; want %v", c.line, got, c.name)
		}
		if got := isDate(norm); got != c.date {
			t.Errorf("%q: date %v; want %v", c.line, got, c.date)
		}
		if got := isByline(c.line); got != c.byline {
			t.Errorf("%q: byline %v; want %v", c.line, got, c.byline)
		}
		if got := isCrumbs(c.line); got != c.crumbs {
			t.Errorf("%q: breadcrumbs %v; want %v", c.line, got, c.crumbs)
		}
		if got := isShareRow(norm); got != c.share {
			t.Errorf("%q: share row %v; want %v", c.line, got, c.share)
		}
	}
}

func TestStory(t *testing.T) {
	text, _, _ := readPage(t, "testdata/scraped/harbour.page")
	art := Story(text)
	if art.Title != "Port of Valdoria reopens after three-week strike" {
		t.Errorf("title %q", art.Title)
	}
	if art.Byline != "Marta Ilves" { // printed twice at the end, once at the top
		t.Errorf("byline %q", art.Byline)
	}
	if art.Date != "March 14, 2025" {
		t.Errorf("date %q", art.Date)
	}
	for _, bad := range []string{"Kessport Council", "Leave a comment", "Advertisement", "Share on"} {
		if strings.Contains(art.Text, bad) {
			t.Errorf("text keeps furniture %q", bad)
		}
	}
	if !strings.HasPrefix(art.Text, "The Port of Valdoria reopened") || !strings.HasSuffix(art.Text, "by June.") {
		t.Errorf("text %q", art.Text)
	}
}

// TestCueFiltersExact checks that the filters that spare most expressions
// (first byte, first two bytes, length, keywords) never hide a match.
func TestCueFiltersExact(t *testing.T) {
	cs := cues()
	var lines []string
	paths, _ := filepath.Glob("testdata/scraped/*.page")
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, ln := range strings.Split(string(data), "\n") {
			_, text, _ := strings.Cut(ln, "\t")
			lines = append(lines, text)
		}
	}
	lines = append(lines, "Comments (12)", "12 comments", "Get RSS feed", "rss", "x", "Email", "5 min read",
		"Advertisement - Scroll to continue", "ad", "Sponsored", "© 2025 Foo", "Copyright 2024 AP", "Photo: AP",
		"Image source, Getty", "Sign up now", "Subscribe", "Don't Recommend", "Recommend")
	for _, ln := range lines {
		norm := normalise(ln)
		if norm == "" {
			continue
		}
		want, wantKind := "", cueNone
		for _, c := range cs.cues {
			if c.kind > wantKind && c.re().MatchString(norm) {
				want, wantKind = c.reason, c.kind
			}
		}
		if got, kind := cs.match(norm); got != want || kind != wantKind {
			t.Errorf("%q: filtered match %s/%d; brute force %s/%d", ln, got, kind, want, wantKind)
		}
	}
}

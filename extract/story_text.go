package extract

import (
	"strings"
)

// Story returns the story in scraped plain text as an Article: the title
// line, the author and date from the furniture that named them, and the
// story's paragraphs separated by blank lines.
func Story(text string) *Article {
	lay := Text(text)
	var art Article
	if lay.Title != nil {
		art.Title = cleanLine(text[lay.Title.Start:lay.Title.End])
	}
	var b strings.Builder
	for _, r := range lay.Body {
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(text[r.Start:r.End])
	}
	art.Text = b.String()
	art.Byline, art.Date = lay.Meta(text)
	return &art
}

// Meta returns the author and the date that the furniture of text (as laid
// out in l) names: the first byline's name ("By Jane Doe | Reuters" gives
// "Jane Doe") and the first date line.
func (l Layout) Meta(text string) (byline, date string) {
	for _, d := range l.Dropped {
		s, _, _ := strings.Cut(text[d.Start:d.End], "\n") // a region may hold a byline printed twice
		s = cleanLine(s)
		switch {
		case d.Reason == ReasonByline && byline == "":
			if m := regexps().byline.FindStringSubmatch(strings.TrimLeft(s, bulletRunes)); m != nil {
				s = m[1]
			}
			if i := strings.IndexAny(s, "|•"); i > 0 {
				s = strings.TrimSpace(s[:i])
			}
			byline = strings.TrimLeft(s, bulletRunes)
		case d.Reason == ReasonDate && date == "":
			date = strings.Trim(s, bulletRunes)
		}
	}
	return byline, date
}

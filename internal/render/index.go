package render

import (
	_ "embed"
	"html/template"
	"io"

	"github.com/newsnlp/newsnlp/nlp"
)

// An index page lists the stories of a batch run, each linking to its page,
// and ends with the cross-story entity table. It is written as the run goes
// (WriteIndexStart, a WriteIndexStory per story, WriteIndexEnd), so that
// nothing of the stories is kept for it.

//go:embed index.html.tmpl
var indexTemplateText string

var indexTemplate = template.Must(template.New("index").Funcs(template.FuncMap{
	"typeClass": typeClass,
}).Parse(indexTemplateText))

// IndexOptions describe an index page.
type IndexOptions struct {
	Title      string // the page's heading, e.g. the folders read
	ShowQuotes bool   // the stories have quotes: show their count
}

// IndexStory is one story's row in the index.
type IndexStory struct {
	Href       string // the story's page, relative to the index; "" for a story that failed
	Title      string
	Source     string
	Top        []IndexEntity // the story's most mentioned entities
	Quotes     int
	Error      string // why the story failed; "" when it did not
	ShowQuotes bool   // set by WriteIndexStory from IndexOptions
}

// IndexEntity is an entity in a story's row of the index.
type IndexEntity struct {
	Name  string
	Type  nlp.EntityType
	Count int
}

// IndexRow is a row of the cross-story entity table, with links to the
// stories that mention it.
type IndexRow struct {
	Name     string
	Type     nlp.EntityType
	Stories  int
	Mentions int
	Aliases  string
	Links    []IndexLink // the first stories, in input order
}

// IndexLink is a link to a story's page.
type IndexLink struct {
	Href   string // "" when the story has no page
	Title  string // the link's text
	Source string // the story's source, shown on hovering
}

// IndexEnd is what closes the index.
type IndexEnd struct {
	Rows    []IndexRow
	More    int // rows of the cross-story table left out of the page
	Stories int
	Failed  int
}

type indexStart struct {
	IndexOptions
	CSS template.CSS
}

// WriteIndexStart writes the index's head and opens the list of stories.
func WriteIndexStart(w io.Writer, o IndexOptions) error {
	return indexTemplate.ExecuteTemplate(w, "start", indexStart{IndexOptions: o, CSS: template.CSS(reportCSS)})
}

// WriteIndexStory writes one story's row.
func WriteIndexStory(w io.Writer, o IndexOptions, s IndexStory) error {
	s.ShowQuotes = o.ShowQuotes
	return indexTemplate.ExecuteTemplate(w, "story", s)
}

// WriteIndexEnd closes the list of stories and writes the cross-story
// entity table.
func WriteIndexEnd(w io.Writer, e IndexEnd) error {
	return indexTemplate.ExecuteTemplate(w, "end", e)
}

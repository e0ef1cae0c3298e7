// Package extract provides the main text of a news page: from HTML, and from
// scraped plain text by leaving out page furniture such as bylines, comment
// forms and "You may also like" blocks.
//
// # Scraped text
//
// Text reads text a scraper flattened from a page line by line (lines of a
// hard-wrapped paragraph are joined first). Each line is classified by cues,
// a vocabulary of furniture phrases kept as data in var.go (see below), and by its
// shape: prose, headline, a name alone, a date alone, a row of share
// buttons, a trail of breadcrumbs. A story model then reads the text as a
// head (breadcrumbs, title, byline, date) before the first paragraph of
// prose, the story, and blocks of furniture that headers such as "You may
// also like" or "Leave a comment" open. A block runs until a paragraph
// continues the story: a complete sentence, long enough and not under a
// teaser's headline or date, that shares the vocabulary of the title and
// the story so far (other stories' teasers rarely do).
//
// The title is the first headline-like line before the story that shares a
// word with its opening paragraphs (menus, site names and tickers share
// none, and "BREAKING: ..." kickers are passed over).
//
// Rules that go by shape and place alone apply only on pages where some cue
// has already found furniture, or where three menu items, section names or
// dates stand above the story, so clean text such as a wire story with a
// headline, a dateline, a byline and a results table comes back whole. On
// such a page, a labelled note above the story ("About the author: ...") is
// not its lede; what stands before the title is navigation; between the
// title and the story, a line that is not prose (nor a standfirst sharing
// the lede's words) is a byline, a date or a label; inside the story, a
// line that is neither prose, nor a sentence, nor on the story's subject
// (a caption, another story's headline, "Story continues") opens a soft
// block that a paragraph on the story's subject ends; after the story,
// lines that are not prose and bring names the story does not have go.
// Paragraphs dropped inside blocks that the story goes on after come back
// when they share its vocabulary and name no one new; a short line alone
// between two paragraphs (a subheading) comes back unless it reads like
// the page's label. The story's last paragraphs go when they share next to
// no word with the story before them and read like furniture: a note in
// brackets, an author's note with a handle, or wording that a small line
// model (internal/linemodel, a logistic regression over hashed words
// trained on the boilerplate corpora; see its MODEL.md) scores as the
// site's, bringing names the story does not have. When the story read from
// its first paragraph ends there, the page is read again letting any
// complete paragraph end a block: the first "paragraph" was then a byline
// with a date that reads like prose.
//
// Vocabulary is compared as content words; a capitalised word counts as a
// name, shared only when the story has it capitalised too ("Breaking News"
// does not share "news").
//
// Furniture run into a paragraph of the story, as pages flattened to one
// paragraph and tabloids' own copy print it ("By . Jane Doe . PUBLISHED: .
// 08:14 EST, 12 May 2014 . ...", "Scroll down for video .", a caption with
// a "(pictured)" note, "Click here to ...", "Jane Doe contributed to this
// report."), is cut out of the paragraph sentence by sentence and listed
// as dropped; a tag that opens the story's first sentence ("(CNN) -- ...")
// stays with it.
//
// # The furniture vocabulary
//
// The vocabulary is data (var.go): cues that a whole line matches
// (cueDefs), phrases that furniture opens with whatever follows
// (openerDefs: "Click here", "Scroll down", "Editor's note"), and credits
// that clean wire copy carries too (creditDefs: "(AFP)", "... contributed
// to this report", photo credits), which are furniture but no evidence that
// a page keeps its furniture. Furniture asks the same vocabulary about one
// sentence, for callers such as the summarizer.
//
// Dropped regions carry one of these reasons:
//
//	breadcrumb       "Home › World › Europe", a lone section name above the title
//	navigation       menus, "Skip to content", "Sign in", "5 min read", "RSS", bare URLs
//	byline           "By Jane Doe", the author's name alone after the story, "(AFP)", "... contributed to this report"
//	date             a line that only gives the publication date or time
//	author_bio       "About Author" and the note about the writer
//	comment_form     "Leave a comment", "Required fields are marked *"
//	share_buttons    "Share on Facebook", "Tweet", "WhatsApp"
//	advertisement    "Advertisement", "Story continues below advertisement"
//	newsletter       "Sign up for our newsletter"
//	related_stories  "You may also like", "Read more: ...", other stories' headlines, dates and teasers
//	tags             "Tags: Elections, Harbours", "Filed under ..."
//	legal            copyright lines, reprint notices, cookie and privacy notices
//	caption          photo credits and captions: "Photo: Getty Images", "(Image: Reuters)", "This undated file photo shows ..."
//
// # HTML
//
// HTMLPage reads an HTML page once. Elements whose tag, class or id name
// furniture (figcaption and figure, "caption", "related", "newsletter",
// "share", "author-bio", "comments", "ad", "tags", "byline", "nav": see
// markupDefs in var.go) are marked in the whole page before go-readability
// (a port of Mozilla's Readability) finds the article's main text, as
// Readability renames and moves elements; an element longer than such
// furniture is, or marks that would leave too little story, are ignored.
// The main text is rendered a block a line; marked lines and runs of lines
// made of links are dropped with their reasons, and the story model reads
// the rest, without the rules that go by shape alone (the main text is
// already chosen, and those rules cost general pages their lists and
// headings). The title, byline and date come from the page's metadata
// (<meta> tags, JSON-LD, <time>): the page title's headline part is the one
// a heading or the text's first lines repeat, and its repeat at the text's
// start is the title's region. The Page holds the rendered text with the
// title line, the layout of its title, story and furniture, and the
// article (the story's regions joined), so that a caller lists what was
// dropped with offsets into the text it analyses. HTML returns the article
// alone; Story reads plain text into the same Article.
package extract

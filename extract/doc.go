// Package extract provides the main text of a news page: from HTML, and from
// scraped plain text by leaving out page furniture such as bylines, comment
// forms and "You may also like" blocks.
//
// # Scraped text
//
// Text reads text a scraper flattened from a page line by line (lines of a
// hard-wrapped paragraph are joined first). Each line is classified by cues,
// a vocabulary of furniture phrases kept as data in var.go, and by its
// shape: prose, headline, a name alone, a date alone, a row of share
// buttons, a trail of breadcrumbs. A story model then reads the text as a
// head (breadcrumbs, title, byline, date) before the first paragraph of
// prose, the story, and blocks of furniture that headers such as "You may
// also like" or "Leave a comment" open. A block runs until a paragraph
// continues the story: a complete sentence, long enough and not under a
// teaser's headline or date, that shares the vocabulary of the title and
// the story so far (other stories' teasers rarely do).
//
// Lines are kept whenever in doubt. Rules that go by shape alone (a name
// after the story is its author's, a date under the title is furniture, a
// short label above the title is a breadcrumb, title-case lines after the
// story list other stories) apply only on pages where some cue has already
// found furniture, so clean text such as a wire story with a headline, a
// dateline, a byline and a results table comes back whole.
//
// Dropped regions carry one of these reasons:
//
//	breadcrumb       "Home › World › Europe", a lone section name above the title
//	navigation       menus, "Skip to content", "Sign in", "5 min read", "RSS", bare URLs
//	byline           "By Jane Doe", the author's name alone after the story
//	date             a line that only gives the publication date or time
//	author_bio       "About Author" and the note about the writer
//	comment_form     "Leave a comment", "Required fields are marked *"
//	share_buttons    "Share on Facebook", "Tweet", "WhatsApp"
//	advertisement    "Advertisement", "Story continues below advertisement"
//	newsletter       "Sign up for our newsletter"
//	related_stories  "You may also like", "Read more: ...", other stories' headlines, dates and teasers
//	tags             "Tags: Russia, Ukraine", "Filed under ..."
//	legal            copyright lines, reprint notices, cookie and privacy notices
//	caption          photo credits: "Photo: Getty Images", "(Image: Reuters)"
//
// # HTML
//
// HTML finds an article's main text with go-readability (a port of Mozilla's
// Readability), then drops the furniture Readability keeps with the same
// story model, and reads the title, byline and date from the page's
// metadata (<meta> tags, JSON-LD, <time>). Story reads plain text into the
// same Article.
package extract

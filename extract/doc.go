// Package extract provides the main text of a news page: from HTML, and from
// scraped plain text by leaving out page furniture such as bylines, comment
// forms and "You may also like" blocks.
//
// # Scraped text
//
// Text reads text a scraper flattened from a page line by line. Each line is
// classified by cues (a vocabulary of furniture phrases, kept as data in
// var.go) and by its shape: prose, headline, a name alone, a date alone, a
// row of share buttons, a trail of breadcrumbs. A story model then splits
// the text into a head (breadcrumbs, title, byline, date) before the first
// paragraph of prose, the story, and blocks of furniture that headers such
// as "You may also like" open. A block runs until a paragraph continues the
// story: a long, complete sentence that shares the vocabulary of the title
// and the opening paragraphs (other stories' teasers rarely do). Lines are
// kept whenever in doubt, so clean text such as a wire story with a
// headline, a dateline and a results table comes back whole.
//
// Dropped regions carry one of these reasons:
//
//	breadcrumb       "Home › World › Europe", a lone section name above the title
//	navigation       menus, "Skip to content", "Sign in", "5 min read"
//	byline           "By Jane Doe", the author's name alone after the story
//	date             a line that only gives the publication date or time
//	author_bio       "About Author" and the note about the writer
//	comment_form     "Leave a comment", "Required fields are marked *"
//	share_buttons    "Share on Facebook", "Tweet", "WhatsApp"
//	advertisement    "Advertisement", "Story continues below advertisement"
//	newsletter       "Sign up for our newsletter"
//	related_stories  "You may also like", "Read more: ...", other stories' headlines, dates and teasers
//	tags             "Tags: Russia, Ukraine", "Filed under ..."
//	legal            copyright lines, cookie and privacy notices
//
// # HTML
//
// HTML finds an article's main text, title, byline and date in a page.
package extract

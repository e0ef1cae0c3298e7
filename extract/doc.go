// Package extract provides the main text of a news page: from HTML, and from
// scraped plain text by leaving out page furniture such as bylines, comment
// forms and "You may also like" blocks.
package extract

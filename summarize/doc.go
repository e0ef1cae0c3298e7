// Package summarize provides extractive summaries of news articles and
// their headlines.
//
// Extract scores a parsed document's sentences with a small learned model
// (model.json, embedded; see MODEL.md) over position, length, word-overlap
// centrality, entity salience and other features, and returns the best,
// verbatim and in article order. The model was fitted on BBC stories and on
// CNN/DailyMail stories with highlights, whose position weights keep the
// lede in most summaries. Sentences are chosen one at a time, each losing
// score for the terms the summary already has, so that a caption or recap
// repeating the lede does not take a slot. Page furniture (bylines,
// captions, "Advertisement", "Read more", timestamps, fragments), the title
// and near-duplicates are never chosen.
//
// A Headliner writes a one-line headline from the summary and the story's
// main names; OpenAIHeadliner asks any OpenAI-compatible chat API through
// go-openai. HeadlineFor falls back to OfflineHeadline (the story's own
// title, or its best sentence trimmed) when there is no LLM or it fails.
package summarize

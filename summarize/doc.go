// Package summarize provides extractive summaries of news articles and
// their headlines.
//
// Extract scores a parsed document's sentences with a small learned model
// (model.json, embedded; see MODEL.md) over position, length, word-overlap
// centrality, entity salience and other features, and returns the best,
// verbatim and in article order. A strong lead prior keeps the story's
// opening sentences, as suits news. Page furniture (bylines, captions,
// "Advertisement", "Read more", timestamps, fragments), the title and
// near-duplicates are never chosen.
//
// A Headliner writes a one-line headline from the summary and the story's
// main names; OpenAIHeadliner asks any OpenAI-compatible chat API through
// go-openai. HeadlineFor falls back to OfflineHeadline (the story's own
// title, or its best sentence trimmed) when there is no LLM or it fails.
package summarize

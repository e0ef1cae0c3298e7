// Package summarize provides extractive summaries of news articles: it scores
// sentences and returns the best, verbatim and in article order.
package summarize

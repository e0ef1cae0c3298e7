// Package sumeval provides the evaluation of extractive summaries against
// reference summaries with ROUGE, beside the LEAD-N baseline on the same
// articles, as `newsnlp eval summary` reports it.
package sumeval

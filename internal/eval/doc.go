// Package eval provides the scoring behind `newsnlp eval ner`: exact-match
// mention precision, recall and F1 per type, the conlleval way, and the
// per-story entity-table F1 of ../shared/tools/ner_score.py.
package eval

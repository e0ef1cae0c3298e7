// Package eval scores newsnlp's stages against labelled data, the way the
// figures in README.md are measured, so anyone can repeat them on their own:
// sentence splitting, and for `newsnlp eval ner` exact-match mention
// precision, recall and F1 per type (the conlleval way) and the per-story
// entity-table F1 of ../shared/tools/ner_score.py.
package eval

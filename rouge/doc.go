// Package rouge provides ROUGE-1, ROUGE-2 and ROUGE-Lsum scores computed the
// way Google's rouge-score package computes them, so that figures are
// comparable with published ones: text is lowercased, every run of characters
// other than [a-z0-9] becomes a separator, tokens longer than three
// characters are reduced by the Porter stemmer (NLTK's variant, which
// rouge-score uses), and ROUGE-Lsum is the summary-level union LCS over
// newline-separated sentences.
package rouge

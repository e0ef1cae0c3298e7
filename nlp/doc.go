// Package nlp provides newsnlp's document model and the pipeline that fills it:
// cleaning, sentence segmentation, tokenisation and named entities, each with
// byte spans into the article text.
package nlp

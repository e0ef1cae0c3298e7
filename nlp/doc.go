// Package nlp provides newsnlp's document model (Document, Sentence, Token,
// Mention, Entity, with byte spans into the article text) and the stages
// that need no trained model of ours: sentence segmentation, tokenization
// and part-of-speech tags. The pipeline that runs them, with the entity
// tagger and the entity layer, is the root package newsnlp.
package nlp

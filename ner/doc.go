// Package ner provides newsnlp's named-entity tagger: a model that labels the
// tokens of a document with BIO tags over PER, ORG, LOC and MISC.
package ner

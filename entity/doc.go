// Package entity provides newsnlp's entity layer: it turns the tagger's BIO
// labels on a document's tokens (Tag) into mentions and entities (Resolve),
// splitting titles into roles, typing names as PERSON, ORG, GPE, LOC, NORP,
// FAC, EVENT or MISC, and merging the mentions of one thing into one entity.
// The same alias rules (Key, IsAcronym) merge entities across stories in a
// Table, so that one story's table and a folder's table agree.
package entity

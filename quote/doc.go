// Package quote finds the quotations in a story (who said what) and ties
// each to its speaker in the story's entity table. It reads an
// nlp.Document on which the entity layer has run (sentences, tokens,
// mentions, entities) and sets Document.Quotes; Find is the entry point,
// and newsnlp.Options.Quotes runs it in the pipeline.
//
// A quotation is one of three kinds:
//
//   - direct: words in quotation marks of any style (straight and curly
//     double and single marks, « », „ “, and the pairs of backquotes and
//     apostrophes of some archives), one quote even when its
//     attribution interrupts it ("We will win," she said, "and soon.") or
//     it runs over several paragraphs, each opening with a mark;
//   - indirect: reported speech after a verb or phrase of saying or writing
//     ("Smith said (that) ...", "..., Smith said", "according to the
//     ministry, ...", "..., adding that ...");
//   - mixed: reported speech with some words quoted.
//
// The work is done in passes, each in its own file:
//
//   - marks.go pairs quotation marks within paragraphs (paragraphs are
//     the segmenter's: a line break between sentences). Apostrophes are told
//     from single marks by the letters around them; a mark after "=" (an
//     HTML attribute) is none; a double mark left open ends its quotation
//     with its paragraph unless the next paragraph opens with a mark.
//   - cues.go finds the verbs and phrases of saying (the vocabulary is data
//     in var.go, compiled once by lexicon.go) and reads what stands around
//     them: the hearer ("told reporters"), times and venues ("on Monday",
//     "in a statement"), passives and nouns that are not cues.
//   - direct.go keeps the quoted stretches that stand as speech (not a
//     title, a nickname or a scare-quoted word) and finds their attribution
//     before or after them, or carries the speaker of the quote they go on
//     from.
//   - indirect.go finds reported speech around the cues no direct quote
//     took, and quotes introduced by a name and a colon (a headline, a
//     transcript).
//   - speakers.go reads the speaker's phrase (a name with its title, a
//     pronoun, an apposition, "a spokesman for the ministry") and resolves
//     it: a mention to its entity, "he" or "she" to the speaker of the quote
//     just before or the person most recently in subject position whose
//     gender (from honorifics and titles, or the pronouns the story uses for
//     them) fits, "they" to an organisation or, after a group of people, to
//     no one; "the senator", "the businessman", "the 45-year-old" to the
//     one entity the story describes so, "the company" to the organisation
//     last named. An unnamed source keeps its words as its name.
//
// Everything is read from the document's tokens with one lexicon lookup per
// token; no strings are built per token.
package quote

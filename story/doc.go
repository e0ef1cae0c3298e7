// Package story is one story of a batch run, the part that `newsnlp batch`
// and the Beam pipeline (module beam/) share so that both give the same
// answers: which files of a folder are stories (Filter, Walk), the records
// of a JSON Lines input (Stream, ParseRecord), the analysis of one story
// (Pipeline) and the JSON line written for it (Story.JSONLine), and the
// JSON line of a row of the cross-story entity table (TableLine).
//
// Running many stories (workers, output order, sinks, resume) is
// internal/batch's.
package story

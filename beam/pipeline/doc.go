// Package pipeline is newsnlp's batch analysis as an Apache Beam pipeline,
// for archives larger than one machine: the same stories as `newsnlp batch`
// (a folder walked by the same rules, a glob, or a JSON Lines file, on any
// filesystem Beam has registered), the same record per story, and the
// cross-story entity table of `newsnlp entities DIR`, built with a Beam
// combine over partial tables (entity.Table.Merge), so that no worker holds
// the stories of the whole run.
//
// The work on one story is package story's (github.com/newsnlp/newsnlp/story),
// the code path of `newsnlp batch`; the model is loaded once per worker
// process.
package pipeline

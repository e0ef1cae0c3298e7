// Package batch provides newsnlp's batch processing: walking folders of
// stories or reading JSONL streams, analysing the stories on a pool of
// workers that share one loaded model, and writing the results in input
// order to JSON Lines, CSV or SQLite, with resume, progress and a
// cross-story entity table. What one story is and what becomes of it (the
// walk of a folder, a stream record, the analysis, the JSON line) is package
// story's, shared with the Beam pipeline.
package batch

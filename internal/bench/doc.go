// Package bench holds newsnlp's comparison baselines: prose v2 run the way a
// Go user would, timed beside newsnlp in benchmarks and whole-process runs.
package bench

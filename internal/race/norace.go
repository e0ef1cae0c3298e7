//go:build !race

// Package race tells tests whether the race detector is on, so that tests
// that count allocations, which the detector adds, can skip under -race.
package race

// Enabled reports whether the race detector is on (go test -race).
const Enabled = false

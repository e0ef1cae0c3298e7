//go:build unix

// Package cputime provides the process's CPU time, which benchmarks report
// beside wall time because it is steadier on a shared machine.
package cputime

import (
	"syscall"
	"time"
)

// Now returns the process's user plus system CPU time so far, or 0 if the
// system does not say.
func Now() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

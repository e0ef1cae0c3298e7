// Package shareddata locates the research corpora that sit beside a
// developer's checkout in ../shared (or where $NEWSNLP_SHARED points). A
// user's clone does not have them, so tests that need them skip.
package shareddata

import (
	"os"
	"path/filepath"
	"testing"
)

// Dir returns the shared data directory, or "" if there is none.
func Dir() string {
	if d := os.Getenv("NEWSNLP_SHARED"); d != "" {
		if isDir(d) {
			return d
		}
		return ""
	}
	wd, err := os.Getwd()
	if err != nil {
		return ""
	}
	for d := wd; ; d = filepath.Dir(d) {
		if fileExists(filepath.Join(d, "go.mod")) {
			s := filepath.Join(filepath.Dir(d), "shared")
			if isDir(s) {
				return s
			}
			return ""
		}
		if filepath.Dir(d) == d {
			return ""
		}
	}
}

// Path returns the path of rel inside the shared data directory, skipping
// the test when the directory or the file is absent.
func Path(tb testing.TB, rel string) string {
	tb.Helper()
	d := Dir()
	if d == "" {
		tb.Skip("shared data not found (../shared or $NEWSNLP_SHARED); skipping")
	}
	p := filepath.Join(d, rel)
	if !fileExists(p) && !isDir(p) {
		tb.Skipf("shared data file %s not found; skipping", rel)
	}
	return p
}

func isDir(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}

func fileExists(p string) bool {
	st, err := os.Stat(p)
	return err == nil && !st.IsDir()
}

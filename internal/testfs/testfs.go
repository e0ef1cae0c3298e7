// Package testfs makes folders of files for tests.
package testfs

import (
	"os"
	"path/filepath"
	"testing"
)

// Tree writes files (slash-separated names under the folder, with their
// contents) into a new temporary folder, with the folders they need, and
// returns the folder.
func Tree(t testing.TB, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for name, body := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

package story

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsnlp/newsnlp/internal/testfs"
)

var tree = testfs.Tree

func walkNames(root string, f Filter, skipped func(string, Skip)) []string {
	var out []string
	for j := range Walk([]string{root}, f, skipped) {
		rel, _ := filepath.Rel(root, j.Name)
		out = append(out, filepath.ToSlash(rel))
	}
	return out
}

func TestWalkOrderAndFilters(t *testing.T) {
	root := tree(t, map[string]string{
		"b.txt": "x", "a.html": "x", "c/z.txt": "x", "c/a.md": "x", "c.txt": "x",
		"c/d/e.htm": "x", "noext": "x", ".hidden.txt": "x", ".git/config": "x",
		"img/photo.JPG": "x", "style.css": "x", "drafts/x.txt": "x", "data.bin": "x",
	})
	tests := []struct {
		name     string
		filter   Filter
		want     []string
		notStory []string
	}{
		{
			name:     "default: everything but hidden files and non-story extensions, in sorted path order",
			want:     []string{"a.html", "b.txt", "c.txt", "c/a.md", "c/d/e.htm", "c/z.txt", "data.bin", "drafts/x.txt", "noext"},
			notStory: []string{".git/ hidden", ".hidden.txt hidden", "img/photo.JPG ext", "style.css ext"},
		},
		{
			name:   "include by base name",
			filter: Filter{Include: []string{"*.txt"}},
			want:   []string{"b.txt", "c.txt", "c/z.txt", "drafts/x.txt"},
		},
		{
			name:   "include by relative path",
			filter: Filter{Include: []string{"c/*"}},
			want:   []string{"c/a.md", "c/z.txt"},
		},
		{
			name:     "exclude a folder prunes it",
			filter:   Filter{Exclude: []string{"drafts", "c"}},
			want:     []string{"a.html", "b.txt", "c.txt", "data.bin", "noext"},
			notStory: []string{".git/ hidden", ".hidden.txt hidden", "img/photo.JPG ext", "style.css ext"},
		},
		{
			name:   "include takes what the default leaves out",
			filter: Filter{Include: []string{"*.css", "*.JPG"}},
			want:   []string{"img/photo.JPG", "style.css"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var skipped []string
			got := walkNames(root, tt.filter, func(p string, why Skip) {
				rel, _ := filepath.Rel(root, p)
				if strings.HasSuffix(p, "/") {
					rel += "/"
				}
				skipped = append(skipped, filepath.ToSlash(rel)+map[Skip]string{SkipExtension: " ext", SkipHidden: " hidden"}[why])
			})
			if !slices.Equal(got, tt.want) {
				t.Errorf("walk = %q\nwant %q", got, tt.want)
			}
			if !slices.IsSorted(got) {
				t.Errorf("walk order %q is not sorted path order", got)
			}
			if !slices.Equal(skipped, tt.notStory) {
				t.Errorf("left out = %q, want %q", skipped, tt.notStory)
			}
		})
	}
}

func TestWalkRoots(t *testing.T) {
	root := tree(t, map[string]string{"x/one.txt": "1", "pic.png": "p"})
	missing := filepath.Join(root, "missing")
	png := filepath.Join(root, "pic.png")
	var got []Job
	for j := range Walk([]string{png, filepath.Join(root, "x"), missing}, Filter{}, nil) {
		got = append(got, j)
	}
	if len(got) != 3 {
		t.Fatalf("got %d jobs, want 3: %+v", len(got), got)
	}
	if got[0].Path != png || got[0].Err != nil {
		t.Errorf("a file named as a root is taken whatever its extension: %+v", got[0])
	}
	if filepath.Base(got[1].Path) != "one.txt" {
		t.Errorf("second job %+v, want one.txt", got[1])
	}
	if got[2].Err == nil || !strings.Contains(got[2].Err.Error(), "no such file") {
		t.Errorf("missing root: err = %v", got[2].Err)
	}
	if n := Count([]string{root}, Filter{}); n != 1 {
		t.Errorf("Count = %d, want 1", n)
	}
}

func TestFilterValidate(t *testing.T) {
	if err := (Filter{Include: []string{"[a-"}}).Validate(); err == nil {
		t.Error("a bad pattern passed Validate")
	}
	if err := (Filter{Include: []string{"*.txt"}, Exclude: []string{"a/*"}}).Validate(); err != nil {
		t.Error(err)
	}
}

// TestWalkOnce: a file reached by several roots is yielded once, where it
// is first reached; one that an earlier folder's walk left out (hidden)
// is still taken when given by name.
func TestWalkOnce(t *testing.T) {
	root := tree(t, map[string]string{"a.txt": "a", "sub/b.txt": "b", "sub/c.txt": "c", ".h.txt": "h"})
	names := func(roots ...string) []string {
		var out []string
		for j := range Walk(roots, Filter{}, nil) {
			rel, _ := filepath.Rel(root, j.Name)
			out = append(out, filepath.ToSlash(rel))
		}
		return out
	}
	j := func(p string) string { return filepath.Join(root, filepath.FromSlash(p)) }
	for _, c := range []struct {
		roots []string
		want  []string
	}{
		{[]string{root, j("a.txt")}, []string{"a.txt", "sub/b.txt", "sub/c.txt"}},
		{[]string{root, root}, []string{"a.txt", "sub/b.txt", "sub/c.txt"}},
		{[]string{j("sub"), root}, []string{"sub/b.txt", "sub/c.txt", "a.txt"}},
		{[]string{j("sub/c.txt"), root}, []string{"sub/c.txt", "a.txt", "sub/b.txt"}},
		{[]string{root, j("sub")}, []string{"a.txt", "sub/b.txt", "sub/c.txt"}},
		{[]string{root, j(".h.txt")}, []string{"a.txt", "sub/b.txt", "sub/c.txt", ".h.txt"}},
		{[]string{j("a.txt"), root + "/./"}, []string{"a.txt", "sub/b.txt", "sub/c.txt"}},
	} {
		if got := names(c.roots...); !slices.Equal(got, c.want) {
			t.Errorf("Walk(%q) = %q, want %q", c.roots, got, c.want)
		}
	}
}

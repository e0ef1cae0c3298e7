package batch

import (
	"fmt"
	"io/fs"
	"iter"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
)

// Filter chooses the files that a walk takes from folders. Files named as
// arguments are always taken.
//
// Patterns are globs as in path.Match. A pattern without a slash matches a
// file's (or folder's) base name; one with a slash matches its path relative
// to the folder walked, with forward slashes. An excluded folder is not
// entered.
//
// With no Include, every file is taken except hidden ones (names starting
// with ".") and those whose extension names a format that is never a story
// (notStoryExts: images, media, archives, fonts, scripts, style sheets,
// PDFs, office documents, data files). A hidden file is taken only by an
// Include pattern that starts with a dot. Whether a file is text or HTML is then
// told by its content, as for one story; a file that is neither (empty,
// binary) becomes an error record, so nothing is dropped silently. Files
// without an extension are taken.
type Filter struct {
	Include []string
	Exclude []string
}

// Validate checks the patterns' syntax.
func (f Filter) Validate() error {
	for _, p := range append(append([]string{}, f.Include...), f.Exclude...) {
		if _, err := path.Match(p, ""); err != nil {
			return fmt.Errorf("bad pattern %q: %w", p, err)
		}
	}
	return nil
}

func matchAny(patterns []string, rel, base string) bool {
	for _, p := range patterns {
		target := base
		if strings.Contains(p, "/") {
			target = rel
		}
		if ok, _ := path.Match(p, target); ok {
			return true
		}
	}
	return false
}

// takeFile reports whether a file found in a walk is a story, and if not,
// whether it was left out for its name (a hidden file is not counted).
func (f Filter) takeFile(rel, base string) (take, notStory bool) {
	if matchAny(f.Exclude, rel, base) {
		return false, false
	}
	if strings.HasPrefix(base, ".") {
		// As in a shell, only a pattern that starts with a dot takes a
		// hidden file.
		return matchAny(dotPatterns(f.Include), rel, base), false
	}
	if len(f.Include) > 0 {
		return matchAny(f.Include, rel, base), false
	}
	if notStoryExts[strings.ToLower(filepath.Ext(base))] {
		return false, true
	}
	return true, false
}

func dotPatterns(patterns []string) []string {
	var out []string
	for _, p := range patterns {
		if strings.HasPrefix(path.Base(p), ".") {
			out = append(out, p)
		}
	}
	return out
}

// enterDir reports whether a walk goes into a folder.
func (f Filter) enterDir(rel, base string) bool {
	if strings.HasPrefix(base, ".") && base != "." && base != ".." {
		return false
	}
	return !matchAny(f.Exclude, rel, base)
}

// Walk yields a job for every story under roots, in order: roots as given,
// and under each folder its files in sorted path order (as `sort` orders
// full paths: "2024-01.txt" before "2024/a.txt"). A root that is a file is
// taken whatever its name. A root or folder that cannot be read yields a job
// carrying the error. notStory, if set, is called with each file left out
// because its extension names a format that is never a story, so that
// callers can say so. Folders are read one at a time, so memory stays flat
// however many files there are.
func Walk(roots []string, f Filter, notStory func(path string)) iter.Seq[Job] {
	return func(yield func(Job) bool) {
		for _, root := range roots {
			if !walkRoot(root, f, notStory, yield) {
				return
			}
		}
	}
}

func walkRoot(root string, f Filter, notStory func(string), yield func(Job) bool) bool {
	info, err := os.Stat(root)
	if err != nil {
		return yield(Job{Name: root, Path: root, Err: statError(root, err)})
	}
	if !info.IsDir() {
		return yield(Job{Name: root, Path: root})
	}
	w := walker{root: root, f: f, notStory: notStory, yield: yield}
	return w.dir(root, "")
}

// walker walks one root folder in sorted path order.
type walker struct {
	root     string
	f        Filter
	notStory func(string)
	yield    func(Job) bool
}

// dir yields the stories under the folder p (rel is p relative to the root,
// "" for the root). It returns false when the consumer stopped.
func (w *walker) dir(p, rel string) bool {
	entries, err := os.ReadDir(p)
	if err != nil {
		// An unreadable folder: report it and go on with the rest.
		return w.yield(Job{Name: p, Path: p, Err: fmt.Errorf("%s: %w", p, unwrapPath(err))})
	}
	// A folder sorts as its name plus "/", so that the yielded full paths
	// come out in plain lexicographic order.
	key := func(d fs.DirEntry) string {
		if d.IsDir() {
			return d.Name() + "/"
		}
		return d.Name()
	}
	slices.SortFunc(entries, func(a, b fs.DirEntry) int { return strings.Compare(key(a), key(b)) })
	for _, d := range entries {
		child := filepath.Join(p, d.Name())
		childRel := d.Name()
		if rel != "" {
			childRel = rel + "/" + d.Name()
		}
		if d.IsDir() {
			if w.f.enterDir(childRel, d.Name()) && !w.dir(child, childRel) {
				return false
			}
			continue
		}
		if !d.Type().IsRegular() {
			// Follow a symbolic link to a file; leave devices, sockets and
			// links to folders alone.
			if d.Type()&fs.ModeSymlink == 0 {
				continue
			}
			if st, err := os.Stat(child); err != nil || !st.Mode().IsRegular() {
				continue
			}
		}
		take, skipped := w.f.takeFile(childRel, d.Name())
		if !take {
			if skipped && w.notStory != nil {
				w.notStory(child)
			}
			continue
		}
		if !w.yield(Job{Name: child, Path: child}) {
			return false
		}
	}
	return true
}

// Count returns the number of jobs Walk would yield, for a progress total.
func Count(roots []string, f Filter) int {
	n := 0
	for range Walk(roots, f, nil) {
		n++
	}
	return n
}

func statError(name string, err error) error {
	if os.IsNotExist(err) {
		return fmt.Errorf("%s: no such file or folder", name)
	}
	return fmt.Errorf("%s: %w", name, unwrapPath(err))
}

func unwrapPath(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}

package story

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

// Skip says why a walk left a file or folder out by default, for a note to
// the user; files left out by Include or Exclude, as asked, are not
// reported.
type Skip int

// Why a walk left a file or folder out.
const (
	SkipExtension Skip = iota // the extension names a format that is never a story
	SkipHidden                // a hidden file or folder (its name starts with ".")
)

// takeFile reports whether a file found in a walk is a story, and if not,
// why, when the user did not ask for it (skipped is false then).
func (f Filter) takeFile(rel, base string) (take bool, why Skip, skipped bool) {
	if matchAny(f.Exclude, rel, base) {
		return false, 0, false
	}
	if strings.HasPrefix(base, ".") {
		// As in a shell, only a pattern that starts with a dot takes a
		// hidden file.
		if matchAny(dotPatterns(f.Include), rel, base) {
			return true, 0, false
		}
		return false, SkipHidden, len(f.Include) == 0
	}
	if len(f.Include) > 0 {
		return matchAny(f.Include, rel, base), 0, false
	}
	if notStoryExts[strings.ToLower(filepath.Ext(base))] {
		return false, SkipExtension, true
	}
	return true, 0, false
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
	return !isHidden(base) && !matchAny(f.Exclude, rel, base)
}

func isHidden(base string) bool { return strings.HasPrefix(base, ".") && base != "." && base != ".." }

// Takes reports whether a walk of a folder takes the file or enters the
// folder at rel (slash-separated, under the folder walked), by the rules
// above for every folder on the way. The Beam pipeline applies it to the
// objects listed under a prefix of a bucket, which has no folders to walk.
func (f Filter) Takes(rel string, dir bool) bool {
	parts := strings.Split(rel, "/")
	for i, name := range parts {
		sub := strings.Join(parts[:i+1], "/")
		if i < len(parts)-1 || dir {
			if !f.enterDir(sub, name) {
				return false
			}
			continue
		}
		take, _, _ := f.takeFile(sub, name)
		return take
	}
	return true
}

// Walk yields a job for every story under roots, in order: roots as given,
// and under each folder its files in sorted path order (as `sort` orders
// full paths: "2024-01.txt" before "2024/a.txt"). A root that is a file is
// taken whatever its name. A file is yielded once however many roots reach
// it ("archive archive/a.txt", "archive/2024 archive"): the first root
// that reaches it wins. A root or folder that cannot be read yields a job
// carrying the error. skipped, if set, is called with each file or folder
// left out by default (see Skip), so that callers can say so. Folders are
// read one at a time, so memory stays flat however many files there are.
func Walk(roots []string, f Filter, skipped func(path string, why Skip)) iter.Seq[Job] {
	return func(yield func(Job) bool) {
		done := walked{files: map[string]bool{}}
		for _, root := range roots {
			if !walkRoot(root, f, skipped, &done, yield) {
				return
			}
		}
	}
}

// walked are the roots already walked, by canonical path.
type walked struct {
	files map[string]bool // every root: files and folders
	dirs  []string        // the folders among them
}

// canonical is a path made absolute, cleaned and free of symbolic links,
// to tell when two roots name the same file.
func canonical(p string) string {
	abs, err := filepath.Abs(p)
	if err != nil {
		return filepath.Clean(p)
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		return real
	}
	return abs
}

// reached reports whether an earlier root already yielded abs, a file or
// a folder: the same root, or one inside an earlier folder that the walk
// took.
func (d *walked) reached(abs string, dir bool, f Filter) bool {
	if d.files[abs] {
		return true
	}
	for _, root := range d.dirs {
		if rel, err := filepath.Rel(root, abs); err == nil && rel != "." && rel != ".." &&
			!strings.HasPrefix(rel, ".."+string(filepath.Separator)) && f.Takes(filepath.ToSlash(rel), dir) {
			return true
		}
	}
	return false
}

func walkRoot(root string, f Filter, skipped func(string, Skip), done *walked, yield func(Job) bool) bool {
	info, err := os.Stat(root)
	if err != nil {
		return yield(Job{Name: root, Path: root, Err: statError(root, err)})
	}
	abs := canonical(root)
	if done.reached(abs, info.IsDir(), f) {
		return true
	}
	if !info.IsDir() {
		done.files[abs] = true
		return yield(Job{Name: root, Path: root})
	}
	w := walker{root: root, abs: abs, f: f, skipped: skipped, done: done, yield: yield}
	ok := w.dir(root, "")
	done.files[abs] = true
	done.dirs = append(done.dirs, abs)
	return ok
}

// walker walks one root folder in sorted path order.
type walker struct {
	root    string
	abs     string // the root's canonical path
	f       Filter
	skipped func(string, Skip)
	done    *walked // earlier roots: a file or folder among them is not yielded again
	yield   func(Job) bool
}

// dir yields the stories under the folder p (rel is p relative to the root,
// "" for the root). It returns false when the consumer stopped.
func (w *walker) dir(p, rel string) bool {
	entries, err := os.ReadDir(p)
	if err != nil {
		// An unreadable folder: report it and go on with the rest.
		return w.yield(Job{Name: p, Path: p, Err: PathError(p, err)})
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
		if w.done.files[filepath.Join(w.abs, filepath.FromSlash(childRel))] {
			continue // an earlier root: yielded already
		}
		if d.IsDir() {
			if isHidden(d.Name()) && w.skipped != nil && len(w.f.Include) == 0 && !matchAny(w.f.Exclude, childRel, d.Name()) {
				w.skipped(child+"/", SkipHidden)
			}
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
		take, why, skipped := w.f.takeFile(childRel, d.Name())
		if !take {
			if skipped && w.skipped != nil {
				w.skipped(child, why)
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
	return PathError(name, err)
}

// PathError is err in one line that names the file or folder once:
// "name: reason", without the operation and path of an *fs.PathError.
func PathError(name string, err error) error {
	return fmt.Errorf("%s: %w", name, unwrapPath(err))
}

func unwrapPath(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}

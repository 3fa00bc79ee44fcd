// Package batch is the engine of `demarche analyze` over many inputs: it
// finds the files to read (walking directories), decodes them into clean
// UTF-8 text in bounded pieces, and runs the analysis on several cores
// while handing results back in input order, so the output does not depend
// on the number of workers and memory does not grow with the corpus.
package batch

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
)

// Stdin is the path that stands for standard input.
const Stdin = "-"

// DefaultExts returns the file name extensions read when walking a
// directory: .txt, .md and .text.
func DefaultExts() []string { return []string{".txt", ".md", ".text"} }

// Input is one text to analyze: a file, or standard input.
type Input struct {
	// Path is the file as named on the command line or found under a
	// named directory (joined with it), or [Stdin].
	Path string
	// Size is the file's size in bytes when known, else -1.
	Size int64
	// Err is set when the input was found but cannot be read as a text
	// (an unreadable directory, a symlink loop); it is reported in its
	// place in the input order.
	Err error
}

// ParseExts turns a comma-separated list of extensions ("txt,.md") into
// lower-case extensions with their dot.
func ParseExts(list string) ([]string, error) {
	var out []string
	for _, e := range strings.Split(list, ",") {
		e = strings.ToLower(strings.TrimSpace(e))
		if e == "" {
			continue
		}
		if !strings.HasPrefix(e, ".") {
			e = "." + e
		}
		if len(e) == 1 || strings.ContainsAny(e, `/\`) {
			return nil, fmt.Errorf("bad extension %q", e)
		}
		out = append(out, e)
	}
	if len(out) == 0 {
		return nil, errors.New("no extensions given")
	}
	return out, nil
}

// Discover lists the inputs that paths name, in order. A file named
// explicitly is always an input, whatever its extension; [Stdin] stands for
// standard input; a directory is walked recursively, entries in sorted
// order, taking the regular files whose extension (case-insensitive) is
// in exts. Names starting with "." are skipped in a walk (".git",
// editor files). Symbolic links are followed; a link that leads back to a
// directory being walked is reported as a loop and not followed. Problems
// are returned as inputs with Err set, never as a failure of the whole; so
// is a named directory with no file to read.
//
// sizes says whether the files found in a walk get their Size, which
// takes a system call each (a named file always does): a caller that
// does not show progress need not wait for them. On a tree of 30,000
// files the calls took a fifth of a second before the first file was
// read (issue #6).
func Discover(paths []string, exts []string, sizes bool) []Input {
	var out []Input
	stdin := false
	for _, p := range paths {
		if p == Stdin {
			in := Input{Path: Stdin, Size: -1}
			if stdin {
				in.Err = errors.New("-: standard input can only be read once")
			}
			stdin = true
			out = append(out, in)
			continue
		}
		fi, err := os.Stat(p)
		if err != nil || !fi.IsDir() {
			// Opening reports a missing or unreadable file in its own words.
			size := int64(-1)
			if err == nil {
				size = fi.Size()
			}
			out = append(out, Input{Path: p, Size: size})
			continue
		}
		w := walker{exts: exts, sizes: sizes}
		w.walk(p, []os.FileInfo{fi})
		if len(w.found) == 0 {
			w.fail(&emptyDirError{path: p, exts: exts, others: w.others})
		}
		out = append(out, w.found...)
	}
	return out
}

type walker struct {
	exts  []string
	sizes bool // stat the files found for their Size
	found []Input
	// others are the extensions of files passed over that demarche
	// reads when asked (see readable), in the order first met.
	others []string
}

// readable are the extensions, other than a text's, of the files demarche
// reads as text (web pages, Word and RTF documents); a walk reads them
// only when --ext names them.
var readable = []string{".html", ".htm", ".xhtml", ".docx", ".rtf"}

func (w *walker) fail(err error) {
	w.found = append(w.found, Input{Path: errPath(err), Size: -1, Err: err})
}

// errPath returns the path an error is about, for Input.Path.
func errPath(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Path
	}
	var le *loopError
	if errors.As(err, &le) {
		return le.path
	}
	var ee *emptyDirError
	if errors.As(err, &ee) {
		return ee.path
	}
	return ""
}

// emptyDirError reports a named directory with no file to read: most
// likely the wrong directory, or --ext is missing. others are the
// extensions of files in it demarche would read with --ext.
type emptyDirError struct {
	path   string
	exts   []string
	others []string
}

func (e *emptyDirError) Error() string {
	msg := fmt.Sprintf("%s: no %s files", e.path, strings.Join(e.exts, ", "))
	if len(e.others) > 0 {
		names := make([]string, len(e.others))
		for i, x := range e.others {
			names[i] = strings.TrimPrefix(x, ".")
		}
		msg += fmt.Sprintf(" (it has %s files: --ext %s reads them)", strings.Join(e.others, ", "), strings.Join(names, ","))
	}
	return msg
}

// loopError reports a symbolic link back to a directory being walked.
type loopError struct{ path, target string }

func (e *loopError) Error() string {
	return fmt.Sprintf("%s: symlink loop (leads back to %s), not followed", e.path, e.target)
}

// walk adds the wanted files under dir; ancestors are the directories
// from the named one down to dir, to detect loops.
func (w *walker) walk(dir string, ancestors []os.FileInfo) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		w.fail(err) // *PathError: "open DIR: permission denied"
		// ReadDir returns the entries it read before the error; go on.
	}
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		path := filepath.Join(dir, name)
		typ := e.Type()
		var fi os.FileInfo
		if typ&fs.ModeSymlink != 0 {
			fi, err = os.Stat(path)
			if err != nil {
				// A loop of links (ELOOP) is always worth saying; a
				// dangling link only when it looks like a wanted file.
				if errors.Is(err, syscall.ELOOP) || w.wanted(name) {
					w.fail(err)
				}
				continue
			}
			typ = fi.Mode().Type()
		}
		switch {
		case typ.IsDir():
			if fi == nil {
				if fi, err = e.Info(); err != nil {
					w.fail(err)
					continue
				}
			}
			if anc := loopTarget(fi, ancestors, dir); anc != "" {
				w.fail(&loopError{path: path, target: anc})
				continue
			}
			w.walk(path, append(ancestors[:len(ancestors):len(ancestors)], fi))
		case typ.IsRegular() && !w.wanted(name):
			if ext := strings.ToLower(filepath.Ext(name)); slices.Contains(readable, ext) && !slices.Contains(w.others, ext) {
				w.others = append(w.others, ext)
			}
		case typ.IsRegular():
			size := int64(-1)
			if fi == nil && w.sizes {
				fi, err = e.Info()
			}
			if err == nil && fi != nil {
				size = fi.Size()
			}
			w.found = append(w.found, Input{Path: path, Size: size})
		}
	}
}

// loopTarget returns the ancestor directory fi is, as a path, or "".
func loopTarget(fi os.FileInfo, ancestors []os.FileInfo, dir string) string {
	for i, a := range ancestors {
		if os.SameFile(fi, a) {
			// Climb from dir to the matching ancestor.
			p := dir
			for j := len(ancestors) - 1; j > i; j-- {
				p = filepath.Dir(p)
			}
			return p
		}
	}
	return ""
}

func (w *walker) wanted(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	for _, e := range w.exts {
		if ext == e {
			return true
		}
	}
	return false
}

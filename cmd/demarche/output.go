package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// atomicFile is an output file written in full or not at all: the data
// goes to a temporary file in the same directory, renamed over the
// destination by commit. An interrupted or failed run calls abort, and
// leaves neither the temporary file nor a half-written destination.
//
// A destination that is not a file a rename could replace (a device such
// as /dev/null, a named pipe, or a file descriptor's name such as
// /dev/stdout) is written in place instead: replacing /dev/null by a
// regular file, or a pipe that a reader waits on, is never what the user
// asked for, and a stream has no "not at all" to keep. A symbolic link is
// followed: the file it points to is replaced (or made, when it does not
// exist yet), and the link stays.
type atomicFile struct {
	*os.File
	op     string // the operation errors name: "output" or "write"
	dest   string // as the user gave it, for messages
	target string // the file renamed over: dest with its links followed (not direct)
	direct bool   // written in place: commit and abort only close it
	done   bool
}

// createAtomic opens a temporary file for dest in dest's directory, or
// dest itself when it is written in place (see atomicFile). Its errors
// start "output DEST:".
func createAtomic(dest string) (*atomicFile, error) {
	return createOutput("output", dest)
}

// createOutput is createAtomic with op naming the operation in errors.
func createOutput(op, dest string) (*atomicFile, error) {
	fi, err := os.Stat(dest) // follows links
	if err == nil && fi.IsDir() {
		return nil, fmt.Errorf("%s %s: is a directory", op, dest)
	}
	if (err == nil && !fi.Mode().IsRegular()) || isDescriptorName(dest) {
		// Appending: a descriptor's regular file (stdout sent to a file
		// with >> or >) is written after what it holds, as a write to
		// the descriptor itself would be; a device or a pipe has no end
		// to seek.
		f, err := os.OpenFile(dest, os.O_WRONLY|os.O_APPEND, 0)
		if err != nil {
			return nil, fmt.Errorf("%s %s: %w", op, dest, unwrapPath(err))
		}
		return &atomicFile{File: f, op: op, dest: dest, direct: true}, nil
	}
	target := dest
	if err == nil {
		// A link is replaced by the file it points to, not by a file.
		if target, err = filepath.EvalSymlinks(dest); err != nil {
			return nil, fmt.Errorf("%s %s: %w", op, dest, unwrapPath(err))
		}
	} else if to, lerr := os.Readlink(dest); lerr == nil {
		// A link to a file not yet written: the file is made, as a
		// shell's > makes it.
		if !filepath.IsAbs(to) {
			to = filepath.Join(filepath.Dir(dest), to)
		}
		target = to
	}
	// A dot name keeps the temporary file out of the directory walks of
	// a later run over the same folder.
	f, err := os.CreateTemp(filepath.Dir(target), "."+filepath.Base(target)+".*.tmp")
	if err != nil {
		return nil, fmt.Errorf("%s %s: %w", op, dest, unwrapPath(err)) // the temporary name would only confuse
	}
	return &atomicFile{File: f, op: op, dest: dest, target: target}, nil
}

// isDescriptorName reports whether path names an open file descriptor
// (/dev/stdout, /dev/fd/3, /proc/self/fd/1): writing through it reaches
// whatever the descriptor is, even a regular file that the shell opened
// for appending, which a rename would replace.
func isDescriptorName(path string) bool {
	switch p := filepath.Clean(path); {
	case p == "/dev/stdout", p == "/dev/stderr":
		return true
	default:
		return strings.HasPrefix(p, "/dev/fd/") || strings.HasPrefix(p, "/proc/self/fd/")
	}
}

// commit makes the written data the destination file, or closes a
// destination written in place.
func (a *atomicFile) commit() error {
	if a.done {
		return nil
	}
	a.done = true
	if a.direct {
		if err := a.Close(); err != nil {
			return fmt.Errorf("%s %s: %w", a.op, a.dest, unwrapPath(err))
		}
		return nil
	}
	tmp := a.Name()
	err := a.Chmod(0o644) // CreateTemp's 0600 is for secrets, not a report
	if err == nil {
		err = a.Sync()
	}
	if cerr := a.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, a.target)
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("%s %s: %w", a.op, a.dest, unwrapPath(err))
	}
	return nil
}

// abort removes the temporary file; the destination is left as it was
// (what was written in place stays written). It does nothing after
// commit.
func (a *atomicFile) abort() {
	if a.done {
		return
	}
	a.done = true
	a.Close()
	if !a.direct {
		os.Remove(a.Name())
	}
}

// writeFileAtomic writes data to path as an atomicFile: a reader sees the
// old file or the new one, never half of one, and a failure leaves
// nothing behind. Its errors start "write PATH:".
func writeFileAtomic(path string, data []byte) error {
	f, err := createOutput("write", path)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.abort()
		return fmt.Errorf("write %s: %w", path, unwrapPath(err))
	}
	return f.commit()
}

// unwrapPath drops the operation and path of a *fs.PathError or
// *os.LinkError, which would name the temporary file rather than the
// destination.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}

package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// atomicFile is an output file written in full or not at all: the data
// goes to a temporary file in the same directory, renamed over the
// destination by commit. An interrupted or failed run calls abort, and
// leaves neither the temporary file nor a half-written destination.
type atomicFile struct {
	*os.File
	dest string
	done bool
}

// createAtomic opens a temporary file for dest in dest's directory.
func createAtomic(dest string) (*atomicFile, error) {
	dir, base := filepath.Split(dest)
	if dir == "" {
		dir = "."
	}
	if fi, err := os.Stat(dest); err == nil && fi.IsDir() {
		return nil, fmt.Errorf("%s: is a directory", dest)
	}
	// A dot name keeps the temporary file out of the directory walks of
	// a later run over the same folder.
	f, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err // the temporary name would only confuse
		}
		return nil, fmt.Errorf("output %s: %w", dest, err)
	}
	return &atomicFile{File: f, dest: dest}, nil
}

// commit makes the written data the destination file.
func (a *atomicFile) commit() error {
	if a.done {
		return nil
	}
	a.done = true
	tmp := a.Name()
	err := a.Chmod(0o644) // CreateTemp's 0600 is for secrets, not a report
	if err == nil {
		err = a.Sync()
	}
	if cerr := a.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, a.dest)
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("output %s: %w", a.dest, err)
	}
	return nil
}

// abort removes the temporary file; the destination is left as it was.
// It does nothing after commit.
func (a *atomicFile) abort() {
	if a.done {
		return
	}
	a.done = true
	a.Close()
	os.Remove(a.Name())
}

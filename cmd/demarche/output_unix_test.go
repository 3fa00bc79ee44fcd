//go:build unix

package main

import (
	"io"
	"os"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"
)

// TestCreateAtomicDestinations checks what -o does to each kind of
// destination: a file is replaced whole; a link to a file keeps the link
// and replaces the file; a named pipe and a descriptor's name are written
// in place, never replaced by a regular file (a rename over /dev/null
// once did that); none leaves a temporary file.
func TestCreateAtomicDestinations(t *testing.T) {
	const data = "speaker,statements\nAna Ruiz,5\n"
	tests := []struct {
		name string
		// setup makes the destination in dir and returns its path, and
		// read, called after commit, what the destination received.
		setup func(t *testing.T, dir string) (dest string, read func() string)
		mode  os.FileMode // the type bits dest has after commit (Lstat)
		files []string    // dir's entries after commit
	}{
		{
			name: "new file",
			setup: func(t *testing.T, dir string) (string, func() string) {
				dest := filepath.Join(dir, "out.csv")
				return dest, func() string { return readFile(t, dest) }
			},
			files: []string{"out.csv"},
		},
		{
			name: "existing file",
			setup: func(t *testing.T, dir string) (string, func() string) {
				dest := filepath.Join(dir, "out.csv")
				writeTestFile(t, dest, "old contents, longer than the new ones, all of them replaced\n")
				return dest, func() string { return readFile(t, dest) }
			},
			files: []string{"out.csv"},
		},
		{
			name: "link to a file",
			setup: func(t *testing.T, dir string) (string, func() string) {
				if err := os.Mkdir(filepath.Join(dir, "real"), 0o755); err != nil {
					t.Fatal(err)
				}
				target := filepath.Join(dir, "real", "out.csv")
				writeTestFile(t, target, "old\n")
				dest := filepath.Join(dir, "out.csv")
				if err := os.Symlink(filepath.Join("real", "out.csv"), dest); err != nil {
					t.Fatal(err)
				}
				return dest, func() string { return readFile(t, target) }
			},
			mode:  os.ModeSymlink,
			files: []string{"out.csv", "real"},
		},
		{
			name: "link to a file not yet written",
			setup: func(t *testing.T, dir string) (string, func() string) {
				if err := os.Mkdir(filepath.Join(dir, "real"), 0o755); err != nil {
					t.Fatal(err)
				}
				dest := filepath.Join(dir, "out.csv")
				if err := os.Symlink(filepath.Join("real", "new.csv"), dest); err != nil {
					t.Fatal(err)
				}
				return dest, func() string { return readFile(t, filepath.Join(dir, "real", "new.csv")) }
			},
			mode:  os.ModeSymlink,
			files: []string{"out.csv", "real"},
		},
		{
			name: "named pipe",
			setup: func(t *testing.T, dir string) (string, func() string) {
				dest := filepath.Join(dir, "pipe")
				if err := syscall.Mkfifo(dest, 0o600); err != nil {
					t.Skipf("mkfifo: %v", err)
				}
				return dest, readInBackground(t, dest)
			},
			mode:  os.ModeNamedPipe,
			files: []string{"pipe"},
		},
		{
			name: "descriptor of a file opened for appending",
			setup: func(t *testing.T, dir string) (string, func() string) {
				log := filepath.Join(dir, "log.txt")
				writeTestFile(t, log, "earlier run\n")
				f, err := os.OpenFile(log, os.O_WRONLY|os.O_APPEND, 0)
				if err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { f.Close() })
				return "/dev/fd/" + strconv.Itoa(int(f.Fd())), func() string {
					return readFile(t, log)[len("earlier run\n"):]
				}
			},
			mode:  os.ModeSymlink, // /dev/fd/N is a link to the open file
			files: []string{"log.txt"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			dest, read := tt.setup(t, dir)
			f, err := createAtomic(dest)
			if err != nil {
				t.Fatalf("createAtomic: %v", err)
			}
			if _, err := io.WriteString(f, data); err != nil {
				t.Fatal(err)
			}
			if err := f.commit(); err != nil {
				t.Fatalf("commit: %v", err)
			}
			if got := read(); got != data {
				t.Errorf("destination received %q, want %q", got, data)
			}
			if fi, err := os.Lstat(dest); err != nil || fi.Mode().Type() != tt.mode {
				t.Errorf("after commit %s is %v (%v), want type %v", dest, fi.Mode().Type(), err, tt.mode)
			}
			assertOnly(t, dir, tt.files...)
		})
	}
}

// TestCreateAtomicAbortInPlace checks that an aborted run written in place
// leaves the destination as it is: a pipe stays a pipe, and no temporary
// file is made.
func TestCreateAtomicAbortInPlace(t *testing.T) {
	dir := t.TempDir()
	dest := filepath.Join(dir, "pipe")
	if err := syscall.Mkfifo(dest, 0o600); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	read := readInBackground(t, dest)
	f, err := createAtomic(dest)
	if err != nil {
		t.Fatalf("createAtomic: %v", err)
	}
	io.WriteString(f, "partial")
	f.abort()
	if got := read(); got != "partial" {
		t.Errorf("pipe received %q, want %q", got, "partial")
	}
	if fi, err := os.Lstat(dest); err != nil || fi.Mode().Type() != os.ModeNamedPipe {
		t.Errorf("after abort %s is %v (%v), want a named pipe", dest, fi.Mode(), err)
	}
	assertOnly(t, dir, "pipe")
}

// readInBackground starts reading the named pipe at path, and returns a
// function that waits (up to 10 seconds) for all it read.
func readInBackground(t *testing.T, path string) func() string {
	t.Helper()
	done := make(chan string, 1)
	go func() {
		f, err := os.Open(path) // blocks until a writer opens it
		if err != nil {
			done <- "open: " + err.Error()
			return
		}
		defer f.Close()
		b, _ := io.ReadAll(f)
		done <- string(b)
	}()
	return func() string {
		select {
		case s := <-done:
			return s
		case <-time.After(10 * time.Second):
			// Unblock the reader's open, so that it does not outlive the test.
			if w, err := os.OpenFile(path, os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
				w.Close()
			}
			t.Fatalf("nothing was written to the pipe %s in 10s", path)
			return ""
		}
	}
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func writeTestFile(t *testing.T, path, data string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

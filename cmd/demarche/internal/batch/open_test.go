package batch

import (
	"io"
	"os"
	"path/filepath"
	"testing"
)

// TestOpenFile holds openFile to what os.Open does: the same bytes, and
// the same errors, for a file, a missing file and a directory.
func TestOpenFile(t *testing.T) {
	dir := t.TempDir()
	text := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(text, []byte("The minister said talks were frank.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	readAll := func(open func(string) (*os.File, error), name string) (data, openErr, readErr, closeErr string) {
		f, err := open(name)
		if err != nil {
			return "", err.Error(), "", ""
		}
		b, err := io.ReadAll(f)
		if err != nil {
			readErr = err.Error()
		}
		if err := f.Close(); err != nil {
			closeErr = err.Error()
		}
		return string(b), "", readErr, closeErr
	}
	for _, name := range []string{text, filepath.Join(dir, "missing.txt"), dir} {
		d1, o1, r1, c1 := readAll(os.Open, name)
		d2, o2, r2, c2 := readAll(openFile, name)
		if d1 != d2 || o1 != o2 || r1 != r2 || c1 != c2 {
			t.Errorf("%s: openFile read %q (open %q, read %q, close %q); os.Open %q (%q, %q, %q)",
				filepath.Base(name), d2, o2, r2, c2, d1, o1, r1, c1)
		}
	}
	if d, _, _, _ := readAll(openFile, text); d != "The minister said talks were frank.\n" {
		t.Errorf("openFile read %q", d)
	}
}

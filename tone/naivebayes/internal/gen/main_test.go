package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestEmbeddedIsGenerated checks that the committed model.bin is exactly
// what the generator writes from the sentiment package today, so a change
// of generator or of the package's model cannot go unnoticed.
func TestEmbeddedIsGenerated(t *testing.T) {
	path := filepath.Join(t.TempDir(), "model.bin")
	if err := generate(path); err != nil {
		t.Fatal(err)
	}
	fresh, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	committed, err := os.ReadFile(filepath.Join("..", "..", "model.bin"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(fresh, committed) {
		t.Error("tone/naivebayes/model.bin differs from what the generator writes: run go generate ./tone/naivebayes")
	}
}

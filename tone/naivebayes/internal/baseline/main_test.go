package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"One. Two! Three? Four", []string{"One.", "Two!", "Three?", "Four"}},
		{"U.S. officials met.", []string{"U.S.", "officials met."}}, // naive by design
		{"  ", nil},
	}
	for _, tt := range tests {
		got := sentences(tt.in)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("sentences(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestRun(t *testing.T) {
	var out bytes.Buffer
	if err := run(nil, strings.NewReader("A wonderful, moving film. A dull and boring mess.\n"), &out); err != nil {
		t.Fatal(err)
	}
	if got := out.String(); !strings.HasPrefix(got, "1\t") || !strings.Contains(got, "\n0\t") || strings.Count(got, "\n") != 2 {
		t.Errorf("output %q: want a positive then a negative line", got)
	}
}

// TestRunTree checks that a directory is read whole, in lexical order, in
// one process, as demarche analyze reads a tree.
func TestRunTree(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"b/2.txt": "A dull and boring mess.\n",
		"a.txt":   "A wonderful, moving film. A dull and boring mess.\n",
	} {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var out bytes.Buffer
	if err := run([]string{dir}, nil, &out); err != nil {
		t.Fatal(err)
	}
	var classes []string
	for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		classes = append(classes, strings.SplitN(line, "\t", 2)[0])
	}
	if got := strings.Join(classes, ","); got != "1,0,0" {
		t.Errorf("classes %s, want 1,0,0 (a.txt's two sentences, then b/2.txt's)", got)
	}
}

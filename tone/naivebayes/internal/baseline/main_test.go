package main

import (
	"bytes"
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

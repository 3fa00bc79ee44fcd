package main

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"unicode/utf8"
)

// The tone bar column of the per-speaker table (issue #9).

func TestToneBar(t *testing.T) {
	tests := []struct {
		tone float64
		want string
	}{
		{0, "        │        "},
		{0.02, "        │        "}, // under half a cell
		{0.04, "        │▌       "},
		{-0.42, "    ▐███│        "},
		{0.5, "        │████    "},
		{-1, "████████│        "},
		{1, "        │████████"},
		{1.7, "        │████████"}, // clamped
		{-0.97, "████████│        "},
		{0.97, "        │████████"},
		{0.94, "        │███████▌"},
	}
	for _, tt := range tests {
		got := toneBar(tt.tone)
		if got != tt.want {
			t.Errorf("toneBar(%v) = %q, want %q", tt.tone, got, tt.want)
		}
		if n := utf8.RuneCountInString(got); n != 2*toneBarHalf+1 {
			t.Errorf("toneBar(%v) is %d cells wide, want %d", tt.tone, n, 2*toneBarHalf+1)
		}
	}
	if n := utf8.RuneCountInString(toneBarScale); n != 2*toneBarHalf+1 {
		t.Errorf("toneBarScale is %d cells wide, want %d", n, 2*toneBarHalf+1)
	}
	if i := strings.Index(toneBarScale, "0"); i != toneBarHalf {
		t.Errorf("toneBarScale puts 0 at cell %d, want %d (over the centre mark)", i, toneBarHalf)
	}
}

// TestSummaryTableToneBar checks that the per-speaker table has the tone
// bar column on a terminal and never on a pipe or in CSV or JSON.
func TestSummaryTableToneBar(t *testing.T) {
	tests := []struct {
		name     string
		terminal bool
		args     []string
		wantBar  bool
	}{
		{"terminal table", true, []string{"analyze"}, true},
		{"pipe table", false, []string{"analyze"}, false},
		{"terminal csv", true, []string{"analyze", "--format", "csv"}, false},
		{"terminal json", true, []string{"analyze", "--format", "json"}, false},
		{"terminal statements", true, []string{"analyze", "--statements"}, false},
	}
	const doc = "Mao Ning: China firmly opposes and strongly condemns these illegal sanctions.\n" +
		"Reuters: Will China welcome the new talks?\n"
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			f := &factory{in: strings.NewReader(doc), out: &out, errOut: &errOut,
				isTerminal: func(w io.Writer) bool { return tt.terminal }}
			root := newRootCmd(f)
			root.SetArgs(tt.args)
			if err := root.Execute(); err != nil {
				t.Fatalf("%v: %s", err, errOut.String())
			}
			hasBar := strings.Contains(out.String(), toneBarScale)
			if hasBar != tt.wantBar {
				t.Fatalf("tone bar shown = %v, want %v:\n%s", hasBar, tt.wantBar, out.String())
			}
			if !tt.wantBar {
				return
			}
			var mao string
			for _, line := range strings.Split(out.String(), "\n") {
				if strings.Contains(line, "Mao Ning") {
					mao = line
				}
			}
			if !strings.Contains(mao, "█│        ") {
				t.Errorf("Mao Ning's row has no bar to the hostile side:\n%s", out.String())
			}
		})
	}
}

package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/demarche/demarche/tone/naivebayes"
)

// TestModelLoadedOnlyWhenScoring checks that commands that score nothing
// never load the Naive Bayes model, and that those that score load it
// once (issue #6: --help, --version and lexicon start instantly).
func TestModelLoadedOnlyWhenScoring(t *testing.T) {
	dir := t.TempDir()
	terms := filepath.Join(dir, "terms.csv")
	if err := os.WriteFile(terms, []byte("term,category,tone,cooperation,assertiveness,scale\nwe deplore,condemnation,-0.7,-0.5,0.6,\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	doc := filepath.Join(dir, "doc.txt")
	if err := os.WriteFile(doc, []byte(`Foreign Minister Anna Berg said: "We welcome the agreement."`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args  []string
		code  int
		loads int
	}{
		{[]string{"--help"}, 0, 0},
		{[]string{"--version"}, 0, 0},
		{[]string{"help", "score"}, 0, 0},
		{[]string{"score", "--help"}, 0, 0},
		{[]string{"analyze", "--help"}, 0, 0},
		{[]string{"lexicon"}, 0, 0},
		{[]string{"lexicon", "--lexicon", terms}, 0, 0},
		{[]string{"lexicon", "check", terms}, 0, 0},
		{[]string{"actors"}, 0, 0},
		{[]string{"score", "--format", "xml", "x"}, 2, 0},
		{[]string{"no-such-command"}, 2, 0},
		{[]string{"score", "We welcome the agreement."}, 0, 1},
		{[]string{"score", "--targets", "We welcome the agreement with Japan."}, 0, 1},
		{[]string{"analyze", doc}, 0, 1},
	}
	for _, tt := range tests {
		t.Run(strings.ReplaceAll(strings.Join(tt.args, " "), dir+string(filepath.Separator), ""), func(t *testing.T) {
			loads := 0
			var out, errOut bytes.Buffer
			f := &factory{in: strings.NewReader(""), out: &out, errOut: &errOut,
				newModel: func() (*naivebayes.Model, error) {
					loads++
					return naivebayes.Load()
				}}
			if code := runWith(context.Background(), f, tt.args); code != tt.code {
				t.Fatalf("exit code %d, want %d; stderr:\n%s", code, tt.code, errOut.String())
			}
			if loads != tt.loads {
				t.Errorf("model loaded %d times, want %d", loads, tt.loads)
			}
			if tt.code == 0 && out.Len() == 0 {
				t.Error("no output")
			}
		})
	}
}

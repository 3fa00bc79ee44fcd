package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/demarche/demarche/cmd/demarche/internal/corpus"
)

// TestJobsIdentical runs the same batch with 1, 2 and 8 jobs, in small
// pieces so that every job has work, and checks that each output format
// is the same byte for byte (issue #7; under go test -race it is also the
// race check of concurrent analysis). One large file is added to the tree
// so that pieces of one file, too, are analyzed concurrently.
func TestJobsIdentical(t *testing.T) {
	dir := t.TempDir()
	size := int64(600 << 10)
	if testing.Short() {
		size = 150 << 10
	}
	if _, err := corpus.WriteDir(filepath.Join(dir, "tree"), 7, size); err != nil {
		t.Fatal(err)
	}
	big, err := os.Create(filepath.Join(dir, "tree", "zz-archive.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := corpus.WriteFile(big, 8, size/2); err != nil {
		t.Fatal(err)
	}
	big.Close()

	for _, format := range []string{"csv", "jsonl", "json"} {
		for _, mode := range [][]string{{"--statements", "--narration"}, {}, {"--by", "file"}} {
			var want []byte
			for _, jobs := range []string{"1", "2", "8"} {
				args := append([]string{"-q", "--jobs", jobs, "--format", format}, mode...)
				args = append(args, filepath.Join(dir, "tree"))
				var out, errOut bytes.Buffer
				f := &factory{in: strings.NewReader(""), out: &out, errOut: &errOut}
				cmd := newCmdAnalyze(f, func(o *analyzeOptions) error {
					o.ChunkSize = 16 << 10 // many pieces per file
					return analyzeRun(context.Background(), o)
				})
				cmd.SetArgs(args)
				cmd.SetOut(&out)
				cmd.SetErr(&errOut)
				if err := cmd.Execute(); err != nil {
					t.Fatalf("%v: %v: %s", args, err, errOut.String())
				}
				got := bytes.Clone(out.Bytes())
				if len(got) < 100 {
					t.Fatalf("%v: output too short: %q", args, got)
				}
				if want == nil {
					want = got
				} else if !bytes.Equal(got, want) {
					t.Errorf("%s %v: --jobs %s output differs from --jobs 1 at %s", format, mode, jobs, firstDiff(want, got))
				}
			}
		}
	}
}

// firstDiff describes the first line where a and b differ.
func firstDiff(a, b []byte) string {
	la, lb := strings.Split(string(a), "\n"), strings.Split(string(b), "\n")
	for i := 0; i < len(la) && i < len(lb); i++ {
		if la[i] != lb[i] {
			return fmt.Sprintf("line %d:\n  %.300s\n  %.300s", i+1, la[i], lb[i])
		}
	}
	return fmt.Sprintf("length: %d lines vs %d", len(la), len(lb))
}

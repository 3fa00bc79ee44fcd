package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Tests of `demarche report` (issue #9) beyond testdata/script/report.txtar.

func TestReportExitCodes(t *testing.T) {
	dir := t.TempDir()
	sample := filepath.Join("..", "..", "testdata", "sample", "leaders-call.txt")
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string
		wrote  bool
	}{
		{"ok", []string{"report", sample, "-o", filepath.Join(dir, "ok.html")}, exitOK, "", true},
		{"no -o", []string{"report", sample}, exitUsage, "demarche: report needs -o FILE", false},
		{"empty -o", []string{"report", sample, "-o", ""}, exitUsage, "demarche: report needs -o FILE", false},
		{"missing input", []string{"report", "nope.txt", "-o", filepath.Join(dir, "missing.html")}, exitInput,
			"demarche: open nope.txt: no such file or directory", false},
		{"some inputs missing", []string{"report", "nope.txt", sample, "-o", filepath.Join(dir, "some.html")}, exitInput,
			"demarche: open nope.txt: no such file or directory", true},
		{"unknown flag", []string{"report", "--format", "csv", sample, "-o", filepath.Join(dir, "flag.html")}, exitUsage,
			"demarche: unknown flag: --format", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			code := run(context.Background(), tt.args, strings.NewReader(""), &out, &errOut)
			if code != tt.code {
				t.Errorf("exit code %d, want %d (stderr %q)", code, tt.code, errOut.String())
			}
			if !strings.Contains(errOut.String(), tt.stderr) {
				t.Errorf("stderr %q does not contain %q", errOut.String(), tt.stderr)
			}
			if out.Len() > 0 {
				t.Errorf("wrote to stdout without -o -: %.80q", out.String())
			}
			var path string
			for i, a := range tt.args {
				if a == "-o" {
					path = tt.args[i+1]
				}
			}
			_, err := os.Stat(path)
			if wrote := err == nil; path != "" && wrote != tt.wrote {
				t.Errorf("report written = %v, want %v", wrote, tt.wrote)
			}
		})
	}
}

// TestWriteFileAtomic checks that the report file appears whole, readable
// by others, or not at all, and that no temporary file is left behind.
func TestWriteFileAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "report.html")
	if err := os.WriteFile(path, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := writeFileAtomic(path, []byte("new report")); err != nil {
		t.Fatalf("writeFileAtomic: %v", err)
	}
	got, err := os.ReadFile(path)
	if err != nil || string(got) != "new report" {
		t.Fatalf("read back %q, %v; want %q", got, err, "new report")
	}
	if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o644 {
		t.Errorf("mode %v, %v; want -rw-r--r--", fi.Mode(), err)
	}
	assertOnly(t, dir, "report.html")

	// A rename that fails (the target is a directory with a file in it)
	// leaves the directory as it was and no temporary file.
	blocked := filepath.Join(dir, "blocked")
	if err := os.MkdirAll(filepath.Join(blocked, "inside"), 0o755); err != nil {
		t.Fatal(err)
	}
	err = writeFileAtomic(blocked, []byte("never"))
	if err == nil {
		t.Fatal("writeFileAtomic over a directory succeeded")
	}
	if want := "write " + blocked + ": "; !strings.HasPrefix(err.Error(), want) || strings.Contains(err.Error(), ".tmp") {
		t.Errorf("error %q: want it to start %q and not name the temporary file", err, want)
	}
	assertOnly(t, dir, "blocked", "report.html")

	// A directory that does not exist.
	err = writeFileAtomic(filepath.Join(dir, "no", "report.html"), []byte("never"))
	if err == nil || !strings.HasSuffix(err.Error(), "no such file or directory") {
		t.Errorf("error %v, want no such file or directory", err)
	}
}

// assertOnly fails unless dir holds exactly the named entries.
func assertOnly(t *testing.T, dir string, names ...string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	if strings.Join(got, ",") != strings.Join(names, ",") {
		t.Errorf("%s holds %q, want %q", dir, got, names)
	}
}

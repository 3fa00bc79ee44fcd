//go:build linux

package main

import (
	"bytes"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/demarche/demarche/cmd/demarche/internal/corpus"
)

var corpusMB = flag.Int("corpus-mb", 200, "size in MB (10^6 bytes) of the corpus BenchmarkCorpus generates")

// BenchmarkCorpus measures `demarche analyze` end to end, as a built
// binary, on a generated corpus of briefings, wire reports and Council
// records (internal/corpus; -corpus-mb sets its size, 200 by default):
// throughput in MB/s (wall clock) and MB per CPU-second, and the peak
// resident memory of the process (getrusage's ru_maxrss). `make bench` runs it; plain `go test` does not
// (issue #5).
func BenchmarkCorpus(b *testing.B) {
	dir := b.TempDir()
	bin := filepath.Join(dir, "demarche")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	size := int64(*corpusMB) * 1_000_000
	tree := filepath.Join(dir, "corpus")
	start := time.Now()
	treeBytes, err := corpus.WriteDir(tree, 1, size)
	if err != nil {
		b.Fatal(err)
	}
	single := filepath.Join(dir, "archive.txt")
	f, err := os.Create(single)
	if err != nil {
		b.Fatal(err)
	}
	fileBytes, err := corpus.WriteFile(f, 1, size)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("generated %.1f MB in a tree and %.1f MB in one file in %v", float64(treeBytes)/1e6, float64(fileBytes)/1e6,
		time.Since(start).Round(time.Millisecond))

	cases := []struct {
		name  string
		bytes int64
		args  []string
	}{
		{"tree/statements-jsonl/jobs=1", treeBytes, []string{"analyze", "-q", "--statements", "--format", "jsonl", "-j", "1", tree}},
		{"tree/statements-jsonl/jobs=2", treeBytes, []string{"analyze", "-q", "--statements", "--format", "jsonl", "-j", "2", tree}},
		{"tree/speakers-csv/jobs=2", treeBytes, []string{"analyze", "-q", "--format", "csv", "-j", "2", tree}},
		{"file/statements-csv/jobs=2", fileBytes, []string{"analyze", "-q", "--statements", "--format", "csv", "-j", "2", single}},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(c.bytes)
			var peak int64
			var cpu time.Duration
			for b.Loop() {
				devnull, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
				if err != nil {
					b.Fatal(err)
				}
				var stderr bytes.Buffer
				cmd := exec.Command(bin, c.args...)
				cmd.Stdout, cmd.Stderr = devnull, &stderr
				err = cmd.Run()
				devnull.Close()
				if err != nil {
					b.Fatalf("demarche %v: %v\n%s", c.args, err, stderr.String())
				}
				if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
					peak = max(peak, ru.Maxrss) // KiB on Linux
				}
				cpu += cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
			}
			b.ReportMetric(float64(peak)/1024, "peak-RSS-MiB")
			// Throughput per CPU-second is steadier than wall-clock MB/s on
			// a machine shared with other work.
			b.ReportMetric(float64(c.bytes)*float64(b.N)/1e6/cpu.Seconds(), "MB/cpu-s")
		})
	}
}

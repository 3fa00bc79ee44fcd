package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// buildBinaries builds demarche and the Naive Bayes baseline into dir, as
// make build does: without cgo, one static executable each.
func buildBinaries(b *testing.B, dir string) (demarche, baseline string) {
	b.Helper()
	demarche = filepath.Join(dir, "demarche")
	baseline = filepath.Join(dir, "baseline")
	for pkg, out := range map[string]string{".": demarche, "../../tone/naivebayes/internal/baseline": baseline} {
		cmd := exec.Command("go", "build", "-o", out, pkg)
		cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
		cmd.Stderr = os.Stderr
		if err := cmd.Run(); err != nil {
			b.Fatalf("go build %s: %v", pkg, err)
		}
	}
	return demarche, baseline
}

// runProcess runs a command to completion and returns its wall time.
func runProcess(b *testing.B, stdin string, name string, args ...string) time.Duration {
	b.Helper()
	cmd := exec.Command(name, args...)
	cmd.Stdin = strings.NewReader(stdin)
	start := time.Now()
	out, err := cmd.CombinedOutput()
	d := time.Since(start)
	if err != nil {
		b.Fatalf("%s: %v\n%s", name, err, out)
	}
	return d
}

// BenchmarkStartup times the whole process of `demarche score "…"` against
// the cdipaolo model restoring and scoring the same statement, in the same
// run, alternating the two so that machine noise hits both alike. The
// speed issue (#6) asks for a ratio of at least 15.
func BenchmarkStartup(b *testing.B) {
	demarche, baseline := buildBinaries(b, b.TempDir())
	const statement = "We firmly oppose this provocation and will take resolute countermeasures."
	var dms, nbs []time.Duration
	for b.Loop() {
		dms = append(dms, runProcess(b, "", demarche, "score", statement))
		nbs = append(nbs, runProcess(b, statement, baseline))
	}
	dm, nb := meanDuration(dms), meanDuration(nbs)
	b.ReportMetric(float64(dm.Microseconds())/1000, "ms/demarche")
	b.ReportMetric(float64(nb.Microseconds())/1000, "ms/baseline")
	b.ReportMetric(float64(nb)/float64(dm), "x-faster")
	// The medians as well: a run slowed by the shared machine's load
	// moves a mean, and demarche's few milliseconds, most of them page
	// faults, more than the baseline's CPU-bound restore.
	b.ReportMetric(float64(medianDuration(nbs))/float64(medianDuration(dms)), "x-faster-median")
}

// meanDuration returns the mean of ds, which is not empty.
func meanDuration(ds []time.Duration) time.Duration {
	var sum time.Duration
	for _, d := range ds {
		sum += d
	}
	return sum / time.Duration(len(ds))
}

// medianDuration returns the median of ds, which is not empty; ds is sorted.
func medianDuration(ds []time.Duration) time.Duration {
	slices.Sort(ds)
	if n := len(ds); n%2 == 0 {
		return (ds[n/2-1] + ds[n/2]) / 2
	}
	return ds[len(ds)/2]
}

package main

import (
	"math"
	"os"
	"runtime/debug"
	"testing"
)

// TestTuneMemory checks the garbage collector settings of a batch run
// (issue #6) and that GOGC or GOMEMLIMIT in the environment win.
func TestTuneMemory(t *testing.T) {
	for _, env := range []string{"GOGC", "GOMEMLIMIT"} {
		if _, ok := os.LookupEnv(env); ok {
			t.Skipf("%s is set for the test process", env)
		}
	}
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(math.MaxInt64))
	tests := []struct {
		env      string
		jobs     int
		gogc     int
		limitMiB int64
	}{
		{"", 0, 400, 56},
		{"", 1, 400, 56},
		{"", 2, 400, 78},
		{"", 8, 400, 300},
		{"GOGC", 2, 100, -1},
		{"GOMEMLIMIT", 2, 100, -1},
	}
	for _, tt := range tests {
		debug.SetGCPercent(100)
		debug.SetMemoryLimit(math.MaxInt64)
		if tt.env != "" {
			t.Setenv(tt.env, "100")
		}
		tuneMemory(tt.jobs)
		if tt.env != "" {
			os.Unsetenv(tt.env)
		}
		gogc := debug.SetGCPercent(100)
		limit := debug.SetMemoryLimit(math.MaxInt64)
		wantLimit := int64(math.MaxInt64)
		if tt.limitMiB > 0 {
			wantLimit = tt.limitMiB << 20
		}
		if gogc != tt.gogc || limit != wantLimit {
			t.Errorf("env %q, %d jobs: GOGC %d, limit %d; want %d, %d", tt.env, tt.jobs, gogc, limit, tt.gogc, wantLimit)
		}
	}
}

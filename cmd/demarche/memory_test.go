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
		set      bool // what tuneMemory returns
	}{
		{"", 0, 400, 56, true},
		{"", 1, 400, 56, true},
		{"", 2, 400, 78, true},
		{"", 8, 400, 300, true},
		{"GOGC", 2, 100, -1, false},
		{"GOMEMLIMIT", 2, 100, -1, false},
	}
	for _, tt := range tests {
		debug.SetGCPercent(100)
		debug.SetMemoryLimit(math.MaxInt64)
		if tt.env != "" {
			t.Setenv(tt.env, "100")
		}
		set := tuneMemory(tt.jobs)
		if tt.env != "" {
			os.Unsetenv(tt.env)
		}
		gogc := debug.SetGCPercent(100)
		limit := debug.SetMemoryLimit(math.MaxInt64)
		wantLimit := int64(math.MaxInt64)
		if tt.limitMiB > 0 {
			wantLimit = tt.limitMiB << 20
		}
		if gogc != tt.gogc || limit != wantLimit || set != tt.set {
			t.Errorf("env %q, %d jobs: GOGC %d, limit %d, set %v; want %d, %d, %v", tt.env, tt.jobs, gogc, limit, set, tt.gogc, wantLimit, tt.set)
		}
	}
}

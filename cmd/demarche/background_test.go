package main

import (
	"errors"
	"testing"
)

func TestLater(t *testing.T) {
	errBuild := errors.New("no gazetteer")
	tests := []struct {
		name    string
		build   func() (int, error)
		want    int
		wantErr error
	}{
		{"value", func() (int, error) { return 42, nil }, 42, nil},
		{"error", func() (int, error) { return 0, errBuild }, 0, errBuild},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			get := later(tt.build)
			for range 2 { // the second call returns the same, without building again
				got, err := get()
				if got != tt.want || !errors.Is(err, tt.wantErr) {
					t.Errorf("later() = %d, %v; want %d, %v", got, err, tt.want, tt.wantErr)
				}
			}
		})
	}

	// build runs once, however often its result is read.
	runs := make(chan struct{}, 2)
	get := later(func() (int, error) { runs <- struct{}{}; return 1, nil })
	get()
	get()
	if len(runs) != 1 {
		t.Errorf("build ran %d times, want 1", len(runs))
	}
}

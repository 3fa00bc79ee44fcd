package main

import (
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

// gcPercent returns the current GOGC setting.
func gcPercent() int {
	p := debug.SetGCPercent(-1)
	debug.SetGCPercent(p)
	return p
}

func TestDelayFirstGC(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	for _, user := range []int{-1, 50, 200} {
		debug.SetGCPercent(user)
		delayFirstGC("")
		if got := gcPercent(); got != user {
			t.Errorf("GOGC=%d set by the user: delayFirstGC changed it to %d", user, got)
		}
	}
	// GOGC=100 in the environment is the runtime's default, which only
	// the variable tells apart from no setting.
	debug.SetGCPercent(100)
	delayFirstGC("100")
	if got := gcPercent(); got != 100 {
		t.Errorf("GOGC=100 set by the user: delayFirstGC changed it to %d", got)
	}

	debug.SetGCPercent(100)
	delayFirstGC("")
	if got := gcPercent(); got != startGCPercent {
		t.Fatalf("GOGC = %d after delayFirstGC, want %d", got, startGCPercent)
	}
	// The first collection restores the default; cleanups run on their own
	// goroutine soon after it.
	deadline := time.Now().Add(10 * time.Second)
	for gcPercent() != 100 {
		if time.Now().After(deadline) {
			t.Fatalf("GOGC = %d after a collection, want 100", gcPercent())
		}
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
}

// TestDelayFirstGCKept checks that a command that sets the collector
// itself (analyze's tuneMemory) keeps its setting after the first
// collection.
func TestDelayFirstGCKept(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	debug.SetGCPercent(100)
	g := delayFirstGC("")
	g.keep()
	debug.SetGCPercent(300) // as a batch would
	for range 5 {
		runtime.GC()
		time.Sleep(5 * time.Millisecond)
	}
	if got := gcPercent(); got != 300 {
		t.Errorf("GOGC = %d after collections, want the batch's 300", got)
	}
}

package main

import (
	"runtime"
	"runtime/debug"
	"sync/atomic"
)

// startGCPercent is the GOGC value demarche starts with: the runtime's
// first collection is due when the heap reaches 4 MiB times GOGC/100, so
// 400 lets start-up allocate 16 MiB before it.
const startGCPercent = 400

// delayFirstGC puts off the first garbage collection until the heap has
// grown to 16 MiB, then restores the default (GOGC=100) from the end of
// that collection on. Start-up builds a few megabytes of tables (the
// lexicon's trie, the scorer's gazetteer, the output table's caches) that
// live as long as the process; a collection while they are being built
// frees almost nothing, yet it is about a quarter of the CPU time of
// `demarche score "…"`. Later collections, and so the memory a long
// batch needs, are as before unless the command sets the collector
// itself and calls keep on the result. The Go compiler does the same
// (cmd/compile/internal/base.AdjustStartingHeap). A GOGC set by the user
// is left alone: gogc is the GOGC environment variable, since GOGC=100
// there is the runtime's default too, and SetGCPercent cannot tell the
// two apart.
func delayFirstGC(gogc string) *firstGC {
	g := &firstGC{}
	if gogc != "" {
		return g
	}
	if prev := debug.SetGCPercent(startGCPercent); prev != 100 {
		debug.SetGCPercent(prev)
		return g
	}
	// A cleanup runs after the collection that finds its object
	// unreachable, which is the first one: nothing keeps sentinel.
	sentinel := new([2]uintptr) // 16 bytes: not a tiny allocation, which could be kept alive by its neighbours
	runtime.AddCleanup(sentinel, func(g *firstGC) {
		if !g.kept.Load() {
			debug.SetGCPercent(100)
		}
	}, g)
	return g
}

// firstGC is the restore of GOGC=100 that delayFirstGC leaves pending.
type firstGC struct{ kept atomic.Bool }

// keep cancels the restore, for a caller that sets the collector itself
// (analyze's tuneMemory); it is safe to call on nil.
func (g *firstGC) keep() {
	if g != nil {
		g.kept.Store(true)
	}
}

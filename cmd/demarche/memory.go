package main

import (
	"os"
	"runtime/debug"
)

// tuneMemory sets the garbage collector of the demarche process for a
// batch analysis on jobs goroutines, unless GOGC or GOMEMLIMIT in the
// environment says otherwise.
//
// A batch keeps little alive: the model and data files (about 5 MB) and,
// per job, the piece being analyzed with its tokens and statements (up to
// about 20 MB for a 1 MiB piece of one big file; far less for a tree of
// small files). With the default GOGC of 100 the collector runs each time
// that much has been allocated again, which on a tree of small files is
// every few megabytes and costs a sixth of the CPU time. So the heap may
// grow to five times what is alive (GOGC=400), but not beyond a soft limit
// of 30 MiB plus 20 MiB per job, which keeps a 200 MB single-file run
// under 100 MB of resident memory with two jobs.
func tuneMemory(jobs int) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetGCPercent(400)
	debug.SetMemoryLimit(int64(30+20*max(jobs, 1)) << 20)
}

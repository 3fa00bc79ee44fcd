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
// per job, a piece being analyzed with its tokens and statements and
// pieces waiting their turn to be written (together up to about 35 MB a
// job for 1 MiB pieces of one big file; far less for a tree of small
// files). With the default GOGC of 100 the collector runs each time that
// much has been allocated again, which on a tree of small files is every
// few megabytes and cost a sixth of the CPU time. So the heap may grow to
// five times what is alive (GOGC=400), within a soft limit of 30 MiB plus
// 50 MiB per job: about twice the most a big file keeps alive, so that
// the limit caps the heap without making the collector run all the time,
// which a tighter one did (20% more CPU time with one job at 70 MiB).
func tuneMemory(jobs int) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetGCPercent(400)
	debug.SetMemoryLimit(int64(30+50*max(jobs, 1)) << 20)
}

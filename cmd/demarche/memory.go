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
// pieces waiting their turn to be written (together about 14 MB a job for
// 1 MiB pieces of one big file, at most 40 MB with two jobs; far less for
// a tree of small files). With the default GOGC of 100 the collector runs
// each time that much has been allocated again, which on a tree of small
// files is every few megabytes and cost a sixth of the CPU time. So the
// heap may grow to five times what is alive (GOGC=400), within a soft
// limit of 4 MiB plus 35 MiB per job, and no less than 56 MiB: about 20
// MiB a job above what it keeps alive. Two jobs on one 200 MB file then
// peak at about 86 MB (82 MiB; issue #6 asks for under 100), for 9% more
// CPU time than under the former limit of 30 MiB plus 50 per job, which
// let them reach 150 MB; smaller tokens and fewer allocations won back
// most of it (about 3% more than before both, see BENCHMARKS.md). One job
// gets 56 MiB, not 39: 39 MiB cost 18% more CPU time than 80 MiB, 56 MiB
// 4%. With two jobs on a long text the limit binds, and that is the price
// of the 100 MB: on the benchmark's 20 MB file, -j 2 takes about a sixth
// more CPU time under it than with no limit (1.21 against 1.01 CPU-s,
// medians of 7 alternated runs), where one job's collector costs about 1%
// (1.07 against 1.06 CPU-s with it off).
func tuneMemory(jobs int) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetGCPercent(400)
	debug.SetMemoryLimit(int64(max(56, 4+35*max(jobs, 1))) << 20)
}

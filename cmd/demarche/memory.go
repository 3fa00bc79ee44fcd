package main

import (
	"os"
	"runtime/debug"
)

// tuneMemory sets the garbage collector of the demarche process for a
// batch analysis on jobs goroutines, unless GOGC or GOMEMLIMIT in the
// environment says otherwise, and reports whether it did.
//
// A batch keeps little alive: the model and data files (about 5 MB) and,
// per job, a piece being analyzed with its tokens and statements and
// pieces waiting their turn to be written (together about 14 MB a job for
// 1 MiB pieces of one big file, at most 40 MB with two jobs; far less for
// a tree of small files). With the default GOGC of 100 the collector runs
// each time that much has been allocated again, which on a tree of small
// files is every few megabytes and cost a sixth of the CPU time. So the
// heap may grow to five times what is alive (GOGC=400), within a soft
// limit of 4 MiB plus 37 MiB per job, and no less than 56 MiB: about 20
// MiB a job above what it keeps alive. Two jobs on one 200 MB file then
// peak at about 93 MB (89 MiB; issue #6 asks for under 100): the process
// holds about 11 MiB more than the limit, most of it pages of the binary
// (its code and the model it embeds) that the kernel counts in its
// resident memory. With two jobs on a long text the limit binds, and the
// collector's time is the price of the 100 MB: on the benchmark's 20 MB
// file, -j 2 took 0.78 CPU-s under a limit of 74 MiB (4 plus 35 a job,
// until issue #6's seventh round; 85 MB peak), 0.72 under 84 MiB (98 MB
// peak: too near 100) and 0.66 with no limit, medians of 9 alternated
// runs; 78 MiB took 6% less CPU time than 74 in 11. One job gets 56 MiB,
// not 41: when the limit was 4 plus 35 a job, 39 MiB for one job cost 18%
// more CPU time than 80 MiB, and 56 MiB 4%.
//
// On Linux the heap is advised into huge pages (see adviseHugePages).
func tuneMemory(jobs int) bool {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return false
	}
	limit := max(56, 4+37*max(jobs, 1)) << 20
	// The heap grows to about the limit: most of it may come in huge
	// pages. The limit is less the about 8 MiB of the binary's own pages.
	adviseHugePages(limit - 8<<20)
	debug.SetGCPercent(400)
	debug.SetMemoryLimit(int64(limit))
	return true
}

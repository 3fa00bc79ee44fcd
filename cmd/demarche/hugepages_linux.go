package main

import (
	"bytes"
	"os"
	"strconv"
	"syscall"
)

// thpModeFile says how Linux backs a process's memory with transparent
// huge pages: "always [madvise] never" when only memory advised with
// MADV_HUGEPAGE gets them.
const thpModeFile = "/sys/kernel/mm/transparent_hugepage/enabled"

// maxAdvised is the most heap adviseHugePages asks huge pages for: the
// limit of three jobs (see tuneMemory).
const maxAdvised = 128 << 20

// adviseHugePages allocates n bytes of heap (at most maxAdvised), asks Linux to back them with
// transparent huge pages (2 MiB) instead of 4 KiB pages, and returns
// them, or nil when the system's setting would make the advice change
// nothing (huge pages always or never) or the kernel refuses it. The
// caller drops the memory: the next collection frees it, and the Go
// heap, which hands out free memory lowest address first, grows into it
// before it maps any more.
//
// A batch run writes its heap's pages for the first time as it grows to
// its limit, one page fault per page. On the 2-core machine of issue #6
// a fault costs about 13 µs (a C program touching 200 MB, 4 KiB pages:
// 11-14 µs a page; in 2 MiB pages 0.3-0.8 µs a 4 KiB page, sometimes
// 6-9), and `analyze -j 1` on 20 MB made 12,800 of them, some 0.15 s of
// its 0.93 CPU-seconds. The madvise call costs nothing when the memory is
// not touched; the collection that frees it comes early, once.
func adviseHugePages(n int) []byte {
	// On a 32-bit system the address space is too small to spare; and
	// however many jobs run, the first faults are the costly ones, so
	// the memory advised is bounded: a run of many jobs on a machine with
	// little memory could not map it all at once.
	if strconv.IntSize < 64 {
		return nil
	}
	n = min(n, maxAdvised)
	mode, err := os.ReadFile(thpModeFile)
	if err != nil || !bytes.Contains(mode, []byte("[madvise]")) {
		return nil
	}
	b := make([]byte, n)
	if err := syscall.Madvise(b, syscall.MADV_HUGEPAGE); err != nil {
		return nil
	}
	return b
}

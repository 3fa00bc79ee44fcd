package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"
	"unsafe"
)

// TestAdviseHugePages checks, where Linux gives huge pages only to memory
// advised so, that the memory adviseHugePages returns is in a mapping
// whose flags in /proc/self/smaps include "hg" (MADV_HUGEPAGE).
func TestAdviseHugePages(t *testing.T) {
	mode, err := os.ReadFile(thpModeFile)
	if err != nil || !bytes.Contains(mode, []byte("[madvise]")) {
		t.Skipf("transparent huge pages are not advised here (%s: %q, %v)", thpModeFile, bytes.TrimSpace(mode), err)
	}
	if b := adviseHugePages(1 << 30); len(b) != maxAdvised {
		t.Errorf("adviseHugePages(1 GiB) returned %d bytes, want at most %d", len(b), maxAdvised)
	}
	const n = 8 << 20
	b := adviseHugePages(n)
	if len(b) != n {
		t.Fatalf("adviseHugePages(%d) returned %d bytes", n, len(b))
	}
	first := uintptr(unsafe.Pointer(&b[0]))
	for _, addr := range []uintptr{first, first + n - 1} {
		flags, err := vmFlags(addr)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(" "+flags+" ", " hg ") {
			t.Errorf("the mapping of %#x has VmFlags %q, without hg", addr, flags)
		}
	}
}

// vmFlags returns the VmFlags line of the mapping of /proc/self/smaps
// that holds addr.
func vmFlags(addr uintptr) (string, error) {
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		return "", err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	in := false
	for sc.Scan() {
		line := sc.Text()
		var lo, hi uintptr
		if n, _ := fmt.Sscanf(line, "%x-%x ", &lo, &hi); n == 2 && strings.Contains(line, "-") {
			in = lo <= addr && addr < hi
			continue
		}
		if in && strings.HasPrefix(line, "VmFlags:") {
			return strings.TrimSpace(strings.TrimPrefix(line, "VmFlags:")), nil
		}
	}
	if err := sc.Err(); err != nil {
		return "", err
	}
	return "", fmt.Errorf("no mapping in /proc/self/smaps holds %#x", addr)
}

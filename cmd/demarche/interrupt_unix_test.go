//go:build unix

package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestInterruptExitCode sends SIGINT to the demarche binary in the middle
// of a run (held on a named pipe nobody writes) and checks the exit code
// and that no output file is left.
func TestInterruptExitCode(t *testing.T) {
	bin, err := exec.LookPath("demarche") // testscript.Main put it on PATH
	if err != nil {
		t.Skip("no demarche command on PATH")
	}
	dir := t.TempDir()
	paths := writeTexts(t, dir, 1)
	fifo := filepath.Join(dir, "never.txt")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no named pipes: %v", err)
	}
	var stderr bytes.Buffer
	cmd := exec.Command(bin, "analyze", "-o", filepath.Join(dir, "out.csv"), paths[0], fifo)
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	for deadline := time.Now().Add(60 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		if m, _ := filepath.Glob(filepath.Join(dir, ".out.csv.*.tmp")); len(m) > 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("no temporary output file")
		}
	}
	if err := cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	err = cmd.Wait()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 130 {
		t.Errorf("exit %v, want code 130; stderr %q", err, stderr.String())
	}
	if m, _ := filepath.Glob(filepath.Join(dir, "*out.csv*")); len(m) != 0 {
		t.Errorf("files left behind: %v", m)
	}
}

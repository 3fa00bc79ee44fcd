//go:build !linux

package batch

import "os"

// openFile opens name for reading (see open_linux.go).
func openFile(name string) (*os.File, error) { return os.Open(name) }

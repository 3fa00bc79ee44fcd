// Command demarche reads diplomatic text, attributes statements to
// speakers, and reports their tone.
package main

import "os"

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

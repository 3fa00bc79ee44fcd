// Command demarche reads diplomatic text, attributes statements to
// speakers, and reports their tone.
package main

import "os"

func main() {
	gc := delayFirstGC(os.Getenv("GOGC"))
	os.Exit(runMain(gc))
}

//go:build race

package tone

// raceEnabled is set when the tests run under the race detector, which
// slows code tenfold: the adversarial tests then use smaller inputs.
const raceEnabled = true

package tone

import "math/bits"

// Scanning eight bytes at a time. Most bytes of a document are letters,
// digits and spaces, which the scans of findQuotes, splitSentences and
// hasInvisible pass over. They test eight bytes at once, in a uint64, for
// one of the bytes they stop at ("SIMD within a register"), and go to the
// first such byte, so that their byte-by-byte code runs only where it has
// something to read. Each of the masks below has the high bit of the
// first byte it marks set exactly, and maybe wrongly bits of the bytes
// after that one (a borrow runs on into them): only its lowest set bit is
// read, through firstByte. (singleSpaced's asciiSpaces8, which needs every
// space marked exactly, builds its own mask from these.)
const (
	lowBits  = 0x0101010101010101 // the lowest bit of each byte
	highBits = 0x8080808080808080 // the highest bit of each byte: x&highBits marks non-ASCII bytes
)

// load8 returns the 8 bytes of s from i, the first in the lowest byte of
// the result. The compiler makes it one load.
func load8(s string, i int) uint64 {
	b := s[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// bytesBelow marks the bytes of x less than n, which is at most 0x80.
func bytesBelow(x uint64, n byte) uint64 {
	return (x - lowBits*uint64(n)) &^ x & highBits
}

// bytesFrom marks the bytes of x of n or more, which is at most 0x80.
func bytesFrom(x uint64, n byte) uint64 {
	return (x + lowBits*uint64(0x80-n) | x) & highBits
}

// bytesOf marks the bytes of x equal to c.
func bytesOf(x uint64, c byte) uint64 {
	return bytesBelow(x^(lowBits*uint64(c)), 1)
}

// controlOrNonASCII marks the bytes of x that are ASCII control
// characters (below 0x20, or 0x7f) or not ASCII: bytesBelow(x, 0x20) |
// bytesFrom(x, 0x7f), in fewer operations, since (a &^ x) | x is a | x.
// Below its first marked byte no byte borrows or carries, so that byte
// is marked exactly, as those masks mark it.
func controlOrNonASCII(x uint64) uint64 {
	return ((x - lowBits*0x20) | (x + lowBits) | x) & highBits
}

// firstByte returns the offset, 0 to 7, of the first byte a nonzero mask
// marks.
func firstByte(m uint64) int {
	return bits.TrailingZeros64(m) >> 3
}

package lexicon

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"math"
	"unsafe"
)

// The compact form of the default lexicon, default.bin, holds the entries
// default.csv parses to, already validated, so that a process that scores
// one statement does not spend milliseconds parsing CSV, converting
// numbers and checking every term. default.csv stays the source of truth:
// default.bin records the length and CRC-32 of the CSV it was made from
// (checking them takes tens of microseconds), and
// DefaultEntries uses it only when that matches the embedded CSV,
// parsing the CSV otherwise (a test fails until `go generate ./lexicon`
// rewrites it).
//
// The format, little endian:
//
//	magic      [8]byte "DMLXv1\n\x00"
//	source     uint32 length, uint32 CRC-32 (IEEE) of the CSV the entries
//	           were parsed from
//	count      uint32 number of entries
//	ncat       uint8 number of categories, then for each:
//	           uint8 length, the category name
//	entries    count times, in file order:
//	           uint8 category index
//	           uint8 flags: bit i set when weight i (tone, cooperation,
//	                 assertiveness, scale) is not zero
//	           uint8 term length, the term
//	           float64 bits of each weight whose flag is set, in order
const compactMagic = "DMLXv1\n\x00"

// checksum returns the CRC-32 (IEEE) of s, read in place: converting the
// embedded CSV to a byte slice would copy 190 KB to the heap, whose fresh
// pages cost more than the checksum.
func checksum(s string) uint32 {
	return crc32.ChecksumIEEE(unsafe.Slice(unsafe.StringData(s), len(s))) // read only
}

// compactHeaderSize is the size of magic, source and count.
const compactHeaderSize = 8 + 4 + 4 + 4

// encodeCompact writes entries in the compact form, recording source as
// the text they were parsed from. Entries must be valid.
func encodeCompact(entries []Entry, source string) ([]byte, error) {
	var cats []Category
	index := make(map[Category]int)
	for _, e := range entries {
		if _, ok := index[e.Category]; !ok {
			index[e.Category] = len(cats)
			cats = append(cats, e.Category)
		}
	}
	if len(cats) > math.MaxUint8 {
		return nil, fmt.Errorf("compact lexicon: %d categories", len(cats))
	}
	le := binary.LittleEndian
	out := []byte(compactMagic)
	out = le.AppendUint32(out, uint32(len(source)))
	out = le.AppendUint32(out, checksum(source))
	out = le.AppendUint32(out, uint32(len(entries)))
	out = append(out, byte(len(cats)))
	for _, c := range cats {
		if len(c) > math.MaxUint8 {
			return nil, fmt.Errorf("compact lexicon: category %q is too long", c)
		}
		out = append(out, byte(len(c)))
		out = append(out, c...)
	}
	for _, e := range entries {
		if len(e.Term) > math.MaxUint8 {
			return nil, fmt.Errorf("compact lexicon: term %q is too long", e.Term)
		}
		weights := e.weights()
		flags := byte(0)
		for i, w := range weights {
			if w != 0 {
				flags |= 1 << i
			}
		}
		out = append(out, byte(index[e.Category]), flags, byte(len(e.Term)))
		out = append(out, e.Term...)
		for _, w := range weights {
			if w != 0 {
				out = le.AppendUint64(out, math.Float64bits(w))
			}
		}
	}
	return out, nil
}

func (e *Entry) weights() [4]float64 {
	return [4]float64{e.Tone, e.Cooperation, e.Assertiveness, e.Scale}
}

var errStale = errors.New("compact lexicon: made from another version of the CSV")

// decodeCompact reads entries in the compact form made from source. Their
// terms share data's memory. It returns errStale when data was made from
// another source, and an error, never a panic, when data is malformed.
func decodeCompact(data, source string) ([]Entry, error) {
	if len(data) < compactHeaderSize || data[:8] != compactMagic {
		return nil, errors.New("compact lexicon: not in the compact format")
	}
	le := binary.LittleEndian
	header := []byte(data[:compactHeaderSize])
	if int(le.Uint32(header[8:])) != len(source) || le.Uint32(header[12:]) != checksum(source) {
		return nil, errStale
	}
	truncated := errors.New("compact lexicon: truncated")
	count := le.Uint32(header[16:])
	p := compactHeaderSize
	if p >= len(data) {
		return nil, truncated
	}
	cats := make([]Category, data[p])
	p++
	for i := range cats {
		if p >= len(data) || p+1+int(data[p]) > len(data) {
			return nil, truncated
		}
		n := int(data[p])
		cats[i] = Category(data[p+1 : p+1+n])
		p += 1 + n
	}
	// Each entry takes at least 3 bytes, which bounds what a corrupt count
	// can make us allocate.
	if uint64(count)*3 > uint64(len(data)-p) {
		return nil, truncated
	}
	entries := make([]Entry, count)
	for i := range entries {
		if p+3 > len(data) {
			return nil, truncated
		}
		cat, flags, n := int(data[p]), data[p+1], int(data[p+2])
		p += 3
		if cat >= len(cats) || flags > 0xf {
			return nil, fmt.Errorf("compact lexicon: entry %d is malformed", i+1)
		}
		if p+n > len(data) {
			return nil, truncated
		}
		e := &entries[i]
		e.Term, e.Category = data[p:p+n], cats[cat]
		p += n
		for k, dst := range [4]*float64{&e.Tone, &e.Cooperation, &e.Assertiveness, &e.Scale} {
			if flags&(1<<k) == 0 {
				continue
			}
			if p+8 > len(data) {
				return nil, truncated
			}
			*dst = math.Float64frombits(le.Uint64([]byte(data[p : p+8])))
			p += 8
		}
	}
	if p != len(data) {
		return nil, errors.New("compact lexicon: trailing data")
	}
	return entries, nil
}

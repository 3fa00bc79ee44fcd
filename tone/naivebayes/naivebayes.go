// Package naivebayes gives demarche's scorer the log-odds of the
// cdipaolo/sentiment Naive Bayes model (trained on IMDB film reviews). The
// model ships in a compact form, model.bin, generated from the sentiment
// package by `go generate`: a hash table of per-word log-likelihood ratios
// that is read in place, so loading takes microseconds instead of the
// package's half-second JSON parse, and lookups take no lock. Log-odds are
// summed in log space, so long texts never underflow.
package naivebayes

//go:generate go run ./internal/gen -o model.bin

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"unicode"
	"unicode/utf8"
)

//go:embed model.bin
var compact []byte

// Model is the two-class Naive Bayes model as per-word log-likelihood
// ratios. It is read-only and safe for concurrent use.
type Model struct {
	prior   [2]float64 // log P(negative), log P(positive)
	slots   []byte     // nslots uint32: word index + 1, or 0 for empty
	mask    uint32     // nslots - 1
	offsets []byte     // (nwords + 1) uint32 offsets into blob
	logs    []byte     // nwords × 2 float64: log P(w|negative), log P(w|positive)
	blob    []byte     // the words, back to back
}

// Load returns the embedded model. It does not copy the data and takes
// microseconds.
func Load() (*Model, error) {
	return Parse(compact)
}

// The compact format, little endian:
//
//	magic   [8]byte "DMNBv2\n\x00"
//	prior   [2]float64       log P(class) for negative, positive
//	nslots  uint32 (a power of two)
//	nwords  uint32
//	slots   [nslots]uint32   word index + 1 by hash (FNV-1a, linear probing); 0 empty
//	offsets [nwords+1]uint32 start of each word in blob
//	logs    [nwords][2]float64 log P(word|class) for negative, positive
//	blob    the words, lower case, concatenated
//
// Each class keeps its own log-likelihoods, computed exactly as the
// package computes them, and they are summed in the package's order, so
// the sums, and therefore the predicted class, are bit for bit the
// package's, ties included.
const magic = "DMNBv2\n\x00"

const headerSize = 8 + 16 + 4 + 4

// Parse reads a model in the compact format. The model refers to data,
// which must not change afterwards.
func Parse(data []byte) (*Model, error) {
	if len(data) < headerSize || string(data[:8]) != magic {
		return nil, errors.New("naive bayes model: not in the compact format")
	}
	le := binary.LittleEndian
	m := &Model{prior: [2]float64{math.Float64frombits(le.Uint64(data[8:])), math.Float64frombits(le.Uint64(data[16:]))}}
	nslots := uint64(le.Uint32(data[24:]))
	nwords := uint64(le.Uint32(data[28:]))
	if nslots == 0 || nslots&(nslots-1) != 0 || nwords >= nslots {
		return nil, fmt.Errorf("naive bayes model: %d slots for %d words", nslots, nwords)
	}
	p := uint64(headerSize)
	need := p + 4*nslots + 4*(nwords+1) + 16*nwords
	if uint64(len(data)) < need {
		return nil, errors.New("naive bayes model: truncated")
	}
	m.mask = uint32(nslots - 1)
	m.slots, p = data[p:p+4*nslots], p+4*nslots
	m.offsets, p = data[p:p+4*(nwords+1)], p+4*(nwords+1)
	m.logs, p = data[p:p+16*nwords], p+16*nwords
	m.blob = data[p:]
	if uint64(le.Uint32(m.offsets[4*nwords:])) != uint64(len(m.blob)) {
		return nil, errors.New("naive bayes model: word table does not match its data")
	}
	return m, nil
}

// Len returns the number of words the model knows.
func (m *Model) Len() int { return len(m.logs) / 16 }

// The FNV-1a constants of the slot table's hash.
const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

// fnv1a hashes a word for the slot table.
func fnv1a(w []byte) uint32 {
	h := uint32(fnvOffset)
	for _, c := range w {
		h ^= uint32(c)
		h *= fnvPrime
	}
	return h
}

// add adds the log-likelihoods of a lower-case word to sums; a word the
// model does not know adds nothing. h is fnv1a(w). A non-nil c is
// looked in first, and remembers the word.
func (m *Model) add(sums *[2]float64, w []byte, h uint32, c *Cache) {
	var set *[2]cacheSlot
	var k0, k1 uint64
	if c != nil && len(w) <= cacheWord {
		k0, k1 = cacheKey(w)
		set = &c.sets[h&(cacheSets-1)]
		for k := range set {
			sl := &set[k]
			if sl.k0 == k0 && sl.k1 == k1 && int(sl.n) == len(w) {
				if sl.known {
					sums[0] += sl.logs[0]
					sums[1] += sl.logs[1]
				}
				return
			}
		}
	}
	logs, known := m.lookup(w, h)
	if known {
		sums[0] += logs[0]
		sums[1] += logs[1]
	}
	if set != nil {
		set[1] = set[0] // the older word goes
		set[0] = cacheSlot{k0: k0, k1: k1, n: uint8(len(w)), known: known, logs: logs}
	}
}

// cacheKey returns a word of up to cacheWord bytes as two little-endian
// words, zero past its end: a cache slot compares them, two compares
// instead of a call comparing bytes. When w has room for cacheWord bytes
// (LogOddsCached's buffer does), they are read at once and the bytes past
// its end, left from longer words, masked off.
func cacheKey(w []byte) (k0, k1 uint64) {
	if cap(w) < cacheWord {
		var b [cacheWord]byte
		copy(b[:], w)
		w = b[:len(w)]
	}
	full := w[:cacheWord]
	k0, k1 = binary.LittleEndian.Uint64(full), binary.LittleEndian.Uint64(full[8:])
	// A shift by 64 or more gives 0 in Go, so a mask of 8 bytes is all
	// ones.
	if n := uint(len(w)); n < 8 {
		k0 &= 1<<(8*n) - 1
		k1 = 0
	} else {
		k1 &= 1<<(8*(n-8)) - 1
	}
	return k0, k1
}

// lookup returns the log-likelihoods of a lower-case word of hash h,
// and whether the model knows it.
func (m *Model) lookup(w []byte, h uint32) ([2]float64, bool) {
	le := binary.LittleEndian
	for i := h & m.mask; ; i = (i + 1) & m.mask {
		idx := le.Uint32(m.slots[4*i:])
		if idx == 0 {
			return [2]float64{}, false
		}
		idx--
		start, end := le.Uint32(m.offsets[4*idx:]), le.Uint32(m.offsets[4*idx+4:])
		if string(m.blob[start:end]) == string(w) {
			return [2]float64{
				math.Float64frombits(le.Uint64(m.logs[16*idx:])),
				math.Float64frombits(le.Uint64(m.logs[16*idx+8:])),
			}, true
		}
	}
}

// Cache remembers the log-likelihoods of the words a model has looked up
// last, in a small table of sets of two words indexed by the word's hash
// (a word replaces the older of its set's two): the words of a language's
// texts are few and much repeated, and a word found in the cache costs a
// compare or two in a table that stays in the processor's cache, instead
// of three scattered reads in the model's megabytes (slot, offsets, word)
// and then a fourth (log-likelihoods). The sums are the same, added in the
// same order. The zero Cache is empty and ready for use; a Cache is not
// safe for concurrent use.
type Cache struct {
	sets [cacheSets][2]cacheSlot
}

const (
	cacheSets = 2048 // a power of two; 4,096 words in 160 KiB
	cacheWord = 16   // the longest word a cache slot holds: two uint64s (see cacheKey)
)

type cacheSlot struct {
	k0, k1 uint64 // the word, as cacheKey gives it
	n      uint8  // the word's length; 0 for an empty slot
	known  bool   // whether the model knows the word
	logs   [2]float64
}

// LogOdds returns log(P(positive|text) / P(negative|text)) as the sentiment
// package computes it: runes other than letters and the space are dropped
// (so a line break joins the words around it), the rest is lower-cased and
// split on single spaces, and unknown words are ignored.
func (m *Model) LogOdds(text string) float64 {
	return m.LogOddsCached(text, nil)
}

// LogOddsCached is LogOdds; it looks words up in c first, and remembers
// them there. A nil c is no cache.
func (m *Model) LogOddsCached(text string, cache *Cache) float64 {
	var buf [64]byte
	word := buf[:0]
	// The word's hash is computed as its bytes are appended, not in a
	// second pass over them.
	h := uint32(fnvOffset)
	var sums [2]float64
	for i := 0; i < len(text); {
		c := text[i]
		if c-'a' <= 'z'-'a' {
			// Most of a text is runs of lower-case ASCII letters: a
			// run is read in a loop of its own, not a byte at a time
			// through the switch below.
			word = append(word, c)
			h = (h ^ uint32(c)) * fnvPrime
			for i++; i < len(text); i++ {
				c := text[i]
				if c-'a' > 'z'-'a' {
					break
				}
				word = append(word, c)
				h = (h ^ uint32(c)) * fnvPrime
			}
			continue
		}
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'A' <= c && c <= 'Z': // lower case was read above
				c += 'a' - 'A'
			case c == ' ':
				if len(word) > 0 {
					m.add(&sums, word, h, cache)
					word, h = word[:0], fnvOffset
				}
				continue
			default:
				continue
			}
			word = append(word, c)
			h = (h ^ uint32(c)) * fnvPrime
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		i += n
		if unicode.IsLetter(r) {
			k := len(word)
			word = utf8.AppendRune(word, unicode.ToLower(r))
			for _, c := range word[k:] {
				h = (h ^ uint32(c)) * fnvPrime
			}
		}
	}
	if len(word) > 0 {
		m.add(&sums, word, h, cache)
	}
	return (sums[1] + m.prior[1]) - (sums[0] + m.prior[0])
}

// Probability returns the model's probability that text is positive.
func (m *Model) Probability(text string) float64 {
	return 1 / (1 + math.Exp(-m.LogOdds(text)))
}

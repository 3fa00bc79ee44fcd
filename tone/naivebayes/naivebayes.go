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
	"math/bits"
	"strings"
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

// chunkLogs returns the log-likelihoods of the word the package reads
// in text[i:j], a run of bytes without a space, and whether the model
// knows it; a run without letters is no word it knows. LogOddsCached
// calls it for runs of cacheWord bytes or more (shorter ones it finds in
// c itself); a run of exactly cacheWord bytes is looked for in c first,
// by its bytes as written. The run's answer is the same wherever it
// comes, so the sums are those of LogOdds, added in the same order.
func (m *Model) chunkLogs(text string, i, j int, c *Cache) ([2]float64, bool) {
	n := j - i
	if n > cacheWord {
		return m.lookupChunk(text[i:j])
	}
	k0, k1 := chunkKey(text, i, n)
	if sl := c.find(k0, k1, n); sl != nil {
		return sl.logs, sl.known
	}
	return m.missed(text, i, n, k0, k1, c)
}

// missed returns the log-likelihoods of the run text[i:i+n], n <=
// cacheWord, of cache key k0, k1, which c does not hold, and whether the
// model knows its word: it looks the word up in the model and keeps the
// answer in c.
func (m *Model) missed(text string, i, n int, k0, k1 uint64, c *Cache) ([2]float64, bool) {
	set := &c.sets[cacheSet(k0, k1)]
	logs, known := m.lookupChunk(text[i : i+n])
	set[1] = set[0] // the older run goes
	set[0] = cacheSlot{k0: k0, k1: k1, n: uint8(n), known: known, logs: logs}
	return logs, known
}

// Knows reports whether the model has seen word, read as the package
// reads a word: its letters, lower case.
func (m *Model) Knows(word string) bool {
	_, ok := m.lookupChunk(word)
	return ok
}

// lookupChunk returns the log-likelihoods of the word the package reads
// in chunk, a run of bytes without a space, and whether the model knows
// it: runes other than letters are dropped and the rest lower-cased.
func (m *Model) lookupChunk(chunk string) ([2]float64, bool) {
	var buf [64]byte
	word := buf[:0]
	h := uint32(fnvOffset) // the word's hash, computed as its bytes are appended
	for i := 0; i < len(chunk); {
		c := chunk[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z':
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			default:
				continue
			}
			word = append(word, c)
			h = (h ^ uint32(c)) * fnvPrime
			continue
		}
		r, n := utf8.DecodeRuneInString(chunk[i:])
		i += n
		if unicode.IsLetter(r) {
			k := len(word)
			word = utf8.AppendRune(word, unicode.ToLower(r))
			for _, c := range word[k:] {
				h = (h ^ uint32(c)) * fnvPrime
			}
		}
	}
	if len(word) == 0 {
		return [2]float64{}, false
	}
	return m.lookup(word, h)
}

// find returns the slot of c that holds the run of n bytes and key k0,
// k1, or nil.
func (c *Cache) find(k0, k1 uint64, n int) *cacheSlot {
	set := &c.sets[cacheSet(k0, k1)]
	if sl := &set[0]; sl.k0 == k0 && sl.k1 == k1 && int(sl.n) == n {
		return sl
	}
	if sl := &set[1]; sl.k0 == k0 && sl.k1 == k1 && int(sl.n) == n {
		return sl
	}
	return nil
}

// cacheSet returns the index of the set of a Cache that holds the run
// of key k0, k1: a multiplicative hash of the key.
func cacheSet(k0, k1 uint64) uint64 {
	return ((k0 ^ k1*0x9E3779B97F4A7C15) * 0xBF58476D1CE4E5B9) >> (64 - cacheBits)
}

// chunkKey returns the cache key of the run text[i:i+n], n <= cacheWord:
// its bytes as two little-endian words, zero past its end. A cache slot
// compares them: two compares instead of a call comparing bytes.
// LogOddsCached reads most runs' keys in place, as the same words.
func chunkKey(text string, i, n int) (k0, k1 uint64) {
	var b [cacheWord]byte
	copy(b[:], text[i:i+n])
	return binary.LittleEndian.Uint64(b[:]), binary.LittleEndian.Uint64(b[8:])
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
// last, by the runs of bytes between spaces they were read from as
// written ("Council's," for "councils"), in a small table of sets of two
// runs indexed by a hash of the run (a run replaces the older of its
// set's two): the words of a language's texts are few and much repeated,
// and a run found in the cache costs a compare or two in a table that
// stays in the processor's cache, instead of being spelt out, hashed and
// looked up with three scattered reads in the model's megabytes (slot,
// offsets, word) and then a fourth (log-likelihoods). The sums are the
// same, added in the same order. The zero Cache is empty and ready for
// use; a Cache is not safe for concurrent use.
type Cache struct {
	sets [cacheSets][2]cacheSlot
}

const (
	cacheBits = 12
	cacheSets = 1 << cacheBits // 8,192 runs in 320 KiB
	cacheWord = 16             // the longest run a cache slot holds: two uint64s (see chunkKey)
)

type cacheSlot struct {
	k0, k1 uint64 // the run, as chunkKey gives it
	n      uint8  // the run's length; 0 for an empty slot
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
	if cache == nil {
		return m.logOdds(text)
	}
	var sum0, sum1 float64 // not an array: its address is never taken, so the sums stay in registers
	for i := 0; i < len(text); {
		if text[i] == ' ' {
			i++
			continue
		}
		// Most runs are shorter than cacheWord: the first space of
		// the next sixteen bytes, read at once, ends the run, and
		// the bytes before it are its cache key.
		var k0, k1 uint64
		if i+cacheWord <= len(text) {
			w := text[i : i+cacheWord] // one bounds check for the sixteen loads, which become two
			k0 = uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
				uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
			k1 = uint64(w[8]) | uint64(w[9])<<8 | uint64(w[10])<<16 | uint64(w[11])<<24 |
				uint64(w[12])<<32 | uint64(w[13])<<40 | uint64(w[14])<<48 | uint64(w[15])<<56
		} else {
			k0, k1 = lastBytes(text[i:])
		}
		n := 0
		if z := spaces(k0); z != 0 {
			n = bits.TrailingZeros64(z) / 8 // not 0: text[i] is no space
			k0, k1 = k0&belowSpace(z), 0
		} else if z := spaces(k1); z != 0 {
			n = 8 + bits.TrailingZeros64(z)/8
			k1 &= belowSpace(z)
		}
		if n > 0 {
			// Most runs are in the cache, found without a call.
			if sl := cache.find(k0, k1, n); sl != nil {
				if sl.known {
					sum0 += sl.logs[0]
					sum1 += sl.logs[1]
				}
				i += n + 1 // and the space that ends the run
				continue
			}
		}
		// The loop's one call but lastBytes's (a text's last runs), so that
		// the registers it saves are saved only on its way.
		logs, known, next := m.uncached(text, i, n, k0, k1, cache)
		if known {
			sum0 += logs[0]
			sum1 += logs[1]
		}
		i = next
	}
	return (sum1 + m.prior[1]) - (sum0 + m.prior[0])
}

// uncached returns the log-likelihoods of the run at text[i], which c
// does not hold, whether the model knows its word, and where the run's
// reading ends. n is the run's length when LogOddsCached found its end
// in the sixteen bytes it read, of key k0, k1; 0 for a longer run.
func (m *Model) uncached(text string, i, n int, k0, k1 uint64, c *Cache) (logs [2]float64, known bool, next int) {
	if n > 0 {
		logs, known = m.missed(text, i, n, k0, k1, c)
		return logs, known, i + n + 1 // and the space that ends the run
	}
	j := len(text)
	if k := strings.IndexByte(text[i:], ' '); k >= 0 {
		j = i + k
	}
	logs, known = m.chunkLogs(text, i, j, c)
	return logs, known, j
}

// logOdds is LogOddsCached without a cache.
func (m *Model) logOdds(text string) float64 {
	var sum0, sum1 float64
	for i := 0; i < len(text); {
		if text[i] == ' ' {
			i++
			continue
		}
		j := len(text)
		if k := strings.IndexByte(text[i:], ' '); k >= 0 {
			j = i + k
		}
		if logs, known := m.lookupChunk(text[i:j]); known {
			sum0 += logs[0]
			sum1 += logs[1]
		}
		i = j
	}
	return (sum1 + m.prior[1]) - (sum0 + m.prior[0])
}

// lastBytes returns the last bytes of a text, s, shorter than cacheWord,
// as LogOddsCached reads sixteen bytes, with spaces past its end: the
// text's last runs (two in a sentence) end at a space as the others do,
// and are found in the cache the same way, instead of through a search
// for the space and a call for the run. It reads s with loads that may
// overlap, not with a copy, which would be a call.
func lastBytes(s string) (k0, k1 uint64) {
	const blanks = 0x2020202020202020
	n := len(s) // 1 to cacheWord-1: s starts with a run
	switch {
	case n >= 8:
		// The last eight bytes shifted down to where those past the
		// first eight go (by 64, to none, when n is 8).
		return le64(s), le64(s[n-8:])>>(8*(cacheWord-n)) | blanks<<(8*(n-8))
	case n >= 4:
		// The first four bytes and the last four, which overlap them
		// with the same bytes when n is under 8.
		return le32(s) | le32(s[n-4:])<<(8*(n-4)) | blanks<<(8*n), blanks
	case n > 0:
		return uint64(s[0]) | uint64(s[n/2])<<(8*(n/2)) | uint64(s[n-1])<<(8*(n-1)) | blanks<<(8*n), blanks
	}
	return blanks, blanks
}

// le64 returns the first eight bytes of s as a little-endian integer: one
// load.
func le64(s string) uint64 {
	s = s[:8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// le32 returns the first four bytes of s as a little-endian integer: one
// load.
func le32(s string) uint64 {
	s = s[:4]
	return uint64(uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24)
}

// belowSpace returns the mask of the bytes below the lowest space that
// z, as spaces returns it, flags: its lowest set bit is that byte's high
// bit, 8n+7 for byte n, so z ^ (z-1) sets bits 0 to 8n+7, and the shift
// leaves the 8n bits below the byte. Without the variable shift of
// 1<<(8*n) - 1, which Go must test for shifts of 64 or more.
func belowSpace(z uint64) uint64 {
	return (z ^ (z - 1)) >> 8
}

// spaces returns x, eight bytes read as a little-endian word, with the
// high bit of its lowest byte that is a space set, and perhaps of bytes
// above it: with v = x ^ 0x20…20, (v - 0x01…01) &^ v has a byte's high bit
// set where v has a zero byte, and a borrow can only flag bytes above
// such a byte. Zero when x has no space.
func spaces(x uint64) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	v := x ^ ones*' '
	return (v - ones) &^ v & highs
}

// Probability returns the model's probability that text is positive.
func (m *Model) Probability(text string) float64 {
	return 1 / (1 + math.Exp(-m.LogOdds(text)))
}

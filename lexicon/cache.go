package lexicon

import (
	"math/bits"
)

// Cache remembers, for the words a lexicon has looked up last, what each
// starts at the root of its trie: the term word it is, if any, and the
// prefixes it begins with. A text repeats its words ("the", "to", "cooperation"),
// and most start a term or pass the root's filters: each would be hashed
// twice, looked up in the root's tables and tested against its prefixes
// again, where the cache finds its answer by one hash and one compare.
// It holds no text, only words' bytes packed into integers, and may be
// kept from one text to the next; used with another lexicon, it starts
// over. The zero Cache is ready for use; it takes its memory (256 KiB)
// once it has seen 1,024 words, so that a caller that looks up one
// statement with a new Cache does not pay for it. A Cache is not safe for
// concurrent use.
type Cache struct {
	lex  *Lexicon // the lexicon the slots were filled from
	seen int      // the words looked up while sets was nil
	sets *[cacheSets][2]cacheSlot
}

const (
	cacheBits  = 11
	cacheSets  = 1 << cacheBits // 4,096 words in two-slot sets
	cacheWord  = 16             // the longest word a slot holds: see cacheSlot
	cacheAfter = 1024           // words looked up before the cache takes its memory
)

// cacheSlot is a word's answer at the root: exact is the root's exact
// edge for the word, or nil; edges are the prefix edges of its first four
// bytes (byHead's), and fits has bit j set when edges[j] fits the word.
type cacheSlot struct {
	// k0 and k1, with n, tell the word from any other: a word of up to
	// eight bytes is all in its wordKey (k0; k1 is 0), a longer one in
	// its first and last eight bytes.
	k0, k1 uint64
	n      int // the word's length; 0 for an empty slot
	exact  *node
	edges  []headEdge
	fits   uint64
}

// le64 returns the first eight bytes of s as a little-endian integer: one
// load.
func le64(s string) uint64 {
	s = s[:8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// cacheSet returns the index of the set of a Cache that holds the word of
// key k0, k1 and n bytes.
func cacheSet(k0, k1 uint64, n int) uint64 {
	return ((k0 ^ (k1+uint64(n))*0x9E3779B97F4A7C15) * 0xBF58476D1CE4E5B9) >> (64 - cacheBits)
}

// fill looks the word w, of key k0, k1, up at the root of c.lex and keeps
// the answer in set, in place of the older of its two words. It returns
// nil when w's head has more prefix edges than a slot's fits has bits
// (none in the default lexicon): such a word is not cached.
func (c *Cache) fill(set *[2]cacheSlot, w string, k0, k1 uint64) *cacheSlot {
	r := c.lex.root
	k := wordKey(w)
	sl := cacheSlot{k0: k0, k1: k1, n: len(w)}
	if h := keyHash(k, len(w)); r.words.has(h) {
		sl.exact, _ = r.table.get(w, k, h)
	}
	if len(r.lengths) > 0 && len(w) >= r.lengths[0] {
		if hk := headKey(k); r.heads.has(keyHash(hk, 4)) {
			sl.edges, _ = r.byHead.get(w[:4], hk, keyHash(hk, 4))
			if len(sl.edges) > 64 {
				return nil
			}
			for j := range sl.edges {
				if e := &sl.edges[j]; len(e.key) <= len(w) && e.fitsRest(w) {
					sl.fits |= 1 << j
				}
			}
		}
	}
	if sl.fits == 0 {
		sl.edges = nil // nothing to keep alive
	}
	set[1] = set[0]
	set[0] = sl
	return &set[0]
}

// AppendAllCached is [Lexicon.AppendAll]; it looks words up in c first,
// and remembers them there. A nil c is no cache.
func (l *Lexicon) AppendAllCached(dst []Match, words []string, c *Cache) []Match {
	l.appendAllCached(&dst, words, c)
	return dst
}

// use reports whether c, which does not hold l's words, is to: not when
// c is nil or l has no tables (see Lexicon), nor before c has seen
// cacheAfter words. c then takes its sets, or clears those it filled
// from another lexicon.
func (c *Cache) use(l *Lexicon, words int) bool {
	if c == nil || !l.tables {
		return false
	}
	if c.sets == nil {
		if c.seen < cacheAfter {
			c.seen += words
			return false
		}
		c.sets = new([cacheSets][2]cacheSlot)
	} else {
		clear(c.sets[:])
	}
	c.lex = l
	return true
}

// appendAllCached is AppendAllCached, appending to *dst: appendAll, each
// word's answer at the root found in c when c holds l's words. The edges
// are taken in the same order as appendAll takes them, so that the
// matches are the same.
func (l *Lexicon) appendAllCached(dst *[]Match, words []string, c *Cache) {
	if c == nil || c.lex != l {
		if !c.use(l, len(words)) {
			l.appendAll(dst, words)
			return
		}
	}
	for i := 0; i < len(words); {
		w := words[i]
		var sl *cacheSlot
		if n := len(w); n > 0 && n <= cacheWord {
			var k0, k1 uint64 // as cacheSlot says
			switch {
			case n > 8:
				k0, k1 = le64(w), le64(w[n-8:])
			case n >= 4:
				k0 = longKey(w)
			default:
				k0 = shortKey(w)
			}
			set := &c.sets[cacheSet(k0, k1, n)]
			switch {
			case set[0].k0 == k0 && set[0].k1 == k1 && set[0].n == n:
				sl = &set[0]
			case set[1].k0 == k0 && set[1].k1 == k1 && set[1].n == n:
				sl = &set[1]
			default:
				sl = c.fill(set, w, k0, k1)
			}
		}
		best, end := -1, i
		if sl == nil {
			// A word the cache does not hold (none, or longer than
			// cacheWord): longest reads the root's tables as appendAll
			// does.
			best, end = l.longest(l.root, words, i, -1, i)
		} else {
			if sl.exact == nil && sl.fits == 0 {
				i++ // most words: nothing starts here
				continue
			}
			if next := sl.exact; next != nil {
				if next.entry >= 0 {
					best, end = int(next.entry), i+1
				}
				if i+1 < len(words) && !next.endsBefore(words[i+1]) {
					best, end = l.goOn(next, words, i+1, best, end)
				}
			}
			for m := sl.fits; m != 0; m &= m - 1 {
				next := sl.edges[bits.TrailingZeros64(m)].next
				if next.entry >= 0 && i+1 > end {
					best, end = int(next.entry), i+1
				}
				if i+1 < len(words) && !next.endsBefore(words[i+1]) {
					best, end = l.goOn(next, words, i+1, best, end)
				}
			}
		}
		if best < 0 {
			i++
			continue
		}
		*dst = append(*dst, l.match(i, end, best))
		i = end
	}
}

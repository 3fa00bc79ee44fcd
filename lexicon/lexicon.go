package lexicon

import (
	"cmp"
	"iter"
	"math"
	"math/bits"
	"slices"
	"sort"
	"strings"
)

// Lexicon is a set of entries ready for matching. Build one with [New];
// it is read-only afterwards and safe for concurrent use.
type Lexicon struct {
	entries []entry // in load order, later files' replacements in place
	root    *node
	starts  []uint8 // see node.starts
	// tables reports whether the root has its exact words in table and,
	// when it has prefixes, those in byHead: AppendAll then reads them.
	tables bool
}

// node is a word in the trie of terms.
type node struct {
	// exact holds the edges of whole words at the root; other nodes,
	// which have a few (33 at most in the default lexicon, one or two
	// mostly), hold them in edges, in the order they were added: a
	// compare or two costs less than a map lookup, and New builds no map
	// per node.
	exact map[string]*node
	edges []edge
	// prefixes holds, at the root, the edges of words ending in '*',
	// keyed without the '*'; other nodes, which have a few (13 at most in
	// the default lexicon, one mostly), hold them in prefixEdges, shortest
	// key first, as package-level data can (see default_trie.go): a map
	// there would be made at start-up.
	prefixes    map[string]*node
	prefixEdges []edge
	lengths     []int // the byte lengths of the prefix keys, ascending
	entry       int32 // index into entries, or -1
	// starts, at a node with manyEdges edges or more, is 1 + the index
	// in the lexicon's starts of where the edges of each bit of keys
	// start, edges being sorted by their key's bit: the edges of the
	// r-th bit set in keys are edges[s[r]:s[r+1]], with s =
	// starts[n.starts-1:], one mostly, which edgesFor finds instead of
	// comparing all of them (33 at most in the default lexicon). 0 at a
	// node with fewer edges, whose edges are in the order they were
	// added. (entry and starts, both int32, take the room entry took
	// alone as an int.)
	starts int32
	// At the root, words holds the keys of exact, and heads the first
	// four bytes of the keys of prefixes, so that most words of a text,
	// which start no term, cost no map lookup. Other nodes have few
	// edges and no filters (nil: every word may match).
	words, heads *filter
	// keys, at other nodes, has a bit set for the key of each of edges, at
	// keyBit(key): the next word of a text after a term's first
	// word ("in", "not", "will") seldom continues it, and most such words
	// then cost no search of the edges.
	keys uint64
	// byHead, at the root when every prefix key has four bytes or more,
	// lists the prefix edges by their keys' first four bytes, shortest
	// key first: one lookup finds the few prefixes a word may start
	// with, instead of one lookup per key length.
	byHead *table[[]headEdge]
	// table, at the root, holds the edges of exact, probed from the hash
	// the words filter computed: a word of a text that passes the filter
	// is hashed once, not again by a map. Nil when exact has too many
	// keys for the hash's 16 bits.
	table *table[*node]
}

// table is an open-addressing hash table from strings to values, probed
// from filterHash: the root's filters compute that hash anyway, and a
// map lookup would hash the same bytes again. At most half its slots
// are full.
type table[V any] struct {
	slots []slot[V]
	mask  uint32
}

type slot[V any] struct {
	key  string
	pack uint64 // wordKey(key)
	val  V
	full bool
}

// newTable returns a table of the n pairs of key and value pairs yields,
// or nil when n is more than filterHash's 16 bits can index at half
// load. The pairs come in the order the terms that made them were
// loaded, not in a map's order, so that the table, and the number of
// slots a lookup probes, are the same from one run to the next.
func newTable[V any](n int, pairs iter.Seq2[string, V]) *table[V] {
	size := 16
	for size < 2*n {
		size *= 2
	}
	if size > 1<<16 {
		return nil
	}
	t := &table[V]{slots: make([]slot[V], size), mask: uint32(size - 1)}
	for k, v := range pairs {
		i := filterHash(k) & t.mask
		for t.slots[i].full {
			i = (i + 1) & t.mask
		}
		t.slots[i] = slot[V]{key: k, pack: wordKey(k), val: v, full: true}
	}
	return t
}

// get returns the value of key s, whose wordKey is k and filterHash h.
// A word of up to eight bytes is all in k, and is compared without a
// call.
func (t *table[V]) get(s string, k uint64, h uint32) (V, bool) {
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		sl := &t.slots[i]
		if !sl.full {
			var zero V
			return zero, false
		}
		if sl.pack == k && len(sl.key) == len(s) && (len(s) <= 8 || sl.key[4:len(s)-4] == s[4:len(s)-4]) {
			return sl.val, true
		}
	}
}

// edge is an edge of a node's trie: a word of a term, or a prefix
// without its '*', and the node it leads to. pack is the wordKey of key
// in the edges of a node past the root.
type edge struct {
	key  string
	pack uint64
	next *node
}

// headEdge is a prefix edge of the root, listed in byHead under its
// key's first four bytes. rest is the wordKey of the key's other bytes,
// which tells them from any others of their length when they are eight
// or fewer (most keys): headEdges then tests a word with the key's first
// four bytes by one compare, instead of a call to memequal around which
// the walk's registers are saved and reloaded.
type headEdge struct {
	edge
	rest uint64
}

// fitsRest reports whether the key of e, no longer than w, is a prefix of
// w, whose first four bytes are the key's: the rest of the key, up to
// eight bytes, is all in e.rest.
func (e *headEdge) fitsRest(w string) bool {
	kl := len(e.key)
	switch m := kl - 4; {
	case m > 8:
		return w[4:kl] == e.key[4:]
	case m >= 4:
		return longKey(w[4:kl]) == e.rest
	default:
		return shortKey(w[4:kl]) == e.rest
	}
}

// filter is a set of strings that answers "maybe" or "no": a bit per
// 16-bit hash, 8 KiB, so that the few thousand first words of a lexicon
// leave most bits unset.
type filter [1 << 10]uint64

func (f *filter) add(s string) {
	h := filterHash(s)
	f[h>>6] |= 1 << (h & 63)
}

func (f *filter) mayHave(s string) bool {
	if f == nil {
		return true
	}
	return f.has(filterHash(s))
}

// has reports whether a string of filterHash h may be in f.
func (f *filter) has(h uint32) bool { return f[h>>6]&(1<<(h&63)) != 0 }

// filterHash hashes s: its length and wordKey.
func filterHash(s string) uint32 { return keyHash(wordKey(s), len(s)) }

// wordKey packs the bytes of a word of up to eight bytes into a uint64
// (with its length, it tells the word from any other), and some of a
// longer one's: its first four and last four bytes, read as two 32-bit
// loads, or a shorter word's first, middle and last, without a loop. The
// root's tables hash it and compare it instead of the word's bytes.
func wordKey(s string) uint64 {
	if len(s) >= 4 {
		return longKey(s)
	}
	return shortKey(s)
}

// longKey is the wordKey of a word of four bytes or more, and shortKey
// that of a shorter one. Each is cheap enough for the compiler to inline
// where wordKey, their sum, is not: AppendAll, which keys every word of
// a text, calls neither.
func longKey(s string) uint64 {
	t := s[len(s)-4:] // each half one load
	return uint64(uint32(s[0])|uint32(s[1])<<8|uint32(s[2])<<16|uint32(s[3])<<24) |
		uint64(uint32(t[0])|uint32(t[1])<<8|uint32(t[2])<<16|uint32(t[3])<<24)<<32
}

// shortKey is the wordKey of a word of under four bytes: see longKey.
func shortKey(s string) uint64 {
	n := len(s)
	if n == 0 {
		return 0
	}
	return uint64(s[0]) | uint64(s[n/2])<<8 | uint64(s[n-1])<<16
}

// headKey returns the wordKey of the first four bytes of a word of four
// bytes or more whose wordKey is k.
func headKey(k uint64) uint64 { return k&0xffffffff | k<<32 }

// keyHash returns the 16-bit filterHash of a word of n bytes whose
// wordKey is k.
func keyHash(k uint64, n int) uint32 {
	return uint32(((k ^ uint64(n)<<59) * 0x9E3779B97F4A7C15) >> 48)
}

// keyBit is the bit of a node's keys mask for the word w. It reads only
// w's length and first and last bytes, not filterHash's eight: about half
// of a text's words follow a term's first word and are tested here, and
// the few keys of a node seldom share all three.
func keyBit(w string) uint64 {
	if len(w) == 0 {
		return 1
	}
	x := uint32(len(w)) | uint32(w[0])<<8 | uint32(w[len(w)-1])<<16
	return 1 << ((x * 0x9E3779B1) >> 26)
}

// edgesFor returns the edges of n, a node past the root, that may be
// the word w, whose keyBit n.keys has: those whose key has the same bit,
// at a node with starts; all its edges at another.
func (l *Lexicon) edgesFor(n *node, w string) []edge {
	if n.starts == 0 {
		return n.edges
	}
	k := int(n.starts) + bits.OnesCount64(n.keys&(keyBit(w)-1))
	return n.edges[l.starts[k-1]:l.starts[k]]
}

// child returns the node the exact edge w of n leads to, or nil.
func (n *node) child(w string) *node {
	if n.exact != nil {
		return n.exact[w]
	}
	for i := range n.edges {
		if e := &n.edges[i]; e.key == w {
			return e.next
		}
	}
	return nil
}

// prefix returns the node the prefix edge p (without its '*') of n leads
// to, or nil.
func (n *node) prefix(p string) *node {
	if n.heads != nil { // the root
		return n.prefixes[p]
	}
	for i := range n.prefixEdges {
		if e := &n.prefixEdges[i]; e.key == p {
			return e.next
		}
	}
	return nil
}

// match returns the match of entry best over words [start, end).
func (l *Lexicon) match(start, end, best int) Match {
	return Match{Start: start, End: end, Entry: &l.entries[best].Entry, Set: l.entries[best].set}
}

// headOf returns the first four bytes of a key of four bytes or more as
// a number: the low half of its longKey.
func headOf(key string) uint32 { return uint32(longKey(key)) }

// head is what a node's heads filter holds of a word or prefix: its first
// four bytes.
func head(s string) string { return s[:min(len(s), 4)] }

func newNode() *node { return &node{entry: -1} }

// New builds a lexicon from sets of entries, in order: an entry whose term
// is already present replaces the earlier one. Entries are assumed valid
// (as [Parse] returns them); New does not validate them again.
func New(sets ...[]Entry) *Lexicon {
	total := 0
	for _, set := range sets {
		total += len(set)
	}
	l := &Lexicon{root: newNode(), entries: make([]entry, 0, total)}
	l.root.exact = make(map[string]*node, total)
	l.root.words, l.root.heads = new(filter), new(filter)
	// The trie's nodes come from one slab: a term's words are about one and
	// a half nodes on average, and one allocation is cheaper than thousands
	// at start-up.
	b := &builder{nodes: make([]node, 0, total+total/2)}
	// The entries of a category come together (51 runs in the default
	// lexicon's 4,541 entries): each run's set is found once.
	var last Category
	var lastSet CategorySet
	for _, set := range sets {
		for _, e := range set {
			if e.Category != last {
				last, lastSet = e.Category, e.Category.Set()
			}
			n := l.insert(e.Term, b)
			if n.entry >= 0 {
				l.entries[n.entry] = entry{e, lastSet}
				continue
			}
			n.entry = int32(len(l.entries))
			l.entries = append(l.entries, entry{e, lastSet})
		}
	}
	r := l.root
	r.table = newTable(len(b.rootWords), func(yield func(string, *node) bool) {
		for _, e := range b.rootWords {
			if !yield(e.key, e.next) {
				return
			}
		}
	})
	if len(r.lengths) > 0 && r.lengths[0] >= 4 {
		// The prefix edges sorted by their keys' first four bytes
		// (as a number), then shortest first, in load order for a
		// length: each head's edges are a run of one array, where a
		// map of lists cost a lookup and an allocation or more a key.
		order := make([]int32, len(b.rootPrefixes)) // indexes in b.rootPrefixes, sorted
		for i := range order {
			order[i] = int32(i)
		}
		slices.SortFunc(order, func(i, j int32) int {
			ki, kj := b.rootPrefixes[i].key, b.rootPrefixes[j].key
			if c := cmp.Compare(headOf(ki), headOf(kj)); c != 0 {
				return c
			}
			if c := cmp.Compare(len(ki), len(kj)); c != 0 {
				return c
			}
			return cmp.Compare(i, j) // load order
		})
		edges := make([]headEdge, len(order))
		for k, i := range order {
			e := b.rootPrefixes[i]
			edges[k] = headEdge{e, wordKey(e.key[4:])}
		}
		heads := 0
		for i := range edges {
			if i == 0 || headOf(edges[i].key) != headOf(edges[i-1].key) {
				heads++
			}
		}
		r.byHead = newTable(heads, func(yield func(string, []headEdge) bool) {
			for i := 0; i < len(edges); {
				j := i + 1
				for j < len(edges) && headOf(edges[j].key) == headOf(edges[i].key) {
					j++
				}
				if !yield(edges[i].key[:4], edges[i:j:j]) {
					return
				}
				i = j
			}
		})
	}
	l.tables = r.table != nil && (len(r.lengths) == 0 || r.byHead != nil)
	for _, n := range b.many {
		l.sortEdges(n, b)
	}
	return l
}

// sortEdges sorts the edges of n, a node past the root with manyEdges
// or more, by the bits of their keys in n.keys, and appends where each
// bit's start to l.starts (see node.starts). No two edges of a node have
// the same key, so their order tells no match from another; they are
// placed by counting, each bit's in the order they were added, through
// a copy in b.scratch.
func (l *Lexicon) sortEdges(n *node, b *builder) {
	if len(n.edges) > math.MaxUint8 {
		return // starts could not say where its edges start
	}
	var ranks [math.MaxUint8]uint8 // each edge's bit's rank in n.keys
	k := len(l.starts)
	l.starts = append(l.starts, make([]uint8, bits.OnesCount64(n.keys)+1)...)
	starts := l.starts[k:]
	for j := range n.edges {
		ranks[j] = uint8(bits.OnesCount64(n.keys & (keyBit(n.edges[j].key) - 1)))
		starts[ranks[j]+1]++
	}
	for r := 1; r < len(starts); r++ {
		starts[r] += starts[r-1]
	}
	var next [65]uint8 // where the next edge of each bit goes
	copy(next[:], starts)
	b.scratch = append(b.scratch[:0], n.edges...)
	for j, e := range b.scratch {
		n.edges[next[ranks[j]]] = e
		next[ranks[j]]++
	}
	n.starts = int32(k + 1)
}

// builder holds the memory New takes a trie's nodes and edges from: one
// allocation for thousands of nodes, and a few for their edges, instead
// of one or more each at start-up.
type builder struct {
	nodes []node
	edges []edge
	// rootWords are the root's exact edges and rootPrefixes its prefix
	// edges, in the order they were added.
	rootWords    []edge
	rootPrefixes []edge
	// many are the nodes past the root with manyEdges edges or more,
	// which New sorts at its end (see node.starts), each through a copy
	// of its edges in scratch.
	many    []*node
	scratch []edge
}

// manyEdges is the fewest edges of a node that New sorts (see
// node.starts): about a hundred nodes of the default lexicon's 6,400,
// whose edges most of the searches past a term's first word compare.
// Fewer edges are compared about as fast as a sorted node finds its own.
const manyEdges = 5

// node returns a new node, taken from b.nodes while it has room.
func (b *builder) node() *node {
	if len(b.nodes) == cap(b.nodes) {
		return newNode()
	}
	b.nodes = append(b.nodes, node{entry: -1})
	return &b.nodes[len(b.nodes)-1]
}

// addEdge appends e to n's edges. Full edges are copied into twice the
// room taken from b.edges; the arrays they outgrow are left there.
func (b *builder) addEdge(n *node, e edge) {
	if len(n.edges) == cap(n.edges) {
		c := max(2*cap(n.edges), 1)
		if cap(b.edges)-len(b.edges) < c {
			b.edges = make([]edge, 0, max(c, 1024))
		}
		k := len(b.edges)
		b.edges = b.edges[:k+c]
		n.edges = append(b.edges[k:k:k+c], n.edges...)
	}
	n.edges = append(n.edges, e)
}

// insert returns the trie node that ends term, adding the nodes on its way
// that are missing, taken from b.
func (l *Lexicon) insert(term string, b *builder) *node {
	n := l.root
	for rest := term; ; {
		w, after, more := strings.Cut(rest, " ")
		rest = after
		if p, ok := strings.CutSuffix(w, "*"); ok {
			next := n.prefix(p)
			if next == nil {
				next = b.node()
				if n.heads != nil { // the root
					if n.prefixes == nil {
						n.prefixes = make(map[string]*node)
					}
					n.prefixes[p] = next
					n.heads.add(head(p))
					b.rootPrefixes = append(b.rootPrefixes, edge{key: p, next: next})
				} else {
					i := sort.Search(len(n.prefixEdges), func(i int) bool { return len(n.prefixEdges[i].key) > len(p) })
					n.prefixEdges = slices.Insert(n.prefixEdges, i, edge{key: p, next: next})
				}
				i := sort.SearchInts(n.lengths, len(p))
				if i == len(n.lengths) || n.lengths[i] != len(p) {
					n.lengths = slices.Insert(n.lengths, i, len(p))
				}
			}
			n = next
		} else {
			next := n.child(w)
			if next == nil {
				next = b.node()
				if n.words != nil { // the root
					n.exact[w] = next
					n.words.add(w)
					b.rootWords = append(b.rootWords, edge{key: w, next: next})
				} else {
					b.addEdge(n, edge{key: w, pack: wordKey(w), next: next})
					n.keys |= keyBit(w)
					if len(n.edges) == manyEdges {
						b.many = append(b.many, n)
					}
				}
			}
			n = next
		}
		if !more {
			return n
		}
	}
}

// Len returns the number of entries.
func (l *Lexicon) Len() int { return len(l.entries) }

// Entries returns a copy of the entries in load order.
func (l *Lexicon) Entries() []Entry {
	out := make([]Entry, len(l.entries))
	for i := range l.entries {
		out[i] = l.entries[i].Entry
	}
	return out
}

// entry is an Entry of a lexicon with the set of its category, which
// its matches carry (Match.Set).
type entry struct {
	Entry
	set CategorySet
}

// Match is an entry found in a sequence of words.
type Match struct {
	Start, End int // the words [Start, End) that matched
	Entry      *Entry
	// Set is Entry.Category.Set(), found with the match: a scorer
	// tests it against sets of categories.
	Set CategorySet
}

// Lookup returns the longest entry that matches words starting at words[i],
// with the index just past its last word. When there is none, it returns
// (nil, i). Words must be lower case.
func (l *Lexicon) Lookup(words []string, i int) (*Entry, int) {
	best, end := l.longest(l.root, words, i, -1, i)
	if best < 0 {
		return nil, i
	}
	return &l.entries[best].Entry, end
}

// headEdges steps through the prefix edges of n that fit words[i], found
// in n.byHead by the word's first four bytes, whose wordKey is k and
// filterHash h, and which n.heads may have.
func (l *Lexicon) headEdges(n *node, words []string, i int, k uint64, h uint32, best, bestEnd int) (int, int) {
	w := words[i]
	edges, _ := n.byHead.get(w[:4], k, h)
	for j := range edges {
		e := &edges[j]
		if len(e.key) > len(w) {
			break // edges are shortest first
		}
		if !e.fitsRest(w) {
			continue
		}
		// step, written out: a call per fitting edge would save and
		// reload the walk's registers, though the next word mostly ends
		// the term ("hold" then not "accountable"), which endsBefore says
		// inline.
		next := e.next
		if next.entry >= 0 && i+1 > bestEnd {
			best, bestEnd = int(next.entry), i+1
		}
		if i+1 < len(words) && !next.endsBefore(words[i+1]) {
			best, bestEnd = l.goOn(next, words, i+1, best, bestEnd)
		}
	}
	return best, bestEnd
}

// longest walks the trie from n at words[i] and returns the longest
// terminal reached (entry index and end), or (best, bestEnd) unchanged.
// An exact word beats a prefix at equal length, so "concern" as a term is
// preferred over "concern*".
func (l *Lexicon) longest(n *node, words []string, i, best, bestEnd int) (int, int) {
	if i >= len(words) {
		return best, bestEnd
	}
	w := words[i]
	var next *node // the exact edge of w, if any
	switch {
	case n.table != nil:
		k := wordKey(w)
		if h := keyHash(k, len(w)); n.words.has(h) {
			next, _ = n.table.get(w, k, h)
		}
	case n.words != nil: // the root, when its words are too many for a table
		if n.words.mayHave(w) {
			next = n.exact[w]
		}
	case n.keys&keyBit(w) != 0:
		// A node past the root: its few edges are compared by their
		// wordKey, as the root's table compares its words, rather
		// than by a call comparing bytes.
		var k uint64 // wordKey(w), written out so that it inlines
		if len(w) >= 4 {
			k = longKey(w)
		} else {
			k = shortKey(w)
		}
		edges := l.edgesFor(n, w)
		for j := range edges {
			if e := &edges[j]; e.pack == k && len(e.key) == len(w) && (len(w) <= 8 || e.key[4:len(w)-4] == w[4:len(w)-4]) {
				next = e.next
				break
			}
		}
	}
	if next != nil {
		// step, written out (as in headEdges): the next word mostly
		// ends the term, which endsBefore says without a call.
		if next.entry >= 0 && i+1 > bestEnd {
			best, bestEnd = int(next.entry), i+1
		}
		if i+1 < len(words) && !next.endsBefore(words[i+1]) {
			best, bestEnd = l.goOn(next, words, i+1, best, bestEnd)
		}
	}
	if len(n.lengths) == 0 || len(w) < n.lengths[0] {
		return best, bestEnd
	}
	if n.byHead != nil {
		// The same edges in the same order as the loop below takes them:
		// keys are distinct, so at most one of each length fits w.
		k := wordKey(w[:4])
		if h := keyHash(k, 4); n.heads.has(h) {
			return l.headEdges(n, words, i, k, h, best, bestEnd)
		}
		return best, bestEnd
	}
	if n.lengths[0] >= 4 && !n.heads.mayHave(w[:4]) {
		return best, bestEnd
	}
	if n.heads != nil { // the root
		for _, k := range n.lengths {
			if k > len(w) {
				break
			}
			if next, ok := n.prefixes[w[:k]]; ok {
				best, bestEnd = l.step(next, words, i, best, bestEnd)
			}
		}
		return best, bestEnd
	}
	// As at the root, shortest key first: at most one key of a length
	// fits w, keys being distinct.
	for j := range n.prefixEdges {
		e := &n.prefixEdges[j]
		if len(e.key) > len(w) {
			break
		}
		if w[:len(e.key)] == e.key {
			best, bestEnd = l.step(e.next, words, i, best, bestEnd)
		}
	}
	return best, bestEnd
}

// step takes the trie edge to next for words[i] and continues the walk.
func (l *Lexicon) step(next *node, words []string, i, best, bestEnd int) (int, int) {
	if next.entry >= 0 && i+1 > bestEnd {
		best, bestEnd = int(next.entry), i+1
	}
	if i+1 >= len(words) {
		return best, bestEnd
	}
	if next.endsBefore(words[i+1]) {
		return best, bestEnd
	}
	return l.goOn(next, words, i+1, best, bestEnd)
}

// goOn is longest from n, a node past the root, at words[i], which n
// does not end before (endsBefore is false): a term may go on with
// words[i]. A node with no prefix edge (most) then has an edge whose key
// bit words[i] has, which goOn looks for without testing the bit again,
// nor the root's tables; the others are left to longest.
func (l *Lexicon) goOn(n *node, words []string, i, best, bestEnd int) (int, int) {
	if len(n.lengths) > 0 {
		return l.longest(n, words, i, best, bestEnd)
	}
	w := words[i]
	var k uint64 // wordKey(w), written out so that it inlines
	if len(w) >= 4 {
		k = longKey(w)
	} else {
		k = shortKey(w)
	}
	edges := l.edgesFor(n, w)
	for j := range edges {
		if e := &edges[j]; e.pack == k && len(e.key) == len(w) && (len(w) <= 8 || e.key[4:len(w)-4] == w[4:len(w)-4]) {
			next := e.next
			if next.entry >= 0 && i+1 > bestEnd {
				best, bestEnd = int(next.entry), i+1
			}
			if i+1 < len(words) && !next.endsBefore(words[i+1]) {
				return l.goOn(next, words, i+1, best, bestEnd)
			}
			break
		}
	}
	return best, bestEnd
}

// endsBefore reports whether every term through n ends before the word
// w, which then needs no lookup: half the words of a text start a term
// ("the", "that", "to", "in"), and the next word seldom goes on with it,
// which n's keys mask and shortest prefix say without a call. A node
// with no key and no prefix ("not", "regret") ends every term through it.
func (n *node) endsBefore(w string) bool {
	return n.keys&keyBit(w) == 0 && (len(n.lengths) == 0 || len(w) < n.lengths[0])
}

// FindAll returns the entries found in words, scanning left to right and
// taking the longest match at each position; matches do not overlap.
// Words must be lower case.
func (l *Lexicon) FindAll(words []string) []Match {
	return l.AppendAll(nil, words)
}

// AppendAll appends the matches [Lexicon.FindAll] returns to dst and
// returns the extended slice, so that a caller can reuse its memory.
func (l *Lexicon) AppendAll(dst []Match, words []string) []Match {
	l.appendAll(&dst, words)
	return dst
}

// appendAll is AppendAll, appending to *dst: a slice kept in memory, not
// in three registers, leaves the registers to the loop over words.
func (l *Lexicon) appendAll(dst *[]Match, words []string) {
	r := l.root
	if !l.tables {
		for i := 0; i < len(words); {
			if best, end := l.longest(r, words, i, -1, i); best >= 0 {
				*dst = append(*dst, l.match(i, end, best))
				i = end
			} else {
				i++
			}
		}
		return
	}
	minPrefix := math.MaxInt // no prefix fits a word shorter: none when the root has none
	if len(r.lengths) > 0 {
		minPrefix = r.lengths[0]
	}
	for i := 0; i < len(words); {
		// longest from the root, written out so that the words that start
		// no term (half a text's), and most that start one term but go on
		// with none ("the", "to"), cost no call but wordKey's: the root
		// reads a word's first four bytes once for its exact words and
		// its prefixes, and step's test of the next word is made here. An
		// empty word fails both tests, as in longest.
		best, end := -1, i
		w := words[i]
		var k uint64 // wordKey(w), written out so that it inlines
		if len(w) >= 4 {
			k = longKey(w)
		} else {
			k = shortKey(w)
		}
		if h := keyHash(k, len(w)); r.words.has(h) {
			if next, ok := r.table.get(w, k, h); ok {
				if next.entry >= 0 {
					best, end = int(next.entry), i+1
				}
				if i+1 < len(words) && !next.endsBefore(words[i+1]) {
					best, end = l.goOn(next, words, i+1, best, end)
				}
			}
		}
		// As in longest: byHead holds the prefix edges of w's first four
		// bytes, shortest first. Most words start none: the heads filter
		// says so before a call.
		if len(w) >= minPrefix {
			if hk := headKey(k); r.heads.has(keyHash(hk, 4)) {
				best, end = l.headEdges(r, words, i, hk, keyHash(hk, 4), best, end)
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

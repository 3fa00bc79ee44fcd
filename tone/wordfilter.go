package tone

import "github.com/demarche/demarche/tone/wordsplit"

// wordFilter is a set of words that can only answer "maybe" or "no": a
// bit per hash of a word's length and first, second and last bytes. It
// lets a lookup that most words fail (is this word the start of a cue, a
// title, a place?) skip the map for most of them: hashing a whole string
// key costs more than the lookups it saves are worth.
type wordFilter [1 << 10]uint64

// add puts w in the set.
func (f *wordFilter) add(w string) {
	h := filterHash(w)
	f[h>>6] |= 1 << (h & 63)
}

// mayHave reports whether w may be in the set: false means it is not.
func (f *wordFilter) mayHave(w string) bool {
	return f.has(filterHash(w))
}

// has reports whether a word of filterHash h may be in the set.
func (f *wordFilter) has(h uint32) bool {
	return f[h>>6]&(1<<(h&63)) != 0
}

// filterHash is [wordsplit.FilterHash].
func filterHash(w string) uint32 { return wordsplit.FilterHash(w) }

// startFilter is two wordFilters in one, their words side by side, so
// that sentenceNames, which asks both of every word of a sentence, finds
// a word's two bits where it finds one: whether the word may start a cue
// (Attributor.cues) and whether it may start a description phrase
// (Attributor.words).
type startFilter [1 << 10][2]uint64

// add puts the words of filterHash h in the cue filter, set 0, or the
// description filter, set 1.
func (f *startFilter) add(h uint32, set int) {
	f[h>>6][set] |= 1 << (h & 63)
}

// at reports whether a word of filterHash h may start a cue and whether
// it may start a description: false means it does not.
func (f *startFilter) at(h uint32) (cue, desc bool) {
	w := &f[h>>6]
	return w[0]&(1<<(h&63)) != 0, w[1]&(1<<(h&63)) != 0
}

package tone

import (
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/demarche/demarche/tone/wordsplit"
)

// token is a word or a punctuation mark in a text, with its byte span.
// It holds no pointer, and is 24 bytes: a document has a token every 5 to
// 6 bytes, and its tokens are the largest part of what an analysis keeps
// alive, which the collector would otherwise mark a pointer at a time
// (issue #6). Its forms are offsets into a string, the store of its
// array, which every function that reads them is given (src): the text
// tokenized, followed by the forms of the words whose lower-case form
// differs from the written one, each lower case then as written. A
// document's tokens share one store (see docState.store).
type token struct {
	// The lower-case form (lower case, curly apostrophes made straight)
	// is src[at : at+nlow]. Most tokens are lower-case words and
	// punctuation, whose lower-case form is their text in the store.
	at, nlow   uint32
	start, end int32 // byte offsets in the paragraph; no paragraph nears 2 GiB
	word       bool  // letters or digits; otherwise a single punctuation rune
	upper      bool  // a word that starts with an upper-case letter
	name       bool  // a word that may be part of a name; see isNameWord
	// With differs, the written form follows the lower-case one, and
	// is end-start bytes; otherwise it is the lower-case form.
	differs bool
	// cut and textCut are what stripPossessive cut off the end of the
	// lower-case form (nlow is the length left) and of the written one.
	cut, textCut uint8
}

// lower returns the token in lower case, curly apostrophes made straight.
// src is the store of the token's array (see token). The test of n > 0,
// true of every form but one stripPossessive cut to nothing, is for the
// compiler: with it, slicing src takes one bounds check and no mask of
// the offset, 3 instructions fewer than src[at:at+n] alone, and lower has
// about 1.5 million calls on cgb.sh's 2 MB.
func (t *token) lower(src string) string {
	if at, n := int(t.at), int(t.nlow); n > 0 {
		return src[at : at+n]
	}
	return ""
}

// text returns the token as written. src is the store of the token's
// array (see token).
func (t *token) text(src string) string {
	if !t.differs {
		return t.lower(src)
	}
	at := int(t.at) + int(t.nlow) + int(t.cut)
	if n := int(t.end-t.start) - int(t.textCut); n > 0 { // see lower
		return src[at : at+n]
	}
	return ""
}

// withoutEnd returns t with its forms cut short: lower is its lower-case
// form and text its written form, each without the bytes at its end. A
// token whose written form is its lower-case one (not differs) must lose
// the same bytes from both. What is cut is counted in a byte, so at most
// 255 bytes are cut in all: stripPossessive, the one caller, cuts an
// ending of at most four ("’s").
func (t token) withoutEnd(lower, text string) token {
	if t.differs {
		t.textCut = uint8(int(t.end-t.start) - len(text))
	}
	t.cut += uint8(int(t.nlow) - len(lower)) // the written form still starts where it did
	t.nlow = uint32(len(lower))
	return t
}

// capitalized reports whether a word token starts with an upper-case
// letter.
func (t token) capitalized() bool { return t.upper }

// tokenize splits s into word and punctuation tokens. A word is a run of
// letters, digits and marks; an apostrophe, hyphen or period between two
// such runs stays inside the word ("Russia’s", "win-win", "U.S"). Space is
// dropped.
func tokenize(s string) (toks []token, src string) {
	return appendTokens(make([]token, 0, len(s)/5+1), s, nil)
}

// appendTokens tokenizes s and appends the tokens to dst; it returns them
// with their store (see token). What a word is, is package wordsplit's
// rule. The store is s itself when every token's lower-case form is its
// text; otherwise s and the forms are written at the end of store (a new
// builder when store is nil), and src is a view of that part of it: the
// texts of a scoring buffer then share a few large allocations instead of
// one each.
func appendTokens(dst []token, s string, store *strings.Builder) (toks []token, src string) {
	// Most texts here are short (a statement, a label): a small batch,
	// which is zeroed at every call.
	var spans [32]wordsplit.Token
	tz := tokenizer{store: store, origin: noOrigin, text: s, spans: spans[:]}
	dst = tz.append(dst, s)
	if tz.origin == noOrigin {
		return dst, s
	}
	return dst, tz.store.String()[tz.origin:]
}

// appendTokensTo is appendTokens for a text whose tokens go into store,
// for good, as a document's do: the store is all of store's text, and the
// tokens' offsets count from its start.
func appendTokensTo(dst []token, s string, store *strings.Builder) []token {
	var spans [32]wordsplit.Token
	tz := tokenizer{store: store, spans: spans[:]}
	tz.base = uint32(store.Len())
	store.WriteString(s)
	return tz.append(dst, s)
}

// noOrigin is a tokenizer's origin before appendTokens writes its text.
const noOrigin = ^uint32(0)

// tokenizer holds what tokenizing keeps from one text to the next: the
// paragraphs of a document (tokenizeParagraphsWith) share one; appendTokens
// makes one for its text.
type tokenizer struct {
	// store holds the tokens' forms (see token). The text being
	// tokenized is at base in it, and offsets count from origin. With
	// origin noOrigin (appendTokens), the text is written into store only
	// when a form is, at origin then, and base is 0.
	store        *strings.Builder
	base, origin uint32
	text         string        // with origin noOrigin, the text being tokenized
	lw           *wordRecorder // with lw not nil, the words that are no name words are added to it
	// With capitals not nil, it holds where the forms of the short ASCII
	// words that are not normal met so far are in store. A document's
	// tokenizing keeps them; a short text's would fill a table for a
	// word or two.
	capitals *formCache
	// spans has room for a batch of the spans of a text's tokens, as
	// wordsplit.ScanTokens finds them.
	spans []wordsplit.Token
}

// formCache maps words of at most 16 bytes, packed by packWord (with a
// second key of 0) or by packLong, to where their forms are in a
// document's store (see token): an open-addressing table, like wordKeys.
// The zero value is empty.
type formCache struct {
	slots []formSlot // a power of two of them; a zero first key marks an empty slot
	shift uint       // 64 minus log2(len(slots)), less than 64
	n     int        // forms held
}

// formSlot is a slot of a formCache: a word's keys and the offset of its
// forms in the store.
type formSlot struct {
	k1, k2 uint64
	at     uint32
}

// slot returns the slot the cache probes first for the keys k1 and k2
// (see pairSlot). The table must not be empty.
func (c *formCache) slot(k1, k2 uint64) int { return pairSlot(k1, k2, c.shift) }

// get returns the offset of the forms of the word whose keys are k1 and
// k2; ok is false when the cache has none.
func (c *formCache) get(k1, k2 uint64) (at uint32, ok bool) {
	if len(c.slots) == 0 {
		return 0, false
	}
	mask := len(c.slots) - 1
	for i := c.slot(k1, k2); ; i = (i + 1) & mask {
		switch sl := &c.slots[i]; {
		case sl.k1 == k1 && sl.k2 == k2:
			return sl.at, true
		case sl.k1 == 0:
			return 0, false
		}
	}
}

// emptied returns the cache emptied, keeping its memory unless it held
// more than keptEntries forms. The offsets it held are in the last
// document's store: a new document's must not find them.
func (c formCache) emptied() formCache {
	return formCache{slots: emptiedSlots(c.slots, c.n), shift: c.shift}
}

// add adds the offset of the forms of the word whose keys are k1 and k2,
// which the cache does not hold.
func (c *formCache) add(k1, k2 uint64, at uint32) {
	if 2*(c.n+1) > len(c.slots) {
		old := c.slots
		size := max(256, 2*len(old))
		c.slots = make([]formSlot, size)
		c.shift = uint(64 - bits.TrailingZeros(uint(size)))
		c.n = 0
		for _, sl := range old {
			if sl.k1 != 0 {
				c.add(sl.k1, sl.k2, sl.at)
			}
		}
	}
	mask := len(c.slots) - 1
	i := c.slot(k1, k2)
	for c.slots[i].k1 != 0 {
		i = (i + 1) & mask
	}
	c.slots[i] = formSlot{k1, k2, at}
	c.n++
}

// append tokenizes s and appends the tokens to dst, as appendTokens does.
func (tz *tokenizer) append(dst []token, s string) []token {
	base := tz.base
	for i := 0; i < len(s); {
		var spans []wordsplit.Token
		spans, i = wordsplit.ScanTokens(tz.spans[:0], s, i)
		n := len(dst)
		dst = slices.Grow(dst, len(spans))[:n+len(spans)]
		// toks as long as spans, in words the compiler reads: no
		// bounds check on toks[k] below.
		toks := dst[n:]
		toks = toks[:len(spans)]
		// One loop over the batch: each token is written as most are,
		// punctuation or a normal word (lower-case ASCII, its form its
		// text, neither upper case nor a name word), and a normal word
		// is recorded at once. Of the words that are not normal, a
		// short one whose form the document's cache holds is read
		// here too; the others go to notNormal, out of the loop's way.
		// (A second loop for them and the recording read every span
		// again: 4 M instructions more on cg.sh's 2 MB.) The fields are
		// written into the array one by one: writing a token value made
		// the compiler build it on the stack and copy it, reading 16
		// bytes at a time what it had just written in smaller stores,
		// which stalls the processor.
		lw := tz.lw
		for k := range spans {
			sp, t := &spans[k], &toks[k]
			t.at, t.nlow = base+uint32(sp.Start), uint32(sp.End-sp.Start)
			t.start, t.end = sp.Start, sp.End
			t.word, t.upper, t.name = sp.Word, false, false
			t.differs, t.cut, t.textCut = false, 0, 0
			if !sp.Normal {
				if !sp.Word {
					continue
				}
				// Most words that are not normal are short capitalized
				// words whose forms the cache holds: no call then. The
				// forms are the lower-case form and the word as written,
				// n bytes each (see notNormal). The cache holds ASCII
				// words only: the key of a word with a byte of a
				// non-ASCII rune is no cached word's, and misses.
				if start, n := int(sp.Start), uint32(t.nlow); n <= 8 && start+8 <= len(s) && tz.capitals != nil {
					if at, ok := tz.capitals.get(load8(s, start)&keyMask[n], 0); ok {
						t.at, t.differs = at, true
						t.upper = 'A' <= s[start] && s[start] <= 'Z'
						t.name = t.upper || arabicNamePrefix(s[start:sp.End])
						// Not recorded in lw: it was when its forms were
						// made and cached (notNormal), for this document.
						continue
					}
				}
				tz.notNormal(t, s)
				continue
			}
			if lw == nil {
				continue
			}
			if start, n := int(sp.Start), uint32(t.nlow); n <= 8 && start+8 <= len(s) {
				// The word's key, as packWord packs it: the n lowest
				// bytes of a load of eight (n unsigned, so that the
				// compiler knows keyMask has it). Most words recur,
				// and the set holds most of them in the first slot it
				// probes: no call then.
				if key := load8(s, start) & keyMask[n]; !lw.short.holdsAtFirst(key) {
					lw.addShort(key, s[start:sp.End])
				}
			} else if end := int(sp.End); n > 8 && n <= 16 {
				// packLong's keys: the first load of eight, and the
				// last one shifted down to the bytes after the first
				// eight.
				k1, k2 := load8(s, start), load8(s, end-8)>>((128-8*n)&63)
				if !lw.long.holdsAtFirst(k1, k2) {
					lw.addLong(k1, k2, s[start:end])
				}
			} else {
				lw.add(s[start:end])
			}
		}
	}
	return dst
}

// notNormal gives the word token t of s, which is not normal (see
// append), its forms and its upper and name fields, and records its
// lower-case form when it is no name word.
func (tz *tokenizer) notNormal(t *token, s string) {
	start, end := int(t.start), int(t.end)
	text := s[start:end]
	ascii := wordsplit.IsASCII(text)
	// Most capitalized words are at most 16 bytes, and recur: the forms
	// of one are made once a document. Its keys are packWord's or
	// packLong's, read in one load or two (see append).
	var k1, k2 uint64
	if n := end - start; ascii && tz.capitals != nil {
		switch {
		case n <= 8 && start+8 <= len(s):
			k1 = load8(s, start) & keyMask[n]
		case n > 8 && n <= 16:
			k1, k2 = load8(s, start), load8(s, end-8)>>((128-8*n)&63)
		}
	}
	var lower string
	if k1 == 0 { // no keys: no word's first byte is 0
		lower = tz.forms(t, text, ascii)
	} else if at, ok := tz.capitals.get(k1, k2); !ok {
		lower = tz.forms(t, text, true)
		tz.capitals.add(k1, k2, t.at)
	} else {
		// A word met before in the document: recorded in lw then.
		t.at, t.differs = at, true
		t.upper = 'A' <= s[start] && s[start] <= 'Z'
		t.name = t.upper || arabicNamePrefix(text)
		return
	}
	if tz.lw != nil && !t.name {
		tz.lw.add(lower)
	}
}

// forms gives the token t of a word that is not normal, whose text is
// text, its forms (see token) and its upper and name fields, and returns
// its lower-case form. An ASCII word's lower-case form differs from it:
// it has an upper-case letter.
func (tz *tokenizer) forms(t *token, text string, ascii bool) (lower string) {
	var buf [128]byte
	var both []byte // the lower-case form, then text
	var upper bool
	if n := len(text); ascii && 2*n <= len(buf) {
		both = buf[:2*n]
		for k := range n {
			c := text[k]
			both[n+k] = c
			var lower byte
			if c-'A' <= 'Z'-'A' {
				lower = 'a' - 'A'
			}
			both[k] = c | lower
		}
		t.nlow = uint32(n)
		upper = text[0]-'A' <= 'Z'-'A'
	} else {
		low := wordsplit.AppendNormalized(buf[:0], text)
		upper = startsUpper(text)
		if string(low) == text {
			t.upper, t.name = upper, upper || arabicNamePrefix(text)
			return text // the forms are text, where t is
		}
		t.nlow = uint32(len(low))
		both = append(low, text...)
	}
	var written string
	t.at, written = tz.write(both)
	t.differs, t.upper, t.name = true, upper, upper || arabicNamePrefix(text)
	return written[:t.nlow]
}

// write writes b at the end of the store, and returns its offset and the
// bytes written, a view of the store. A Builder's String is a view of what
// it holds so far; writing more never changes bytes already written.
func (tz *tokenizer) write(b []byte) (at uint32, written string) {
	if tz.origin == noOrigin {
		// appendTokens' first form: the text goes first.
		if tz.store == nil {
			tz.store = new(strings.Builder)
		}
		tz.store.Grow(2*len(tz.text) + len(b))
		tz.origin = uint32(tz.store.Len())
		tz.store.WriteString(tz.text)
	}
	from := tz.store.Len()
	tz.store.Write(b)
	return uint32(from) - tz.origin, tz.store.String()[from:]
}

// startsUpper reports whether s starts with an upper-case letter.
func startsUpper(s string) bool {
	if c := s[0]; c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// arabicNamePrefix reports whether a lower-case word is an Arabic article
// joined to a capitalized name: "al-Sisi", "ash-Shaibani".
func arabicNamePrefix(w string) bool {
	// Every prefix is two or three letters and a hyphen.
	if len(w) < 4 || (w[2] != '-' && w[3] != '-') {
		return false
	}
	for _, p := range []string{"al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-"} {
		if strings.HasPrefix(w, p) && len(w) > len(p) {
			r, _ := utf8.DecodeRuneInString(w[len(p):])
			return unicode.IsUpper(r)
		}
	}
	return false
}

// foldAccents replaces the accented Latin letters of a lower-case word by
// their ASCII base letters ("détente" → "detente", "communiqué" →
// "communique"), since lexicon terms are ASCII. Other runes are kept.
func foldAccents(w string) string {
	if wordsplit.IsASCII(w) {
		return w
	}
	var b strings.Builder
	for _, r := range w {
		b.WriteString(foldRune(r))
	}
	return b.String()
}

// accentTable lists, after each ASCII base and a colon, the lower-case
// letters of Latin-1 and Latin Extended-A that fold to it.
const accentTable = "a:àáâãäåāăą c:çćĉċč d:ďđ e:èéêëēĕėęě g:ĝğġģ h:ĥħ i:ìíîïĩīĭįı j:ĵ k:ķ " +
	"l:ĺļľŀł n:ñńņňŉ o:òóôõöøōŏő r:ŕŗř s:śŝşšș t:ţťŧț u:ùúûüũūŭůűų w:ŵ y:ýÿŷ z:źżž " +
	"ae:æ oe:œ ss:ß"

func foldRune(r rune) string {
	if r < utf8.RuneSelf {
		return string(r)
	}
	if base, ok := accentBase[r]; ok {
		return base
	}
	return string(r)
}

// accentBase maps each letter of accentTable to its base; it is computed
// once and only read.
var accentBase = func() map[rune]string {
	m := make(map[rune]string)
	for _, group := range strings.Fields(accentTable) {
		base, letters, _ := strings.Cut(group, ":")
		for _, r := range letters {
			m[r] = base
		}
	}
	return m
}()

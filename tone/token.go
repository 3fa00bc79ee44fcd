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
// It is 32 bytes: a document has a token every 5 to 6 bytes, and its
// tokens are the largest part of what an analysis keeps alive.
type token struct {
	// form is the lower-case form (lower case, curly apostrophes made
	// straight) followed, when the written form differs from it, by the
	// written form; nlow is the lower-case form's length. Most tokens are
	// lower-case words and punctuation, whose form is their text.
	form       string
	nlow       int32
	start, end int32 // byte offsets in the paragraph; no paragraph nears 2 GiB
	word       bool  // letters or digits; otherwise a single punctuation rune
	upper      bool  // a word that starts with an upper-case letter
	name       bool  // a word that may be part of a name; see isNameWord
}

// lower returns the token in lower case, curly apostrophes made straight.
// src is the store of the token's array (see token).
func (t *token) lower(src string) string { return t.form[:t.nlow] }

// text returns the token as written. src is the store of the token's
// array (see token).
func (t *token) text(src string) string {
	if int(t.nlow) < len(t.form) {
		return t.form[t.nlow:]
	}
	return t.form
}

// sameToken returns a token whose lower-case and written forms are both
// s: punctuation, or a word already in lower case.
func sameToken(s string, start, end int32) token {
	return token{form: s, nlow: int32(len(s)), start: start, end: end}
}

// withForms returns t with the lower-case form lower and the written form
// text.
func (t token) withForms(lower, text string) token {
	t.nlow = int32(len(lower))
	if lower == text {
		t.form = text
	} else {
		t.form = lower + text
	}
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

// appendTokens tokenizes s and appends the tokens to dst. What a word is,
// is package wordsplit's rule. With lowers not nil, the forms of the words
// whose lower-case form differs from the written one are written one after
// another into lowers, and the tokens' forms are views of it: a document's
// capitalized words then share a few large allocations instead of one
// each. The other tokens' forms are views of s.
func appendTokens(dst []token, s string, lowers *strings.Builder) (toks []token, src string) {
	// Most texts here are short (a statement, a label): a small batch,
	// which is zeroed at every call.
	var spans [32]wordsplit.Token
	tz := tokenizer{lowers: lowers, spans: spans[:]}
	return tz.append(dst, s), s
}

// tokenizer holds what tokenizing keeps from one text to the next: the
// paragraphs of a document (tokenizeParagraphsWith) share one; appendTokens
// makes one for its text.
type tokenizer struct {
	lowers *strings.Builder // see appendTokens
	lw     *wordRecorder    // with lw not nil, the words that are no name words are added to it
	// With capitals not nil, it holds the forms of the short ASCII words
	// that are not normal met so far, which lowers holds. A document's
	// tokenizing keeps them; a short text's would fill a table for a
	// word or two.
	capitals *formCache
	// spans has room for a batch of the spans of a text's tokens, as
	// wordsplit.ScanTokens finds them.
	spans []wordsplit.Token
}

// formCache maps words of at most 16 bytes, packed by packWord (with a
// second key of 0) or by packLong, to their forms (see token): an
// open-addressing table, like wordKeys. The zero value is empty.
type formCache struct {
	slots []formSlot // a power of two of them; a zero first key marks an empty slot
	shift uint       // 64 minus log2(len(slots)), less than 64
	n     int        // forms held
}

// formSlot is a slot of a formCache: a word's keys and its form.
type formSlot struct {
	k1, k2 uint64
	form   string
}

// slot returns the slot the cache probes first for the keys k1 and k2
// (see pairSlot). The table must not be empty.
func (c *formCache) slot(k1, k2 uint64) int { return pairSlot(k1, k2, c.shift) }

// get returns the form of the word whose keys are k1 and k2, or "" when
// the cache has none.
func (c *formCache) get(k1, k2 uint64) string {
	if len(c.slots) == 0 {
		return ""
	}
	mask := len(c.slots) - 1
	for i := c.slot(k1, k2); ; i = (i + 1) & mask {
		switch sl := &c.slots[i]; {
		case sl.k1 == k1 && sl.k2 == k2:
			return sl.form
		case sl.k1 == 0:
			return ""
		}
	}
}

// emptied returns the cache emptied, keeping its memory unless it held
// more than keptEntries forms. The forms it held are views of the last
// document's text and forms: emptied, it keeps them not alive.
func (c formCache) emptied() formCache {
	return formCache{slots: emptiedSlots(c.slots, c.n), shift: c.shift}
}

// add adds the form of the word whose keys are k1 and k2, which the
// cache does not hold.
func (c *formCache) add(k1, k2 uint64, form string) {
	if 2*(c.n+1) > len(c.slots) {
		old := c.slots
		size := max(256, 2*len(old))
		c.slots = make([]formSlot, size)
		c.shift = uint(64 - bits.TrailingZeros(uint(size)))
		c.n = 0
		for _, sl := range old {
			if sl.k1 != 0 {
				c.add(sl.k1, sl.k2, sl.form)
			}
		}
	}
	mask := len(c.slots) - 1
	i := c.slot(k1, k2)
	for c.slots[i].k1 != 0 {
		i = (i + 1) & mask
	}
	c.slots[i] = formSlot{k1, k2, form}
	c.n++
}

// append tokenizes s and appends the tokens to dst, as appendTokens does.
func (tz *tokenizer) append(dst []token, s string) []token {
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
			t.form, t.nlow = s[sp.Start:sp.End], sp.End-sp.Start
			t.start, t.end = sp.Start, sp.End
			t.word, t.upper, t.name = sp.Word, false, false
			if !sp.Normal {
				if !sp.Word {
					continue
				}
				// Most words that are not normal are short capitalized
				// words whose form the cache holds: no call then. The
				// form is the lower-case form and the word as written,
				// n bytes each (see notNormal). The cache holds ASCII
				// words only: the key of a word with a byte of a
				// non-ASCII rune is no cached word's, and misses.
				if start, n := int(sp.Start), uint32(t.nlow); n <= 8 && start+8 <= len(s) && tz.capitals != nil {
					if form := tz.capitals.get(load8(s, start)&keyMask[n], 0); form != "" {
						t.form = form
						t.upper = 'A' <= s[start] && s[start] <= 'Z'
						t.name = t.upper || arabicNamePrefix(form[n:])
						// Not recorded in lw: it was when its form was
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
					lw.addShort(key, t.form)
				}
			} else if end := int(sp.End); n > 8 && n <= 16 {
				// packLong's keys: the first load of eight, and the
				// last one shifted down to the bytes after the first
				// eight.
				k1, k2 := load8(s, start), load8(s, end-8)>>((128-8*n)&63)
				if !lw.long.holdsAtFirst(k1, k2) {
					lw.addLong(k1, k2, t.form)
				}
			} else {
				lw.add(t.form)
			}
		}
	}
	return dst
}

// notNormal gives the word token t of s, which is not normal (see
// append), its forms and its upper and name fields, and records its
// lower-case form when it is no name word.
func (tz *tokenizer) notNormal(t *token, s string) {
	ascii := wordsplit.IsASCII(t.form)
	var form string
	var nlow int
	start, end := int(t.start), int(t.end)
	// Most capitalized words are at most 16 bytes, and recur: the form
	// of one is made once a document. Its keys are packWord's or
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
	if k1 == 0 { // no keys: no word's first byte is 0
		form, nlow, t.upper, t.name = tz.forms(t.form, ascii)
	} else if form = tz.capitals.get(k1, k2); form == "" {
		form, nlow, t.upper, t.name = tz.forms(t.form, true)
		tz.capitals.add(k1, k2, form)
	} else {
		// A word met before in the document: recorded in lw then.
		t.form, t.nlow = form, int32(end-start)
		t.upper = 'A' <= s[start] && s[start] <= 'Z'
		t.name = t.upper || arabicNamePrefix(s[start:end])
		return
	}
	t.form, t.nlow = form, int32(nlow)
	if tz.lw != nil && !t.name {
		tz.lw.add(form[:nlow])
	}
}

// forms returns the form of a word that is not normal, and the length of
// its lower-case form, and whether it starts upper case and whether it
// may be part of a name (see token).
func (tz *tokenizer) forms(text string, ascii bool) (form string, nlow int, upper, name bool) {
	var buf [128]byte
	var both []byte // the lower-case form, then text
	if n := len(text); ascii && 2*n <= len(buf) {
		// An ASCII word that is not normal has an upper-case letter:
		// its lower-case form differs from it.
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
		nlow = n
		upper = text[0]-'A' <= 'Z'-'A'
	} else {
		low := wordsplit.AppendNormalized(buf[:0], text)
		upper = startsUpper(text)
		if string(low) == text {
			return text, len(text), upper, upper || arabicNamePrefix(text)
		}
		nlow = len(low)
		both = append(low, text...)
	}
	if tz.lowers == nil {
		form = string(both)
	} else {
		// A Builder's String is a view of what it holds so far; writing
		// more never changes bytes already written.
		from := tz.lowers.Len()
		tz.lowers.Write(both)
		form = tz.lowers.String()[from:]
	}
	return form, nlow, upper, upper || arabicNamePrefix(text)
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

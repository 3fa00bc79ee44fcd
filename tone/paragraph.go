package tone

import (
	"math/bits"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/demarche/demarche/tone/dateline"
	"github.com/demarche/demarche/tone/wordsplit"
)

// paragraph is one paragraph of a document.
type paragraph struct {
	index int     // 1-based
	text  string  // with hard line breaks joined by spaces
	toks  []token // the tokens of text, once tokenized
	src   string  // the store of toks (see token)
}

// tokens returns the paragraph's tokens, tokenizing it the first time.
func (p *paragraph) tokens() []token {
	if p.toks == nil {
		p.tokenize()
	}
	return p.toks
}

// tokenize tokenizes the paragraph's text: tokens stays small enough to
// be inlined.
func (p *paragraph) tokenize() { p.toks, p.src = tokenize(p.text) }

// span returns the tokens of text when text is a span of p.text (the
// same bytes in memory, as statements cut from the paragraph are) and no
// token of p crosses either end of it: they are then the tokens that
// tokenizing text would give, since a token never depends on what comes
// before it, and what comes after ends it the same way as the end of
// text does. Otherwise ok is false.
func (p *paragraph) span(text string) (toks []token, ok bool) {
	if len(text) == 0 || len(p.text) == 0 || p.toks == nil {
		return nil, false
	}
	off := int(uintptr(unsafe.Pointer(unsafe.StringData(text))) - uintptr(unsafe.Pointer(unsafe.StringData(p.text))))
	if off < 0 || off > len(p.text)-len(text) {
		return nil, false
	}
	end := off + len(text)
	// The first token that ends after off, and the first that ends after
	// end.
	i := sort.Search(len(p.toks), func(k int) bool { return int(p.toks[k].end) > off })
	// The text's tokens are read next anyway: no second search. They end
	// in order: when the fourth from j ends by end, so do the three
	// before it.
	j := i
	for j+4 <= len(p.toks) && int(p.toks[j+3].end) <= end {
		j += 4
	}
	for j < len(p.toks) && int(p.toks[j].end) <= end {
		j++
	}
	if (i < len(p.toks) && int(p.toks[i].start) < off) || (j < len(p.toks) && int(p.toks[j].start) < end) {
		return nil, false // a token crosses an end of text
	}
	return p.toks[i:j:j], true
}

// joinedTokens returns the tokens of text, a transcript turn that goes on
// over paragraphs: the end of paras[0]'s text, then the whole text of
// each paragraph after it, joined by single spaces (see turnText). They
// are the paragraphs' own tokens, copied to buf with their offsets moved
// to count from text's start, and are valid until buf's next use; ok is
// false when text is not so joined (a turn cleaned of a parenthesis, for
// one), and its tokens must be read from text. No token crosses a space,
// so these are tokenize(text)'s (TestJoinedTokens).
func joinedTokens(buf *[]token, paras []paragraph, text string) (toks []token, ok bool) {
	// The parts after the first are whole paragraphs: with n of them,
	// the first part is what text has before them.
	rest := 0 // the length of the parts after the first, with their spaces
	for n := 1; n < len(paras); n++ {
		rest += 1 + len(paras[n].text)
		first := len(text) - rest
		if first <= 0 {
			return nil, false
		}
		p0 := &paras[0]
		if !strings.HasSuffix(p0.text, text[:first]) || p0.toks == nil {
			continue
		}
		// The first part's tokens start where it does in its paragraph.
		off := len(p0.text) - first
		k := sort.Search(len(p0.toks), func(i int) bool { return int(p0.toks[i].end) > off })
		if k < len(p0.toks) && int(p0.toks[k].start) < off {
			return nil, false // a token crosses the start of the turn
		}
		at, ok := first, true
		for j := 1; j <= n && ok; j++ {
			ok = text[at] == ' ' && text[at+1:at+1+len(paras[j].text)] == paras[j].text && paras[j].toks != nil && paras[j].src == p0.src
			at += 1 + len(paras[j].text)
		}
		if !ok {
			continue
		}
		out := append((*buf)[:0], p0.toks[k:]...)
		moveTokens(out, -int32(off))
		at = first + 1
		for j := 1; j <= n; j++ {
			m := len(out)
			out = append(out, paras[j].toks...)
			moveTokens(out[m:], int32(at))
			at += 1 + len(paras[j].text)
		}
		*buf = out
		return out, true
	}
	return nil, false
}

// tokenizeParagraphsWith tokenizes every paragraph of a document of size
// bytes into one array, written over buf's when it has room, and returns
// it: the document's tokens in order. A paragraph's text joins its lines
// with a space, and no token spans a line break, so these are the tokens
// of the document itself, except for their offsets, which count from the
// start of each paragraph. Their store (see token) is store, which starts
// with the paragraphs' texts, back to back, as splitParagraphsInto writes
// them; the forms of the words that have any are written after them, and
// each paragraph's src is the store's text. With lw not nil, it records the
// lower-case form of every word that is no name word (see
// docState.lowered) as it reads each word; capitals keeps where the forms
// of short capitalized words are in store. A document's state holds lw
// and capitals, and their memory, from one document to the next.
func tokenizeParagraphsWith(buf []token, paras []paragraph, size int, lw *wordRecorder, capitals *formCache, store *strings.Builder) []token {
	// English prose has a token every 5 to 6 bytes (5.3 in the attribution
	// gold documents, 5.6 in the generated corpus, no file of which has
	// fewer than 5.1): room for one every 5 fits nearly every document
	// without growing the array, which append would copy.
	all := buf[:0]
	if cap(all) < size/5+16 {
		all = make([]token, 0, size/5+16)
	}
	var spans [128]wordsplit.Token
	tz := tokenizer{store: store, lw: lw, capitals: capitals, spans: spans[:]}
	for i := range paras {
		// The paragraph's text must be the store's bytes at base: a
		// view of them, as splitParagraphsInto makes, compares at once.
		text := paras[i].text
		if at := int(tz.base); at+len(text) > store.Len() || store.String()[at:at+len(text)] != text {
			panic("tone: a paragraph's text is not in its store")
		}
		n := len(all)
		all = tz.append(all, text)
		paras[i].toks = all[n:]
		tz.base += uint32(len(text))
	}
	// Growing all may have moved it: each paragraph's tokens are set
	// again, from their counts, as views of where they are now.
	n, src := 0, store.String()
	for i := range paras {
		k := n + len(paras[i].toks)
		paras[i].toks, paras[i].src = all[n:k:k], src
		n = k
	}
	return all
}

// packWord returns the bytes of a word of at most 8 bytes packed into a
// uint64, the first in the lowest byte. No word has a NUL byte, so no two
// words have the same key. ok is false for a longer word.
func packWord(w string) (k uint64, ok bool) {
	if len(w) > 8 {
		return 0, false
	}
	for i := len(w) - 1; i >= 0; i-- {
		k = k<<8 | uint64(w[i])
	}
	return k, true
}

// packLong returns the bytes of a word of 9 to 16 bytes packed into two
// uint64: packWord's keys of its first 8 bytes and of the rest. No word
// has a NUL byte, so no two words have the same keys. ok is false for a
// shorter or longer word.
func packLong(w string) (k1, k2 uint64, ok bool) {
	if len(w) < 9 || len(w) > 16 {
		return 0, 0, false
	}
	k1, _ = packWord(w[:8])
	k2, _ = packWord(w[8:])
	return k1, k2, true
}

// keyMask[n] keeps the n lowest bytes of a uint64: the key packWord
// gives a word of n bytes, from a load of eight that starts with it.
var keyMask = [9]uint64{0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff, 0xffffffffffff, 0xffffffffffffff, 0xffffffffffffffff}

// wordRecorder adds words to a set of them, such as docState.lowered. Most
// words recur, and most are short: a short word goes into the set only
// the first time it is met, which a wordKeys set tells in a few
// nanoseconds; a map lookup, which hashes the word and compares strings,
// took about twice as long.
type wordRecorder struct {
	set   map[string]bool
	short wordKeys // the words of set of at most 8 bytes, packed by packWord
	long  pairKeys // the words of set of 9 to 16 bytes, packed by packLong
}

// add adds the word w to the set.
func (lw *wordRecorder) add(w string) {
	if k, ok := packWord(w); ok {
		if lw.short.add(k) {
			lw.set[w] = true
		}
	} else if k1, k2, ok := packLong(w); ok {
		lw.addLong(k1, k2, w)
	} else if !lw.set[w] {
		lw.set[w] = true
	}
}

// addLong adds to the set the word w of 9 to 16 bytes, whose keys k1
// and k2 are packLong's.
func (lw *wordRecorder) addLong(k1, k2 uint64, w string) {
	if lw.long.add(k1, k2) {
		lw.set[w] = true
	}
}

// addShort adds to the set the word w of at most 8 bytes, whose key k
// is packWord's.
func (lw *wordRecorder) addShort(k uint64, w string) {
	if lw.short.add(k) {
		lw.set[w] = true
	}
}

// wordKeys is a set of words packed by packWord: an open-addressing table
// of their keys. Telling whether a word is new takes a multiplication and
// a probe or two, where a map[string]bool hashes the word and compares
// strings; tokenizing asks it once for most words of a document. The zero
// value is an empty set.
type wordKeys struct {
	slots []uint64 // a power of two of them; 0 marks an empty slot
	shift uint     // 64 minus log2(len(slots)), less than 64
	n     int      // keys held
}

// holdsAtFirst reports whether the set holds k in the slot it probes
// first; when it does not, the set may still hold k.
func (s *wordKeys) holdsAtFirst(k uint64) bool {
	return len(s.slots) > 0 && s.slots[int(k*0x9e3779b97f4a7c15>>(s.shift&63))] == k
}

// add adds the nonzero key k to the set and reports whether it was new.
func (s *wordKeys) add(k uint64) bool {
	if 2*(s.n+1) > len(s.slots) {
		s.grow()
	}
	mask := len(s.slots) - 1
	// Fibonacci hashing: the top bits of the product mix all of k's.
	for i := int(k * 0x9e3779b97f4a7c15 >> (s.shift & 63)); ; i = (i + 1) & mask {
		switch s.slots[i] {
		case k:
			return false
		case 0:
			s.slots[i] = k
			s.n++
			return true
		}
	}
}

// emptied returns the set emptied, keeping its memory unless it held
// more than keptEntries keys.
func (s wordKeys) emptied() wordKeys {
	return wordKeys{slots: emptiedSlots(s.slots, s.n), shift: s.shift}
}

// emptiedSlots returns the slots of an open-addressing table that holds n
// entries (wordKeys, pairKeys, formCache, keyIndex) cleared, or nil when n is more
// than keptEntries: the table then grows anew from nothing, which sets
// its shift.
func emptiedSlots[S any](slots []S, n int) []S {
	if n > keptEntries {
		return nil
	}
	clear(slots)
	return slots
}

// grow doubles the table (to 1,024 slots the first time) and adds the
// keys again.
func (s *wordKeys) grow() {
	old := s.slots
	size := max(1024, 2*len(old))
	s.slots = make([]uint64, size)
	s.shift = uint(64 - bits.TrailingZeros(uint(size)))
	s.n = 0
	for _, k := range old {
		if k != 0 {
			s.add(k)
		}
	}
}

// pairKeys is wordKeys for words of 9 to 16 bytes, packed by packLong
// into two keys: an open-addressing table of the pairs. The zero value is
// an empty set.
type pairKeys struct {
	slots [][2]uint64 // a power of two of them; a zero first key marks an empty slot
	shift uint        // 64 minus log2(len(slots)), less than 64
	n     int         // pairs held
}

// slot returns the slot the set probes first for the keys k1 and k2 (see
// pairSlot). The table must not be empty.
func (s *pairKeys) slot(k1, k2 uint64) int { return pairSlot(k1, k2, s.shift) }

// pairSlot returns the slot a table of 64-shift bits of index probes
// first for the keys k1 and k2: the top bits of a product that mixes
// both (Fibonacci hashing, as in wordKeys). pairKeys and formCache use
// it.
func pairSlot(k1, k2 uint64, shift uint) int {
	return int((k1 ^ k2*0xff51afd7ed558ccd) * 0x9e3779b97f4a7c15 >> (shift & 63))
}

// holdsAtFirst reports whether the set holds the pair k1, k2 in the slot
// it probes first; when it does not, the set may still hold it.
func (s *pairKeys) holdsAtFirst(k1, k2 uint64) bool {
	if len(s.slots) == 0 {
		return false
	}
	sl := &s.slots[s.slot(k1, k2)]
	return sl[0] == k1 && sl[1] == k2
}

// emptied returns the set emptied, keeping its memory unless it held
// more than keptEntries pairs.
func (s pairKeys) emptied() pairKeys {
	return pairKeys{slots: emptiedSlots(s.slots, s.n), shift: s.shift}
}

// add adds the pair of keys k1, k1 nonzero, to the set and reports
// whether it was new.
func (s *pairKeys) add(k1, k2 uint64) bool {
	if 2*(s.n+1) > len(s.slots) {
		old := s.slots
		size := max(256, 2*len(old))
		s.slots = make([][2]uint64, size)
		s.shift = uint(64 - bits.TrailingZeros(uint(size)))
		s.n = 0
		for _, sl := range old {
			if sl[0] != 0 {
				s.add(sl[0], sl[1])
			}
		}
	}
	mask := len(s.slots) - 1
	for i := s.slot(k1, k2); ; i = (i + 1) & mask {
		switch sl := &s.slots[i]; {
		case sl[0] == k1 && sl[1] == k2:
			return false
		case sl[0] == 0:
			*sl = [2]uint64{k1, k2}
			s.n++
			return true
		}
	}
}

// Normalize prepares a document for analysis: it drops a UTF-8 byte order
// mark, turns CRLF and lone CR line ends into LF, reads across the page
// breaks of text taken from a PDF (see mendPages), drops invisible format
// characters that scrapers leave inside words (zero-width spaces and
// joiners, soft hyphens, stray byte order marks) and turns other control
// characters into spaces, so that "Lavrov\u200b said" still reads as
// Lavrov said. A Markdown link is its text, and a Markdown image nothing
// (see stripLinks).
func Normalize(doc string) string {
	doc = strings.TrimPrefix(doc, "\uFEFF")
	if strings.IndexByte(doc, '\r') >= 0 {
		doc = strings.ReplaceAll(doc, "\r\n", "\n")
		doc = strings.ReplaceAll(doc, "\r", "\n")
	}
	if strings.IndexByte(doc, '\f') >= 0 {
		doc = mendPages(doc)
	}
	doc = stripLinks(doc)
	if hasInvisible(doc) {
		doc = strings.Map(func(r rune) rune {
			switch {
			case r == '\n' || r == '\t':
				return r
			case unicode.IsControl(r):
				return ' '
			case isInvisible(r):
				return -1
			}
			return r
		}, doc)
	}
	return doc
}

// mendPages reads across the page breaks (form feeds) of text taken from
// a PDF, as pdftotext writes it: a page break is no break in the text.
// The lines around it that are the pages' running heads and feet (a
// document symbol, a job number, a page number, a date: see
// pageFurniture) are dropped with the blank lines among them, and the
// text on either side is joined by a line end when the page ended inside
// a sentence ("… exercise restraint and" / "to return to the table");
// else by one blank line, a paragraph's end, unless the new page starts
// a document of its own (see startsDocument), when two blank lines keep
// the documents apart. (A speaker's turn in a council record goes on over
// the page; read as two documents, the rest of it lost its speaker.) A
// PDF of several documents that startsDocument does not tell apart is
// read as one: split it into files, or end each document with a line
// "End of Document" (see [Documents]).
func mendPages(doc string) string {
	// A form feed on a line of its own, so that the lines around it are
	// read whole.
	doc = strings.ReplaceAll(doc, "\f", "\n\f\n")
	var b strings.Builder
	b.Grow(len(doc))
	for {
		ff := strings.IndexByte(doc, '\f')
		if ff < 0 {
			b.WriteString(doc)
			return b.String()
		}
		// Back from the form feed over blank lines and at most three
		// of furniture, to the end of the last line of text.
		start := strings.LastIndexByte(doc[:ff], '\n') + 1 // the form feed's line
		for n := 0; start > 0; {
			prev := strings.LastIndexByte(doc[:start-1], '\n') + 1
			line := strings.TrimSpace(doc[prev : start-1])
			if line != "" {
				if n == 3 || !pageFurniture(line) {
					break
				}
				n++
			}
			start = prev
		}
		// On from it over blank lines and at most three of furniture,
		// to the start of the next line of text.
		end := ff + 1
		for n := 0; end < len(doc); {
			next := strings.IndexByte(doc[end:], '\n')
			if next < 0 {
				next = len(doc) - end
			}
			line := strings.TrimSpace(doc[end : end+next])
			if line != "" {
				if n == 3 || !pageFurniture(line) {
					break
				}
				n++
			}
			end = min(end+next+1, len(doc))
		}
		before := strings.TrimRight(doc[:start], " \t\n")
		b.WriteString(before)
		switch {
		case before == "" || end >= len(doc):
			// Nothing before the page break, or nothing after it.
		case !endsSentence(before):
			b.WriteByte('\n')
		case startsDocument(doc[end:]):
			b.WriteString("\n\n\n") // a gap between documents (see Documents)
		default:
			b.WriteString("\n\n")
		}
		doc = doc[end:]
	}
}

// startsDocument reports whether a page whose text is text starts a
// document of its own, as in a PDF of press releases: its first line
// opens a speech's heading ("Statement by …"), or one of its first three
// lines, short lines that end no sentence (a title, a dateline), holds a
// date. A page of a record goes on with the record.
func startsDocument(text string) bool {
	for n := 0; n < 3 && text != ""; n++ {
		line, rest, _ := strings.Cut(text, "\n")
		text = rest
		line = strings.TrimSpace(line)
		if line == "" {
			break
		}
		if _, k := speechOpenerAt(line); n == 0 && k > 0 {
			return true
		}
		if len(line) > 200 || endsSentence(line) {
			return false
		}
		if _, ok := dateline.Find(line); ok {
			return true
		}
	}
	return false
}

// pageFurniture reports whether line, trimmed of spaces, may be a
// running head or foot of a page: a line that does not start with a
// lower-case letter nor end a sentence, as a line of text going on
// would, and that has no letter but a digit (a page or job number: "12",
// "- 12 -", "24-01234"), a first or last word with a slash and a digit (a
// document symbol, a page of pages, a date: "S/PV.9520   The situation in
// the Middle East   18/01/2024", "24-01234   5/30"), or reads "Page 5" or
// "Page 5 of 30".
func pageFurniture(line string) bool {
	if len(line) > 160 || endsSentence(line) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(line); unicode.IsLower(r) {
		return false
	}
	letters, digits := false, false
	for _, r := range line {
		letters = letters || unicode.IsLetter(r)
		digits = digits || r < utf8.RuneSelf && isASCIIDigit(byte(r))
	}
	if !digits {
		return false
	}
	if !letters {
		return true
	}
	fields := strings.Fields(line)
	// A running head sets its symbol, date or page at its edges; a line
	// of text may have such a word inside ("In 2023/24 the Council").
	for _, f := range []string{fields[0], fields[len(fields)-1]} {
		if slash := strings.IndexByte(f, '/'); slash > 0 && slash < len(f)-1 && strings.ContainsAny(f, "0123456789") {
			return true
		}
	}
	if len(fields) >= 2 && strings.EqualFold(fields[0], "page") && digitsFrom(fields[1], 0) == len(fields[1]) {
		return len(fields) == 2 || len(fields) == 4 && strings.EqualFold(fields[2], "of") && digitsFrom(fields[3], 0) == len(fields[3])
	}
	return false
}

// hasInvisible reports whether doc has a rune isInvisible reports. It is
// strings.IndexFunc(doc, isInvisible) >= 0, reading ASCII, which nearly
// every byte of a document is, eight bytes at a time (see load8) without
// decoding it.
func hasInvisible(doc string) bool {
	for i := 0; i < len(doc); {
		if i = controlOrNonASCIIFrom(doc, i); i == len(doc) {
			break
		}
		c := doc[i]
		if !invisibleBytes[c] {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			return true
		}
		r, n := utf8.DecodeRuneInString(doc[i:])
		if isInvisible(r) {
			return true
		}
		i += n
	}
	return false
}

// controlOrNonASCIIFrom returns the offset of the first byte of doc from
// i on that is an ASCII control character (line feeds and tabs too) or
// not ASCII, or where fewer than eight bytes are left, or len(doc). It
// reads thirty-two bytes at a time, then eight, in loops of their own,
// whose few variables stay in registers.
func controlOrNonASCIIFrom(doc string, i int) int {
	// rest is doc from i: its length tells the compiler that the loads
	// are in bounds, so that they are not checked.
	rest := doc[i:]
	for len(rest) >= 32 {
		// Thirty-two bytes a turn, tested with one branch: a line of a
		// document is about 100 bytes, read in three turns. The masks
		// of controlOrNonASCII are spelt out and joined before the one
		// AND with highBits: the loop has no calls to inline, whose
		// marks cost an instruction each, and no mask is needed to know
		// whether some byte is marked. Which byte it is, the loop below
		// tells.
		a, b, c, d := load8(rest, 0), load8(rest, 8), load8(rest, 16), load8(rest, 24)
		m := (a - lowBits*0x20) | (a + lowBits) | a |
			(b - lowBits*0x20) | (b + lowBits) | b |
			(c - lowBits*0x20) | (c + lowBits) | c |
			(d - lowBits*0x20) | (d + lowBits) | d
		if m&highBits != 0 {
			break
		}
		rest = rest[32:]
	}
	for len(rest) >= 8 {
		if m := controlOrNonASCII(load8(rest, 0)); m != 0 {
			return len(doc) - len(rest) + firstByte(m)
		}
		rest = rest[8:]
	}
	return len(doc) - len(rest)
}

// invisibleBytes marks the bytes hasInvisible stops at: the ASCII control
// characters other than the line feed and tab, which are invisible, and
// every byte of a non-ASCII rune, which may be. It is only read.
var invisibleBytes = func() (t [256]bool) {
	for c := range 256 {
		t[c] = (c < 0x20 && c != '\n' && c != '\t') || c == 0x7f || c >= utf8.RuneSelf
	}
	return t
}()

// isInvisible reports whether r is a control character other than a line
// feed or tab, or a format character that only joins or breaks words
// invisibly.
func isInvisible(r rune) bool {
	switch r {
	case '\n', '\t':
		return false
	case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad':
		return true
	}
	return unicode.IsControl(r)
}

// datelineEnd returns the offset just past a wire dateline that opens a
// paragraph — "BEIJING (Reuters) – ", "NEW DELHI, Aug 22 (Demarche Wire) -
// " — or 0 when there is none.
func datelineEnd(text string) int {
	open := strings.IndexByte(text, '(')
	if open <= 0 || open > 60 {
		return placeDashEnd(text)
	}
	r, _ := utf8.DecodeRuneInString(text)
	if !unicode.IsUpper(r) {
		return 0
	}
	// The place is written in capitals: "TAIPEI/BEIJING", "NEW YORK, 14 March".
	place := text[:open]
	if comma := strings.IndexByte(place, ','); comma > 0 {
		place = place[:comma]
	}
	if !isAllCaps(place) {
		return 0
	}
	close := strings.IndexByte(text[open:], ')')
	if close < 0 || close > 50 {
		return 0
	}
	rest := text[open+close+1:]
	for _, dash := range []string{" – ", " - ", " — "} {
		if strings.HasPrefix(rest, dash) {
			return open + close + 1 + len(dash)
		}
	}
	return 0
}

// placeDashEnd returns where the text starts after a dateline of a place
// in capitals and a dash, with no agency ("RIYADH — ", "GENEVA, May 3 – "),
// or 0. A transcript's label in capitals ("MR. OSEI – ") is none: a place
// has no full stop, and at most three words.
func placeDashEnd(text string) int {
	head := text[:min(len(text), 40+len(" — "))] // only the first 40 bytes may be the place
	for _, dash := range []string{" — ", " – ", " - "} {
		k := strings.Index(head, dash)
		if k <= 0 || k > 40 {
			continue
		}
		place := text[:k]
		if comma := strings.IndexByte(place, ','); comma > 0 {
			place = place[:comma]
		}
		if len(place) >= 3 && isAllCaps(place) && strings.Count(place, " ") < 3 && !strings.ContainsAny(place, ".:") {
			return k + len(dash)
		}
	}
	return 0
}

// CountParagraphs returns how many paragraphs [Attributor.Attribute]
// numbers in doc, so that a caller analysing a long text piece by piece
// (each piece ending at a blank line) can number paragraphs across pieces.
func CountParagraphs(doc string) int {
	return len(splitParagraphs(Normalize(doc)))
}

// splitParagraphs splits a normalized document into paragraphs. A blank
// line always ends a paragraph; a single line break ends one when the line
// before it ends a sentence, so both one-paragraph-per-line text and
// hard-wrapped text read right.
func splitParagraphs(doc string) []paragraph {
	return splitParagraphsInto(nil, doc, nil)
}

// splitParagraphsInto is splitParagraphs writing the paragraphs over
// buf's array when it has room for them. With store not nil, the
// paragraphs' texts are written into it, back to back, and are views of
// it: a document's store (see tokenizeParagraphsWith). A paragraph of
// several lines is then written once, not joined into a string of its
// own and copied into the store.
func splitParagraphsInto(buf []paragraph, doc string, store *strings.Builder) []paragraph {
	// Room for a paragraph every two lines, the usual layout (one line
	// and a blank one), so that appending seldom copies them: growing
	// them one doubling at a time allocated twice their final size.
	out := buf[:0]
	if n := strings.Count(doc, "\n")/2 + 1; cap(out) < n {
		out = make([]paragraph, 0, n)
	}
	var cur []string
	flush := func() {
		if len(cur) == 0 {
			return
		}
		var text string
		if store == nil {
			text = strings.Join(cur, " ")
		} else {
			from := store.Len()
			store.WriteString(cur[0])
			for _, line := range cur[1:] {
				store.WriteByte(' ')
				store.WriteString(line)
			}
			text = store.String()[from:]
		}
		out = append(out, paragraph{index: len(out) + 1, text: text})
		cur = cur[:0]
	}
	labelOnly := false // the last line is a timed label and nothing else
	for line := range strings.SplitSeq(doc, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			flush()
			continue
		}
		if len(cur) > 0 && (labelOnly || endsSentence(cur[len(cur)-1]) || startsLabel(line) || nextListItem(cur[len(cur)-1], line)) {
			flush()
		}
		cur = append(cur, line)
		// "Ana Ruiz  1:45" ends its line without a colon, the turn on the
		// lines after it: it is a paragraph of its own, as "Ana Ruiz:"
		// is. Only a line that ends as a time code does is asked.
		labelOnly = false
		if c := line[len(line)-1]; isASCIIDigit(c) || c == ')' || c == ']' {
			_, rest, ok := cutLabel(line)
			labelOnly = ok && rest == ""
		}
	}
	flush()
	return out
}

// nextListItem reports whether line opens an item of a list that the line
// before it, an item of the same list, ends: each item is a paragraph of
// its own, as a press release's points ("- condemns the attacks …;",
// "• calls on all parties …"). After a line that is no item, a line that
// starts with a hyphen may be a dash where a hard-wrapped sentence broke.
func nextListItem(prev, line string) bool {
	_, ok := listItem(line)
	if !ok {
		return false
	}
	_, prevItem := listItem(prev)
	return prevItem || strings.HasSuffix(prev, ";")
}

// endsSentence reports whether a line ends with sentence punctuation,
// possibly followed by closing quotation marks or brackets.
func endsSentence(line string) bool {
	line = strings.TrimRightFunc(line, func(r rune) bool {
		return r == '"' || r == '”' || r == '’' || r == '»' || r == ')' || r == '\''
	})
	r, _ := utf8.DecodeLastRuneInString(line)
	return r == '.' || r == '!' || r == '?' || r == ':' || r == '…'
}

// startsLabel reports whether a line looks like it opens a transcript turn
// ("Mao Ning: ...", "Q: ...").
func startsLabel(line string) bool {
	_, _, ok := cutLabel(line)
	return ok
}

// cutLabel splits a transcript speaker label from the start of a line:
// "MR MILLER: Good afternoon." gives ("MR MILLER", "Good afternoon.").
// A label is at most six words before a colon, each capitalized or a
// parenthesised affiliation, with no sentence punctuation, so that
// "Lavrov said: ..." is not a label.
//
// Recorded interviews' transcripts time their turns: a time code before
// the label ("[00:01:45] Ana Ruiz: …") is passed over, and one after it
// ("Ana Ruiz (00:01:45): …") is no part of it; such a label may end its
// line without a colon ("Ana Ruiz  1:45", the turn on the next line),
// unless it is a day or month ("Monday 10:30"). A label may be set in
// bold ("**Ana Ruiz:**"), and a printed interview's "Q." and "A." are
// labels too.
func cutLabel(line string) (label, rest string, ok bool) {
	// "Q    Mr. President, …": White House transcripts set the question
	// mark-up apart with spaces instead of a colon.
	if len(line) > 3 && line[0] == 'Q' && (strings.HasPrefix(line[1:], "  ") || line[1] == '\t') {
		return "Q", strings.TrimSpace(line[1:]), true
	}
	// "Q. How were the talks?", "A. They were useful.": a printed
	// interview's questions and answers.
	if len(line) > 3 && (line[0] == 'Q' || line[0] == 'A') && line[1] == '.' && line[2] == ' ' {
		return line[:1], strings.TrimSpace(line[3:]), true
	}
	if label, rest, ok := recordLabel(line); ok {
		return label, rest, true
	}
	// Hansard numbers a member's oral question: "1. Helen Marlowe
	// (Cardiff South and Penarth) (Lab): What recent assessment …". The
	// number is read past when the label has its brackets.
	if n := leadingNumber(line); n > 0 {
		if label, rest, ok := cutLabel(line[n:]); ok && affiliationAt(label) > 0 {
			return label, rest, true
		}
	}
	if line != "" && (isASCIIDigit(line[0]) || line[0] == '[' || line[0] == '(') {
		if e := timecodeEnd(line, 0); e > 0 && e < len(line) && asciiBlank(line[e]) {
			line = strings.TrimLeft(line[e:], " \t")
		}
	}
	// "**Ana Ruiz:** …" or "**Ana Ruiz**: …": a label in bold, as text
	// converted from a web page or a word processor sets it (Markdown).
	if len(line) > 2 && (line[:2] == "**" || line[:2] == "__") {
		mark := line[:2]
		if label, rest, ok := cutLabel(line[2:]); ok {
			return strings.TrimSuffix(label, mark), strings.TrimSpace(strings.TrimPrefix(rest, mark)), true
		}
		return "", "", false
	}
	// Only the first 81 bytes can hold the colon: a paragraph without
	// one is not read to its end.
	colon := strings.IndexByte(line[:min(len(line), 81)], ':')
	if colon <= 0 {
		// Hansard's office labels may be longer: "The Secretary of State
		// for Foreign, Commonwealth and Development Affairs (David
		// Lammy): …".
		if strings.HasPrefix(line, "The ") {
			if e := strings.Index(line[:min(len(line), maxOfficeLabel+2)], "):"); e > 0 {
				if _, _, ok := officeLabel(line[:e+1]); ok {
					return line[:e+1], strings.TrimSpace(line[e+2:]), true
				}
			}
		}
		return "", "", false
	}
	if t, e := timecodeAround(line, colon); t > 0 {
		// The colon is a time code's: the label is before it, and a
		// colon or the end of the line after it.
		label, after := strings.TrimSpace(line[:t]), strings.TrimLeft(line[e:], " \t")
		switch {
		case strings.HasPrefix(after, ":"):
			rest = strings.TrimSpace(after[1:])
		case after != "" || isCalendarWord(label):
			return "", "", false
		}
		if !labelName(label) {
			return "", "", false
		}
		return label, rest, true
	}
	label = strings.TrimSpace(line[:colon])
	// The affiliation in "Mr. Nebenzia (Russian Federation):" is part of
	// the label; check the name before it.
	name := label
	if open := affiliationAt(label); open > 0 && (strings.HasSuffix(label, ")") || strings.HasSuffix(label, "]")) {
		name = strings.TrimSpace(label[:open])
	}
	if !labelName(name) {
		if _, _, ok := officeLabel(label); !ok && !titleCommaLabel(label) && nameCommaLabel(name) < 0 {
			return "", "", false
		}
	}
	return label, strings.TrimSpace(line[colon+1:]), true
}

// leadingNumber returns the length of a question's number and its full
// stop and space at the start of line ("1. ", "12. "), or 0.
func leadingNumber(line string) int {
	i := 0
	for i < len(line) && i < 3 && isASCIIDigit(line[i]) {
		i++
	}
	if i == 0 || i+2 > len(line) || line[i] != '.' || line[i+1] != ' ' {
		return 0
	}
	return i + 2
}

// recordLabel cuts a label as the Congressional Record and the hearings
// printed from it set one: a title as written in prose, the speaker's name
// in capitals, a full stop, and the turn ("The CHAIRMAN. The committee
// will come to order.", "Senator HALL. Madam Secretary, …", "Mr. VAN
// HOLLEN. I thank the chair."). After "The" only an office of the
// chamber's is a label ("The PRESIDING OFFICER."), not "The EU. It …".
func recordLabel(line string) (label, rest string, ok bool) {
	sp := strings.IndexByte(line, ' ')
	if sp <= 0 || !recordTitles[line[:sp]] {
		return "", "", false
	}
	// One to four words of capitals (letters, hyphens, apostrophes) up
	// to the full stop.
	i, stop := sp+1, -1
	for words := 0; words < 4 && stop < 0; words++ {
		j, letters := i, 0
		for j < len(line) {
			r, n := utf8.DecodeRuneInString(line[j:])
			if unicode.IsUpper(r) {
				letters++
			} else if r != '-' && r != '\'' && r != '’' {
				break
			}
			j += n
		}
		if letters < 2 || j >= len(line) {
			return "", "", false
		}
		switch line[j] {
		case '.':
			stop = j
		case ' ':
			i = j + 1
		default:
			return "", "", false
		}
	}
	if stop < 0 || stop+2 >= len(line) || line[stop+1] != ' ' {
		return "", "", false
	}
	if r, _ := utf8.DecodeRuneInString(line[stop+2:]); !unicode.IsUpper(r) && r != '"' && r != '“' && r != '(' {
		return "", "", false
	}
	name := line[sp+1 : stop]
	if line[:sp] == "The" && !recordOffices[name] {
		return "", "", false
	}
	return line[:stop], strings.TrimSpace(line[stop+1:]), true
}

// recordTitles open a label of the Congressional Record's (see
// recordLabel), as written.
var recordTitles = map[string]bool{
	"The": true, "Mr.": true, "Ms.": true, "Mrs.": true, "Miss": true, "Dr.": true,
	"Senator": true, "Representative": true, "Secretary": true, "Ambassador": true,
	"Chairman": true, "Chairwoman": true, "General": true, "Admiral": true, "Governor": true,
	"Administrator": true, "Director": true,
}

// recordOffices are the offices of a chamber or committee that follow
// "The" in such a label.
var recordOffices = map[string]bool{
	"CHAIRMAN": true, "CHAIRWOMAN": true, "CHAIR": true, "PRESIDENT": true, "SPEAKER": true,
	"CLERK": true, "PRESIDING OFFICER": true, "ACTING CHAIR": true, "ACTING CHAIRMAN": true,
	"VICE PRESIDENT": true, "VICE CHAIRMAN": true, "RANKING MEMBER": true,
}

// nameCommaLabel returns where the comma of a label that is a name, a
// comma and the speaker's role stands, as news networks' transcripts
// head a speaker's first turn ("CHRISTIANE AMANPOUR, CNN CHIEF
// INTERNATIONAL ANCHOR", "SERGEY LAVROV, RUSSIAN FOREIGN MINISTER"), or
// -1. The name has two to four words and the role two or more, or one in
// capitals in a label that is not ("Christiane Amanpour, CNN"), so that a
// place and its country ("Hong Kong, China") is none, nor a title and an
// honorific ("Official Spokesperson, Shri"); each part is as labelName
// reads a name.
func nameCommaLabel(label string) int {
	k := strings.Index(label, ", ")
	if k < 0 || strings.Contains(label[k+2:], ",") {
		return -1
	}
	name, role := label[:k], label[k+2:]
	if n := len(strings.Fields(name)); n < 2 || n > 4 || !labelName(name) || !labelName(role) || titleCommaLabel(label) {
		return -1
	}
	if !strings.Contains(role, " ") && (!isAllCaps(role) || isAllCaps(name)) {
		return -1
	}
	return k
}

// labelHonorifics open the name after a title and a comma in a label
// (see titleCommaLabel), lower case.
var labelHonorifics = []string{"shri", "smt", "smt.", "mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr.", "h.e.", "sir", "dame"}

// titleCommaLabel reports whether a label is a title, a comma and a name
// that opens with an honorific, as India's foreign ministry heads its
// spokesperson's turns: "Official Spokesperson, Shri Randhir Jaiswal".
// Each part is as labelName reads a name; the honorific tells it from a
// place and its country ("Beijing, China:").
func titleCommaLabel(label string) bool {
	title, name, ok := strings.Cut(label, ", ")
	if !ok || strings.Contains(name, ",") || !labelName(title) || !labelName(name) {
		return false
	}
	first, _, _ := strings.Cut(name, " ")
	return slices.Contains(labelHonorifics, strings.ToLower(first)) && strings.Contains(name, " ")
}

// affiliationAt returns where a label's affiliation in brackets starts,
// round or square ("Mr. Nebenzia (Russian Federation)", "Question
// [Reuters]", as NATO's transcripts write a reporter's outlet), or -1.
func affiliationAt(label string) int {
	// Square brackets are looked for only where the label ends with one:
	// strings.IndexAny, which builds its set of bytes at every call,
	// cost 0.5% of the instructions of the bench file, for the label of
	// every turn; two searches 0.13%.
	if label != "" && label[len(label)-1] == ']' {
		return strings.IndexByte(label, '[')
	}
	return strings.IndexByte(label, '(')
}

// maxOfficeLabel is the longest office label (see officeLabel) read, in
// bytes: Hansard's longest offices ("The Parliamentary Under-Secretary
// of State for Foreign, Commonwealth and Development Affairs") and a
// holder's name fit in it.
const maxOfficeLabel = 200

// officeLabel splits a label that names an office and, in parentheses,
// the person who holds it, as the UK Parliament's record (Hansard) heads
// a minister's turns: "The Prime Minister (Keir Starmer)", "The Secretary
// of State for Foreign, Commonwealth and Development Affairs (David
// Lammy)". The office opens with "The" and a capital, and has at most
// sixteen words, each capitalized or one of "of", "for", "and", "the",
// "on" and "to", with no sentence punctuation but commas. The holder is
// two to five capitalized words (particles such as "de" and "van" aside)
// with no digit, so that neither a stage direction ("The President (spoke
// in French)") nor an acronym ("The Ministry (MFA)") is one. A place in
// parentheses ("(Russian Federation)") passes here; the attributor, which
// knows places, tells it apart.
func officeLabel(label string) (office, holder string, ok bool) {
	if !mayBeOffice(label) {
		return "", "", false
	}
	return cutOffice(label)
}

// mayBeOffice reports whether label opens with "The " and ends with a
// bracket: most labels are names ("Mao Ning"), and this test, which the
// compiler inlines, turns them away at the call (issue #6: the call
// itself cost 0.05% of the instructions of the bench file).
func mayBeOffice(label string) bool {
	return len(label) > 5 && label[len(label)-1] == ')' && label[:4] == "The "
}

// cutOffice is officeLabel for a label mayBeOffice lets through.
func cutOffice(label string) (office, holder string, ok bool) {
	if len(label) > maxOfficeLabel {
		return "", "", false
	}
	open := strings.LastIndexByte(label, '(')
	if open < 0 {
		return "", "", false
	}
	office, holder = strings.TrimSpace(label[:open]), strings.TrimSpace(label[open+1:len(label)-1])
	rest := strings.TrimPrefix(office, "The ")
	if rest == office || rest == "" || rest[0] < 'A' || rest[0] > 'Z' {
		return "", "", false
	}
	n := 0
	for w := range strings.FieldsSeq(rest) {
		w = strings.TrimSuffix(w, ",")
		switch w {
		case "of", "for", "and", "the", "on", "to":
		default:
			if !labelWord(w) || strings.ContainsAny(w, "()0123456789") {
				return "", "", false
			}
		}
		if n++; n > 15 {
			return "", "", false
		}
	}
	n = 0
	for w := range strings.FieldsSeq(holder) {
		if !labelWord(w) || strings.ContainsAny(w, "(),0123456789") {
			return "", "", false
		}
		n++
	}
	if n < 2 || n > 5 {
		return "", "", false
	}
	return office, holder, true
}

// labelName reports whether name may be the name of a label (see
// cutLabel): one to six words, each capitalized or a particle, with no
// sentence punctuation.
func labelName(name string) bool {
	// The words are read one at a time, which allocates no slice of
	// them; those of an ASCII name, as most are, without an iterator,
	// which cost a call for each.
	n := 0
	if wordsplit.IsASCII(name) {
		for i := 0; ; {
			for i < len(name) && asciiBlank(name[i]) {
				i++
			}
			if i == len(name) {
				break
			}
			j := i
			// A letter is above the space: one comparison for most bytes.
			for j < len(name) && (name[j] > ' ' || !asciiBlank(name[j])) {
				j++
			}
			if n++; n > 6 || !labelWord(name[i:j]) {
				return false
			}
			i = j
		}
	} else {
		for w := range strings.FieldsSeq(name) {
			if n++; n > 6 || !labelWord(w) {
				return false
			}
		}
	}
	return n > 0
}

// timecodeEnd returns where a time code that starts at s[i] ends: minutes
// and seconds or hours, minutes and seconds ("1:45", "00:01:45"), perhaps
// with a fraction of a second ("00:01:45.500"), perhaps in brackets
// ("[00:01:45]", "(1:45)"), and not followed by a letter or digit. It
// returns -1 when no time code starts there.
func timecodeEnd(s string, i int) int {
	var closing byte
	if i < len(s) && (s[i] == '[' || s[i] == '(') {
		closing = ']'
		if s[i] == '(' {
			closing = ')'
		}
		i++
	}
	j := digitsFrom(s, i)
	if j == i || j-i > 2 {
		return -1
	}
	groups := 0
	for groups < 2 && j+2 < len(s) && s[j] == ':' && digitsFrom(s, j+1) == j+3 {
		j += 3
		groups++
	}
	if groups == 0 {
		return -1
	}
	if j+1 < len(s) && (s[j] == '.' || s[j] == ',') {
		if k := digitsFrom(s, j+1); k > j+1 && k-j-1 <= 3 {
			j = k
		}
	}
	if closing != 0 {
		if j >= len(s) || s[j] != closing {
			return -1
		}
		j++
	}
	if j < len(s) && (isASCIIDigit(s[j]) || unicode.IsLetter(rune(s[j]))) {
		return -1
	}
	return j
}

// timecodeAround returns where a time code (see timecodeEnd) that holds
// s[colon], a colon, starts and ends, when it starts after a space: the
// time code of "Ana Ruiz (00:01:45):". It returns 0 and 0 when there is
// none.
func timecodeAround(s string, colon int) (start, end int) {
	if colon+1 >= len(s) || !isASCIIDigit(s[colon+1]) {
		return 0, 0
	}
	t := colon
	for t > 0 && isASCIIDigit(s[t-1]) {
		t--
	}
	if t > 0 && (s[t-1] == '[' || s[t-1] == '(') {
		t--
	}
	if t == 0 || !asciiBlank(s[t-1]) {
		return 0, 0
	}
	if e := timecodeEnd(s, t); e > colon {
		return t, e
	}
	return 0, 0
}

// digitsFrom returns the end of the run of ASCII digits at s[i:].
func digitsFrom(s string, i int) int {
	for i < len(s) && isASCIIDigit(s[i]) {
		i++
	}
	return i
}

func isASCIIDigit(c byte) bool { return '0' <= c && c <= '9' }

// isCalendarWord reports whether w is an English day or month name, which
// a time code may follow in a text ("Monday 10:30") where a label would
// be a speaker's.
func isCalendarWord(w string) bool {
	switch strings.ToLower(w) {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december", "today", "tonight", "updated":
		return true
	}
	return false
}

// asciiBlank reports whether the ASCII byte c is space as unicode.IsSpace
// tells it, which strings.FieldsSeq splits at.
func asciiBlank(c byte) bool { return c == ' ' || '\t' <= c && c <= '\r' }

// labelWord reports whether w may be a word of a label's name (see
// cutLabel): capitalized or a particle, with no sentence punctuation.
func labelWord(w string) bool {
	if w == "" {
		return false
	}
	// Most label words are ASCII: their first letter is tested without
	// decoding a rune.
	var upper bool
	if c := w[0]; c < utf8.RuneSelf {
		upper = 'A' <= c && c <= 'Z'
	} else {
		r, _ := utf8.DecodeRuneInString(w)
		upper = unicode.IsUpper(r)
	}
	if !upper && w != "of" && w != "the" && w != "de" && w != "al" && w != "bin" && w != "van" && w != "von" {
		return false
	}
	// strings.ContainsAny(w, ",;!?\"“”«»"), which reads a rune at a
	// time since the set is not all ASCII, asked only when w is not;
	// labelBytes tells the two cases apart with one load a byte.
	w = strings.TrimSuffix(w, ".")
	for i := 0; i < len(w); i++ {
		switch labelBytes[w[i]] {
		case labelPunct:
			return false
		case labelNonASCII:
			return !strings.ContainsAny(w, ",;!?\"“”«»")
		}
	}
	return true
}

// The kinds of byte labelWord tells apart in labelBytes.
const (
	labelOther    = iota
	labelPunct    // ASCII sentence punctuation or a straight quotation mark: no label word has one
	labelNonASCII // a byte of a non-ASCII rune, which may be a curly quotation mark
)

// labelBytes gives the kind of each byte for labelWord. It is only read.
var labelBytes = func() (t [256]uint8) {
	for _, c := range []byte(",;!?\"") {
		t[c] = labelPunct
	}
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = labelNonASCII
	}
	return t
}()

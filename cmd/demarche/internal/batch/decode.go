package batch

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/demarche/demarche/tone"
)

// DefaultChunkSize is the size of the largest piece a long text is
// analyzed in. Attribution context (a short name standing for a full name
// met earlier, an uncued quotation taking the last speaker, whether the
// text is a speaker-labelled transcript) restarts at each piece, so a
// piece may be this large: 1 MiB is some five hundred pages of text, far
// longer than a briefing or a news report. A text longer than a quarter
// of it is cut where two of its documents meet (see [tone.Documents]),
// where attribution restarts anyway, nearest to that quarter: a
// collection (a year of briefings in one file) is read in pieces of
// about 256 KiB that read as the whole text does, and a document of up
// to 1 MiB is one piece. Only a text with no such place within 1 MiB is
// cut between paragraphs.
//
// Pieces of 256 KiB rather than 1 MiB took 5% less CPU time with two
// jobs on the 20 MB file of make bench-corpus (0.81 against 0.77 and
// 0.83 against 0.78 CPU-s, medians of 15 alternated runs of
// --statements --format jsonl -j 2): less is alive at once, so the
// collector has less to mark and the heap less to grow into; 128 and 64
// KiB did no better.
const DefaultChunkSize = 1 << 20

// readBlock is how much is read from the input at a time.
const readBlock = 64 << 10

// decoder reads a text in pieces of clean UTF-8: a byte order mark at the
// start is dropped, CRLF and lone CR line ends become LF, invalid UTF-8
// and NUL bytes become U+FFFD. A text whose first byte that is not
// ASCII is no UTF-8 is read as Windows-1252 instead, as Windows wrote
// plain text (Word's "Save as plain text", Notepad before 2019): its
// curly quotation marks are then quotation marks, not U+FFFD. A text of
// up to a quarter of the size is one piece; a longer one is cut where two
// documents meet nearest to a quarter of the size (docBreak), else as
// cutPoint says.
type decoder struct {
	r    io.Reader
	size int

	raw     []byte // read buffer
	carry   []byte // bytes held back: an incomplete UTF-8 sequence or a CR
	pending []byte // decoded text not yet returned
	eof     bool

	offset   int64 // raw bytes read so far
	reported int64 // raw bytes accounted to returned pieces
	started  bool  // the byte order mark was looked for

	// oneDoc says the text is one document: pieces are cut at the last
	// blank line before size, never where documents meet.
	oneDoc bool

	// startsDoc says whether the piece next returned last starts where a
	// document starts: after a run of two or more blank lines that the
	// piece before was cut at. nextDoc is the same for the piece after.
	startsDoc, nextDoc bool

	// firstBad and firstNUL are the raw offsets of the first invalid
	// UTF-8 sequence and the first NUL byte, or -1.
	firstBad, firstNUL int64

	// multi says a character of more than one byte was read as UTF-8;
	// cp1252 says the text is read as Windows-1252 (see decode), from
	// its first byte that is not UTF-8, whose offset firstBad is then.
	multi, cp1252 bool
}

func newDecoder(r io.Reader, size int) *decoder {
	if size <= 0 {
		size = DefaultChunkSize
	}
	return &decoder{r: r, size: size, raw: make([]byte, readBlock), firstBad: -1, firstNUL: -1}
}

// Decode returns data as [Run] reads an input's text: a byte order mark
// dropped, CRLF and lone CR line ends read as LF, NUL bytes and invalid
// UTF-8 as U+FFFD, and a text whose first byte beyond ASCII is not UTF-8
// as Windows-1252 (see decoder). bad and nul are the warnings Run gives
// for an input named name about the bytes that were not UTF-8 and about
// NUL bytes; nil when there is nothing to say.
func Decode(name string, data []byte) (text string, bad, nul error) {
	d := newDecoder(bytes.NewReader(data), len(data)+1)
	d.oneDoc = true // cut only where the decoded text outgrows data
	var b strings.Builder
	for {
		piece, _, err := d.next()
		b.WriteString(piece)
		if err != nil {
			break // io.EOF: a bytes.Reader fails no other way
		}
	}
	return b.String(), d.badWarning(name), d.nulWarning(name)
}

// badWarning says, for an input named name, how the bytes that were not
// UTF-8 were read: as Windows-1252, or as U+FFFD; nil when all were.
func (d *decoder) badWarning(name string) error {
	switch {
	case d.firstBad < 0:
		return nil
	case d.cp1252:
		return fmt.Errorf("%s: not UTF-8 (from byte %d), read as Windows-1252", name, d.firstBad)
	}
	return fmt.Errorf("%s: invalid UTF-8 at byte %d replaced with U+FFFD", name, d.firstBad)
}

// nulWarning says, for an input named name, where its first NUL byte,
// read as U+FFFD, was; nil when it has none.
func (d *decoder) nulWarning(name string) error {
	if d.firstNUL < 0 {
		return nil
	}
	return fmt.Errorf("%s: NUL byte at byte %d replaced with U+FFFD", name, d.firstNUL)
}

// reset readies d to read r from its start, keeping its buffers: what
// next returns never shares their memory, so a caller that reads its
// inputs one after another can read them all with one decoder. A tree of
// small files then does not allocate a 64 KiB read buffer, and a buffer
// of pending text, for each file (two fifths of what analyzing such a
// tree allocated, issue #6).
func (d *decoder) reset(r io.Reader) {
	*d = decoder{r: r, size: d.size, oneDoc: d.oneDoc, raw: d.raw, pending: d.pending[:0], firstBad: -1, firstNUL: -1}
}

// next returns the next piece of text and how many input bytes were read
// for it. The last piece comes with io.EOF (and may be empty); another
// error is a read error, after which the decoder must not be used.
func (d *decoder) next() (string, int64, error) {
	target := d.size / 4
	if d.oneDoc {
		target = d.size
	}
	cut, atDoc := -1, false
	for cut < 0 {
		if d.eof && len(d.pending) <= target {
			cut = len(d.pending)
			break
		}
		// A piece ends where documents meet nearest to the target (read
		// on until one is found, or the size is reached), or, at the
		// end of the input, at its end. One document is read on to the
		// size and cut at its last blank line.
		if !d.oneDoc && (d.eof || len(d.pending) > target) {
			if b := docBreak(d.pending[:min(len(d.pending), d.size)], target); b > 0 {
				cut, atDoc = b, true
				break
			}
		}
		if d.eof || len(d.pending) > d.size {
			cut, atDoc = cutPoint(d.pending, target, d.size, d.eof, d.oneDoc)
			break
		}
		n, err := d.r.Read(d.raw)
		if n > 0 {
			d.offset += int64(n)
			d.decode(d.raw[:n], false)
		}
		if err == io.EOF {
			d.eof = true
			d.decode(nil, true)
		} else if err != nil {
			return "", 0, err
		}
	}
	d.startsDoc, d.nextDoc = d.nextDoc, atDoc
	text := string(d.pending[:cut])
	d.pending = d.pending[:copy(d.pending, d.pending[cut:])]
	n := d.offset - d.reported
	d.reported = d.offset
	if d.eof && len(d.pending) == 0 {
		return text, n, io.EOF
	}
	return text, n, nil
}

// decode appends the clean text of b (after any carried bytes) to
// pending; final says b is the end of the input.
func (d *decoder) decode(b []byte, final bool) {
	// rawStart is the raw offset of buf[0], for reports.
	rawStart := d.offset - int64(len(b)) - int64(len(d.carry))
	buf := b
	if len(d.carry) > 0 {
		buf = append(d.carry, b...)
		d.carry = nil
	}
	if !d.started {
		if len(buf) < 3 && !final {
			d.carry = append([]byte(nil), buf...)
			return
		}
		d.started = true
		if bytes.HasPrefix(buf, []byte("\uFEFF")) {
			buf = buf[3:]
			rawStart += 3
			d.multi = true // the mark says UTF-8
		}
	}
	end := len(buf)
	if !final {
		end -= incompleteTail(buf)
		if end > 0 && buf[end-1] == '\r' {
			end-- // it may be the first half of CRLF
		}
		if end < len(buf) {
			d.carry = append([]byte(nil), buf[end:]...)
		}
	}
	buf = buf[:end]
	if !d.cp1252 && bytes.IndexByte(buf, '\r') < 0 && bytes.IndexByte(buf, 0) < 0 && utf8.Valid(buf) {
		d.multi = d.multi || !isASCII(buf)
		d.pending = append(d.pending, buf...)
		return
	}
	for i := 0; i < len(buf); {
		c := buf[i]
		switch {
		case c == '\r':
			d.pending = append(d.pending, '\n')
			if i+1 < len(buf) && buf[i+1] == '\n' {
				i++
			}
			i++
		case c == 0:
			if d.firstNUL < 0 {
				d.firstNUL = rawStart + int64(i)
			}
			d.pending = append(d.pending, "\uFFFD"...)
			i++
		case c < utf8.RuneSelf:
			d.pending = append(d.pending, c)
			i++
		case d.cp1252:
			d.pending = utf8.AppendRune(d.pending, windows1252[c-0x80])
			i++
		default:
			r, size := utf8.DecodeRune(buf[i:])
			switch {
			case r != utf8.RuneError || size > 1:
				d.multi = true
				d.pending = append(d.pending, buf[i:i+size]...)
			case d.firstBad < 0 && !d.multi && (utf8.FullRune(buf[i:]) || len(buf)-i < 2):
				// The first byte that is not UTF-8, and all before it
				// ASCII: the text is in the encoding Windows wrote plain
				// text in (and ISO 8859-1, of which it is a superset),
				// where “ is 0x93 and é 0xE9. (Unless it is the start
				// of a character cut off by the end of the input.)
				d.firstBad = rawStart + int64(i)
				d.cp1252 = true
				continue
			default:
				if d.firstBad < 0 {
					d.firstBad = rawStart + int64(i)
				}
				d.pending = append(d.pending, "\uFFFD"...)
			}
			i += size
		}
	}
}

// isASCII reports whether b is all ASCII, reading eight bytes at a time.
func isASCII(b []byte) bool {
	for len(b) >= 8 {
		if binary.LittleEndian.Uint64(b)&0x8080808080808080 != 0 {
			return false
		}
		b = b[8:]
	}
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// windows1252 maps the bytes 0x80 to 0xFF of Windows-1252 to their
// characters: those of ISO 8859-1, but for the printable characters Windows
// put at 0x80 to 0x9F (the curly quotation marks, the dashes, the euro
// sign); the five bytes it leaves undefined are the control characters of
// their value, as the WHATWG Encoding Standard maps them.
var windows1252 = func() (t [128]rune) {
	for i := range t {
		t[i] = rune(0x80 + i)
	}
	copy(t[:32], []rune{
		'€', 0x81, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0x8D, 'Ž', 0x8F,
		0x90, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0x9D, 'ž', 'Ÿ',
	})
	return t
}()

// incompleteTail returns the length of an incomplete UTF-8 sequence at
// the end of b, which the next read may complete.
func incompleteTail(b []byte) int {
	for i := len(b) - 1; i >= 0 && i >= len(b)-utf8.UTFMax+1; i-- {
		if utf8.RuneStart(b[i]) {
			if !utf8.FullRune(b[i:]) {
				return len(b) - i
			}
			return 0
		}
	}
	return 0
}

// cutPoint returns where to end a piece of text: where two documents
// meet nearest to target bytes (see docBreak), so that a piece holds
// whole documents and reads as the whole text does; else, when text is
// the end of its input and no longer than limit, at its end; else within
// its first limit bytes, just after the last blank line, else after the
// last line end, else at the last character boundary. It never returns 0
// for a non-empty text. doc says the cut is where documents meet; with
// oneDoc, text is one document, and is never cut so.
func cutPoint(text []byte, target, limit int, end, oneDoc bool) (cut int, doc bool) {
	if limit > len(text) {
		limit = len(text)
	}
	head := text[:limit]
	if !oneDoc {
		if b := docBreak(head, target); b > 0 {
			return b, true
		}
	}
	if end && len(text) == limit {
		return len(text), false
	}
	// Read the complete lines of head from the last, for the last blank
	// line that has a line before it.
	para := -1
	for end := len(head); ; {
		nl := bytes.LastIndexByte(head[:end], '\n')
		if nl <= 0 {
			break
		}
		start := bytes.LastIndexByte(head[:nl], '\n') + 1
		if start > 0 && len(bytes.TrimSpace(head[start:nl])) == 0 {
			para = nl + 1
			break
		}
		end = nl
	}
	if para >= 0 {
		return para, false
	}
	if nl := bytes.LastIndexByte(head, '\n'); nl >= 0 {
		return nl + 1, false
	}
	cut = limit
	for cut > 0 && cut < len(text) && !utf8.RuneStart(text[cut]) {
		cut--
	}
	if cut == 0 {
		cut = limit // a text of one huge character run: cannot happen with valid UTF-8 and limit >= 4
	}
	return cut, false
}

// nearPageBreak reports whether a form feed (a page break of text taken
// from a PDF) is near enough the run of blank lines that ends at end to
// be among the lines [tone.Normalize] reads across (see its
// mendPages): a piece is not cut there, for the text goes on.
func nearPageBreak(text []byte, end int) bool {
	const near = 1 << 10 // three lines of furniture and blank lines around
	return bytes.IndexByte(text[max(0, end-2*near):min(len(text), end+near)], '\f') >= 0
}

// isSeparator is [tone.IsSeparator] for a line trimmed of spaces.
func isSeparator(line []byte) bool {
	// Only a line of its length is converted to a string to be asked.
	return len(line) == len(tone.SeparatorLine) && tone.IsSeparator(string(line))
}

// docBreak returns where a run of two or more blank lines that separates
// documents as [tone.Documents] reads them (a run next to which
// paragraphs are separated by one blank line, or one with a separator
// line among its lines) ends, in text: the last such run that ends at
// target or before, else the first after it; -1 when there is none. A
// run near a page break is passed over (see nearPageBreak). A run
// at the end of text, whose next run is not in text, is read as if that
// one were not of one line.
//
// It is tone's rule (documentBreaks) again, on the decoder's bytes rather
// than a string, and stopping soon after target rather than reading the
// whole text; FuzzDocBreak holds the two to the same answers.
func docBreak(text []byte, target int) int {
	best := -1
	// The last run of blank lines read between two lines of text, and
	// the one before it: a run is decided once the run after it is read.
	var prev, cur int // lengths; 0: none
	curEnd := 0
	curSep := false // a separator line is in the run cur
	blanks := 0     // blank lines since the last line of text
	sep := false    // a separator line is among them
	seen := false   // a line of text was read
	decide := func(next int) (int, bool) {
		if (curSep || cur >= 2 && (prev == 1 || next == 1)) && !nearPageBreak(text, curEnd) {
			if curEnd <= target {
				best = curEnd
			} else if best < 0 {
				return curEnd, true
			}
		}
		if curEnd > target && best > 0 {
			return best, true
		}
		return 0, false
	}
	for i := 0; i < len(text); {
		nl := bytes.IndexByte(text[i:], '\n')
		if nl < 0 {
			break
		}
		switch line := bytes.TrimSpace(text[i : i+nl]); {
		case len(line) == 0:
			blanks++
		case isSeparator(line):
			sep = true
		default:
			if (blanks > 0 || sep) && seen {
				if b, ok := decide(blanks); ok {
					return b
				}
				prev, cur, curEnd, curSep = cur, blanks, i, sep
			}
			blanks, sep, seen = 0, false, true
		}
		i += nl + 1
		if i < len(text) && bytes.IndexByte(text[i:], '\n') < 0 && (blanks > 0 || sep) && seen {
			if line := bytes.TrimSpace(text[i:]); len(line) > 0 && !isSeparator(line) {
				// A line of text not yet ended closes the run before it.
				if b, ok := decide(blanks); ok {
					return b
				}
				prev, cur, curEnd, curSep = cur, blanks, i, sep
				blanks, sep = 0, false
			}
		}
	}
	if b, ok := decide(0); ok {
		return b
	}
	return best
}

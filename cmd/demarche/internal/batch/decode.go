package batch

import (
	"bytes"
	"io"
	"unicode/utf8"
)

// DefaultChunkSize is the size of the pieces a long text is analyzed in.
// Attribution context (a short name standing for a full name met earlier,
// an uncued quotation taking the last speaker, whether the text is a
// speaker-labelled transcript) restarts at each piece, so pieces are
// large: 1 MiB is some five hundred pages of text, far longer than a
// briefing or a news report, so only texts that are themselves
// collections (a year of briefings in one file) are cut at all. Such a
// text is cut where two of its documents meet (see [tone.Documents]),
// where attribution restarts anyway, so its pieces read as the whole text
// does; a text with no such place is cut between paragraphs.
const DefaultChunkSize = 1 << 20

// readBlock is how much is read from the input at a time.
const readBlock = 64 << 10

// decoder reads a text in pieces of clean UTF-8: a byte order mark at the
// start is dropped, CRLF and lone CR line ends become LF, invalid UTF-8
// and NUL bytes become U+FFFD. Each piece but the last ends where
// cutPoint says: where two documents meet, else at a blank line, else at
// a line end, else at a character boundary.
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

	// startsDoc says whether the piece next returned last starts where a
	// document starts: after a run of two or more blank lines that the
	// piece before was cut at. nextDoc is the same for the piece after.
	startsDoc, nextDoc bool

	// firstBad and firstNUL are the raw offsets of the first invalid
	// UTF-8 sequence and the first NUL byte, or -1.
	firstBad, firstNUL int64
}

func newDecoder(r io.Reader, size int) *decoder {
	if size <= 0 {
		size = DefaultChunkSize
	}
	return &decoder{r: r, size: size, raw: make([]byte, readBlock), firstBad: -1, firstNUL: -1}
}

// reset readies d to read r from its start, keeping its buffers: what
// next returns never shares their memory, so a caller that reads its
// inputs one after another can read them all with one decoder. A tree of
// small files then does not allocate a 64 KiB read buffer, and a buffer
// of pending text, for each file (two fifths of what analyzing such a
// tree allocated, issue #6).
func (d *decoder) reset(r io.Reader) {
	*d = decoder{r: r, size: d.size, raw: d.raw, pending: d.pending[:0], firstBad: -1, firstNUL: -1}
}

// next returns the next piece of text and how many input bytes were read
// for it. The last piece comes with io.EOF (and may be empty); another
// error is a read error, after which the decoder must not be used.
func (d *decoder) next() (string, int64, error) {
	for !d.eof && len(d.pending) <= d.size {
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
	cut, atDoc := len(d.pending), false
	if !d.eof || cut > d.size {
		cut, atDoc = cutPoint(d.pending, d.size)
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
	if bytes.IndexByte(buf, '\r') < 0 && bytes.IndexByte(buf, 0) < 0 && utf8.Valid(buf) {
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
		default:
			r, size := utf8.DecodeRune(buf[i:])
			if r == utf8.RuneError && size == 1 {
				if d.firstBad < 0 {
					d.firstBad = rawStart + int64(i)
				}
				d.pending = append(d.pending, "\uFFFD"...)
			} else {
				d.pending = append(d.pending, buf[i:i+size]...)
			}
			i += size
		}
	}
}

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

// cutPoint returns where to end a piece of text within its first limit
// bytes: just after the last run of two or more blank lines that
// separates documents as [tone.Documents] reads them (a run next to which
// paragraphs are separated by one blank line), so that a piece holds
// whole documents and reads as the whole text does; else just after the
// last blank line; else after the last line end; else at the last
// character boundary. It never returns 0 for a non-empty text. doc says
// the cut is where documents meet.
func cutPoint(text []byte, limit int) (cut int, doc bool) {
	if limit > len(text) {
		limit = len(text)
	}
	head := text[:limit]
	// Read the complete lines of head from the last, for runs of blank
	// lines that have a line before them.
	para := -1          // just after the last blank line
	runEnd, run := 0, 0 // just after the run of blank lines being read, and its length
	later := 0          // the length of the run after it (the one read before), or 0
	long := -1          // just after a run of two or more whose later run was not of one
	end := len(head)
	for {
		nl := bytes.LastIndexByte(head[:end], '\n')
		if nl <= 0 {
			break
		}
		start := bytes.LastIndexByte(head[:nl], '\n') + 1
		if len(bytes.TrimSpace(head[start:nl])) == 0 {
			if run == 0 {
				runEnd = nl + 1
			}
			run++
			if para < 0 && start > 0 {
				para = nl + 1
			}
		} else if run > 0 {
			switch {
			case run >= 2 && later == 1:
				return runEnd, true
			case run == 1 && long >= 0:
				return long, true
			case run >= 2:
				long = runEnd
			default:
				long = -1
			}
			later, run = run, 0
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

package batch

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"unsafe"

	"github.com/demarche/demarche/tone"
)

// Issue #5: BOM, CRLF, invalid UTF-8 and NUL bytes are handled, and long
// texts are read in pieces cut at blank lines.

// readAll decodes in with the given piece size, reading through wrap.
func readAll(t *testing.T, in string, size int, wrap func(io.Reader) io.Reader) ([]string, *decoder) {
	t.Helper()
	d := newDecoder(wrap(strings.NewReader(in)), size)
	var pieces []string
	var total int64
	for {
		text, n, err := d.next()
		total += n
		pieces = append(pieces, text)
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("next: %v", err)
		}
		if len(pieces) > 1000 {
			t.Fatal("no end")
		}
	}
	if total != int64(len(in)) {
		t.Errorf("pieces account for %d bytes, input has %d", total, len(in))
	}
	return pieces, d
}

func TestDecoder(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		size     int
		want     []string
		firstBad int64
		firstNUL int64
	}{
		{"plain", "One.\n\nTwo.", 0, []string{"One.\n\nTwo."}, -1, -1},
		{"empty", "", 0, []string{""}, -1, -1},
		{"bom and crlf", "\uFEFFOne.\r\nTwo.\r\n\r\nThree.\rFour.", 0,
			[]string{"One.\nTwo.\n\nThree.\nFour."}, -1, -1},
		{"bom only", "\uFEFF", 0, []string{""}, -1, -1},
		{"bom inside kept", "a\uFEFFb", 0, []string{"a\uFEFFb"}, -1, -1},
		{"invalid utf-8 after utf-8", "“caf\xe9” ok\xff\xfe.", 0, []string{"“caf\uFFFD” ok\uFFFD\uFFFD."}, 6, -1},
		{"truncated rune at end", "abc\xe2\x80", 0, []string{"abc\uFFFD\uFFFD"}, 3, -1},
		// Not UTF-8 where the first character that is not ASCII comes:
		// Windows-1252, whose bytes 0x80 to 0x9F are not ISO 8859-1's.
		{"windows-1252", "caf\xe9 ok\xff\xfe.", 0, []string{"café okÿþ."}, 3, -1},
		{"windows-1252 quotes", "\x93We agree,\x94 she said \x96 twice\x85 \x80\x81", 0,
			[]string{"“We agree,” she said – twice… €\u0081"}, 0, -1},
		{"windows-1252 at the end", "caf\xe9", 0, []string{"café"}, 3, -1},
		{"windows-1252 bytes that are utf-8", "caf\xe9 \xc3\xa9", 0, []string{"café Ã©"}, 3, -1},
		{"nul", "ab\x00c", 0, []string{"ab\uFFFDc"}, -1, 2},
		{"offsets count the bom", "\uFEFFx\xff", 0, []string{"x\uFFFD"}, 4, -1},
		{"cut at blank lines", "P1 a.\nP1 b.\n\nP2.\n\nP3 is longer.\n", 16,
			[]string{"P1 a.\nP1 b.\n\n", "P2.\n\n", "P3 is longer.\n"}, -1, -1},
		{"blank line with spaces", "Alpha beta.\n  \t\nGamma delta epsilon.", 20,
			[]string{"Alpha beta.\n  \t\n", "Gamma delta epsilon."}, -1, -1},
		{"no blank line: cut at a line end", "line one\nline two\nline three", 12,
			[]string{"line one\n", "line two\n", "line three"}, -1, -1},
		{"no line end: cut between characters", "ééééé", 5,
			[]string{"éé", "éé", "é"}, -1, -1},
	}
	wraps := map[string]func(io.Reader) io.Reader{
		"whole":    func(r io.Reader) io.Reader { return r },
		"one byte": iotest.OneByteReader, // every boundary falls inside a CRLF, a rune, the BOM
		"half":     iotest.HalfReader,
	}
	for _, tt := range tests {
		for wname, wrap := range wraps {
			t.Run(tt.name+"/"+wname, func(t *testing.T) {
				got, d := readAll(t, tt.in, tt.size, wrap)
				if strings.Join(got, "|") != strings.Join(tt.want, "|") || len(got) != len(tt.want) {
					t.Errorf("pieces %q, want %q", got, tt.want)
				}
				if d.firstBad != tt.firstBad || d.firstNUL != tt.firstNUL {
					t.Errorf("firstBad, firstNUL = %d, %d, want %d, %d", d.firstBad, d.firstNUL, tt.firstBad, tt.firstNUL)
				}
			})
		}
	}
}

// TestDecoderPiecesRejoin checks on a long text that pieces rejoin to the
// whole, stay near the size, and end at blank lines.
func TestDecoderPiecesRejoin(t *testing.T) {
	var b strings.Builder
	for i := range 500 {
		b.WriteString(strings.Repeat("word ", i%37+1))
		b.WriteString("end.\r\n")
		if i%3 == 0 {
			b.WriteString("\r\n")
		}
	}
	in := b.String()
	want := strings.ReplaceAll(in, "\r\n", "\n")
	pieces, _ := readAll(t, in, 1000, iotest.HalfReader)
	if got := strings.Join(pieces, ""); got != want {
		t.Fatalf("pieces do not rejoin to the text")
	}
	if len(pieces) < 5 {
		t.Errorf("%d pieces, want several", len(pieces))
	}
	for i, p := range pieces {
		if len(p) > 1000 {
			t.Errorf("piece %d has %d bytes, more than the size", i, len(p))
		}
		if i < len(pieces)-1 && !strings.HasSuffix(p, "\n\n") {
			t.Errorf("piece %d does not end at a blank line: %q", i, p[max(0, len(p)-20):])
		}
	}
}

// TestDocBreak checks where docBreak finds documents meet: the last place
// at the target or before, else the first after.
func TestDocBreak(t *testing.T) {
	const coll = "a\n\nb\n\n\nc\n\nd\n\n\ne\n\nf\n\n\ng\n\nh\n" // breaks end at 7, 14 and 21
	tests := []struct {
		text   string
		target int
		want   int
	}{
		{coll, 0, 7},
		{coll, 6, 7},
		{coll, 7, 7},
		{coll, 13, 7},
		{coll, 14, 14},
		{coll, 100, 21},
		{"a\n\nb\n\nc\n", 3, -1},
		{"a\n\n\nb\n\n\nc\n", 3, -1}, // no run of one: one document
		{"a\n\nb\n\n\nc", 3, 7},      // a line not yet ended closes the run
		{"a\n\nb\n\n\n  ", 3, -1},    // blank lines at the end are no run
		{"a\n\nb\n\n\nc\n", 3, 7},    // the run's next is unknown; its last is of one
		{"a\n\n\nb\n", 0, -1},        // neither next to a run of one
		{"\n\n\na\n\nb\n", 0, -1},    // blank lines before the first line are no run
		// A separator line ("End of Document") makes its run a break,
		// blank lines or not; before the first line or after the last, it
		// is no run between documents.
		{"a\n\nEnd of Document\n\nb\n\nc\n", 0, 20},
		{"a\nend of document\nb\n", 0, 18},
		{"a\n\n\nb\n\n\nEnd of Document\nc\n\n\nd\n", 10, 24},
		{"a\n\nEnd of Document\nb", 0, 19},           // the last line, not yet ended
		{"a\n\nb\n\nEnd of Document", 0, -1},         // a separator not yet ended is no line of text
		{"End of Document\n\na\n\nb\n", 0, -1},       // a separator first
		{"a\n\nEnd of Document.\n\nb\n\nc\n", 0, -1}, // not a separator
		// Near a page break the text goes on (tone.Normalize reads
		// across it): no cut there, but far from one.
		{"a\n\nb\n\n\n\f12\n\nc\n\nd\n", 0, -1},
		{"a\n\nb\n\n\nc\n\nd\f\n", 0, -1},
		{"a\n\nb\n\n\n" + strings.Repeat("c\n\n", 800) + "\f", 0, 7},
	}
	for _, tt := range tests {
		if got := docBreak([]byte(tt.text), tt.target); got != tt.want {
			t.Errorf("docBreak(%q, %d) = %d, want %d", tt.text, tt.target, got, tt.want)
		}
	}
}

// FuzzDocBreak checks that docBreak finds documents meeting where
// tone.Documents does: it reads bytes, and stops soon after the target,
// but must keep the same rule (see docBreak).
func FuzzDocBreak(f *testing.F) {
	for _, s := range []string{
		"a\n\nb\n\n\nc\n\nd\n\n\ne\n\nf\n\n\ng\n\nh\n",
		"a\n\n\nb\n\n\nc\n\n\nd",
		"\n\n\na\n\nb\n \n\t\nc\n\nd \n\n\n\n e",
		"A1.\n\nA2.\n\n\nB1.\n\n\nC1.\n\nC2.\n\n\n\u00a0\n\nD1.",
		"End of Document\nA1.\n\nA2.\n\nEnd of Document\n\nB1.\n\n\nC1.\nend of document\n\n\nD1.\n\nEnd of Document",
		"A1.\n\n\nA2.\n End of Document \nB1.\n\n\nB2.\n\n\nEnd of Document",
		"A1 and\n\n24-1 5/30\n\fS/PV.1\n\n\nA2.\n\nA3.\n\n\nB1.\f",
	} {
		for _, target := range []int{0, 3, 10, 40} {
			f.Add(s, target)
		}
	}
	f.Fuzz(func(t *testing.T, text string, target int) {
		text = tone.Normalize(strings.ToValidUTF8(text, "\uFFFD"))
		if target < 0 || target > len(text) {
			return
		}
		// Where tone's documents after the first start: they are views
		// of text (searching for their text could find it in a separator
		// line before them).
		var starts []int
		for i, d := range tone.Documents(text) {
			if i > 0 {
				starts = append(starts, offsetIn(text, d))
			}
		}
		want := -1
		for _, s := range starts {
			if s > target {
				if want < 0 {
					want = s
				}
				break
			}
			want = s
		}
		if got := docBreak([]byte(text), target); got != want {
			t.Errorf("docBreak(%q, %d) = %d, want %d (tone's documents start at %v)", text, target, got, want, starts)
		}
	})
}

// offsetIn returns where the view part starts in text.
func offsetIn(text, part string) int {
	return int(uintptr(unsafe.Pointer(unsafe.StringData(part))) - uintptr(unsafe.Pointer(unsafe.StringData(text))))
}

// TestDecoderOneDocument checks that a decoder told its text is one
// document cuts it at the last blank line within the size, where
// documents meet or not.
func TestDecoderOneDocument(t *testing.T) {
	var docs []string
	for i := range 20 {
		docs = append(docs, fmt.Sprintf("Title %d\n\nFirst paragraph %d.\n\nSecond paragraph.\n", i, i))
	}
	text := strings.Join(docs, "\n\n")
	d := newDecoder(strings.NewReader(text), 200)
	d.oneDoc = true
	rest := text
	for i := 0; ; i++ {
		p, _, err := d.next()
		if err != io.EOF {
			if want, _ := cutPoint([]byte(rest), 200, 200, false, true); len(p) != want {
				t.Errorf("piece %d: %d bytes, want %d (the last blank line within 200)", i, len(p), want)
			}
			if d.startsDoc {
				t.Errorf("piece %d starts a document", i)
			}
		}
		if !strings.HasPrefix(rest, p) {
			t.Fatalf("piece %d is not the text's next", i)
		}
		rest = rest[len(p):]
		if err != nil {
			break
		}
	}
	if rest != "" {
		t.Errorf("%d bytes left", len(rest))
	}
}

// TestCutPointTarget checks that a piece ends where documents meet
// nearest to the target, and that a text with no such place is cut as
// late as the limit lets, or not at all at its end.
func TestCutPointTarget(t *testing.T) {
	const coll = "a\n\nb\n\n\nc\n\nd\n\n\ne\n\nf\n" // documents meet at 7 and 14
	const one = "a\n\nb\n\nc\n\nd\n"
	tests := []struct {
		text          string
		target, limit int
		end           bool
		want          int
		doc           bool
	}{
		{coll, 3, 100, false, 7, true},
		{coll, 10, 100, false, 7, true},
		{coll, 10, 12, false, 7, true},
		{coll, 3, 6, false, 6, false}, // no place within the limit: after its last blank line
		{one, 2, 100, true, len(one), false},
		{one, 2, 100, false, 9, false},
		{one, 2, 8, true, 6, false}, // longer than the limit: cut
	}
	for _, tt := range tests {
		got, doc := cutPoint([]byte(tt.text), tt.target, tt.limit, tt.end, false)
		if got != tt.want || doc != tt.doc {
			t.Errorf("cutPoint(%q, %d, %d, %v) = %d, %v, want %d, %v", tt.text, tt.target, tt.limit, tt.end, got, doc, tt.want, tt.doc)
		}
	}
}

// TestDecoderCutsAtDocuments checks that a collection of documents is
// cut where its documents meet, not between the paragraphs of one, when
// a piece has room for a whole document.
func TestDecoderCutsAtDocuments(t *testing.T) {
	var docs []string
	for i := range 20 {
		docs = append(docs, fmt.Sprintf("Title %d\n\n%s\n\nSecond paragraph.\n", i, strings.Repeat("Words. ", i%5*10)))
	}
	text := strings.Join(docs, "\n\n")
	d := newDecoder(strings.NewReader(text), 400)
	var got strings.Builder
	for i := 0; ; i++ {
		p, _, err := d.next()
		got.WriteString(p)
		if err == io.EOF {
			if i < 5 {
				t.Errorf("%d pieces, want many", i+1)
			}
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasSuffix(p, "\n\n\n") || !strings.HasPrefix(text[got.Len():], "Title ") {
			t.Errorf("piece %d ends inside a document: %q", i, p[max(0, len(p)-30):])
		}
	}
	if got.String() != text {
		t.Errorf("the pieces are not the text")
	}
}

func TestCutPoint(t *testing.T) {
	tests := []struct {
		text  string
		limit int
		want  int
		doc   bool // where documents meet
	}{
		{"a\n\nb", 10, 3, false},
		{"\n\nabc", 10, 2, false},    // the blank line at the start has no line before it; cut after the line end
		{"abc\n\n\nd", 10, 6, false}, // the last of several blank lines
		{"ab\ncd", 4, 3, false},
		{"abcdef", 3, 3, false},
		{"a\n\nb\n\nc", 4, 3, false}, // only the first limit bytes count
		// Where two documents meet (two blank lines or more) before the
		// last blank line: there.
		{"a\n\n\nb\n\nc\n\nd", 20, 4, true},
		{"a\n \n\t\nb\n\nc\n\nd", 20, 6, true},    // blank lines of spaces and tabs
		{"a\n\n\n\nb\n\nc", 20, 5, true},          // after the last of the run
		{"\n\n\na\n\nb", 20, 6, false},            // a run with no line before it is no break
		{"a\n\n\nb\n\nc\n\n\nd\n\ne", 9, 4, true}, // a run past the limit does not count
		// A run of two or more with no run of one next to it is no place
		// where documents meet: a text that puts two blank lines between
		// its paragraphs.
		{"a\n\n\nbc", 6, 4, false},
		{"a\n\n\nb\n\n\nc\n\n\nd", 20, 12, false},
		{"a\n\nb\n\n\nc", 20, 7, true}, // a run of one before
		{"a\n\n\nb\n\nc\n\n\nd", 20, 11, true},
		{"a\n\n\nb\n\n\nc\n\nd", 20, 8, true},
	}
	for _, tt := range tests {
		got, doc := cutPoint([]byte(tt.text), tt.limit, tt.limit, false, false)
		if got != tt.want || doc != tt.doc {
			t.Errorf("cutPoint(%q, %d) = %d, %v, want %d, %v", tt.text, tt.limit, got, doc, tt.want, tt.doc)
		}
	}
}

// BenchmarkDecoder measures decoding alone (BOM, CRLF, UTF-8 checks,
// cutting at blank lines): it must stay far faster than analysis.
func BenchmarkDecoder(b *testing.B) {
	var sb strings.Builder
	for sb.Len() < 8<<20 {
		sb.WriteString("Mao Ning: China firmly opposes the so-called sanctions – “ça suffit”.\r\n\r\n")
	}
	text := sb.String()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		d := newDecoder(strings.NewReader(text), DefaultChunkSize)
		for {
			if _, _, err := d.next(); err != nil {
				break
			}
		}
	}
}

// TestDecoderReset checks that a decoder reset for another input reads it
// as a new decoder would, whatever the input before left in it: a byte
// order mark, a half-read CRLF or UTF-8 sequence, invalid bytes, NUL
// bytes, a long text cut into pieces, text left pending by a failed read
// (issue #6 reads a tree's files with one decoder).
func TestDecoderReset(t *testing.T) {
	inputs := []string{
		"\uFEFFFirst line.\r\nSecond\r",
		"caf\xc3",
		"bad \xff byte and a NUL \x00 here\n",
		strings.Repeat("A paragraph of some length.\n\n", 200),
		"\uFEFF",
		"",
		"plain text, no line end",
	}
	all := func(d *decoder) (pieces []string, bad, nul int64) {
		for {
			text, _, err := d.next()
			pieces = append(pieces, text)
			if err != nil {
				return pieces, d.firstBad, d.firstNUL
			}
		}
	}
	// The first input fails to read half-way, leaving text pending, and
	// the first byte of a character held back.
	shared := newDecoder(io.MultiReader(strings.NewReader("left over\ncaf\xc3"), iotest.ErrReader(errors.New("disk gone"))), 1000)
	if _, _, err := shared.next(); err == nil || err == io.EOF {
		t.Fatalf("a failing read gave %v", err)
	}
	for _, in := range append(inputs, inputs...) {
		fresh := newDecoder(iotest.HalfReader(strings.NewReader(in)), 1000)
		want, wantBad, wantNUL := all(fresh)
		shared.reset(iotest.HalfReader(strings.NewReader(in)))
		got, gotBad, gotNUL := all(shared)
		if strings.Join(got, "|") != strings.Join(want, "|") || gotBad != wantBad || gotNUL != wantNUL {
			t.Errorf("%q after reset: pieces %q (bad %d, NUL %d), want %q (%d, %d)", in, got, gotBad, gotNUL, want, wantBad, wantNUL)
		}
	}
}

// TestDecode checks that Decode reads a whole text as Run reads an
// input, with Run's warnings: Windows-1252 text that grows as UTF-8 (it
// comes from the decoder in several pieces), a bad byte after UTF-8, a
// NUL byte, and a byte order mark.
func TestDecode(t *testing.T) {
	tests := []struct {
		in, want, bad, nul string
	}{
		{"plain\r\ntext", "plain\ntext", "", ""},
		{"\uFEFFmarked", "marked", "", ""},
		{strings.Repeat("\x93q\x94 ", 1000), strings.Repeat("“q” ", 1000), "x: not UTF-8 (from byte 0), read as Windows-1252", ""},
		{"“ok” \xff", "“ok” \uFFFD", "x: invalid UTF-8 at byte 9 replaced with U+FFFD", ""},
		{"a\x00b", "a\uFFFDb", "", "x: NUL byte at byte 1 replaced with U+FFFD"},
		{"", "", "", ""},
	}
	for _, tt := range tests {
		got, bad, nul := Decode("x", []byte(tt.in))
		if got != tt.want || errText(bad) != tt.bad || errText(nul) != tt.nul {
			t.Errorf("Decode(%.20q) = %.20q, %v, %v; want %.20q, %q, %q", tt.in, got, bad, nul, tt.want, tt.bad, tt.nul)
		}
	}
}

// errText is err's message, or "" for nil.
func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

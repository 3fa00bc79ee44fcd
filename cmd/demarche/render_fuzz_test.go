package main

import (
	"bytes"
	"encoding/binary"
	"encoding/csv"
	"encoding/json"
	"io"
	"math"
	"math/bits"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/demarche/demarche/lexicon"
	"github.com/demarche/demarche/tone"
)

// uncell undoes cell's formula protection, as its comment says a reader
// can.
func uncell(s string) string {
	if len(s) > 1 && s[0] == '\'' && strings.IndexByte("=+-@\t\r'", s[1]) >= 0 {
		return s[1:]
	}
	return s
}

// FuzzStatementWriters checks the CSV and JSON Lines writers of analyze
// --statements (issue #7): what is written parses back to the same
// values, text cells are never left starting with a formula character,
// every number is finite with four decimals, and the CSV is what
// encoding/csv writes for the same cells (issue #6).
func FuzzStatementWriters(f *testing.F) {
	f.Add("report.txt", "Xi Jinping", "We firmly oppose this, \"strongly\".\nNew line", "said", "2023-04-28", -0.42, 0.5)
	f.Add("-", "=HYPERLINK(\"x\")", "+1 -2 @3", "\tcue", "", 1.0, -1.0)
	f.Add("a,b.txt", "", "", "", "", 0.0, 0.0)
	f.Add("x", "'=already", "-", "@", "", -0.00001, 0.99999)
	f.Fuzz(func(t *testing.T, file, speaker, text, cue, date string, toneV, coop float64) {
		// The pipeline gives the writers valid UTF-8 with LF line ends
		// (tone.Normalize) and scores in range.
		clean := func(s string) string {
			return strings.ReplaceAll(strings.ToValidUTF8(s, "\uFFFD"), "\r", "\n")
		}
		file, speaker, text, cue, date = clean(file), clean(speaker), clean(text), clean(cue), clean(date)
		if math.IsNaN(toneV) || math.IsNaN(coop) {
			return
		}
		toneV, coop = max(-1, min(1, toneV)), max(-1, min(1, coop))
		row := statementRow{File: file, Date: date, Scored: &tone.Scored{
			Statement: tone.Statement{Index: 3, Paragraph: 2, Speaker: speaker, Kind: tone.Direct, Text: text, Cue: cue},
			Score: tone.Score{Tone: toneV, Label: tone.LabelFor(toneV), NBPositive: 0.5, Cooperation: coop, Assertiveness: 0.5,
				Terms: []tone.Term{{Text: "firmly oppose", Category: lexicon.Rejection, Weight: toneV, Base: toneV, Scale: 1}}},
		}}

		var buf bytes.Buffer
		w, err := newStatementWriter(&buf, formatCSV, true)
		if err != nil {
			t.Fatal(err)
		}
		if err := w.write([]statementRow{row}); err != nil {
			t.Fatal(err)
		}
		if err := w.close(); err != nil {
			t.Fatal(err)
		}
		if want := encodingCSV(t, statementColumns, statementCSVFields(row)); buf.String() != want {
			t.Errorf("CSV differs from encoding/csv:\n got %q\nwant %q", buf.String(), want)
		}
		recs, err := csv.NewReader(bytes.NewReader(buf.Bytes())).ReadAll()
		if err != nil {
			t.Fatalf("written CSV does not parse: %v\n%s", err, buf.String())
		}
		if len(recs) != 2 || len(recs[0]) != len(recs[1]) {
			t.Fatalf("want a header and one row of the same width, got %q", recs)
		}
		col := make(map[string]string)
		for i, name := range recs[0] {
			col[name] = recs[1][i]
		}
		for name, want := range map[string]string{"file": file, "speaker": speaker, "text": text, "cue": cue, "date": date} {
			got := col[name]
			if got != "" && got != "-" && strings.ContainsRune("=+-@\t\r", rune(got[0])) {
				t.Errorf("%s cell %q starts with a formula character", name, got)
			}
			if uncell(got) != want {
				t.Errorf("%s: wrote %q, read back %q", name, want, got)
			}
		}
		for _, name := range []string{"tone", "nb_positive", "lexicon", "cooperation", "assertiveness"} {
			v, err := strconv.ParseFloat(col[name], 64)
			if err != nil || math.IsInf(v, 0) || !strings.Contains(col[name], ".") || len(col[name])-strings.Index(col[name], ".") != 5 {
				t.Errorf("%s = %q: want a finite number with four decimals", name, col[name])
			}
		}
		if got, _ := strconv.ParseFloat(col["tone"], 64); math.Abs(got-toneV) > 0.00005+1e-12 {
			t.Errorf("tone read back %v, wrote %v", got, toneV)
		}

		buf.Reset()
		if w, err = newStatementWriter(&buf, formatJSONL, true); err != nil {
			t.Fatal(err)
		}
		if err := w.write([]statementRow{row, row}); err != nil {
			t.Fatal(err)
		}
		if err := w.close(); err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
		if len(lines) != 2 {
			t.Fatalf("JSON Lines: %d lines for 2 rows", len(lines))
		}
		for _, line := range lines {
			if !utf8.ValidString(line) {
				t.Fatalf("JSON line is not UTF-8: %q", line)
			}
			var back jsonStatement
			if err := json.Unmarshal([]byte(line), &back); err != nil {
				t.Fatalf("JSON line does not parse: %v\n%s", err, line)
			}
			if back.File != file || back.Speaker != speaker || back.Text != text || back.Cue != cue || back.Date != date {
				t.Errorf("JSON round trip changed the text fields: %+v", back)
			}
			if got, err := back.Tone.Float64(); err != nil || math.Abs(got-toneV) > 0.00005+1e-12 {
				t.Errorf("JSON tone %q, wrote %v", back.Tone, toneV)
			}
		}
	})
}

// TestAppendJSONStatement checks that analyze's JSON Lines writer, which
// does without reflection (issue #6), writes what encoding/json writes,
// row after row through one writer, which remembers the numbers, file
// and date of the rows before.
func TestAppendJSONStatement(t *testing.T) {
	terms := []tone.Term{
		{Text: "firmly oppose", Category: lexicon.Rejection, Weight: -0.61234, Base: -0.7, Scale: 1, Negated: true},
		{Text: "welcome", Category: lexicon.Welcome, Weight: 0.00001, Base: 0.5, Scale: 0.25},
	}
	files := []string{"dir/a \"b\".txt", "dir/a \"b\".txt", "-", "", "été/\\x.txt"}
	dates := []string{"2024-01-02", "", "2024-01-02", "2025-12-31"}
	var want, got bytes.Buffer
	enc := json.NewEncoder(&want)
	enc.SetEscapeHTML(false)
	w, err := newStatementWriter(&got, formatJSONL, true)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, text := range []string{
		"", "plain text", `quote " and \ backslash`, "tab\tnew\nline\r", "\x00\x01\x1f\x7f", "<b>&amp;</b>",
		"Russia’s “no-limits” ties — détente", "line\u2028para\u2029", "bad \xff utf-8", "中方坚决反对。", "emoji 🙂",
	} {
		for _, ts := range [][]tone.Term{nil, terms[:1], terms} {
			row := statementRow{File: files[n%len(files)], Date: dates[n%len(dates)], Scored: &tone.Scored{
				Statement: tone.Statement{Index: 12, Paragraph: 3, Speaker: text, Kind: tone.Reported, Text: text, Cue: "said",
					SpeakerCountry: "Côte d'Ivoire"},
				Score: tone.Score{Tone: -0.123456, Label: tone.LabelFor(-0.123456), NBPositive: 0.5, Lexicon: -0.00004,
					Cooperation: 1, Assertiveness: 0.75, Terms: ts},
			}}
			n++
			if err := enc.Encode(toJSONStatement(row)); err != nil {
				t.Fatal(err)
			}
			if err := w.write([]statementRow{row}); err != nil {
				t.Fatal(err)
			}
		}
	}
	if got.String() != want.String() {
		gl, wl := strings.Split(got.String(), "\n"), strings.Split(want.String(), "\n")
		for i := range min(len(gl), len(wl)) {
			if gl[i] != wl[i] {
				t.Fatalf("row %d:\n got %s\nwant %s", i, gl[i], wl[i])
			}
		}
		t.Fatalf("%d lines written, want %d", len(gl), len(wl))
	}
	// A number JSON cannot hold is an error, as encoding/json makes it.
	w, err = newStatementWriter(io.Discard, formatJSONL, true)
	if err != nil {
		t.Fatal(err)
	}
	nan := statementRow{Scored: &tone.Scored{Score: tone.Score{Tone: math.NaN()}}}
	if err := w.write([]statementRow{nan}); err == nil {
		t.Error("a NaN tone was written without an error")
	}
}

// TestAppendJSONKindLabel checks that the kinds and labels tone knows,
// the lexicon's categories, and any other value, are written as
// appendJSONString writes them.
func TestAppendJSONKindLabel(t *testing.T) {
	others := []string{"", "other", `a "quoted" kind`, "tür\n"}
	for _, k := range []tone.Kind{tone.Direct, tone.Reported, tone.Turn, tone.Narration} {
		others = append(others, string(k))
	}
	for _, l := range tone.Labels() {
		others = append(others, string(l))
	}
	for _, c := range lexicon.Categories() {
		others = append(others, string(c))
	}
	for _, s := range others {
		want := string(appendJSONString([]byte("x"), s))
		if got := string(appendJSONKind([]byte("x"), tone.Kind(s))); got != want {
			t.Errorf("appendJSONKind(%q) = %s, want %s", s, got, want)
		}
		if got := string(appendJSONLabel([]byte("x"), tone.Label(s))); got != want {
			t.Errorf("appendJSONLabel(%q) = %s, want %s", s, got, want)
		}
		if got := string(appendJSONCategory([]byte("x"), lexicon.Category(s))); got != want {
			t.Errorf("appendJSONCategory(%q) = %s, want %s", s, got, want)
		}
	}
}

// TestAppendCount checks appendCount against strconv.AppendInt around
// each number of digits it writes from the table, and beyond.
func TestAppendCount(t *testing.T) {
	check := func(n int) {
		if got, want := string(appendCount([]byte("x"), n)), "x"+strconv.Itoa(n); got != want {
			t.Fatalf("appendCount(%d) = %q, want %q", n, got, want)
		}
	}
	for n := -100; n <= 20_000; n++ {
		check(n)
	}
	for _, n := range []int{99_999, 100_000, 1_234_567, math.MaxInt, math.MinInt} {
		check(n)
	}
}

// TestFiniteScore checks that a score is finite unless one of its
// numbers, or one of its terms' numbers, is NaN or an infinity.
func TestFiniteScore(t *testing.T) {
	finite := func() tone.Score {
		return tone.Score{Tone: -1, NBPositive: math.MaxFloat64, Lexicon: math.Copysign(0, -1), Cooperation: -math.MaxFloat64, Assertiveness: 1e-300,
			Terms: []tone.Term{{Weight: 0.5, Base: -math.MaxFloat64, Scale: 1}, {Weight: math.SmallestNonzeroFloat64, Base: 0.45, Scale: 1e300}}}
	}
	if s := finite(); !finiteScore(&s) {
		t.Errorf("finiteScore(%v) = false, want true", s)
	}
	fields := []func(*tone.Score) *float64{
		func(s *tone.Score) *float64 { return &s.Tone },
		func(s *tone.Score) *float64 { return &s.NBPositive },
		func(s *tone.Score) *float64 { return &s.Lexicon },
		func(s *tone.Score) *float64 { return &s.Cooperation },
		func(s *tone.Score) *float64 { return &s.Assertiveness },
		func(s *tone.Score) *float64 { return &s.Terms[0].Weight },
		func(s *tone.Score) *float64 { return &s.Terms[1].Base },
		func(s *tone.Score) *float64 { return &s.Terms[1].Scale },
	}
	for i, field := range fields {
		for _, v := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
			s := finite()
			*field(&s) = v
			if finiteScore(&s) {
				t.Errorf("finiteScore with number %d set to %v = true, want false", i, v)
			}
		}
	}
}

// TestAppendNum checks the fast path of appendNum against FormatFloat
// with four decimals (issue #6): around every boundary between two
// printed values, at random, and at the edges.
func TestAppendNum(t *testing.T) {
	want := func(v float64) string {
		s := strconv.FormatFloat(v, 'f', 4, 64)
		if s == "-0.0000" {
			s = "0.0000"
		}
		return s
	}
	check := func(v float64) {
		if got := string(appendNum(nil, v)); got != want(v) {
			t.Fatalf("appendNum(%v) = %q, want %q", v, got, want(v))
		}
	}
	for k := -20000; k <= 20000; k++ {
		half := (float64(k) + 0.5) / 1e4
		for _, v := range []float64{half, math.Nextafter(half, 2), math.Nextafter(half, -2), float64(k) / 1e4} {
			check(v)
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 200_000 {
		check(r.Float64()*4 - 2)
		check((r.Float64()*2 - 1) * math.Pow(10, float64(r.IntN(12)-6)))
	}
	for _, v := range []float64{0, math.Copysign(0, -1), 1, -1, 1e-20, -1e-20, 9.99995, 9.99996, -9.99997, 9.9999, -9.9999, 99999.99995, 1e5, -1e5, 1e300, math.Inf(1), math.Inf(-1), math.NaN(),
		math.SmallestNonzeroFloat64, math.MaxFloat64} {
		check(v)
	}
}

// TestNumCache checks that numCache (found, else miss) writes what
// appendNum writes, for numbers met again, numbers that share a place in the cache and so
// replace one another, and numbers whose text does not fit a place.
func TestNumCache(t *testing.T) {
	var nc numCache
	// An empty place holds bits 0, those of the number 0.
	if b, ok := nc.found(make([]byte, 0, 8), 0); ok {
		t.Fatalf("an empty cache found 0, as %q", b)
	}
	r := rand.New(rand.NewPCG(3, 4))
	few := []float64{1, 0, -0.35, 0.45, math.Copysign(0, -1), -0.0375, 10.5, -12.25, 1e6, math.NaN(), math.Inf(-1)}
	for i := range 100_000 {
		var v float64
		switch i % 3 {
		case 0:
			v = few[r.IntN(len(few))]
		case 1:
			v = float64(r.IntN(4000)-2000) / 1e3 // 4,000 numbers in 256 places
		default:
			v = r.Float64()*2 - 1
		}
		// A place's text is stored as a word where b has room for one;
		// where it has not, miss writes the number again.
		for _, room := range []int{0, 7, 8, 64} {
			b := append(make([]byte, 0, 1+room), 'x')
			got, ok := nc.found(b, v)
			if !ok {
				got = nc.miss(b, v)
			}
			if want := "x" + string(appendNum(nil, v)); string(got) != want {
				t.Fatalf("numCache with room for %d wrote %v as %q, want %q (call %d, found %v)", room, v, got, want, i, ok)
			}
		}
	}
}

// marshaled is s as encoding/json writes it without HTML escaping.
func marshaled(s string) string {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.Encode(s)
	return strings.TrimSuffix(buf.String(), "\n")
}

// TestAppendJSONString checks that the jsonl writer's strings are byte
// for byte encoding/json's (issue #6: quotation marks and backslashes are
// escaped without it).
func TestAppendJSONString(t *testing.T) {
	for _, s := range []string{
		"",
		"We firmly oppose this provocation.",
		`the "serious reservations" of several delegations`,
		`"`,
		`\`,
		`a \"quoted\" backslash\\`,
		"“curly” quotes, <html> & ampersands, 中文, détente",
		"a tab\there, a line\nbreak",
		"\u2028 and \u2029",
		"invalid \xff byte with a \" quote",
		"\x00\x1f control",
		// Around the eight-byte words the scan tests at once.
		`1234567"`, `12345678"`, `123456789\`, `"2345678"2345678"`, "1234567\x7f", "12345678\x7f\x00",
		"1234567é", "12345678é 2345678", "1234567\n", "12345678\u2028", "1234567 x 2345678 \xff", "abcdefgh",
		// The last eight bytes of a string read again, and the sixteen
		// bytes a turn.
		"123456789\"#", "12345\"#9abc", "123456789ab\"", "123456789\x01", "1234567890é", "123456789\"\"\"#é",
		"123456789abcdef\"", "123456789abcdefgh\\", "123456789abcdefghijklmnopqrstuvwx\x1f",
		// Every length of the short path, and one either side, plain and
		// with a byte to escape at each end.
		"abc", "abcd", "abcde", "abcdef", "abcdefg", "abcdefgh", "abcdefghi", "abcdefghijklmno", "abcdefghijklmnop", "abcdefghijklmnopq",
		`"bcd`, `abc"`, `abcd\`, "\x01bcdefg", `abcdef"`, "abcdef\xc3\xa9", `"bcdefghi`, `abcdefgh"`, `"bcdefghijklmnop`, `abcdefghijklmno\`,
		"abcdefg\x7fijklmnop", "abcdefgh\x1fjklmnop", "ab\u2028", "abcdefghijk\u2028",
		"abcdefghijklmnopq", "abcdefghijklmnopqrstuvwxyz012345", "abcdefghijklmnopqrstuvwxyz0123456", `"bcdefghijklmnopq`,
		`abcdefghijklmnop"`, "abcdefgh\x01ijklmnopqrstuvwxyz012345", "abcdefghijklmnopqr\\tuvwxyz012345",
		"abcdefghijklmnopqrstuvw\xffyz012345", `abcdefghijklmnopqrstuvwxyz01234"`, `abcdefghijklmno"qrstuvwxyz`,
	} {
		// Strings of 4 to 32 bytes are stored as words where b has
		// room for them and their quotation marks, and take the long way
		// where it has not.
		for _, room := range []int{0, len(s) + 1, len(s) + 2, 64} {
			b := append(make([]byte, 0, 1+room), 'x')
			if got, want := string(appendJSONString(b, s)), "x"+marshaled(s); got != want {
				t.Errorf("appendJSONString(%q) with room for %d = %s, want %s", s, room, got, want)
			}
		}
	}
}

// TestPlainJSON checks plainJSON against jsonPlainByte, a byte at a
// time, with one byte to escape at each place of strings of every length
// up to 72: around the thirty-two bytes it tests at once, the words after
// them, and the last word it reads again.
func TestPlainJSON(t *testing.T) {
	for n := 0; n <= 72; n++ {
		for at := -1; at < n; at++ {
			for _, c := range []byte{'"', '\\', 0, 0x1f, 0x80, 0xff} {
				b := []byte(strings.Repeat("a", n))
				want := n
				if at >= 0 {
					b[at], want = c, at
				}
				if got := plainJSON(string(b)); got != want {
					t.Fatalf("plainJSON(%q) = %d, want %d", b, got, want)
				}
			}
		}
	}
}

// TestFirstPlainBits checks that firstPlainBits finds the first byte of
// a word that JSON does not copy as it is, and so sets every high bit
// only when every byte is plain, with any two bytes side by side at each
// place (a byte of 0x80 or more carries into the next).
func TestFirstPlainBits(t *testing.T) {
	for at := 0; at < 7; at++ {
		for pair := range 1 << 16 {
			var w [8]byte
			for i := range w {
				w[i] = 'a'
			}
			w[at], w[at+1] = byte(pair), byte(pair>>8)
			want := 8 // the first byte that is not plain
			for i, c := range w {
				if !jsonPlainByte(c) {
					want = i
					break
				}
			}
			got := bits.TrailingZeros64(firstPlainBits(binary.LittleEndian.Uint64(w[:]))&highBits^highBits) / 8
			if got != want {
				t.Fatalf("firstPlainBits(%q) finds byte %d, want %d", w, got, want)
			}
		}
	}
}

// FuzzAppendJSONString checks appendJSONString against encoding/json on
// any string.
func FuzzAppendJSONString(f *testing.F) {
	f.Add(`He said "no" \ twice`)
	f.Add("\u2028\"\x01")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(appendJSONString(nil, s)), marshaled(s); got != want {
			t.Errorf("appendJSONString(%q) = %s, want %s", s, got, want)
		}
	})
}

// BenchmarkAppendJSONStatement writes a typical statement row as JSON
// Lines (issue #6).
func BenchmarkAppendJSONStatement(b *testing.B) {
	row := statementRow{File: "2024/03/2024-03-05-briefing-2.txt", Date: "2024-03-05", Scored: &tone.Scored{
		Statement: tone.Statement{Index: 7, Paragraph: 4, Speaker: "Mao Ning", Kind: tone.Direct, Cue: "said",
			Text:           `We firmly oppose the so-called "freedom of navigation" operations and urge the relevant country to stop its provocations at once, which only undermine regional peace and stability.`,
			SpeakerCountry: "China"},
		Score: tone.Score{Tone: -0.5321, Label: tone.LabelFor(-0.5321), NBPositive: 0.31, Lexicon: -0.61, Cooperation: -0.2,
			Assertiveness: 0.8, Terms: []tone.Term{{Text: "firmly oppose", Category: lexicon.Rejection, Weight: -0.7, Base: -0.7, Scale: 1}}},
	}}
	var buf []byte
	var c jsonlCache // as a writer has one for all its rows
	b.ReportAllocs()
	for b.Loop() {
		buf = appendJSONStatement(buf[:0], &row, &c)
	}
	b.SetBytes(int64(len(buf)))
}

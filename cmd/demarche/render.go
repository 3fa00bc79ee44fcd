package main

import (
	"bytes"
	"encoding/binary"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/tw"

	"github.com/demarche/demarche/lexicon"
	"github.com/demarche/demarche/tone"
)

// Output formats.
const (
	formatTable = "table"
	formatCSV   = "csv"
	formatJSON  = "json"
	formatJSONL = "jsonl"
)

// checkFormat returns a usage error unless format is one of allowed.
func checkFormat(format string, allowed ...string) error {
	for _, a := range allowed {
		if format == a {
			return nil
		}
	}
	return usagef("unknown format %q; want one of %s", format, strings.Join(allowed, ", "))
}

// Column orders: the output contract. Later versions add columns at the
// end and never rename these.
var (
	scoreColumns     = []string{"line", "text", "tone", "label", "nb_positive", "lexicon", "cooperation", "assertiveness", "terms"}
	statementColumns = []string{"file", "statement", "paragraph", "speaker", "kind", "text", "tone", "label",
		"nb_positive", "lexicon", "cooperation", "assertiveness", "terms", "cue", "date", "speaker_country"}
	summaryColumns = []string{"speaker", "statements", "tone_mean", "tone_min", "tone_max", "label",
		"cooperation_mean", "assertiveness_mean", "hostile", "critical", "neutral", "cordial", "warm"}
	// fileSummaryColumns are the columns of analyze --by file: a file
	// column, the per-speaker columns, then the file's date.
	fileSummaryColumns = append(append([]string{"file"}, summaryColumns...), "date")
)

// excelBOM is the UTF-8 byte order mark that --excel puts before CSV
// output: without it Excel reads UTF-8 as the system's legacy code page.
const excelBOM = "\uFEFF"

// cell protects a text cell against spreadsheet formula injection: a cell
// that begins with =, +, -, @, a tab or a carriage return is read as a
// formula by Excel, LibreOffice and Google Sheets, so it gets a leading
// apostrophe, which they show as text and do not display. Numeric columns
// are not passed through cell. A cell that is exactly "-" (the file
// column for standard input) is left alone: a lone minus is not a
// formula, and tools that read the CSV expect "-" there.
//
// A text that already begins with an apostrophe before one of those
// characters (or before another apostrophe) gets one more, so that the
// protection can always be undone: strip one leading apostrophe when a
// formula character or an apostrophe follows it.
func cell(s string) string {
	if needsApostrophe(s) {
		return "'" + s
	}
	return s
}

// needsApostrophe reports whether cell puts an apostrophe before s.
func needsApostrophe[T ~string | ~[]byte](s T) bool {
	if len(s) == 0 || len(s) == 1 && s[0] == '-' {
		return false
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return true
	case '\'':
		if len(s) > 1 {
			switch s[1] {
			case '=', '+', '-', '@', '\t', '\r', '\'':
				return true
			}
		}
	}
	return false
}

// num formats a score for CSV: four decimals, '.', never "-0.0000".
func num(v float64) string {
	return string(appendNum(nil, v))
}

// appendNum appends num(v) to b.
func appendNum(b []byte, v float64) []byte {
	// Scores lie in [-1, 1], and anything under 10 in size takes this
	// path: round v·10⁴ to an integer and write its digits, unless v·10⁴ is so near a half that rounding the float
	// product could differ from rounding v's exact value, as FormatFloat
	// does. The product is off by at most half a unit in the last place,
	// under 10⁻¹¹ below 10⁵.
	if x := v * 1e4; math.Abs(x) < 1e5 {
		// Away from a half, rounding to even is rounding half away from
		// zero, and is one instruction.
		r := math.RoundToEven(x)
		if d := math.Abs(x - r); d < 0.5-1e-6 {
			n := int64(r)
			if n == 0 {
				return append(b, "0.0000"...)
			}
			if n < 0 {
				b = append(b, '-')
				n = -n
			}
			// The units (0 to 10, as |x| < 10⁵) and the four decimals,
			// two by two from a table, by constant divisors (which the
			// compiler turns into multiplications), not strconv's loop.
			u, f := uint64(n/10000), uint64(n%10000)
			if u >= 10 {
				b = append(b, '1')
				u -= 10
			}
			hi, lo := 2*(f/100), 2*(f%100) // f < 10⁴
			return append(b, byte('0'+u), '.', twoDigits[hi], twoDigits[hi+1], twoDigits[lo], twoDigits[lo+1])
		}
	}
	s := strconv.FormatFloat(v, 'f', 4, 64)
	if s == "-0.0000" {
		s = "0.0000"
	}
	return append(b, s...)
}

// numCache remembers what appendNum wrote for numbers met before. Most
// numbers of the terms were: a term's base is its lexicon entry's tone,
// its scale most often 1, and its weight one of few products of such
// factors. A number is found by its bits, in one of numCacheSize places.
type numCache [numCacheSize]struct {
	bits uint64
	// text holds up to 7 bytes, then their count; a count of 0 marks an
	// empty place. It is stored whole, as one word, where the row has
	// room.
	text [8]byte
}

const (
	numCacheBits = 8
	numCacheSize = 1 << numCacheBits
)

// found appends appendNum's text for v to b when v is in its place and
// b has room for a word; otherwise it reports false, and miss must be
// called. found is small enough to be inlined (with the call to miss it
// would not be), and most numbers are found.
func (nc *numCache) found(b []byte, v float64) ([]byte, bool) {
	bits := math.Float64bits(v)
	p := nc.place(bits)
	if m := len(b); p.bits == bits && p.text[7] != 0 && cap(b)-m >= 8 {
		*(*[8]byte)(b[m : m+8]) = p.text
		return b[:m+int(p.text[7])], true
	}
	return b, false
}

// place returns the place of the number whose bits are bits.
func (nc *numCache) place(bits uint64) *struct {
	bits uint64
	text [8]byte
} {
	return &nc[bits*0x9e3779b97f4a7c15>>(64-numCacheBits)] // Fibonacci hashing
}

// miss appends appendNum's text for v to b, and keeps it in v's place
// when it fits.
func (nc *numCache) miss(b []byte, v float64) []byte {
	n := len(b)
	b = appendNum(b, v)
	if k := len(b) - n; k < 8 {
		bits := math.Float64bits(v)
		p := nc.place(bits)
		p.bits = bits
		copy(p.text[:], b[n:])
		p.text[7] = byte(k)
	}
	return b
}

// appendCount appends n in decimal, as strconv.AppendInt does. A row's
// statement and paragraph numbers are counts, under 10,000 but in very
// long texts (which take strconv's way): their digits are read two by
// two from twoDigits, without strconv's calls and general loop.
func appendCount(b []byte, n int) []byte {
	switch {
	case n < 0 || n >= 10000:
		return strconv.AppendInt(b, int64(n), 10)
	case n < 10:
		return append(b, byte('0'+n))
	case n < 100:
		return append(b, twoDigits[2*n], twoDigits[2*n+1])
	case n < 1000:
		lo := 2 * (n % 100)
		return append(b, byte('0'+n/100), twoDigits[lo], twoDigits[lo+1])
	}
	hi, lo := 2*(n/100), 2*(n%100)
	return append(b, twoDigits[hi], twoDigits[hi+1], twoDigits[lo], twoDigits[lo+1])
}

// twoDigits holds the numbers 00 to 99, two bytes each.
const twoDigits = "00010203040506070809" + "10111213141516171819" + "20212223242526272829" + "30313233343536373839" +
	"40414243444546474849" + "50515253545556575859" + "60616263646566676869" + "70717273747576777879" +
	"80818283848586878889" + "90919293949596979899"

// short formats a score for a table: two decimals.
func short(v float64) string {
	s := strconv.FormatFloat(v, 'f', 2, 64)
	if s == "-0.00" {
		return "0.00"
	}
	return s
}

// round4 rounds a score for JSON to the precision CSV shows.
func round4(v float64) json.Number {
	return json.Number(num(v))
}

// scoreRow is one scored statement of the score command.
type scoreRow struct {
	Line  int
	Text  string
	Score tone.Score
	// Fields are the row's fields when it comes from a table (score
	// --table), in the table's order.
	Fields []string
}

// statementRow is one statement of the analyze command. It points to
// the statement, a few hundred bytes with a dozen pointers, rather than
// copying it: a 1 MB piece of text has thousands.
type statementRow struct {
	File string
	// Date is the date of the statement's document, ISO, or "".
	Date string
	*tone.Scored
}

// fileSummary is one speaker's summary within one file (analyze --by file).
type fileSummary struct {
	File string
	Date string
	tone.SpeakerSummary
}

func scoreFields(s tone.Score) []string {
	return []string{num(s.Tone), cell(string(s.Label)), num(s.NBPositive), num(s.Lexicon),
		num(s.Cooperation), num(s.Assertiveness), cell(tone.FormatTerms(s.Terms))}
}

func writeCSV(w io.Writer, header []string, rows [][]string) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(header); err != nil {
		return err
	}
	if err := cw.WriteAll(rows); err != nil {
		return err
	}
	cw.Flush()
	return cw.Error()
}

func scoreCSVRows(rows []scoreRow) [][]string {
	out := make([][]string, len(rows))
	for i, r := range rows {
		out[i] = append([]string{strconv.Itoa(r.Line), cell(r.Text)}, scoreFields(r.Score)...)
	}
	return out
}

func summaryCSVRow(s tone.SpeakerSummary) []string {
	row := append(append([]string{cell(s.Speaker)}, toneStatsCSV(s)...), num(s.AssertivenessMean))
	for _, c := range s.Counts {
		row = append(row, strconv.Itoa(c))
	}
	return row
}

func summaryCSVRows(sums []tone.SpeakerSummary) [][]string { return mapSlice(sums, summaryCSVRow) }

func fileSummaryCSVRows(sums []fileSummary) [][]string {
	return mapSlice(sums, func(s fileSummary) []string {
		return append(append([]string{cell(s.File)}, summaryCSVRow(s.SpeakerSummary)...), cell(s.Date))
	})
}

// JSON shapes: the same field names as the CSV columns.

type jsonTerm struct {
	Term     string      `json:"term"`
	Category string      `json:"category"`
	Weight   json.Number `json:"weight"`
	Base     json.Number `json:"base"`
	Negated  bool        `json:"negated"`
	Scale    json.Number `json:"scale"`
}

type jsonScore struct {
	Tone          json.Number `json:"tone"`
	Label         string      `json:"label"`
	NBPositive    json.Number `json:"nb_positive"`
	Lexicon       json.Number `json:"lexicon"`
	Cooperation   json.Number `json:"cooperation"`
	Assertiveness json.Number `json:"assertiveness"`
	Terms         []jsonTerm  `json:"terms"`
}

func toJSONScore(s tone.Score) jsonScore {
	terms := make([]jsonTerm, len(s.Terms))
	for i, t := range s.Terms {
		terms[i] = jsonTerm{Term: t.Text, Category: string(t.Category), Weight: round4(t.Weight),
			Base: round4(t.Base), Negated: t.Negated, Scale: round4(t.Scale)}
	}
	return jsonScore{Tone: round4(s.Tone), Label: string(s.Label), NBPositive: round4(s.NBPositive),
		Lexicon: round4(s.Lexicon), Cooperation: round4(s.Cooperation), Assertiveness: round4(s.Assertiveness), Terms: terms}
}

type jsonScoreRow struct {
	Line int    `json:"line"`
	Text string `json:"text"`
	// Fields are a table's row by column name (score --table).
	Fields map[string]string `json:"fields,omitempty"`
	jsonScore
	Explanation *jsonExplanation `json:"explanation,omitempty"`
}

type jsonStatement struct {
	File      string `json:"file"`
	Statement int    `json:"statement"`
	Paragraph int    `json:"paragraph"`
	Speaker   string `json:"speaker"`
	Kind      string `json:"kind"`
	Text      string `json:"text"`
	jsonScore
	Cue            string `json:"cue"`
	Date           string `json:"date"`
	SpeakerCountry string `json:"speaker_country"`
}

// jsonSummary is a per-speaker row; with analyze --by country, Country
// stands in place of Speaker (a summary's speaker is never empty).
type jsonSummary struct {
	Country string `json:"country,omitempty"`
	Speaker string `json:"speaker,omitempty"`
	// Period is the row's period with analyze --per ("" when undated),
	// and absent without it.
	Period *string `json:"period,omitempty"`
	jsonToneStats
	AssertivenessMean json.Number `json:"assertiveness_mean"`
	Hostile           int         `json:"hostile"`
	Critical          int         `json:"critical"`
	Neutral           int         `json:"neutral"`
	Cordial           int         `json:"cordial"`
	Warm              int         `json:"warm"`
}

// jsonToneStats are the columns a per-speaker row and a speaker × target
// row share, in their order.
type jsonToneStats struct {
	Statements      int         `json:"statements"`
	ToneMean        json.Number `json:"tone_mean"`
	ToneMin         json.Number `json:"tone_min"`
	ToneMax         json.Number `json:"tone_max"`
	Label           string      `json:"label"`
	CooperationMean json.Number `json:"cooperation_mean"`
}

func toJSONToneStats(s tone.SpeakerSummary) jsonToneStats {
	return jsonToneStats{Statements: s.Statements, ToneMean: round4(s.ToneMean), ToneMin: round4(s.ToneMin),
		ToneMax: round4(s.ToneMax), Label: string(s.Label), CooperationMean: round4(s.CooperationMean)}
}

// toneStatsCSV gives the same columns as CSV cells.
func toneStatsCSV(s tone.SpeakerSummary) []string {
	return []string{strconv.Itoa(s.Statements), num(s.ToneMean), num(s.ToneMin), num(s.ToneMax),
		cell(string(s.Label)), num(s.CooperationMean)}
}

// mapSlice returns f applied to each element of xs, in order.
func mapSlice[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

// jsonFileSummary is a row of analyze --by file.
type jsonFileSummary struct {
	File string `json:"file"`
	jsonSummary
	Date string `json:"date"`
}

func toJSONStatement(r statementRow) jsonStatement {
	return jsonStatement{File: r.File, Statement: r.Index, Paragraph: r.Paragraph, Speaker: r.Speaker,
		Kind: string(r.Kind), Text: r.Text, jsonScore: toJSONScore(r.Score), Cue: r.Cue, Date: r.Date,
		SpeakerCountry: r.SpeakerCountry}
}

func toJSONFileSummary(s fileSummary) jsonFileSummary {
	return jsonFileSummary{File: s.File, jsonSummary: toJSONSummary(s.SpeakerSummary), Date: s.Date}
}

func toJSONSummary(s tone.SpeakerSummary) jsonSummary {
	return jsonSummary{Speaker: s.Speaker, jsonToneStats: toJSONToneStats(s), AssertivenessMean: round4(s.AssertivenessMean),
		Hostile: s.Counts[0], Critical: s.Counts[1], Neutral: s.Counts[2], Cordial: s.Counts[3], Warm: s.Counts[4]}
}

// writeJSON writes v as indented JSON; writeJSONL writes each value on its
// own line. HTML is not escaped: statements quote "<" and "&" often.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func writeJSONL[T any](w io.Writer, vs []T) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, v := range vs {
		if err := enc.Encode(v); err != nil {
			return err
		}
	}
	return nil
}

// writeJSONRows writes rows as one JSON array (json) or one object per
// line (jsonl).
func writeJSONRows[T any](w io.Writer, format string, rows []T) error {
	if format == formatJSONL {
		return writeJSONL(w, rows)
	}
	return writeJSON(w, rows)
}

// newTable returns a table with plain headers (tablewriter v1 upper-cases
// them by default) and the given per-column alignment.
func newTable(w io.Writer, header []string, align tw.Alignment) *tablewriter.Table {
	t := tablewriter.NewTable(w,
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithRowAutoFormat(tw.Off),
		tablewriter.WithAlignment(align),
		tablewriter.WithRowAutoWrap(tw.WrapNone),
		tablewriter.WithHeaderAutoWrap(tw.WrapNone),
	)
	t.Header(header)
	return t
}

func alignment(n int, right ...int) tw.Alignment {
	a := make(tw.Alignment, n)
	for i := range a {
		a[i] = tw.AlignLeft
	}
	for _, r := range right {
		a[r] = tw.AlignRight
	}
	return a
}

// ellipsize shortens s to at most n runes for a table cell.
func ellipsize(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// writeScoreTable renders one statement as a small table of its parts and
// its terms, or several (--lines) as one row each.
func writeScoreTable(w io.Writer, rows []scoreRow, multi bool) error {
	if !multi && len(rows) == 1 {
		s := rows[0].Score
		t := newTable(w, []string{"measure", "value"}, alignment(2, 1))
		for _, kv := range [][]string{
			{"tone", short(s.Tone)}, {"label", string(s.Label)}, {"nb_positive", short(s.NBPositive)},
			{"lexicon", short(s.Lexicon)}, {"cooperation", short(s.Cooperation)}, {"assertiveness", short(s.Assertiveness)},
		} {
			if err := t.Append(kv); err != nil {
				return err
			}
		}
		if err := t.Render(); err != nil {
			return err
		}
		if len(s.Terms) == 0 {
			_, err := fmt.Fprintln(w, "no lexicon terms matched")
			return err
		}
		tt := newTable(w, []string{"term", "category", "base", "weight", "rules"}, alignment(5, 2, 3))
		for _, term := range s.Terms {
			if err := tt.Append([]string{term.Text, string(term.Category), short(term.Base), short(term.Weight), rules(term)}); err != nil {
				return err
			}
		}
		return tt.Render()
	}
	t := newTable(w, []string{"line", "tone", "label", "nb_positive", "lexicon", "cooperation", "assertiveness", "text"},
		alignment(8, 0, 1, 3, 4, 5, 6))
	for _, r := range rows {
		s := r.Score
		if err := t.Append([]string{strconv.Itoa(r.Line), short(s.Tone), string(s.Label), short(s.NBPositive),
			short(s.Lexicon), short(s.Cooperation), short(s.Assertiveness), ellipsize(r.Text, 60)}); err != nil {
			return err
		}
	}
	return t.Render()
}

// rules says in words what the scoring rules did to a term.
func rules(t tone.Term) string {
	return strings.Join(t.Rules(), ", ")
}

func writeStatementTable(w io.Writer, rows []statementRow, withFile bool) error {
	header := []string{"#", "para", "speaker", "kind", "tone", "label", "text"}
	align := alignment(7, 0, 1, 4)
	if withFile {
		header = append([]string{"file"}, header...)
		align = alignment(8, 1, 2, 5)
	}
	t := newTable(w, header, align)
	for _, r := range rows {
		row := []string{strconv.Itoa(r.Index), strconv.Itoa(r.Paragraph), r.Speaker, string(r.Kind),
			short(r.Tone), string(r.Label), ellipsize(r.Text, 70)}
		if withFile {
			row = append([]string{r.File}, row...)
		}
		if err := t.Append(row); err != nil {
			return err
		}
	}
	return t.Render()
}

// writeSummaryTable renders one row per speaker; with bar, a tone bar
// column follows the mean tone (for a terminal, never for a pipe).
func writeSummaryTable(w io.Writer, sums []tone.SpeakerSummary, bar bool) error {
	return writeSummaryTableAs(w, "speaker", sums, bar)
}

// writeSummaryTableAs is writeSummaryTable with first heading the first
// column ("country" for analyze --by country).
func writeSummaryTableAs(w io.Writer, first string, sums []tone.SpeakerSummary, bar bool) error {
	header := summaryTableHeader()
	header[0] = first
	align := alignment(13, 1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12)
	if bar {
		header = slices.Insert(header, 3, toneBarScale)
		align = slices.Insert(align, 3, tw.AlignLeft)
	}
	t := newTable(w, header, align)
	if bar {
		t.Options(tablewriter.WithTrimSpace(tw.Off))
	}
	for _, s := range sums {
		row := summaryTableRow(s)
		if bar {
			row = slices.Insert(row, 3, toneBar(s.ToneMean))
		}
		if err := t.Append(row); err != nil {
			return err
		}
	}
	return t.Render()
}

// writeFileSummaryTable renders analyze --by file: the file first and its
// date last around the per-speaker columns.
func writeFileSummaryTable(w io.Writer, sums []fileSummary) error {
	header := append(append([]string{"file"}, summaryTableHeader()...), "date")
	t := newTable(w, header, alignment(15, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13))
	for _, s := range sums {
		row := append(append([]string{s.File}, summaryTableRow(s.SpeakerSummary)...), s.Date)
		if err := t.Append(row); err != nil {
			return err
		}
	}
	return t.Render()
}

// toneBarHalf is how many cells the tone bar spans on each side of 0.
const toneBarHalf = 8

// toneBarScale heads the tone bar column: -1 at the left end, 0 over the
// centre mark, +1 at the right end.
const toneBarScale = "-1      0      +1"

// toneBar draws a tone in [-1, 1] as a bar growing left (hostile) or
// right (warm) from a centre mark, toneBarHalf cells at most, in half-cell
// steps: -0.42 is "    ▐███│        ".
func toneBar(v float64) string {
	v = max(-1, min(1, v))
	halves := int(math.Round(math.Abs(v) * 2 * toneBarHalf))
	full, half := halves/2, halves%2 == 1
	side := strings.Repeat("█", full)
	blank := strings.Repeat(" ", toneBarHalf)
	switch {
	case halves == 0:
		return blank + "│" + blank
	case v < 0:
		if half {
			side = "▐" + side
		}
		return strings.Repeat(" ", toneBarHalf-full-halves%2) + side + "│" + blank
	default:
		if half {
			side += "▌"
		}
		return blank + "│" + side + strings.Repeat(" ", toneBarHalf-full-halves%2)
	}
}
func summaryTableHeader() []string {
	return []string{"speaker", "statements", "tone", "min", "max", "label", "cooperation", "assertiveness",
		"hostile", "critical", "neutral", "cordial", "warm"}
}

func summaryTableRow(s tone.SpeakerSummary) []string {
	row := []string{s.Speaker, strconv.Itoa(s.Statements), short(s.ToneMean), short(s.ToneMin), short(s.ToneMax),
		string(s.Label), short(s.CooperationMean), short(s.AssertivenessMean)}
	for _, c := range s.Counts {
		row = append(row, strconv.Itoa(c))
	}
	return row
}

// statementWriter writes the statement rows of analyze as they come, so
// that CSV, JSON and JSON Lines output need no memory in proportion to the
// corpus. The table is the exception: its column widths depend on every
// row, so it holds them until close.
type statementWriter interface {
	write(rows []statementRow) error
	close() error
}

func newStatementWriter(w io.Writer, format string, withFile bool) (statementWriter, error) {
	switch format {
	case formatCSV:
		if _, err := io.WriteString(w, strings.Join(statementColumns, ",")+"\n"); err != nil {
			return nil, err
		}
		return &csvStatements{rowChunks: rowChunks{w: w}}, nil
	case formatJSONL:
		return &jsonlStatements{rowChunks: rowChunks{w: w}}, nil
	case formatJSON:
		return &jsonStatements{w: w}, nil
	default:
		return &tableStatements{w: w, withFile: withFile}, nil
	}
}

// csvStatements writes statement rows as CSV, byte for byte as an
// encoding/csv Writer writes the fields cell, num and strconv.Itoa make of
// them, but into a reused buffer: building a []string of fresh strings per
// row for csv.Writer cost a seventh of the CPU time of analyze --format
// csv. TestAppendStatementCSV and FuzzAppendCSVField hold it to
// encoding/csv.
type csvStatements struct {
	rowChunks
	terms []byte // the terms column of one row, before quoting
}

func (c *csvStatements) write(rows []statementRow) error {
	for i := range rows {
		c.buf, c.terms = appendStatementCSV(c.buf, c.terms[:0], &rows[i])
		if err := c.wrote(); err != nil {
			return err
		}
	}
	return c.flush()
}

func (c *csvStatements) close() error { return nil }

// appendStatementCSV appends r to b as one CSV record with its newline,
// using terms as scratch space for the terms column, and returns both.
// The columns are statementColumns.
func appendStatementCSV(b, terms []byte, r *statementRow) (_, _ []byte) {
	b = appendCSVCell(b, r.File)
	b = append(b, ',')
	b = appendCount(b, r.Index)
	b = append(b, ',')
	b = appendCount(b, r.Paragraph)
	b = append(b, ',')
	b = appendCSVCell(b, r.Speaker)
	b = append(b, ',')
	b = appendCSVCell(b, string(r.Kind))
	b = append(b, ',')
	b = appendCSVCell(b, r.Text)
	s := &r.Score
	b = append(b, ',')
	b = appendNum(b, s.Tone)
	b = append(b, ',')
	b = appendCSVCell(b, string(s.Label))
	for _, v := range [...]float64{s.NBPositive, s.Lexicon, s.Cooperation, s.Assertiveness} {
		b = appendNum(append(b, ','), v)
	}
	b = append(b, ',')
	terms = tone.AppendTerms(terms, s.Terms)
	b = appendCSVCell(b, terms)
	b = append(b, ',')
	b = appendCSVCell(b, r.Cue)
	b = append(b, ',')
	b = appendCSVCell(b, r.Date)
	b = append(b, ',')
	b = appendCSVCell(b, r.SpeakerCountry)
	return append(b, '\n'), terms
}

// appendCSVCell appends cell(s) as a CSV field.
func appendCSVCell[T ~string | ~[]byte](b []byte, s T) []byte {
	if needsApostrophe(s) {
		return appendCSVField(b, "'"+string(s)) // rare: no need to save the allocation
	}
	return appendCSVField(b, s)
}

// appendCSVField appends field to b as encoding/csv's Writer writes it
// with a comma separator and UseCRLF unset: quoted when it holds a quote,
// comma, CR or LF, begins with a space character or is `\.`, with each
// quote doubled; CR and LF are kept as they are.
func appendCSVField[T ~string | ~[]byte](b []byte, field T) []byte {
	if !csvNeedsQuotes(field) {
		return append(b, field...)
	}
	b = append(b, '"')
	done := 0 // field[:done] is in b
	for i := 0; i < len(field); i++ {
		if field[i] == '"' {
			b = append(b, field[done:i+1]...)
			b = append(b, '"')
			done = i + 1
		}
	}
	b = append(b, field[done:]...)
	return append(b, '"')
}

// csvNeedsQuotes is encoding/csv's Writer.fieldNeedsQuotes for a comma
// separator.
func csvNeedsQuotes[T ~string | ~[]byte](field T) bool {
	if len(field) == 0 {
		return false
	}
	if len(field) == 2 && field[0] == '\\' && field[1] == '.' {
		return true
	}
	for i := 0; i < len(field); i++ {
		switch field[i] {
		case '\n', '\r', '"', ',':
			return true
		}
	}
	if c := field[0]; c < utf8.RuneSelf {
		// unicode.IsSpace's ASCII spaces; CR and LF returned above.
		return c == ' ' || c == '\t' || c == '\v' || c == '\f'
	}
	var first [utf8.UTFMax]byte
	r, _ := utf8.DecodeRune(first[:copy(first[:], field)])
	return unicode.IsSpace(r)
}

// jsonlStatements writes statement rows as JSON Lines, byte for byte as a
// json.Encoder without HTML escaping encodes jsonStatement values, but
// without reflection: on a large batch, encoding/json cost almost a tenth
// of the CPU time. TestAppendJSONStatement holds it to that.
type jsonlStatements struct {
	rowChunks
	cache jsonlCache
}

func (j *jsonlStatements) write(rows []statementRow) error {
	for i := range rows {
		r := &rows[i] // not a copy: a row is hundreds of bytes
		if !finiteScore(&r.Score) {
			if err := j.flush(); err != nil {
				return err
			}
			// encoding/json refuses such a number: let it say so.
			enc := json.NewEncoder(j.w)
			enc.SetEscapeHTML(false)
			if err := enc.Encode(toJSONStatement(*r)); err != nil {
				return err
			}
			continue
		}
		j.buf = appendJSONStatement(j.buf, r, &j.cache)
		j.buf = append(j.buf, '\n')
		if err := j.wrote(); err != nil {
			return err
		}
	}
	return j.flush()
}

// rowChunks gathers rows and writes them some 64 KiB at a time: the
// bufio.Writer that w usually is then passes them on without copying
// them, as it copied each row written alone, and the rows of a piece of
// text, megabytes of JSON Lines, are not all held at once.
type rowChunks struct {
	w   io.Writer
	buf []byte // the rows not yet written
}

// wrote writes the rows gathered when they make a chunk.
func (c *rowChunks) wrote() error {
	if len(c.buf) < 64<<10 {
		return nil
	}
	return c.flush()
}

// flush writes the rows gathered.
func (c *rowChunks) flush() error {
	if len(c.buf) == 0 {
		return nil
	}
	_, err := c.w.Write(c.buf)
	c.buf = c.buf[:0]
	return err
}

// jsonlCache remembers what the rows of jsonlStatements repeat.
type jsonlCache struct {
	nums       numCache
	file, date lastJSON // a piece's rows share both
}

// lastJSON remembers the JSON of the last string it wrote.
type lastJSON struct {
	s    string
	json []byte
}

// append appends s as appendJSONString does.
func (l *lastJSON) append(b []byte, s string) []byte {
	if s != l.s || l.json == nil {
		l.s, l.json = s, appendJSONString(l.json[:0], s)
	}
	return append(b, l.json...)
}

// appendJSONStatement appends the JSON object encoding/json writes for
// toJSONStatement(r) (without HTML escaping and without the newline an
// Encoder adds), writing what rows repeat through c.
func appendJSONStatement(b []byte, r *statementRow, c *jsonlCache) []byte {
	nc := &c.nums
	b = append(b, `{"file":`...)
	b = c.file.append(b, r.File)
	b = append(b, `,"statement":`...)
	b = appendCount(b, r.Index)
	b = append(b, `,"paragraph":`...)
	b = appendCount(b, r.Paragraph)
	b = append(b, `,"speaker":`...)
	b = appendJSONString(b, r.Speaker)
	b = append(b, `,"kind":`...)
	b = appendJSONKind(b, r.Kind)
	b = append(b, `,"text":`...)
	b = appendJSONString(b, r.Text)
	s := &r.Score
	b = append(b, `,"tone":`...)
	b = appendNum(b, s.Tone)
	b = append(b, `,"label":`...)
	b = appendJSONLabel(b, s.Label)
	b = append(b, `,"nb_positive":`...)
	b = appendNum(b, s.NBPositive)
	b = append(b, `,"lexicon":`...)
	b = appendNum(b, s.Lexicon)
	b = append(b, `,"cooperation":`...)
	b = appendNum(b, s.Cooperation)
	b = append(b, `,"assertiveness":`...)
	b = appendNum(b, s.Assertiveness)
	b = append(b, `,"terms":[`...)
	for i := range s.Terms {
		t := &s.Terms[i]
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"term":`...)
		b = appendJSONString(b, t.Text)
		b = append(b, `,"category":`...)
		b = appendJSONCategory(b, t.Category)
		b = appendJSONTermNumbers(b, t, nc)
	}
	b = append(b, `],"cue":`...)
	b = appendJSONString(b, r.Cue)
	b = append(b, `,"date":`...)
	b = c.date.append(b, r.Date)
	b = append(b, `,"speaker_country":`...)
	b = appendJSONString(b, r.SpeakerCountry)
	return append(b, '}')
}

// appendJSONKind appends k as appendJSONString does; the kinds tone
// knows are constants, told apart by a switch that calls nothing.
func appendJSONKind(b []byte, k tone.Kind) []byte {
	switch k {
	case tone.Turn:
		return append(b, `"turn"`...)
	case tone.Speech:
		return append(b, `"speech"`...)
	case tone.Direct:
		return append(b, `"direct"`...)
	case tone.Reported:
		return append(b, `"reported"`...)
	case tone.Narration:
		return append(b, `"narration"`...)
	}
	return appendJSONString(b, string(k))
}

// appendJSONLabel appends l as appendJSONString does, as appendJSONKind
// does a kind.
func appendJSONLabel(b []byte, l tone.Label) []byte {
	switch l {
	case tone.Hostile:
		return append(b, `"hostile"`...)
	case tone.Critical:
		return append(b, `"critical"`...)
	case tone.Neutral:
		return append(b, `"neutral"`...)
	case tone.Cordial:
		return append(b, `"cordial"`...)
	case tone.Warm:
		return append(b, `"warm"`...)
	}
	return appendJSONString(b, string(l))
}

// appendJSONCategory appends c as appendJSONString does, as
// appendJSONKind does a kind: a term's category is most often one of the
// lexicon's that carry weights (the modifiers make no terms), and a
// switch on their constants costs a third of testing the bytes of c.
func appendJSONCategory(b []byte, c lexicon.Category) []byte {
	switch c {
	case lexicon.Condemnation:
		return append(b, `"condemnation"`...)
	case lexicon.Rejection:
		return append(b, `"rejection"`...)
	case lexicon.Protest:
		return append(b, `"protest"`...)
	case lexicon.Warning:
		return append(b, `"warning"`...)
	case lexicon.Threat:
		return append(b, `"threat"`...)
	case lexicon.Accusation:
		return append(b, `"accusation"`...)
	case lexicon.Concern:
		return append(b, `"concern"`...)
	case lexicon.Regret:
		return append(b, `"regret"`...)
	case lexicon.Demand:
		return append(b, `"demand"`...)
	case lexicon.Appeal:
		return append(b, `"appeal"`...)
	case lexicon.Criticism:
		return append(b, `"criticism"`...)
	case lexicon.Hostility:
		return append(b, `"hostility"`...)
	case lexicon.Conflict:
		return append(b, `"conflict"`...)
	case lexicon.Situation:
		return append(b, `"situation"`...)
	case lexicon.Delegitimising:
		return append(b, `"delegitimising"`...)
	case lexicon.Euphemism:
		return append(b, `"euphemism"`...)
	case lexicon.Welcome:
		return append(b, `"welcome"`...)
	case lexicon.Praise:
		return append(b, `"praise"`...)
	case lexicon.Gratitude:
		return append(b, `"gratitude"`...)
	case lexicon.Congratulation:
		return append(b, `"congratulation"`...)
	case lexicon.Support:
		return append(b, `"support"`...)
	case lexicon.Agreement:
		return append(b, `"agreement"`...)
	case lexicon.Cooperation:
		return append(b, `"cooperation"`...)
	case lexicon.Friendship:
		return append(b, `"friendship"`...)
	case lexicon.Consultation:
		return append(b, `"consultation"`...)
	case lexicon.Commitment:
		return append(b, `"commitment"`...)
	case lexicon.Peace:
		return append(b, `"peace"`...)
	case lexicon.Hedge:
		return append(b, `"hedge"`...)
	case lexicon.Booster:
		return append(b, `"booster"`...)
	}
	return appendJSONString(b, string(c))
}

// appendJSONTermNumbers appends the rest of a term's JSON object, after
// its category: its numbers, written through c, and the closing brace.
func appendJSONTermNumbers(b []byte, t *tone.Term, c *numCache) []byte {
	// Three numbers a term: numCache.found is inlined here, and miss
	// called only for a number not found.
	var ok bool
	b = append(b, `,"weight":`...)
	if b, ok = c.found(b, t.Weight); !ok {
		b = c.miss(b, t.Weight)
	}
	b = append(b, `,"base":`...)
	if b, ok = c.found(b, t.Base); !ok {
		b = c.miss(b, t.Base)
	}
	b = append(b, `,"negated":`...)
	b = strconv.AppendBool(b, t.Negated)
	b = append(b, `,"scale":`...)
	if b, ok = c.found(b, t.Scale); !ok {
		b = c.miss(b, t.Scale)
	}
	return append(b, '}')
}

// finiteScore reports whether every number of a score is finite, as JSON
// needs.
func finiteScore(s *tone.Score) bool {
	// v - v is 0 for every float but NaN and the infinities, for which
	// it is NaN; a sum of such differences is 0 when all are, and NaN
	// otherwise: the numbers are summed without a branch.
	z := s.Tone - s.Tone + (s.NBPositive - s.NBPositive) + (s.Lexicon - s.Lexicon) + (s.Cooperation - s.Cooperation) + (s.Assertiveness - s.Assertiveness)
	for i := range s.Terms {
		t := &s.Terms[i]
		z += t.Weight - t.Weight + (t.Base - t.Base) + (t.Scale - t.Scale)
	}
	return z == 0
}

// appendJSONString appends s as a JSON string, byte for byte as
// encoding/json writes it without HTML escaping. A string of valid UTF-8
// without control characters, U+2028 or U+2029 is copied, with a
// backslash before each quotation mark and backslash (a quarter of
// statements quote a phrase); any other is left to encoding/json, so that
// the escapes are its own. The string is read once, and copied by spans
// between the bytes that need escaping.
func appendJSONString(b []byte, s string) []byte {
	// Most strings of a row are short and need no escape (a term, a
	// category, a name, a cue). One of 4 to 32 bytes is read as two or
	// four words, which are tested at once and, when plain, stored as
	// they are, overlapping, where b has room: no call, no copy. The
	// words stored end at the string's end, so no byte past the closing
	// quotation mark is written.
	n, m := len(s), len(b)
	if n < 4 || n > 32 || cap(b)-m < n+2 {
		return appendLongJSON(b, s)
	}
	t := b[m : m+n+2]
	switch {
	case n > 16:
		w0, w1, w2, w3 := le64(s), le64(s[8:]), le64(s[n-16:]), le64(s[n-8:])
		if firstPlainBits(w0)&firstPlainBits(w1)&firstPlainBits(w2)&firstPlainBits(w3)&highBits != highBits {
			return appendLongJSON(b, s)
		}
		binary.LittleEndian.PutUint64(t[1:], w0)
		binary.LittleEndian.PutUint64(t[9:], w1)
		binary.LittleEndian.PutUint64(t[n-15:], w2)
		binary.LittleEndian.PutUint64(t[n-7:], w3)
	case n >= 8:
		lo, hi := le64(s), le64(s[n-8:])
		if firstPlainBits(lo)&firstPlainBits(hi)&highBits != highBits {
			return appendLongJSON(b, s)
		}
		binary.LittleEndian.PutUint64(t[1:], lo)
		binary.LittleEndian.PutUint64(t[n-7:], hi)
	default:
		lo, hi := le32(s), le32(s[n-4:])
		if firstPlainBits(uint64(lo)|uint64(hi)<<32)&highBits != highBits {
			return appendLongJSON(b, s)
		}
		binary.LittleEndian.PutUint32(t[1:], lo)
		binary.LittleEndian.PutUint32(t[n-3:], hi)
	}
	t[0] = '"'
	t[n+1] = '"'
	return b[:m+n+2]
}

// appendLongJSON is appendJSONString for the strings its short path
// does not take.
func appendLongJSON(b []byte, s string) []byte {
	i := 0
	if len(s) < 8 {
		for ; i < len(s); i++ {
			if !jsonPlainByte(s[i]) {
				break
			}
		}
	} else {
		i = plainJSON(s)
	}
	if i == len(s) {
		b = append(b, '"')
		b = append(b, s...)
		return append(b, '"')
	}
	return appendJSONEscaped(b, s, i)
}

// appendJSONEscaped is appendJSONString for a string whose first byte
// that may need care is s[i].
func appendJSONEscaped(b []byte, s string, i int) []byte {
	open := len(b)
	b = append(b, '"')
	done := 0 // s[:done] is in b
	for ; i < len(s); i += plainJSON(s[i:]) {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c < 0x20:
				return appendMarshaled(b[:open], s)
			case c == '"' || c == '\\':
				b = append(b, s[done:i]...)
				b = append(b, '\\', c)
				done = i + 1
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || r == '\u2028' || r == '\u2029' {
			return appendMarshaled(b[:open], s)
		}
		i += n
	}
	b = append(b, s[done:]...)
	return append(b, '"')
}

// plainJSON returns the length of the prefix of s made of ASCII that JSON
// copies as it is: no control character, quotation mark or backslash.
func plainJSON(s string) int {
	i := 0
	for ; i+32 <= len(s); i += 32 {
		// Thirty-two bytes a turn, tested at once: a statement's text is
		// mostly plain. Where they are not, the loop below finds the byte.
		w := s[i : i+32]
		w0, w1, w2, w3 := le64(w), le64(w[8:]), le64(w[16:]), le64(w[24:])
		if firstPlainBits(w0)&firstPlainBits(w1)&firstPlainBits(w2)&firstPlainBits(w3)&highBits != highBits {
			break
		}
	}
	for ; i+8 <= len(s); i += 8 {
		if m := jsonSpecialBytes(le64(s[i:])); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	if i == len(s) {
		return i
	}
	if len(s) >= 8 {
		// The last eight bytes, of which the first few were read above
		// and are shifted out.
		m := jsonSpecialBytes(le64(s[len(s)-8:])) >> (8 * (i - (len(s) - 8)))
		if m == 0 {
			return len(s)
		}
		return i + bits.TrailingZeros64(m)/8
	}
	for ; i < len(s); i++ {
		if !jsonPlainByte(s[i]) {
			break
		}
	}
	return i
}

// jsonPlainByte reports whether c is ASCII that JSON copies as it is: no
// control character, quotation mark or backslash, and no byte of a
// multi-byte rune. jsonSpecialBytes tests eight at once.
func jsonPlainByte(c byte) bool {
	return c >= 0x20 && c < utf8.RuneSelf && c != '"' && c != '\\'
}

// jsonSpecialBytes returns x, eight bytes of a string read as a
// little-endian word (le64), with the high bit set of the first byte that
// is not ASCII that JSON copies as it is (a control character, a
// quotation mark, a backslash, a byte of a multi-byte rune), if any, and
// of none before it; what it says of the bytes after that one means
// nothing (see firstPlainBits), and its callers read the first only. It
// is 0 when every byte is plain.
func jsonSpecialBytes(x uint64) uint64 {
	return firstPlainBits(x)&highBits ^ highBits
}

// firstPlainBits returns x, eight bytes of a string read as a
// little-endian word, with the high bit of each byte set where the byte
// is ASCII that JSON copies as it is and clear where it is not: for a byte
// b, b + 0x60 reaches the high bit when b is 0x20 or more, and (b ^ '"') +
// 0x7f and (b ^ '\\') + 0x7f when b is neither mark. It tells each byte
// exactly up to the first that JSON does not copy as it is, and that one
// too, but what it says of the bytes after that one means nothing (a byte
// of 0x80 or more carries into the next). The sums of a byte that JSON
// copies as it is carry into no other byte, and one of the three sums of
// any other byte, with no carry into it, has its high bit clear. So words
// are tested together by and-ing what it returns for each: every high bit
// is set only when every byte is plain.
func firstPlainBits(x uint64) uint64 {
	const ones = 0x0101010101010101
	printable := x + ones*0x60
	notQuote := x ^ ones*'"' + ones*0x7f
	notBackslash := x ^ ones*'\\' + ones*0x7f
	return printable & notQuote & notBackslash
}

// highBits is the high bit of each byte of a word.
const highBits = 0x8080808080808080

// le64 reads the first eight bytes of s as a little-endian word.
func le64(s string) uint64 {
	s = s[:8] // one bounds check for the eight loads, which become one
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// le32 reads the first four bytes of s as a little-endian word.
func le32(s string) uint32 {
	s = s[:4]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// appendMarshaled appends s as encoding/json writes it without HTML
// escaping.
func appendMarshaled(b []byte, s string) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.Encode(s) // a string always encodes
	return append(b, bytes.TrimSuffix(buf.Bytes(), []byte("\n"))...)
}

func (j *jsonlStatements) close() error { return nil }

// jsonStatements writes a JSON array element by element, byte for byte as
// writeJSON writes the whole array.
type jsonStatements struct {
	w   io.Writer
	n   int
	buf bytes.Buffer
}

func (j *jsonStatements) write(rows []statementRow) error {
	for _, r := range rows {
		j.buf.Reset()
		if j.n == 0 {
			j.buf.WriteString("[\n  ")
		} else {
			j.buf.WriteString(",\n  ")
		}
		enc := json.NewEncoder(&j.buf)
		enc.SetEscapeHTML(false)
		enc.SetIndent("  ", "  ")
		if err := enc.Encode(toJSONStatement(r)); err != nil {
			return err
		}
		j.buf.Truncate(j.buf.Len() - 1) // Encode's newline
		j.n++
		if _, err := j.w.Write(j.buf.Bytes()); err != nil {
			return err
		}
	}
	return nil
}

func (j *jsonStatements) close() error {
	end := "\n]\n"
	if j.n == 0 {
		end = "[]\n"
	}
	_, err := io.WriteString(j.w, end)
	return err
}

type tableStatements struct {
	w        io.Writer
	withFile bool
	rows     []statementRow
}

func (t *tableStatements) write(rows []statementRow) error {
	t.rows = append(t.rows, rows...)
	return nil
}

func (t *tableStatements) close() error { return writeStatementTable(t.w, t.rows, t.withFile) }

// jsonExplanation is how a tone was reached (score --explain).
type jsonExplanation struct {
	Terms       []jsonExplainedTerm `json:"terms"`
	LexiconSum  json.Number         `json:"lexicon_sum"`
	Evidence    json.Number         `json:"evidence"`
	Saturation  json.Number         `json:"saturation"`
	NBLogOdds   json.Number         `json:"nb_log_odds"`
	NBTone      json.Number         `json:"nb_tone"`
	ModelWeight json.Number         `json:"model_weight"`
	ModelDecay  json.Number         `json:"model_decay"`
	ModelShare  json.Number         `json:"model_share"`
}

type jsonExplainedTerm struct {
	Term       string      `json:"term"`
	Category   string      `json:"category"`
	Base       json.Number `json:"base"`
	Group      json.Number `json:"group"`
	Object     bool        `json:"object"`
	Modifier   json.Number `json:"modifier"`
	Negation   json.Number `json:"negation"`
	Prohibited bool        `json:"prohibited"`
	Target     json.Number `json:"target"`
	Contrast   json.Number `json:"contrast"`
	Imperative bool        `json:"imperative"`
	Directive  json.Number `json:"imperative_factor"`
	Weight     json.Number `json:"weight"`
}

func toJSONExplanation(s tone.Score, w tone.Weights) *jsonExplanation {
	e := &jsonExplanation{Terms: make([]jsonExplainedTerm, len(s.Terms)), LexiconSum: round4(s.LexiconSum),
		Evidence: round4(s.Evidence), Saturation: round4(w.Saturation), NBLogOdds: round4(s.NBLogOdds),
		NBTone: round4(s.NBTone), ModelWeight: round4(w.ModelWeight), ModelDecay: round4(w.ModelDecay),
		ModelShare: round4(s.ModelShare)}
	for i, t := range s.Terms {
		e.Terms[i] = jsonExplainedTerm{Term: t.Text, Category: string(t.Category), Base: round4(t.Base),
			Group: round4(t.Group), Object: t.Object, Modifier: round4(t.Modifier), Negation: round4(t.Negation), Prohibited: t.Prohibited,
			Target: round4(t.Target), Contrast: round4(t.Contrast), Imperative: t.Imperative, Directive: round4(t.Directive),
			Weight: round4(t.Weight)}
	}
	return e
}

// writeExplanations renders each statement's score and how it was
// reached: a table of the matches and the factors the rules applied, then
// the lexicon sum, the model's reading and the blend.
func writeExplanations(w io.Writer, rows []scoreRow, wt tone.Weights) error {
	for i, r := range rows {
		if i > 0 {
			if _, err := fmt.Fprintln(w); err != nil {
				return err
			}
		}
		if err := writeExplanation(w, r, wt); err != nil {
			return err
		}
	}
	return nil
}

// factor formats a rule's factor for the explanation table: empty when
// the rule did nothing.
func factor(v float64) string {
	if v == 1 {
		return ""
	}
	return "x" + short(v)
}

func writeExplanation(w io.Writer, r scoreRow, wt tone.Weights) error {
	s := r.Score
	var b strings.Builder
	fmt.Fprintf(&b, "line %d: %s\n", r.Line, r.Text)
	if _, err := io.WriteString(w, b.String()); err != nil {
		return err
	}
	if len(s.Terms) > 0 {
		t := newTable(w, []string{"term", "category", "base", "kind", "degree", "negation", "state named", "contrast", "imperative", "weight"},
			alignment(10, 2, 3, 4, 5, 6, 7, 8, 9))
		for _, term := range s.Terms {
			neg := factor(term.Negation)
			if term.Prohibited {
				neg = "prohibition"
			}
			imperative := factor(term.Directive)
			if term.Imperative && imperative == "" {
				imperative = "yes"
			}
			if err := t.Append([]string{term.Text, string(term.Category), short(term.Base), factor(term.Group),
				factor(term.Modifier), neg, factor(term.Target), factor(term.Contrast), imperative,
				strconv.FormatFloat(term.Weight, 'f', 3, 64)}); err != nil {
				return err
			}
		}
		if err := t.Render(); err != nil {
			return err
		}
	}
	b.Reset()
	if len(s.Terms) == 0 {
		b.WriteString("lexicon: no weighted term matched; lexicon tone 0\n")
	} else {
		fmt.Fprintf(&b, "lexicon: sum of weights %.3f, saturated as sum/sqrt(sum² + %s) = %.3f\n",
			s.LexiconSum, short(wt.Saturation), s.Lexicon)
	}
	fmt.Fprintf(&b, "naive bayes: log-odds %.3f, p(positive) %.3f, read as tanh(log-odds/%s) = %.3f\n",
		s.NBLogOdds, s.NBPositive, short(wt.ModelTemperature), s.NBTone)
	fmt.Fprintf(&b, "blend: model share %s / (1 + %s × evidence %.3f) = %.3f\n",
		short(wt.ModelWeight), short(wt.ModelDecay), s.Evidence, s.ModelShare)
	fmt.Fprintf(&b, "tone = (1 - %.3f) × %.3f + %.3f × %.3f = %.3f: %s\n",
		s.ModelShare, s.Lexicon, s.ModelShare, s.NBTone, s.Tone, labelRange(s.Label))
	fmt.Fprintf(&b, "cooperation %.3f, assertiveness %.3f\n", s.Cooperation, s.Assertiveness)
	_, err := io.WriteString(w, b.String())
	return err
}

// labelRange names a label with the tones it covers.
func labelRange(l tone.Label) string {
	f := func(v float64) string { return strconv.FormatFloat(v, 'f', 2, 64) }
	switch l {
	case tone.Hostile:
		return "hostile (tone <= " + f(tone.HostileMax) + ")"
	case tone.Critical:
		return "critical (" + f(tone.HostileMax) + " < tone <= " + f(tone.CriticalMax) + ")"
	case tone.Neutral:
		return "neutral (" + f(tone.CriticalMax) + " < tone < " + f(tone.CordialMin) + ")"
	case tone.Cordial:
		return "cordial (" + f(tone.CordialMin) + " <= tone < " + f(tone.WarmMin) + ")"
	}
	return "warm (tone >= " + f(tone.WarmMin) + ")"
}

// writeEvalTable renders an evaluation: a table of figures for demarche
// and the Naive Bayes model alone, then a confusion matrix for each, then
// (with --misses) the texts demarche labels differently.
func writeEvalTable(w io.Writer, set codedSet, d, nb tone.Evaluation, misses []evalMiss, withMisses bool) error {
	if _, err := fmt.Fprintf(w, "%s: %d texts, label set %s, text column %q\n\n", set.Name, len(set.Rows), set.Scheme, set.TextColumn); err != nil {
		return err
	}
	t := newTable(w, []string{"measure", "demarche", "naive bayes"}, alignment(3, 1, 2))
	rows := [][]string{
		{"accuracy", num(d.Confusion.Accuracy()), num(nb.Confusion.Accuracy())},
		{"macro-F1", num(d.Confusion.MacroF1()), num(nb.Confusion.MacroF1())},
		{"ROC AUC (" + negativeSide(set.Scheme) + ")", aucString(d.AUC), aucString(nb.AUC)},
	}
	for i, class := range d.Confusion.Classes {
		dc, nc := d.Confusion.Class(i), nb.Confusion.Class(i)
		rows = append(rows,
			[]string{fmt.Sprintf("%s (%d) precision", class, dc.Support), num(dc.Precision), num(nc.Precision)},
			[]string{fmt.Sprintf("%s (%d) recall", class, dc.Support), num(dc.Recall), num(nc.Recall)},
			[]string{fmt.Sprintf("%s (%d) F1", class, dc.Support), num(dc.F1), num(nc.F1)})
	}
	for _, r := range rows {
		if err := t.Append(r); err != nil {
			return err
		}
	}
	if err := t.Render(); err != nil {
		return err
	}
	for _, m := range []struct {
		name string
		e    tone.Evaluation
	}{{"demarche", d}, {"naive bayes alone", nb}} {
		if _, err := fmt.Fprintf(w, "\n%s: rows are the hand coding, columns the prediction\n", m.name); err != nil {
			return err
		}
		if err := writeConfusion(w, m.e.Confusion); err != nil {
			return err
		}
	}
	if !withMisses {
		return nil
	}
	if len(misses) == 0 {
		_, err := fmt.Fprintln(w, "\ndemarche labels every text as the hand coding does")
		return err
	}
	if _, err := fmt.Fprintf(w, "\n%d texts demarche labels differently\n", len(misses)); err != nil {
		return err
	}
	mt := newTable(w, []string{"line", "coded", "demarche", "tone", "text"}, alignment(5, 0, 3))
	for _, m := range misses {
		if err := mt.Append([]string{strconv.Itoa(m.Line), m.Label, m.Predicted, short(m.Score.Tone), ellipsize(m.Text, 80)}); err != nil {
			return err
		}
	}
	return mt.Render()
}

// negativeSide names the classes ROC AUC ranks first.
func negativeSide(s tone.Scheme) string {
	if s == tone.FiveLabels {
		return "hostile+critical"
	}
	return s.Classes()[0]
}

func aucString(v float64) string {
	if math.IsNaN(v) {
		return "n/a"
	}
	return num(v)
}

func writeConfusion(w io.Writer, c *tone.Confusion) error {
	header := append([]string{"coded \\ predicted"}, c.Classes...)
	header = append(header, "total")
	right := make([]int, len(header)-1)
	for i := range right {
		right[i] = i + 1
	}
	t := newTable(w, header, alignment(len(header), right...))
	for i, class := range c.Classes {
		row := []string{class}
		total := 0
		for _, v := range c.Counts[i] {
			row = append(row, strconv.Itoa(v))
			total += v
		}
		if err := t.Append(append(row, strconv.Itoa(total))); err != nil {
			return err
		}
	}
	return t.Render()
}

type jsonClass struct {
	Class     string      `json:"class"`
	Support   int         `json:"support"`
	Predicted int         `json:"predicted"`
	Precision json.Number `json:"precision"`
	Recall    json.Number `json:"recall"`
	F1        json.Number `json:"f1"`
}

type jsonEvaluation struct {
	Accuracy json.Number `json:"accuracy"`
	MacroF1  json.Number `json:"macro_f1"`
	// ROCAUC is null when the set has only one side.
	ROCAUC    *json.Number `json:"roc_auc"`
	Classes   []jsonClass  `json:"classes"`
	Confusion [][]int      `json:"confusion"`
}

type jsonMiss struct {
	Line      int    `json:"line"`
	Coded     string `json:"coded"`
	Predicted string `json:"predicted"`
	Text      string `json:"text"`
	jsonScore
}

type jsonEval struct {
	File       string         `json:"file"`
	Texts      int            `json:"texts"`
	LabelSet   string         `json:"label_set"`
	TextColumn string         `json:"text_column"`
	Demarche   jsonEvaluation `json:"demarche"`
	NaiveBayes jsonEvaluation `json:"naive_bayes"`
	Misses     []jsonMiss     `json:"misses,omitempty"`
}

func toJSONEvaluation(e tone.Evaluation) jsonEvaluation {
	j := jsonEvaluation{Accuracy: round4(e.Confusion.Accuracy()), MacroF1: round4(e.Confusion.MacroF1()), Confusion: e.Confusion.Counts}
	if !math.IsNaN(e.AUC) {
		auc := round4(e.AUC)
		j.ROCAUC = &auc
	}
	for i := range e.Confusion.Classes {
		c := e.Confusion.Class(i)
		j.Classes = append(j.Classes, jsonClass{Class: c.Class, Support: c.Support, Predicted: c.Predicted,
			Precision: round4(c.Precision), Recall: round4(c.Recall), F1: round4(c.F1)})
	}
	return j
}

func toJSONEval(set codedSet, d, nb tone.Evaluation, misses []evalMiss, withMisses bool) jsonEval {
	j := jsonEval{File: set.Name, Texts: len(set.Rows), LabelSet: string(set.Scheme), TextColumn: set.TextColumn,
		Demarche: toJSONEvaluation(d), NaiveBayes: toJSONEvaluation(nb)}
	if withMisses {
		j.Misses = make([]jsonMiss, 0, len(misses))
		for _, m := range misses {
			j.Misses = append(j.Misses, jsonMiss{Line: m.Line, Coded: m.Label, Predicted: m.Predicted, Text: m.Text, jsonScore: toJSONScore(m.Score)})
		}
	}
	return j
}

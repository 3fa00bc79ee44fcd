package tone

import (
	"slices"
	"strings"
	"testing"
)

func TestDocuments(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // nil: one document
	}{
		{"empty", "", nil},
		{"one paragraph", "One line.\n", nil},
		{"paragraphs", "One.\n\nTwo.\n\nThree.\n", nil},
		{
			"two documents",
			"A1.\n\nA2.\n\n\nB1.\n\nB2.\n",
			[]string{"A1.\n\nA2.\n", "B1.\n\nB2.\n"},
		},
		{
			"three, gaps of spaces and several lines",
			"A1.\n\nA2.\n \n\t\nB1.\n\nB2.\n\n\n\n\nC1.\n\nC2.\n\nC3.",
			[]string{"A1.\n\nA2.\n", "B1.\n\nB2.\n", "C1.\n\nC2.\n\nC3."},
		},
		{
			"blank lines before the first line and after the last are no gap",
			"\n\n\nA1.\n\nA2.\n\n\nB1.\n\nB2.\n\n\n\n",
			[]string{"\n\n\nA1.\n\nA2.\n", "B1.\n\nB2.\n\n\n\n"},
		},
		// Two blank lines between all paragraphs (or most) are the text's
		// way of separating paragraphs, not documents.
		{"every gap two lines", "One.\n\n\nTwo.\n\n\nThree.\n", nil},
		// A long gap separates documents where a paragraph next to it has
		// a short gap on its other side.
		{
			"a long gap next to a short one",
			"A1.\n\nA2.\n\n\nB1.\n\n\nC1.\n",
			[]string{"A1.\n\nA2.\n", "B1.\n\n\nC1.\n"},
		},
		{
			"a one-paragraph document between two",
			"A1.\n\nA2.\n\n\nB1.\n\n\nC1.\n\nC2.\n",
			[]string{"A1.\n\nA2.\n", "B1.\n", "C1.\n\nC2.\n"},
		},
		{"hard-wrapped, no blank line", "A line\ngoes on.\n\n\nB line\ngoes on.\n", nil},
		// A LexisNexis export's "End of Document" separates documents
		// whatever the blank lines around it, and belongs to none.
		{
			"separator lines",
			"A1.\n\nA2.\n\nEnd of Document\n\nB1.\n\nB2.\n\nEnd of Document\n",
			[]string{"A1.\n\nA2.\n", "B1.\n\nB2.\n"},
		},
		{
			"separators with no blank line, in any case, among long gaps",
			"A1.\n\n\nA2.\n  end of DOCUMENT \nB1.\n\n\nB2.\n\n\nEnd of Document\nC1.",
			[]string{"A1.\n\n\nA2.\n", "B1.\n\n\nB2.\n", "C1."},
		},
		{"one document and its separator", "A1.\n\nA2.\n\nEnd of Document\n\n", []string{"A1.\n\nA2.\n"}},
		{"a separator first", "\nEnd of Document\n\nA1.\n\nA2.\n", []string{"A1.\n\nA2.\n"}},
		{"separators only", "End of Document\n\nEnd of Document", []string{}},
		{"not separators", "A1.\n\nEnd of Document.\n\nEnd of Documents\n\nThe End of Document\n", nil},
	}
	for _, tt := range tests {
		got := Documents(tt.text)
		if !slices.Equal(got, tt.want) || (got == nil) != (tt.want == nil) {
			t.Errorf("%s: Documents(%q) = %q, want %q", tt.name, tt.text, got, tt.want)
		}
		// The documents are the text, in order, without the blank lines
		// between them.
		rest := tt.text
		for _, d := range got {
			if !strings.HasPrefix(rest, d) {
				rest = skipGap(rest)
			}
			if !strings.HasPrefix(rest, d) {
				t.Errorf("%s: document %q is not next in the text: %q", tt.name, d, rest)
				break
			}
			rest = skipGap(rest[len(d):])
		}
		if got != nil && skipGap(rest) != "" {
			t.Errorf("%s: text after the last document: %q", tt.name, rest)
		}
	}
}

// skipGap returns text after its leading blank and separator lines.
func skipGap(text string) string {
	gap, _ := leadingGap(text)
	return text[len(gap):]
}

// leadingGap returns the whole lines at the start of s that are blank or
// separators (see IsSeparator), and whether a separator is among them.
func leadingGap(s string) (gap string, sep bool) {
	n := 0
	for n < len(s) {
		line, _, found := strings.Cut(s[n:], "\n")
		if strings.TrimSpace(line) != "" && !IsSeparator(line) {
			break
		}
		sep = sep || IsSeparator(line)
		n += len(line)
		if found {
			n++
		}
	}
	return s[:n], sep
}

// TestAnalyzeCollection checks that a text of several documents is read
// one document at a time, numbered on across them: a transcript's last
// turn does not run on into the news report after it, the report's
// quotes are its speakers', and "the President" of a record is not a
// president named in another document.
func TestAnalyzeCollection(t *testing.T) {
	a, an := defaultAnalyzer(t)
	transcript := "Regular Press Conference on 3 May 2024\n\n" +
		"Mei Lund: Good afternoon. We firmly oppose the sanctions.\n\n" +
		"Reuters: What about the talks?\n\n" +
		"Mei Lund: We welcome the constructive talks.\n"
	report := "GENEVA, 4 May 2024 – President Marco Hao of Egypt and Foreign Minister Amara Anggraini of Indonesia met on Saturday.\n\n" +
		"“We had a frank and candid exchange of views,” Anggraini said.\n\n" +
		"The talks lasted two hours.\n"
	record := "Security Council, 5 May 2024\n\n" +
		"The President: I give the floor to the representative of Kenya.\n\n" +
		"Ms. Demir (Kenya): We call on the parties to exercise restraint.\n"
	text := transcript + "\n\n" + report + "\n\n\n" + record

	got, ext := an.AnalyzeCount(text)
	var want []Scored
	var base Extent
	for _, doc := range []string{transcript, report, record} {
		stmts, e := an.AnalyzeCount(doc)
		for _, s := range stmts {
			s.Index += base.Statements
			s.Paragraph += base.Paragraphs
			s.Document += base.Documents
			want = append(want, s)
		}
		base.Statements += e.Statements
		base.Paragraphs += e.Paragraphs
		base.Documents += e.Documents
	}
	if ext != base {
		t.Errorf("extent %+v, want %+v", ext, base)
	}
	if len(got) != len(want) {
		t.Fatalf("%d statements, want %d: %v", len(got), len(want), got)
	}
	for i := range want {
		g, w := got[i], want[i]
		if g.Index != w.Index || g.Paragraph != w.Paragraph || g.Document != w.Document || g.Speaker != w.Speaker ||
			g.Kind != w.Kind || g.Text != w.Text || g.Tone != w.Tone {
			t.Errorf("statement %d: %d/%d/%d %s %s %q, want %d/%d/%d %s %s %q", i, g.Index, g.Paragraph, g.Document,
				g.Speaker, g.Kind, g.Text, w.Index, w.Paragraph, w.Document, w.Speaker, w.Kind, w.Text)
		}
	}
	// What the whole text says, read as one document, is wrong: Mei Lund's
	// last turn takes in the report.
	speakerOf := func(stmts []Scored, prefix string) string {
		for _, s := range stmts {
			if strings.HasPrefix(s.Text, prefix) {
				return s.Speaker
			}
		}
		return "(none)"
	}
	for _, tc := range []struct{ prefix, want string }{
		{"We welcome the constructive talks.", "Mei Lund"},
		{"We had a frank and candid exchange of views", "Amara Anggraini"},
		{"I give the floor", "President"},
		{"We call on the parties to exercise restraint.", "Demir"},
	} {
		if s := speakerOf(got, tc.prefix); s != tc.want {
			t.Errorf("%q: speaker %q, want %q", tc.prefix, s, tc.want)
		}
	}
	// As one document, the text reads as before there were collections.
	one, oneExt := an.AsOneDocument().AnalyzeCount(text)
	if oneExt.Documents != 1 {
		t.Errorf("as one document: %d documents", oneExt.Documents)
	}
	if s := speakerOf(one, "I give the floor"); s != "Marco Hao" {
		t.Errorf("as one document: \"I give the floor\" by %q, want Marco Hao (the president the report named)", s)
	}
	if got := a.Attribute(text); len(got) != ext.Statements {
		t.Errorf("Attribute: %d statements, want %d", len(got), ext.Statements)
	} else {
		for i, s := range got {
			if s.Index != i+1 || s.Document != want[i].Document {
				t.Errorf("Attribute: statement %d numbered %d in document %d, want %d", i+1, s.Index, s.Document, want[i].Document)
			}
		}
	}
}

// TestMendPages checks that Normalize reads across the page breaks of
// text taken from a PDF: the running heads and feet around a form feed
// go, and the text joins by a line end inside a sentence, else by one
// blank line; lines of text with digits stay.
func TestMendPages(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{
			"inside a sentence, head and foot",
			"We call on all parties to exercise restraint and\n\n24-01234   5/30\n\fS/PV.9520   The situation in the Middle East   18/01/2024\n\n\nto return to the table.",
			"We call on all parties to exercise restraint and\nto return to the table.",
		},
		{
			"after a sentence",
			"We call for restraint.\n\nPage 5 of 30\n\f\n12\n\nMr. Osei (Ghana): We agree.",
			"We call for restraint.\n\nMr. Osei (Ghana): We agree.",
		},
		{
			"a form feed inside a line",
			"the talks went on\f- 6 -\nuntil late.",
			"the talks went on\nuntil late.",
		},
		{
			"text with digits stays",
			"In 2024 the Council adopted\n\fresolution 2728 (2024) on the ceasefire.",
			"In 2024 the Council adopted\nresolution 2728 (2024) on the ceasefire.",
		},
		{
			"a slash inside a line of text",
			"In 2023/24 the Council adopted\n\fS/PV.1   2/9\n\nthree resolutions.",
			"In 2023/24 the Council adopted\nthree resolutions.",
		},
		{"a last page break", "The meeting rose at 1 p.m.\n\n24-01234\n\f", "The meeting rose at 1 p.m."},
		{"a first one", "\f\n\nS/PV.9520\n\nThe President: Good morning.", "The President: Good morning."},
	}
	for _, tt := range tests {
		got := Normalize(tt.in)
		if got != tt.want {
			t.Errorf("%s: Normalize(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
		if again := Normalize(got); again != got {
			t.Errorf("%s: Normalize again = %q", tt.name, again)
		}
		if Documents(got) != nil {
			t.Errorf("%s: %q read as documents %q", tt.name, got, Documents(got))
		}
	}
}

// TestAnalyzeAcrossPages checks that a council member's turn goes on over
// a page break: before, the blank lines around it separated two
// documents, and the rest of the turn was narration.
func TestAnalyzeAcrossPages(t *testing.T) {
	_, an := defaultAnalyzer(t)
	doc := "The President: I give the floor to the representative of the Russian Federation.\n\n" +
		"Mr. Nebenzia (Russian Federation): We are deeply concerned\nabout the escalation and call on all parties to exercise restraint and\n\n" +
		"\f24-01234   5/30\n\n\nS/PV.9520   The situation in the Middle East   18/01/2024\n\n" +
		"to return to the table. We reject the unilateral sanctions.\n\n" +
		"The President: I now give the floor to the representative of France."
	var got []string
	for _, s := range an.WithoutNarration().Analyze(doc) {
		got = append(got, s.Speaker+": "+s.Text)
	}
	want := []string{
		"President: I give the floor to the representative of the Russian Federation.",
		"Nebenzia: We are deeply concerned about the escalation and call on all parties to exercise restraint and to return to the table. We reject the unilateral sanctions.",
		"President: I now give the floor to the representative of France.",
	}
	if !slices.Equal(got, want) {
		t.Errorf("statements %q, want %q", got, want)
	}
}

// TestMendPagesKeepsDocuments checks that a page break after a finished
// sentence keeps two documents apart when the new page starts one: a
// speech's heading, or a title and a dateline.
func TestMendPagesKeepsDocuments(t *testing.T) {
	tests := []struct {
		name string
		in   string
		docs int
	}{
		{"a speech's heading", "We agree.\n\n5/30\n\fStatement by President Lula\n\nWe welcome the talks.", 2},
		{"a title and a dateline", "We agree.\n\fTalks resume in Geneva\nGENEVA, 3 May 2024\n\nThe talks resumed.", 2},
		{"a record's next page", "We agree.\n\fS/PV.9520   18/01/2024\n\nThe President: I thank him.", 0},
		{"inside a sentence", "We call on\n\fGENEVA, 3 May 2024\n\nthe parties.", 0},
		{"a date in a sentence", "We agree.\n\fOn 3 May 2024 the talks resumed.\n\nThey ended.", 0},
	}
	for _, tt := range tests {
		if got := Documents(Normalize(tt.in)); len(got) != tt.docs {
			t.Errorf("%s: documents %q, want %d", tt.name, got, tt.docs)
		}
	}
}

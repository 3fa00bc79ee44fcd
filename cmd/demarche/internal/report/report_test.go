package report

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/demarche/demarche/tone"
)

// The statements of the fixture are written for these tests.
const xss = `<script>alert(1)</script>`

// fixture is a report with every section: three speakers (one named with
// markup), dated statements over three weeks, highlighted terms, and a
// speaker × target matrix.
func fixture() *Report { return fixtureOf(fixtureStatements()) }

// fixtureStatements are the fixture's statements.
func fixtureStatements() []Statement {
	st := func(speaker, date, text string, t float64, terms ...tone.Term) Statement {
		return Statement{File: "briefings.txt", Speaker: speaker, Date: date, Text: text, Tone: t, Label: tone.LabelFor(t), Terms: terms}
	}
	term := func(text string, w float64) tone.Term {
		return tone.Term{Text: text, Category: "condemnation", Weight: w, Base: w, Scale: 1}
	}
	return []Statement{
		st("Mao Ning", "2024-03-01", "China firmly opposes the so-called sanctions and strongly condemns them.", -0.82,
			term("firmly opposes", -0.7), term("so-called", -0.4), term("condemns", -0.8)),
		st("Mao Ning", "2024-03-08", "We hope the talks will deepen practical cooperation.", 0.41, term("deepen practical cooperation", 0.6)),
		st("Mao Ning", "2024-03-15", "The remarks are "+xss+" irresponsible.", -0.3, term("irresponsible", -0.5)),
		st("Matthew Miller", "2024-03-01", "We welcome the agreement and thank our partners.", 0.72, term("welcome", 0.7), term("thank", 0.5)),
		st("Matthew Miller", "2024-03-20", "We remain deeply concerned about the strikes.", -0.35, term("concerned", -0.45)),
		st(`Evil <b>Corp</b> & Co`, "", "No comment.", 0, nil...),
	}
}

// fixtureOf is the fixture with the statements stmts.
func fixtureOf(stmts []Statement) *Report {
	var all []tone.Scored
	for _, s := range stmts {
		all = append(all, tone.Scored{Statement: tone.Statement{Speaker: s.Speaker, Kind: tone.Direct}, Score: tone.Score{Tone: s.Tone, Label: s.Label}})
	}
	r := &Report{
		Title:      "Briefings, March 2024",
		Generator:  "demarche test",
		Files:      2,
		Speakers:   tone.Summarize(all),
		Statements: collect(stmts),
		Cells: []Cell{
			{Speaker: "Mao Ning", Target: "United States", Statements: 2, ToneMean: -0.56},
			{Speaker: "Mao Ning", Target: "ASEAN", Statements: 1, ToneMean: 0.41},
			{Speaker: "Matthew Miller", Target: "China", Statements: 1, ToneMean: -0.35},
		},
	}
	r.From, r.To = r.Statements.DateRange()
	return r
}

// collect returns a collector of stmts.
func collect(stmts []Statement) Collector {
	var c Collector
	for _, st := range stmts {
		c.Add(st)
	}
	return c
}

func renderPage(t *testing.T, r *Report) (string, *html.Node) {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, r); err != nil {
		t.Fatalf("Write: %v", err)
	}
	doc, err := html.Parse(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatalf("the page does not parse: %v", err)
	}
	return buf.String(), doc
}

// walk calls fn on n and every node under it.
func walk(n *html.Node, fn func(*html.Node)) {
	fn(n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, fn)
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// textOf returns the text under n.
func textOf(n *html.Node) string {
	var b strings.Builder
	walk(n, func(c *html.Node) {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	})
	return b.String()
}

// elements returns the elements under n for which ok is true.
func elements(n *html.Node, ok func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	walk(n, func(c *html.Node) {
		if c.Type == html.ElementNode && ok(c) {
			out = append(out, c)
		}
	})
	return out
}

func byID(doc *html.Node, id string) *html.Node {
	if ns := elements(doc, func(n *html.Node) bool { return attr(n, "id") == id }); len(ns) > 0 {
		return ns[0]
	}
	return nil
}

func TestPageStructure(t *testing.T) {
	r := fixture()
	_, doc := renderPage(t, r)

	if got := textOf(elements(doc, func(n *html.Node) bool { return n.DataAtom == atom.Title })[0]); got != r.Title {
		t.Errorf("title %q, want %q", got, r.Title)
	}
	summary := elements(doc, func(n *html.Node) bool { return attr(n, "class") == "summary" })
	if len(summary) != 1 {
		t.Fatalf("%d summary lines, want 1", len(summary))
	}
	if got, want := textOf(summary[0]), "2 files · 6 statements · 3 speakers · 1 March 2024 – 20 March 2024"; got != want {
		t.Errorf("summary %q, want %q", got, want)
	}

	// Every section, in the order the issue lists them.
	var sections []string
	for _, s := range elements(doc, func(n *html.Node) bool { return n.DataAtom == atom.Section }) {
		sections = append(sections, attr(s, "id"))
	}
	if want := []string{"tone", "time", "targets", "statements", "how"}; !slices.Equal(sections, want) {
		t.Errorf("sections %q, want %q", sections, want)
	}

	// Every speaker has a bar in the chart and a section of statements.
	chart := byID(doc, "tone")
	svgs := elements(chart, func(n *html.Node) bool { return n.DataAtom == atom.Svg })
	if len(svgs) != 1 {
		t.Fatalf("%d <svg> in the tone section, want 1", len(svgs))
	}
	chartText := textOf(svgs[0])
	headings := elements(byID(doc, "statements"), func(n *html.Node) bool { return n.DataAtom == atom.H3 })
	var names []string
	for _, h := range headings {
		names = append(names, textOf(h))
	}
	for _, s := range r.Speakers {
		if !strings.Contains(chartText, s.Speaker) {
			t.Errorf("speaker %q is not in the tone chart", s.Speaker)
		}
		if !slices.Contains(names, s.Speaker) {
			t.Errorf("speaker %q has no section; sections are %q", s.Speaker, names)
		}
	}
	if len(names) != len(r.Speakers) {
		t.Errorf("%d speaker sections, want %d", len(names), len(r.Speakers))
	}

	// The time chart has one line per dated speaker, named in its legend.
	timeText := textOf(byID(doc, "time"))
	for _, name := range []string{"Mao Ning", "Matthew Miller"} {
		if !strings.Contains(timeText, name) {
			t.Errorf("%q is not in the time chart's legend", name)
		}
	}
	if strings.Contains(timeText, "Evil") {
		t.Errorf("a speaker with no dated statement is in the time chart")
	}
	if !strings.Contains(timeText, "Mar 2024") {
		t.Errorf("the time chart's axis has no dates: %q", timeText)
	}

	// The matrix: a row per speaker, a column per target, by name.
	var cols []string
	for _, th := range elements(byID(doc, "targets"), func(n *html.Node) bool { return attr(n, "scope") == "col" }) {
		cols = append(cols, textOf(th))
	}
	if want := []string{`speaker \ target`, "ASEAN", "China", "United States"}; !slices.Equal(cols, want) {
		t.Errorf("matrix columns %q, want %q", cols, want)
	}
	var cells []string
	for _, td := range elements(byID(doc, "targets"), func(n *html.Node) bool { return n.DataAtom == atom.Td }) {
		cells = append(cells, attr(td, "class")+":"+textOf(td))
	}
	want := []string{"cordial:+0.411 statement", "empty:–", "hostile:−0.562 statements", "empty:–", "critical:−0.351 statement", "empty:–"}
	if !slices.Equal(cells, want) {
		t.Errorf("matrix cells %q, want %q", cells, want)
	}

	// The note states the thresholds package tone uses.
	how := textOf(byID(doc, "how"))
	for _, s := range []string{"≤ " + formatTone(tone.HostileMax), "≤ " + formatTone(tone.CriticalMax),
		"≥ " + formatTone(tone.CordialMin), "≥ " + formatTone(tone.WarmMin), "cooperation", "assertiveness"} {
		if !strings.Contains(how, s) {
			t.Errorf("the how-to-read note lacks %q", s)
		}
	}
}

// TestPageEscapesInput checks that statement text and speaker names with
// markup are shown as text, in the page and in the charts.
func TestPageEscapesInput(t *testing.T) {
	page, doc := renderPage(t, fixture())
	if scripts := elements(doc, func(n *html.Node) bool { return n.DataAtom == atom.Script }); len(scripts) > 0 {
		t.Errorf("the page has %d <script> elements, want none", len(scripts))
	}
	if bs := elements(doc, func(n *html.Node) bool { return n.DataAtom == atom.B }); len(bs) > 0 {
		t.Errorf("a speaker's name became markup: %d <b> elements", len(bs))
	}
	if strings.Contains(page, xss) {
		t.Errorf("the page contains %s unescaped", xss)
	}
	var quoted bool
	for _, q := range elements(doc, func(n *html.Node) bool { return n.DataAtom == atom.Blockquote }) {
		if strings.Contains(textOf(q), "The remarks are "+xss+" irresponsible.") {
			quoted = true
		}
	}
	if !quoted {
		t.Errorf("the statement with %s is not shown as text", xss)
	}
	if !strings.Contains(textOf(byID(doc, "tone")), "Evil <b>Corp</b> & Co (1)") {
		t.Errorf("the tone chart does not show the speaker's name as text")
	}
}

// TestPageHighlightsTerms checks that each example statement marks its
// terms with their weight in a tooltip.
func TestPageHighlightsTerms(t *testing.T) {
	_, doc := renderPage(t, fixture())
	got := make(map[string]string) // marked text -> class and title
	for _, m := range elements(doc, func(n *html.Node) bool { return n.DataAtom == atom.Mark }) {
		if attr(m, "title") == "" {
			continue // the legend's examples
		}
		got[textOf(m)] = attr(m, "class") + " " + attr(m, "title")
	}
	want := map[string]string{
		"firmly opposes":               "neg firmly opposes: −0.70 (condemnation)",
		"so-called":                    "neg so-called: −0.40 (condemnation)",
		"condemns":                     "neg condemns: −0.80 (condemnation)",
		"deepen practical cooperation": "pos deepen practical cooperation: +0.60 (condemnation)",
		"irresponsible":                "neg irresponsible: −0.50 (condemnation)",
		"welcome":                      "pos welcome: +0.70 (condemnation)",
		"thank":                        "pos thank: +0.50 (condemnation)",
		"concerned":                    "neg concerned: −0.45 (condemnation)",
	}
	for text, w := range want {
		if got[text] != w {
			t.Errorf("mark %q = %q, want %q", text, got[text], w)
		}
	}
	if len(got) != len(want) {
		t.Errorf("%d marks, want %d: %q", len(got), len(want), got)
	}
}

// TestPageLoadsNothing checks the page for anything a browser would
// fetch: it must open offline.
func TestPageLoadsNothing(t *testing.T) {
	page, doc := renderPage(t, fixture())
	for _, n := range elements(doc, func(*html.Node) bool { return true }) {
		switch n.DataAtom {
		case atom.Script, atom.Link, atom.Img, atom.Iframe, atom.Object, atom.Embed, atom.Video, atom.Audio, atom.Source:
			t.Errorf("the page has a <%s> element", n.Data)
		}
		for _, a := range n.Attr {
			switch a.Key {
			case "src", "href", "xlink:href", "srcset", "action", "background":
				t.Errorf("<%s %s=%q> may load a resource", n.Data, a.Key, a.Val)
			}
		}
	}
	for _, s := range []string{"url(", "@import", "@font-face", "http://", "https://"} {
		if strings.Contains(page, s) && !(strings.HasPrefix(s, "http") && onlyNamespaces(page, s)) {
			t.Errorf("the page contains %q", s)
		}
	}
	csp := elements(doc, func(n *html.Node) bool { return attr(n, "http-equiv") == "Content-Security-Policy" })
	if len(csp) != 1 || !strings.HasPrefix(attr(csp[0], "content"), "default-src 'none'") {
		t.Errorf("the page has no Content-Security-Policy that forbids loading: %v", csp)
	}
}

// onlyNamespaces reports whether every occurrence of prefix in page is in
// an SVG namespace declaration, which names a URL but loads nothing.
func onlyNamespaces(page, prefix string) bool {
	for _, ns := range []string{`xmlns="http://www.w3.org/2000/svg"`, `xmlns:xlink="http://www.w3.org/1999/xlink"`} {
		page = strings.ReplaceAll(page, ns, "")
	}
	return !strings.Contains(page, prefix)
}

func TestPageWithoutOptionalSections(t *testing.T) {
	stmts := fixtureStatements()
	for i := range stmts {
		stmts[i].Date = ""
	}
	r := fixtureOf(stmts)
	r.Cells = nil
	r.Title = ""
	_, doc := renderPage(t, r)
	for _, id := range []string{"time", "targets"} {
		if byID(doc, id) != nil {
			t.Errorf("section %q is shown without data for it", id)
		}
	}
	summary := elements(doc, func(n *html.Node) bool { return attr(n, "class") == "summary" })
	if got, want := textOf(summary[0]), "2 files · 6 statements · 3 speakers · undated"; got != want {
		t.Errorf("summary %q, want %q", got, want)
	}
	if got := textOf(elements(doc, func(n *html.Node) bool { return n.DataAtom == atom.H1 })[0]); got != "Tone report" {
		t.Errorf("default title %q, want %q", got, "Tone report")
	}

	// One day of dates is a date, not a trend.
	for i := range stmts {
		stmts[i].Date = "2024-05-02"
	}
	r = fixtureOf(stmts)
	r.Cells = nil
	_, doc = renderPage(t, r)
	if byID(doc, "time") != nil {
		t.Errorf("a time chart is drawn for a single day")
	}
	if got := textOf(elements(doc, func(n *html.Node) bool { return attr(n, "class") == "summary" })[0]); !strings.HasSuffix(got, "· 2 May 2024") {
		t.Errorf("summary %q, want it to end with the one date", got)
	}
}

func TestEmptyReport(t *testing.T) {
	_, doc := renderPage(t, &Report{})
	if got := textOf(byID(doc, "tone")); !strings.Contains(got, "No statement was attributed") {
		t.Errorf("an empty report's tone section says %q", got)
	}
	if byID(doc, "statements") != nil {
		t.Errorf("an empty report has a statements section")
	}
}

func TestExamples(t *testing.T) {
	mk := func(tones ...float64) []Statement {
		out := make([]Statement, len(tones))
		for i, v := range tones {
			out[i] = Statement{Tone: v, Text: string(rune('a' + i))}
		}
		return out
	}
	texts := func(ss []Statement) string {
		var b strings.Builder
		for _, s := range ss {
			b.WriteString(s.Text)
		}
		return b.String()
	}
	tests := []struct {
		tones         []float64
		hostile, warm string
	}{
		{nil, "", ""},
		{[]float64{0.3}, "a", ""},
		{[]float64{0.3, -0.2}, "b", "a"},
		{[]float64{0.1, -0.5, 0.9}, "ba", "c"},
		{[]float64{0.1, -0.5, 0.9, 0.2, -0.1, 0.6}, "be", "cf"},
		{[]float64{0, 0, 0, 0}, "ab", "dc"}, // ties keep text order
	}
	for _, tt := range tests {
		h, w := examples(mk(tt.tones...), 2)
		if texts(h) != tt.hostile || texts(w) != tt.warm {
			t.Errorf("examples(%v) = %q, %q; want %q, %q", tt.tones, texts(h), texts(w), tt.hostile, tt.warm)
		}
	}
}

func TestDateRange(t *testing.T) {
	tests := []struct {
		dates    []string
		from, to string
	}{
		{nil, "", ""},
		{[]string{"", "not a date"}, "", ""},
		{[]string{"2024-03-09", "", "2023-12-31", "2024-01-15T10:00:00Z"}, "2023-12-31", "2024-03-09"},
	}
	for _, tt := range tests {
		var c Collector
		for _, d := range tt.dates {
			c.Add(Statement{Speaker: "Lin Jian", Date: d})
		}
		if from, to := c.DateRange(); from != tt.from || to != tt.to {
			t.Errorf("DateRange(%q) = %q, %q; want %q, %q", tt.dates, from, to, tt.from, tt.to)
		}
	}
}

func TestDateTicks(t *testing.T) {
	day := func(s string) float64 {
		d, err := time.Parse(dateLayout, s)
		if err != nil {
			t.Fatal(err)
		}
		return float64(d.Unix())
	}
	tests := []struct {
		from, to string
		want     []string
	}{
		{"2024-03-01", "2024-03-04", []string{"1 Mar 2024", "2 Mar 2024", "3 Mar 2024", "4 Mar 2024"}},
		{"2024-03-01", "2024-03-20", []string{"1 Mar 2024", "8 Mar 2024", "15 Mar 2024"}},
		{"2023-11-20", "2024-04-02", []string{"Dec 2023", "Jan 2024", "Feb 2024", "Mar 2024", "Apr 2024"}},
		{"2019-06-01", "2024-03-01", []string{"2020", "2021", "2022", "2023", "2024"}},
	}
	for _, tt := range tests {
		var got []string
		for _, tk := range (dateTicks{}).Ticks(day(tt.from), day(tt.to)) {
			got = append(got, tk.Label)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("ticks from %s to %s = %q, want %q", tt.from, tt.to, got, tt.want)
		}
	}
}

// TestStatementSource checks the caption under each example statement:
// its file when the report has several, and its date.
func TestStatementSource(t *testing.T) {
	captions := func(r *Report) []string {
		_, doc := renderPage(t, r)
		var out []string
		for _, fc := range elements(byID(doc, "statements"), func(n *html.Node) bool { return n.DataAtom == atom.Figcaption }) {
			out = append(out, textOf(fc))
		}
		return out
	}
	r := fixture()
	if got := captions(r); !slices.Contains(got, "hostile −0.82 briefings.txt, 1 March 2024") {
		t.Errorf("captions %q lack the file and date of Mao Ning's most hostile statement", got)
	}
	r.Files = 1
	got := captions(r)
	if !slices.Contains(got, "hostile −0.82 1 March 2024") {
		t.Errorf("captions %q: want a one-file report to leave the file out", got)
	}
	if !slices.Contains(got, "neutral 0.00") {
		t.Errorf("captions %q: want an undated statement to have its label and tone only", got)
	}
}

// TestLargeReport checks the limits that keep a big report readable: the
// tone chart shows the maxBars speakers with most statements and no dots
// above maxDots statements; the time chart shows maxSeries speakers.
func TestLargeReport(t *testing.T) {
	const speakers, perSpeaker = maxBars + 5, 60 // about 2,650 statements, 2,350 of them in the chart
	var stmts []Statement
	var all []tone.Scored
	for i := range speakers {
		name := "Speaker " + strconv.Itoa(i+1)
		for k := range perSpeaker - i%3 {
			v := float64(k%21-10) / 10
			stmts = append(stmts, Statement{Speaker: name, Date: fmt.Sprintf("2024-04-%02d", k%28+1), Text: "Text.", Tone: v, Label: tone.LabelFor(v)})
			all = append(all, tone.Scored{Statement: tone.Statement{Speaker: name, Kind: tone.Direct}, Score: tone.Score{Tone: v}})
		}
	}
	r := &Report{Files: 1, Speakers: tone.Summarize(all), Statements: collect(stmts)}
	page, doc := renderPage(t, r)
	chart := byID(doc, "tone")
	chartText := textOf(chart)
	shown := 0
	for _, s := range r.Speakers {
		if strings.Contains(chartText, s.Speaker+" (") {
			shown++
		}
	}
	if shown != maxBars {
		t.Errorf("the tone chart shows %d speakers, want %d", shown, maxBars)
	}
	if !strings.Contains(chartText, r.Speakers[0].Speaker+" (") || strings.Contains(chartText, r.Speakers[maxBars].Speaker+" (") {
		t.Errorf("the tone chart does not show the speakers with most statements first")
	}
	if strings.Contains(chartText, "Dots:") || !strings.Contains(chartText, "5 other speakers are in the sections below") {
		caption := elements(chart, func(n *html.Node) bool { return n.DataAtom == atom.Figcaption })[0]
		t.Errorf("the tone chart's caption does not say what was left out: %q", textOf(caption))
	}
	if got := len(elements(byID(doc, "statements"), func(n *html.Node) bool { return n.DataAtom == atom.H3 })); got != speakers {
		t.Errorf("%d speaker sections, want all %d", got, speakers)
	}
	if !strings.Contains(textOf(byID(doc, "time")), fmt.Sprintf("%d other speakers with dated statements are left out", speakers-maxSeries)) {
		t.Errorf("the time chart's caption does not say how many speakers it leaves out")
	}
	if len(page) > 2<<20 {
		t.Errorf("the page is %d bytes; the limits should keep it under 2 MiB", len(page))
	}
}

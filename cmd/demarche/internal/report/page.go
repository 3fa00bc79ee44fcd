package report

import (
	_ "embed"
	"fmt"
	"html/template"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/demarche/demarche/tone"
)

//go:embed report.html.tmpl
var pageSource string

// parseTemplate parses the page template. It is parsed per report, not
// at start-up: every other command would pay for it.
func parseTemplate() (*template.Template, error) {
	return template.New("report").Funcs(template.FuncMap{
		"tone":   formatTone,
		"plural": plural,
	}).Parse(pageSource)
}

// page is what the template sees: the report, prepared for display.
type page struct {
	Title     string
	Generator string
	Summary   string
	// Charts are the inline SVG elements; TimeChart is empty when the
	// statements carry fewer than two dates.
	ToneChart, TimeChart template.HTML
	// Dotted says whether the tone chart has a dot per statement;
	// ToneOmitted is how many speakers it leaves out.
	Dotted      bool
	ToneOmitted int
	MaxBars     int
	// TimeOmitted is how many dated speakers the time chart leaves out.
	TimeOmitted int
	MaxSeries   int
	Matrix      *matrix
	Speakers    []speakerView
	Scale       scale
}

// scale gives the how-to-read note its numbers, from package tone.
type scale struct {
	HostileMax, CriticalMax, CordialMin, WarmMin string
}

type speakerView struct {
	tone.SpeakerSummary
	Anchor  string
	Mean    string
	Label   tone.Label
	Mix     []labelShare
	Hostile []statementView
	Warm    []statementView
}

// labelShare is one part of a speaker's label mix.
type labelShare struct {
	Label tone.Label
	Count int
}

type statementView struct {
	Tone     string
	Label    tone.Label
	Source   string // file and date
	Segments []segmentView
}

type segmentView struct {
	Text string
	// Mark is "neg", "pos" or "zero" for a highlighted term, else empty.
	Mark  string
	Title string
}

type matrix struct {
	Targets []string
	Rows    []matrixRow
}

type matrixRow struct {
	Speaker string
	Cells   []matrixCell
}

type matrixCell struct {
	Empty      bool
	Tone       string
	Label      tone.Label
	Statements int
}

func newPage(r *Report) (*page, error) {
	p := &page{
		Title:     r.Title,
		Generator: r.Generator,
		Summary:   summary(r),
		MaxSeries: maxSeries,
		MaxBars:   maxBars,
		Scale: scale{
			HostileMax: formatTone(tone.HostileMax), CriticalMax: formatTone(tone.CriticalMax),
			CordialMin: formatTone(tone.CordialMin), WarmMin: formatTone(tone.WarmMin),
		},
	}
	if p.Title == "" {
		p.Title = "Tone report"
	}
	var err error
	if p.ToneChart, p.Dotted, err = speakerChart(r.Speakers, &r.Statements); err != nil {
		return nil, fmt.Errorf("tone chart: %w", err)
	}
	p.ToneOmitted = max(0, len(r.Speakers)-maxBars)
	if p.TimeChart, p.TimeOmitted, err = timeChart(r.Speakers, &r.Statements); err != nil {
		return nil, fmt.Errorf("time chart: %w", err)
	}
	p.Matrix = newMatrix(r.Cells)

	for i, s := range r.Speakers {
		v := speakerView{SpeakerSummary: s, Anchor: "speaker-" + strconv.Itoa(i+1), Mean: formatTone(s.ToneMean), Label: tone.LabelFor(s.ToneMean)}
		for k, l := range tone.Labels() {
			if s.Counts[k] > 0 {
				v.Mix = append(v.Mix, labelShare{Label: l, Count: s.Counts[k]})
			}
		}
		hostile, warm := r.Statements.examples(s.Speaker)
		for _, st := range hostile {
			v.Hostile = append(v.Hostile, newStatementView(st, r.Files > 1))
		}
		for _, st := range warm {
			v.Warm = append(v.Warm, newStatementView(st, r.Files > 1))
		}
		p.Speakers = append(p.Speakers, v)
	}
	return p, nil
}

// summary is the line under the title: files, statements, speakers and
// the date range.
func summary(r *Report) string {
	parts := []string{
		plural(r.Files, "file"),
		plural(r.Statements.Len(), "statement"),
		plural(len(r.Speakers), "speaker"),
	}
	switch {
	case r.From == "" && r.To == "":
		parts = append(parts, "undated")
	case r.From == r.To:
		parts = append(parts, displayDate(r.From))
	default:
		parts = append(parts, displayDate(r.From)+" – "+displayDate(r.To))
	}
	return strings.Join(parts, " · ")
}

// displayDate writes a YYYY-MM-DD date as "2 March 2024"; anything else
// is shown as given.
func displayDate(s string) string {
	t, err := time.Parse(dateLayout, s)
	if err != nil {
		return s
	}
	return t.Format("2 January 2006")
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// newStatementView prepares a statement for display; withFile names its
// file, which a one-file report leaves out.
func newStatementView(st Statement, withFile bool) statementView {
	v := statementView{Tone: formatTone(st.Tone), Label: st.Label}
	var src []string
	if withFile && st.File != "" {
		src = append(src, st.File)
	}
	if st.Date != "" {
		src = append(src, displayDate(st.Date))
	}
	v.Source = strings.Join(src, ", ")
	for _, seg := range highlight(st.Text, st.Terms) {
		sv := segmentView{Text: seg.Text}
		if t := seg.Term; t != nil {
			switch {
			case t.Weight < 0:
				sv.Mark = "neg"
			case t.Weight > 0:
				sv.Mark = "pos"
			default:
				sv.Mark = "zero"
			}
			sv.Title = termTitle(*t)
		}
		v.Segments = append(v.Segments, sv)
	}
	return v
}

// termTitle is a highlighted term's tooltip: its weight in the score,
// its category, and what the rules did to it.
func termTitle(t tone.Term) string {
	s := fmt.Sprintf("%s: %s (%s", t.Text, formatTone(t.Weight), t.Category)
	for _, r := range t.Rules() {
		s += ", " + strings.Replace(r, "x", "×", 1)
	}
	return s + ")"
}

// newMatrix lays cells out as speakers (rows, in order of appearance) by
// targets (columns, by name); nil when there are no cells.
func newMatrix(cells []Cell) *matrix {
	if len(cells) == 0 {
		return nil
	}
	var speakers, targets []string
	seenSpeaker, seenTarget := make(map[string]bool), make(map[string]bool)
	at := make(map[[2]string]Cell)
	for _, c := range cells {
		if !seenSpeaker[c.Speaker] {
			seenSpeaker[c.Speaker] = true
			speakers = append(speakers, c.Speaker)
		}
		if !seenTarget[c.Target] {
			seenTarget[c.Target] = true
			targets = append(targets, c.Target)
		}
		at[[2]string{c.Speaker, c.Target}] = c
	}
	slices.Sort(targets)
	m := &matrix{Targets: targets}
	for _, s := range speakers {
		row := matrixRow{Speaker: s}
		for _, t := range targets {
			c, ok := at[[2]string{s, t}]
			if !ok || c.Statements == 0 {
				row.Cells = append(row.Cells, matrixCell{Empty: true})
				continue
			}
			row.Cells = append(row.Cells, matrixCell{Tone: formatTone(c.ToneMean), Label: tone.LabelFor(c.ToneMean), Statements: c.Statements})
		}
		m.Rows = append(m.Rows, row)
	}
	return m
}

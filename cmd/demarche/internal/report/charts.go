package report

import (
	"bytes"
	"cmp"
	"fmt"
	"html/template"
	"image/color"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgsvg"

	"github.com/demarche/demarche/tone"
)

// The charts are drawn with gonum.org/v1/plot and written as SVG, which
// the page inlines. Sizes are in points; the page scales the charts to
// its width.
const (
	chartWidth  = 540 // points; the page's content is 720 CSS pixels wide
	rowHeight   = 24  // one speaker's row in the tone chart
	timeHeight  = 260
	legendWidth = 150 // the time chart's legend column
)

// maxDots is how many statements the tone chart draws as dots; above
// it, only each speaker's range is drawn, which keeps the page small.
const maxDots = 2000

// maxBars is how many speakers the tone chart shows, most statements
// first, so that it stays readable on a page.
const maxBars = 40

// maxSeries is how many speakers the time chart shows, most statements
// first: more lines than this cannot be told apart.
const maxSeries = 7

// labelColors are the labels' colours, hostile to warm: ColorBrewer's
// diverging RdBu scheme, which reads in colour-blind vision and in grey,
// with a darker grey for neutral so its bar shows on white.
var labelColors = [5]color.RGBA{
	{0xb2, 0x18, 0x2b, 0xff}, // hostile
	{0xef, 0x8a, 0x62, 0xff}, // critical
	{0x9e, 0x9e, 0x9e, 0xff}, // neutral
	{0x67, 0xa9, 0xcf, 0xff}, // cordial
	{0x21, 0x66, 0xac, 0xff}, // warm
}

// labelColor returns the colour of label l.
func labelColor(l tone.Label) color.RGBA {
	if i := slices.Index(tone.Labels(), l); i >= 0 {
		return labelColors[i]
	}
	return labelColors[2]
}

// seriesColors are the time chart's line colours: the Okabe–Ito palette
// for colour-blind readers, without its yellow, which vanishes on white.
var seriesColors = []color.RGBA{
	{0x00, 0x72, 0xb2, 0xff},
	{0xd5, 0x5e, 0x00, 0xff},
	{0x00, 0x9e, 0x73, 0xff},
	{0xcc, 0x79, 0xa7, 0xff},
	{0xe6, 0x9f, 0x00, 0xff},
	{0x56, 0xb4, 0xe9, 0xff},
	{0x00, 0x00, 0x00, 0xff},
}

// seriesGlyphs give each line its own marker, so it can be told apart
// when printed in grey.
var seriesGlyphs = []draw.GlyphDrawer{
	draw.CircleGlyph{}, draw.BoxGlyph{}, draw.PyramidGlyph{}, draw.RingGlyph{},
	draw.SquareGlyph{}, draw.TriangleGlyph{}, draw.CrossGlyph{},
}

var (
	ink   = color.RGBA{0x22, 0x22, 0x22, 0xff}
	faint = color.RGBA{0x99, 0x99, 0x99, 0xff}
)

// sans is the charts' typeface. The SVG names the font family (Liberation
// Sans, metrically the same as Arial and Helvetica) rather than embedding
// it; the page's style falls back to those.
func sans(size vg.Length) font.Font {
	return font.Font{Typeface: "Liberation", Variant: "Sans", Size: size}
}

func textStyle(size vg.Length, c color.Color) text.Style {
	return text.Style{Color: c, Font: sans(size), Handler: plot.DefaultTextHandler}
}

// newPlot returns a plot in the report's style: sans-serif text, thin
// grey axes.
func newPlot() *plot.Plot {
	p := plot.New()
	for _, ax := range []*plot.Axis{&p.X, &p.Y} {
		ax.Label.TextStyle.Font = sans(10)
		ax.Label.TextStyle.Color = ink
		ax.Tick.Label.Font = sans(9)
		ax.Tick.Label.Color = ink
		ax.Color = faint
		ax.Tick.Color = faint
	}
	p.Title.TextStyle.Font = sans(11)
	p.Legend.TextStyle.Font = sans(9)
	return p
}

// svg draws fn on a w × h SVG canvas and returns the <svg> element.
func svg(w, h vg.Length, fn func(draw.Canvas)) (template.HTML, error) {
	c := vgsvg.New(w, h)
	fn(draw.New(c))
	var buf bytes.Buffer
	if _, err := c.WriteTo(&buf); err != nil {
		return "", fmt.Errorf("write chart: %w", err)
	}
	s := buf.String()
	i := strings.Index(s, "<svg")
	if i < 0 {
		return "", fmt.Errorf("write chart: no <svg> element in the output")
	}
	// vgsvg escapes every text it draws (html.EscapeString), so the
	// element is safe to inline.
	return template.HTML(s[i:]), nil
}

// toneAxis sets a horizontal axis to the tone scale.
func toneAxis(ax *plot.Axis) {
	ax.Min, ax.Max = -1, 1
	// No-break spaces: SVG collapses ordinary runs of spaces.
	ax.Label.Text = "← more hostile\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0tone\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0warmer →"
	ax.Tick.Marker = plot.ConstantTicks{
		{Value: -1, Label: "−1"}, {Value: tone.HostileMax, Label: "−0.5"}, {Value: tone.CriticalMax},
		{Value: 0, Label: "0"}, {Value: tone.CordialMin}, {Value: tone.WarmMin, Label: "0.5"}, {Value: 1, Label: "1"},
	}
}

// zones are the label bands of the tone scale, hostile to warm.
func zones() [5][2]float64 {
	return [5][2]float64{
		{-1, tone.HostileMax}, {tone.HostileMax, tone.CriticalMax}, {tone.CriticalMax, tone.CordialMin},
		{tone.CordialMin, tone.WarmMin}, {tone.WarmMin, 1},
	}
}

// tint returns c faded towards white: a band's background.
func tint(c color.RGBA, f float64) color.RGBA {
	mix := func(v uint8) uint8 { return uint8(float64(v)*f + 255*(1-f)) }
	return color.RGBA{mix(c.R), mix(c.G), mix(c.B), 0xff}
}

// spreads are points with horizontal error bars: each speaker's mean
// tone, and how far their statements reach below and above it.
type spreads struct {
	plotter.XYs
	plotter.XErrors
}

// speakerChart draws the diverging bar chart: one row per speaker (the
// first maxBars), the bar from 0 to the mean tone in the colour of its
// label, a line from the lowest to the highest tone, and a dot per
// statement unless there are more than maxDots. It reports whether it
// drew the dots.
func speakerChart(sums []tone.SpeakerSummary, stmts *Collector) (chart template.HTML, dotted bool, err error) {
	sums = sums[:min(len(sums), maxBars)]
	n := len(sums)
	if n == 0 {
		return "", false, nil
	}
	p := newPlot()
	toneAxis(&p.X)
	p.Y.Min, p.Y.Max = -0.6, float64(n)-0.15
	row := func(i int) float64 { return float64(n - 1 - i) } // first speaker on top

	names := make([]string, n)
	for i, s := range sums {
		names[n-1-i] = fmt.Sprintf("%s (%d)", s.Speaker, s.Statements)
	}
	p.NominalY(names...)
	p.Y.Tick.Label.Font = sans(9.5)

	// Label bands, lightly tinted, each named at the top.
	var bandLabels plotter.XYLabels
	for k, z := range zones() {
		band, err := plotter.NewPolygon(plotter.XYs{{X: z[0], Y: p.Y.Min}, {X: z[1], Y: p.Y.Min}, {X: z[1], Y: p.Y.Max}, {X: z[0], Y: p.Y.Max}})
		if err != nil {
			return "", false, err
		}
		band.Color = tint(labelColors[k], 0.10)
		band.LineStyle.Width = 0
		p.Add(band)
		bandLabels.XYs = append(bandLabels.XYs, plotter.XY{X: (z[0] + z[1]) / 2, Y: p.Y.Max - 0.05})
		bandLabels.Labels = append(bandLabels.Labels, string(tone.Labels()[k]))
	}
	zero, err := plotter.NewLine(plotter.XYs{{X: 0, Y: p.Y.Min}, {X: 0, Y: p.Y.Max}})
	if err != nil {
		return "", false, err
	}
	zero.LineStyle = draw.LineStyle{Color: faint, Width: vg.Points(0.75)}
	p.Add(zero)

	var sp spreads
	var dots plotter.XYs
	for i, s := range sums {
		y := row(i)
		bar, err := plotter.NewBarChart(plotter.Values{s.ToneMean}, vg.Points(rowHeight*0.45))
		if err != nil {
			return "", false, err
		}
		bar.Horizontal = true
		bar.XMin = y
		bar.Color = labelColor(tone.LabelFor(s.ToneMean))
		bar.LineStyle.Width = 0
		p.Add(bar)
		sp.XYs = append(sp.XYs, plotter.XY{X: s.ToneMean, Y: y})
		sp.XErrors = append(sp.XErrors, struct{ Low, High float64 }{s.ToneMean - s.ToneMin, s.ToneMax - s.ToneMean})
		for k, t := range stmts.tones(s.Speaker) {
			// Spread the dots of one row a little up and down, always
			// the same way, so equal tones stay visible.
			jitter := (math.Mod(float64(k)*0.618034, 1) - 0.5) * 0.36
			dots = append(dots, plotter.XY{X: t, Y: y + jitter})
		}
	}
	whiskers, err := plotter.NewXErrorBars(sp)
	if err != nil {
		return "", false, err
	}
	whiskers.LineStyle = draw.LineStyle{Color: ink, Width: vg.Points(1)}
	whiskers.CapWidth = vg.Points(7)
	p.Add(whiskers)
	dotted = len(dots) <= maxDots
	if dotted {
		sc, err := plotter.NewScatter(dots)
		if err != nil {
			return "", false, err
		}
		sc.GlyphStyle = draw.GlyphStyle{Shape: draw.CircleGlyph{}, Radius: vg.Points(2.2), Color: color.NRGBA{0x22, 0x22, 0x22, 0x99}}
		p.Add(sc)
	}
	labels, err := plotter.NewLabels(bandLabels)
	if err != nil {
		return "", false, err
	}
	for i := range labels.TextStyle {
		labels.TextStyle[i] = textStyle(8.5, color.RGBA{0x55, 0x55, 0x55, 0xff})
		labels.TextStyle[i].XAlign = draw.XCenter
		labels.TextStyle[i].YAlign = draw.YTop
	}
	p.Add(labels)
	// Adding plotters widens the axes to their data; put them back.
	toneAxis(&p.X)
	p.Y.Min, p.Y.Max = -0.6, float64(n)-0.15

	h := vg.Length(rowHeight*n + 70)
	chart, err = svg(chartWidth, h, func(c draw.Canvas) { p.Draw(c) })
	return chart, dotted, err
}

// series is one speaker's line in the time chart: mean tone per day.
type series struct {
	speaker string
	points  plotter.XYs // X is Unix seconds, Y the day's mean tone
}

// timeSeries returns the daily mean tones of the first maxSeries
// speakers with dated statements (in the order of sums). It also returns
// how many distinct days carry statements, and how many dated speakers
// were left out.
func timeSeries(sums []tone.SpeakerSummary, stmts *Collector) (out []series, days, omitted int) {
	for _, s := range sums {
		sp := stmts.speakers[s.Speaker]
		if sp == nil || len(sp.days) == 0 {
			continue
		}
		if len(out) == maxSeries {
			omitted++
			continue
		}
		var pts plotter.XYs
		for day, d := range sp.days {
			pts = append(pts, plotter.XY{X: float64(day), Y: d.total / float64(d.n)})
		}
		slices.SortFunc(pts, func(a, b plotter.XY) int { return cmp.Compare(a.X, b.X) })
		out = append(out, series{speaker: s.Speaker, points: pts})
	}
	return out, len(stmts.days), omitted
}

// timeChart draws tone over time, one line per speaker through their
// daily mean tone. It returns "" when fewer than two days carry dated
// statements: there is no trend to draw.
func timeChart(sums []tone.SpeakerSummary, stmts *Collector) (chart template.HTML, omitted int, err error) {
	ss, days, omitted := timeSeries(sums, stmts)
	if days < 2 {
		return "", 0, nil
	}
	p := newPlot()
	p.Y.Min, p.Y.Max = -1, 1
	p.Y.Label.Text = "tone (daily mean)"
	p.Y.Tick.Marker = plot.ConstantTicks{
		{Value: -1, Label: "−1"}, {Value: -0.5, Label: "−0.5"}, {Value: 0, Label: "0"}, {Value: 0.5, Label: "0.5"}, {Value: 1, Label: "1"},
	}
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, s := range ss {
		lo = math.Min(lo, s.points[0].X)
		hi = math.Max(hi, s.points[len(s.points)-1].X)
	}
	pad := math.Max((hi-lo)*0.04, 12*3600)
	for k, z := range zones() {
		band, err := plotter.NewPolygon(plotter.XYs{{X: lo - pad, Y: z[0]}, {X: hi + pad, Y: z[0]}, {X: hi + pad, Y: z[1]}, {X: lo - pad, Y: z[1]}})
		if err != nil {
			return "", 0, err
		}
		band.Color = tint(labelColors[k], 0.10)
		band.LineStyle.Width = 0
		p.Add(band)
	}
	legend := plot.NewLegend()
	legend.TextStyle = textStyle(9, ink)
	legend.Top, legend.Left = true, true
	legend.ThumbnailWidth = vg.Points(18)
	legend.Padding = vg.Points(5)
	for i, s := range ss {
		line, pts, err := plotter.NewLinePoints(s.points)
		if err != nil {
			return "", 0, err
		}
		c := seriesColors[i%len(seriesColors)]
		line.LineStyle = draw.LineStyle{Color: c, Width: vg.Points(1.5)}
		pts.GlyphStyle = draw.GlyphStyle{Shape: seriesGlyphs[i%len(seriesGlyphs)], Radius: vg.Points(3), Color: c}
		p.Add(line, pts)
		legend.Add(s.speaker, line, pts)
	}
	p.X.Min, p.X.Max = lo-pad, hi+pad
	p.Y.Min, p.Y.Max = -1, 1
	p.X.Tick.Marker = dateTicks{}

	chart, err = svg(chartWidth, timeHeight, func(c draw.Canvas) {
		p.Draw(draw.Crop(c, 0, -legendWidth, 0, 0))
		legend.Draw(draw.Crop(c, chartWidth-legendWidth+vg.Points(12), 0, 0, -vg.Points(8)))
	})
	return chart, omitted, err
}

// dateTicks marks a time axis (Unix seconds) at whole days, weeks,
// months or years: the finest step that gives at most maxTicks ticks.
type dateTicks struct{}

const maxTicks = 6

// Ticks implements plot.Ticker.
func (dateTicks) Ticks(lo, hi float64) []plot.Tick {
	from := time.Unix(int64(math.Ceil(lo)), 0).UTC()
	to := time.Unix(int64(math.Floor(hi)), 0).UTC()
	steps := []struct {
		days, months int
		layout       string
	}{
		{1, 0, "2 Jan 2006"}, {2, 0, "2 Jan 2006"}, {7, 0, "2 Jan 2006"}, {14, 0, "2 Jan 2006"},
		{0, 1, "Jan 2006"}, {0, 2, "Jan 2006"}, {0, 3, "Jan 2006"}, {0, 6, "Jan 2006"},
		{0, 12, "2006"}, {0, 24, "2006"}, {0, 60, "2006"}, {0, 120, "2006"}, {0, 600, "2006"},
	}
	var ticks []plot.Tick
	for _, st := range steps {
		ticks = ticks[:0]
		var t time.Time
		if st.days > 0 {
			t = time.Date(from.Year(), from.Month(), from.Day(), 0, 0, 0, 0, time.UTC)
			if t.Before(from) {
				t = t.AddDate(0, 0, 1)
			}
		} else {
			t = time.Date(from.Year(), from.Month(), 1, 0, 0, 0, 0, time.UTC)
			for t.Before(from) || (int(t.Month())-1+12*t.Year())%st.months != 0 {
				t = t.AddDate(0, 1, 0)
			}
		}
		for ; !t.After(to) && len(ticks) <= maxTicks; t = t.AddDate(0, st.months, st.days) {
			ticks = append(ticks, plot.Tick{Value: float64(t.Unix()), Label: t.Format(st.layout)})
		}
		if len(ticks) <= maxTicks {
			return ticks
		}
	}
	return ticks
}

// formatTone writes a tone with two decimals and a real minus sign.
func formatTone(v float64) string {
	s := strconv.FormatFloat(v, 'f', 2, 64)
	if s == "-0.00" {
		s = "0.00"
	}
	if v > 0 && s != "0.00" {
		s = "+" + s
	}
	return strings.Replace(s, "-", "−", 1)
}

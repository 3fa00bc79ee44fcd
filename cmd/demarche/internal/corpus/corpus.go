// Package corpus generates a deterministic corpus of diplomatic texts for
// demarche's benchmarks: foreign-ministry press briefings, wire reports of
// what leaders said, and Security Council records, each dated in its
// heading. The texts are assembled from phrase templates written for this
// package (no published text is copied); the people are invented, the
// countries and cities real. The same seed always gives the same bytes.
package corpus

import (
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Generator writes documents. Build one with [New].
type Generator struct {
	rng  *rand.Rand
	day  time.Time
	docs int
}

// New returns a generator whose output depends only on seed.
func New(seed uint64) *Generator {
	return &Generator{
		rng: rand.New(rand.NewPCG(seed, 0x64656d6172636865)),
		day: time.Date(2019, time.January, 2, 0, 0, 0, 0, time.UTC),
	}
}

// Document is one generated text.
type Document struct {
	// Name is a file name for it: the date, the kind and a number, e.g.
	// "2019-01-02-briefing-00001.txt".
	Name string
	// Date is the date written in its heading.
	Date time.Time
	Text string
}

// Next returns the next document: a briefing, a wire report or a Council
// record, about 2 to 40 KB long.
func (g *Generator) Next() Document {
	g.docs++
	if g.rng.IntN(3) == 0 {
		g.day = g.day.AddDate(0, 0, 1)
	}
	var kind, text string
	switch r := g.rng.IntN(10); {
	case r < 5:
		kind, text = "briefing", g.briefing()
	case r < 8:
		kind, text = "report", g.report()
	default:
		kind, text = "council", g.council()
	}
	return Document{
		Name: fmt.Sprintf("%s-%s-%05d.txt", g.day.Format("2006-01-02"), kind, g.docs),
		Date: g.day,
		Text: text,
	}
}

// WriteDir writes documents under dir, in year/month folders, until they
// total at least size bytes, and returns the bytes written.
func WriteDir(dir string, seed uint64, size int64) (int64, error) {
	g := New(seed)
	var total int64
	for total < size {
		d := g.Next()
		sub := filepath.Join(dir, d.Date.Format("2006"), d.Date.Format("01"))
		if err := os.MkdirAll(sub, 0o755); err != nil {
			return total, err
		}
		if err := os.WriteFile(filepath.Join(sub, d.Name), []byte(d.Text), 0o644); err != nil {
			return total, err
		}
		total += int64(len(d.Text))
	}
	return total, nil
}

// WriteFile writes documents one after another to w, separated by blank
// lines (an archive of many texts in one file), until they total at least
// size bytes, and returns the bytes written.
func WriteFile(w io.Writer, seed uint64, size int64) (int64, error) {
	g := New(seed)
	var total int64
	for total < size {
		n, err := io.WriteString(w, g.Next().Text+"\n\n")
		total += int64(n)
		if err != nil {
			return total, err
		}
	}
	return total, nil
}

func (g *Generator) pick(list []string) string { return list[g.rng.IntN(len(list))] }

func (g *Generator) person() string { return g.pick(givenNames) + " " + g.pick(familyNames) }

// fill replaces each {slot} in a template with a phrase of that slot.
func (g *Generator) fill(tmpl string) string {
	var b strings.Builder
	for {
		open := strings.IndexByte(tmpl, '{')
		if open < 0 {
			b.WriteString(tmpl)
			return b.String()
		}
		end := strings.IndexByte(tmpl[open:], '}') + open
		b.WriteString(tmpl[:open])
		b.WriteString(g.fill(g.pick(slots[tmpl[open+1:end]])))
		tmpl = tmpl[end+1:]
	}
}

// sentences returns n filled sentences joined by spaces.
func (g *Generator) sentences(n int) string {
	parts := make([]string, n)
	for i := range parts {
		parts[i] = g.fill(g.pick(sentenceTemplates))
	}
	return strings.Join(parts, " ")
}

func (g *Generator) briefing() string {
	spokes := g.person()
	var b strings.Builder
	fmt.Fprintf(&b, "Foreign Ministry Spokesperson %s's Regular Press Conference on %s\n\n", spokes, g.day.Format("January 2, 2006"))
	fmt.Fprintf(&b, "%s: Good afternoon. %s\n\n", spokes, g.sentences(1+g.rng.IntN(2)))
	for range 4 + g.rng.IntN(30) {
		fmt.Fprintf(&b, "%s: %s\n\n", g.pick(outlets), g.fill(g.pick(questions)))
		fmt.Fprintf(&b, "%s: %s\n\n", spokes, g.sentences(2+g.rng.IntN(5)))
		if g.rng.IntN(6) == 0 {
			fmt.Fprintf(&b, "%s: %s\n\n", g.pick(outlets), "A follow-up question: "+g.fill(g.pick(questions)))
			fmt.Fprintf(&b, "%s: %s\n\n", spokes, g.sentences(1+g.rng.IntN(2)))
		}
	}
	return b.String()
}

func (g *Generator) report() string {
	leader, minister, envoy := g.person(), g.person(), g.person()
	country, other := g.pick(countries), g.pick(countries)
	surname := func(full string) string { return full[strings.LastIndexByte(full, ' ')+1:] }
	var b strings.Builder
	fmt.Fprintf(&b, "%s, %s (Demarche Wire) – President %s of %s and %s's Foreign Minister %s met on %s to discuss %s.\n\n",
		strings.ToUpper(g.pick(cities)), g.day.Format("2 January 2006"), leader, country, other, minister,
		g.day.Weekday(), g.fill("{topic}"))
	for range 3 + g.rng.IntN(25) {
		switch g.rng.IntN(5) {
		case 0:
			fmt.Fprintf(&b, "“%s,” %s said.\n\n", g.sentences(1+g.rng.IntN(2)), surname(leader))
		case 1:
			fmt.Fprintf(&b, "%s said %s\n\n", surname(minister), lowerFirst(g.fill(g.pick(sentenceTemplates))))
		case 2:
			fmt.Fprintf(&b, "“%s,” said %s, a special envoy. “%s”\n\n", g.fill(g.pick(sentenceTemplates)), envoy, g.sentences(1))
		case 3:
			fmt.Fprintf(&b, "%s's foreign ministry said in a statement that %s\n\n", other, lowerFirst(g.fill(g.pick(sentenceTemplates))))
		default:
			fmt.Fprintf(&b, "%s\n\n", g.fill(g.pick(narration)))
		}
	}
	return b.String()
}

func (g *Generator) council() string {
	var b strings.Builder
	fmt.Fprintf(&b, "Security Council, meeting on %s, %s\n\n", g.fill("{topic}"), g.day.Format("2 January 2006"))
	fmt.Fprintf(&b, "The President: The Security Council will now begin its consideration of the item on its agenda.\n\n")
	for range 4 + g.rng.IntN(14) {
		fmt.Fprintf(&b, "%s %s (%s): %s\n\n", g.pick([]string{"Mr.", "Ms."}), g.pick(familyNames), g.pick(countries),
			g.sentences(3+g.rng.IntN(8)))
	}
	b.WriteString("The meeting rose at 1 p.m.\n")
	return b.String()
}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

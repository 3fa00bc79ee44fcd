package report

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/demarche/demarche/tone"
)

// Collector gathers a report's statements as an analysis streams them,
// in order, and keeps of them only what the page shows: how many there
// are, each speaker's tones (the tone chart's dots), their sums per
// speaker and day (the time chart), the first and last date, and the
// text and terms of the statements that may be shown as a speaker's most
// hostile or warmest (see [examples]). So the memory a report needs grows
// by the eight bytes of a tone a statement, not with the text analysed,
// and the strings it keeps are copies, which keep no document alive. The
// zero value is empty.
type Collector struct {
	n        int
	speakers map[string]*collected
	names    []string       // the speakers, in the order first added
	days     map[int64]bool // the days that carry statements, as Unix seconds
	from, to time.Time      // the first and last of them; zero when none
}

// collected is what a Collector keeps of one speaker's statements.
type collected struct {
	n     int       // statements added
	tones []float64 // each statement's tone, in order
	// days sums the tones of the speaker's statements per day (Unix
	// seconds of its midnight, UTC).
	days map[int64]daySum
	// low and high are the statements that examples may choose from
	// all of them: the examplesPerSide first in order of tone, then of
	// addition, and the examplesPerSide last. (The order of addition is
	// the Collector's, not the speaker's, so that it holds when speakers
	// are merged.) Together, in the order
	// they were added, they are all the statements when there are up to
	// twice examplesPerSide, else the examplesPerSide at either end, and
	// examples chooses the same from them as from all.
	low, high []candidate
}

// daySum is the sum and number of one speaker's tones on one day.
type daySum struct {
	total float64
	n     int
}

// candidate is a statement that examples may choose, and its place in
// the order the statements were added.
type candidate struct {
	seq int
	st  Statement
}

// Add adds st after the statements added before it.
func (c *Collector) Add(st Statement) {
	if c.speakers == nil {
		c.speakers = make(map[string]*collected)
		c.days = make(map[int64]bool)
	}
	sp := c.speakers[st.Speaker]
	if sp == nil {
		sp = &collected{days: make(map[int64]daySum)}
		name := strings.Clone(st.Speaker)
		c.speakers[name] = sp
		c.names = append(c.names, name)
	}
	seq := c.n
	c.n++
	sp.n++
	sp.tones = append(sp.tones, st.Tone)
	if d, ok := parseDate(st.Date); ok {
		day := d.Unix()
		s := sp.days[day]
		s.total += st.Tone
		s.n++
		sp.days[day] = s
		c.days[day] = true
		if c.from.IsZero() || d.Before(c.from) {
			c.from = d
		}
		if c.to.IsZero() || d.After(c.to) {
			c.to = d
		}
	}
	// st comes after every statement of its speaker before it: among
	// equal tones it is the last in order, so it is among the lowest only
	// with a lower tone than the highest of them, and among the highest
	// with a tone at least that of the lowest of them.
	low := len(sp.low) < examplesPerSide
	if !low {
		low = cmp.Compare(st.Tone, sp.low[lastOf(sp.low)].st.Tone) < 0
	}
	high := len(sp.high) < examplesPerSide
	if !high {
		high = cmp.Compare(st.Tone, sp.high[firstOf(sp.high)].st.Tone) >= 0
	}
	if !low && !high {
		return
	}
	st.File, st.Speaker, st.Date, st.Text = strings.Clone(st.File), strings.Clone(st.Speaker), strings.Clone(st.Date), strings.Clone(st.Text)
	st.Terms = cloneTerms(st.Terms)
	cand := candidate{seq: seq, st: st}
	if low {
		if len(sp.low) < examplesPerSide {
			sp.low = append(sp.low, cand)
		} else {
			sp.low[lastOf(sp.low)] = cand
		}
	}
	if high {
		if len(sp.high) < examplesPerSide {
			sp.high = append(sp.high, cand)
		} else {
			sp.high[firstOf(sp.high)] = cand
		}
	}
}

// Merge merges the statements of each speaker canon maps to another name
// into that name's, as if they had been added under it, and forgets the
// names merged (demarche merges its per-speaker rows by such a map, from
// batch.Canonical: "Xi" into "Xi Jinping"). Two things differ from adding
// them under that name: a speaker's tones are those added under the
// name, then those of each name merged into it, in the order the names
// were first added (the tone chart spreads its dots by that order); and
// the daily sums, added in another order, may differ in their last bits.
func (c *Collector) Merge(canon map[string]string) {
	names := c.names[:0]
	for _, name := range c.names {
		to, ok := canon[name]
		if !ok || to == name {
			names = append(names, name)
			continue
		}
		from := c.speakers[name]
		delete(c.speakers, name)
		into := c.speakers[to]
		if into == nil {
			// A name met only in canon: the statements are renamed.
			into = &collected{days: make(map[int64]daySum)}
			c.speakers[to] = into
			names = append(names, to)
		}
		into.merge(from)
	}
	c.names = names
}

// merge adds the statements of from to sp.
func (sp *collected) merge(from *collected) {
	sp.n += from.n
	sp.tones = append(sp.tones, from.tones...)
	for day, d := range from.days {
		s := sp.days[day]
		s.total += d.total
		s.n += d.n
		sp.days[day] = s
	}
	// The examplesPerSide lowest of all are among the lowest of either,
	// and the highest among the highest: each keeps those of its own.
	sp.low = extremes(slices.Concat(sp.low, from.low), 1)
	sp.high = extremes(slices.Concat(sp.high, from.high), -1)
}

// extremes returns the examplesPerSide first of cands in order of tone,
// then of addition (dir 1), or the examplesPerSide last (dir -1).
func extremes(cands []candidate, dir int) []candidate {
	slices.SortFunc(cands, func(a, b candidate) int { return dir * toneOrder(a, b) })
	return cands[:min(len(cands), examplesPerSide)]
}

// Len returns how many statements were added.
func (c *Collector) Len() int { return c.n }

// DateRange returns the first and last date of the dated statements as
// YYYY-MM-DD, or two empty strings when none carries a readable date.
func (c *Collector) DateRange() (from, to string) {
	if c.from.IsZero() {
		return "", ""
	}
	return c.from.Format(dateLayout), c.to.Format(dateLayout)
}

// tones returns the tones of speaker's statements, in order.
func (c *Collector) tones(speaker string) []float64 {
	if sp := c.speakers[speaker]; sp != nil {
		return sp.tones
	}
	return nil
}

// examples returns speaker's most hostile and warmest statements, as
// [examples] chooses them from all of the speaker's statements.
func (c *Collector) examples(speaker string) (hostile, warm []Statement) {
	sp := c.speakers[speaker]
	if sp == nil {
		return nil, nil
	}
	cands := slices.Concat(sp.low, sp.high)
	slices.SortFunc(cands, func(a, b candidate) int { return cmp.Compare(a.seq, b.seq) })
	cands = slices.CompactFunc(cands, func(a, b candidate) bool { return a.seq == b.seq })
	stmts := make([]Statement, len(cands))
	for i, cd := range cands {
		stmts[i] = cd.st
	}
	return examples(stmts, examplesPerSide)
}

// lastOf returns the position in cands of the statement that comes last
// in order of tone, then of addition.
func lastOf(cands []candidate) int {
	k := 0
	for j := 1; j < len(cands); j++ {
		if toneOrder(cands[j], cands[k]) > 0 {
			k = j
		}
	}
	return k
}

// firstOf returns the position in cands of the statement that comes first
// in order of tone, then of addition.
func firstOf(cands []candidate) int {
	k := 0
	for j := 1; j < len(cands); j++ {
		if toneOrder(cands[j], cands[k]) < 0 {
			k = j
		}
	}
	return k
}

// toneOrder compares two statements of a speaker by tone, then by the
// order they were added in.
func toneOrder(a, b candidate) int {
	if o := cmp.Compare(a.st.Tone, b.st.Tone); o != 0 {
		return o
	}
	return cmp.Compare(a.seq, b.seq)
}

// cloneTerms returns a copy of terms whose texts are copies too.
func cloneTerms(terms []tone.Term) []tone.Term {
	if terms == nil {
		return nil
	}
	out := slices.Clone(terms)
	for i := range out {
		out[i].Text = strings.Clone(out[i].Text)
	}
	return out
}

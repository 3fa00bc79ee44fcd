package tone

import (
	"math"
	"slices"
	"sort"
	"strings"
)

// SpeakerSummary is the tone of one speaker's statements.
type SpeakerSummary struct {
	Speaker    string
	Statements int
	ToneMean   float64
	ToneMin    float64
	ToneMax    float64
	// Label is the label of ToneMean.
	Label             Label
	CooperationMean   float64
	AssertivenessMean float64
	// Counts holds how many statements carry each label, in the order of
	// [Labels]: hostile, critical, neutral, cordial, warm.
	Counts [5]int
}

// Count returns how many of the speaker's statements carry label l.
func (s SpeakerSummary) Count(l Label) int {
	if k := labelIndex(l); k >= 0 {
		return s.Counts[k]
	}
	return 0
}

// Tally holds the running sums of a group of statements: enough to
// summarise them without keeping them. The zero value is an empty tally.
type Tally struct {
	n                 int
	tone, coop, asser float64
	min, max          float64
	counts            [5]int
}

// Add counts one statement.
func (t *Tally) Add(s Scored) {
	if t.n == 0 {
		t.min, t.max = math.Inf(1), math.Inf(-1)
	}
	t.n++
	t.tone += s.Tone
	t.coop += s.Cooperation
	t.asser += s.Assertiveness
	t.min = math.Min(t.min, s.Tone)
	t.max = math.Max(t.max, s.Tone)
	if k := labelIndex(s.Label); k >= 0 {
		t.counts[k]++
	}
}

// labelIndex returns the index of l in [Labels], or -1: a switch on
// constants of up to eight bytes compares them without a call, where a
// loop over Labels compared l with each.
func labelIndex(l Label) int {
	switch l {
	case Hostile:
		return 0
	case Critical:
		return 1
	case Neutral:
		return 2
	case Cordial:
		return 3
	case Warm:
		return 4
	}
	return -1
}

// Merge adds the statements counted in o.
func (t *Tally) Merge(o Tally) {
	if o.n == 0 {
		return
	}
	if t.n == 0 {
		*t = o
		return
	}
	t.n += o.n
	t.tone += o.tone
	t.coop += o.coop
	t.asser += o.asser
	t.min = math.Min(t.min, o.min)
	t.max = math.Max(t.max, o.max)
	for k := range t.counts {
		t.counts[k] += o.counts[k]
	}
}

// Len returns how many statements were counted.
func (t *Tally) Len() int { return t.n }

// Summary returns the summary of the counted statements under the name
// speaker. An empty tally gives zero means, minimum and maximum.
func (t *Tally) Summary(speaker string) SpeakerSummary {
	s := SpeakerSummary{Speaker: speaker, Statements: t.n, Counts: t.counts}
	if t.n > 0 {
		n := float64(t.n)
		s.ToneMean = t.tone / n
		s.CooperationMean = t.coop / n
		s.AssertivenessMean = t.asser / n
		s.ToneMin, s.ToneMax = t.min, t.max
	}
	s.Label = LabelFor(s.ToneMean)
	return s
}

// Summarize groups statements by speaker and summarises each group.
// Narration is left out. Speakers come in the order of [SortSummaries].
func Summarize(stmts []Scored) []SpeakerSummary {
	var s Summaries
	for i := range stmts {
		s.Add(&stmts[i])
	}
	return s.Result()
}

// Summaries groups statements by speaker as they come, and summarises
// each group, as [Summarize] does for statements held in a slice: it
// keeps a [Tally] per speaker, and a copy of each speaker's name, not the
// statements or the text they were read from. The zero value is empty.
type Summaries struct {
	index   map[string]int // speaker → position in names and tallies
	names   []string
	tallies []Tally
}

// Add counts st under its speaker; narration is left out.
func (s *Summaries) Add(st *Scored) {
	if st.Kind == Narration {
		return
	}
	i, ok := s.index[st.Speaker]
	if !ok {
		if s.index == nil {
			s.index = make(map[string]int)
		}
		// A copy: the name may be a part of a document's text, which
		// would stay in memory as long as the name does.
		name := strings.Clone(st.Speaker)
		i = len(s.tallies)
		s.index[name] = i
		s.names = append(s.names, name)
		s.tallies = append(s.tallies, Tally{})
	}
	s.tallies[i].Add(*st)
}

// Names returns the speakers added so far, in the order first added.
func (s *Summaries) Names() []string { return slices.Clone(s.names) }

// Tally returns the tally of speaker's statements; the zero Tally when
// none was added.
func (s *Summaries) Tally(speaker string) Tally {
	if i, ok := s.index[speaker]; ok {
		return s.tallies[i]
	}
	return Tally{}
}

// Result returns the summaries of the speakers added so far, in the order
// of [SortSummaries].
func (s *Summaries) Result() []SpeakerSummary {
	out := make([]SpeakerSummary, len(s.tallies))
	for i := range s.tallies {
		out[i] = s.tallies[i].Summary(s.names[i])
	}
	SortSummaries(out)
	return out
}

// SortSummaries orders summaries most statements first, then by speaker
// name, so the order is stable.
func SortSummaries(sums []SpeakerSummary) {
	sort.SliceStable(sums, func(i, j int) bool {
		if sums[i].Statements != sums[j].Statements {
			return sums[i].Statements > sums[j].Statements
		}
		return sums[i].Speaker < sums[j].Speaker
	})
}

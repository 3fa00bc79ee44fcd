package main

import (
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/demarche/demarche/cmd/demarche/internal/report"
	"github.com/demarche/demarche/tone"
	"github.com/demarche/demarche/tone/actor"
)

// This file holds what issue #8 adds to analyze, report and score: the
// actor gazetteer (--actors), speaker countries (--by country) and targets
// (--targets).

// byCountry groups per-speaker rows by the state or organisation each
// speaker speaks for (analyze --by country).
const byCountry = "country"

// unknownCountry is the country row of speakers whose country is unknown.
const unknownCountry = "unknown"

// Column orders of the target rows: the output contract.
var (
	targetColumns        = []string{"speaker", "target", "statements", "tone_mean", "tone_min", "tone_max", "label", "cooperation_mean"}
	countryTargetColumns = append([]string{"country"}, targetColumns[1:]...)
	// countrySummaryColumns are the per-speaker columns with country in
	// place of speaker (analyze --by country).
	countrySummaryColumns = append([]string{"country"}, summaryColumns[1:]...)
	// scoreTargetColumns are the rows of score --targets --format csv.
	scoreTargetColumns = []string{"line", "target", "kind", "tone", "label", "cooperation", "text", "terms"}
)

// loadGazetteer returns the embedded actor gazetteer extended by the files
// at paths, in order.
func loadGazetteer(paths []string) (*actor.Gazetteer, error) {
	var sets [][]actor.Actor
	for _, p := range paths {
		rows, err := readActorsFile(p)
		if err != nil {
			return nil, err
		}
		sets = append(sets, rows)
	}
	g, err := tone.NewGazetteer(sets...)
	if err != nil {
		return nil, fmt.Errorf("actors: %w", err)
	}
	return g, nil
}

// readActorsFile parses one gazetteer file; errors name the file and line.
func readActorsFile(path string) ([]actor.Actor, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("actors: %w", err)
	}
	defer fh.Close()
	return actor.Parse(fh, path)
}

// newActors builds what finds speaker countries and targets, scoring the
// tone toward each target with scorer.
func newActors(scorer *tone.Scorer, paths []string) (*tone.Actors, error) {
	g, err := loadGazetteer(paths)
	if err != nil {
		return nil, err
	}
	return tone.NewActors(g, scorer)
}

// groupName is the name a statement's per-speaker row goes under: its
// speaker, or with --by country the state or organisation it speaks for.
func groupName(by string, s *tone.Scored) string {
	if by != byCountry {
		return s.Speaker
	}
	if s.SpeakerCountry == "" {
		return unknownCountry
	}
	return s.SpeakerCountry
}

// targetSummary is one row of analyze --targets: the tone of one speaker's
// (or country's) statements toward one target.
type targetSummary struct {
	Speaker, Target string
	tone.SpeakerSummary
}

// targetTally holds the running sums of the tone toward each target, per
// speaker or country, in the order first seen.
type targetTally struct {
	speakers []string
	targets  map[string][]string // speaker -> targets in order
	tally    map[[2]string]*tone.Tally
}

func newTargetTally() *targetTally {
	return &targetTally{targets: make(map[string][]string), tally: make(map[[2]string]*tone.Tally)}
}

// add counts the targets of one statement under the name speaker.
func (t *targetTally) add(speaker string, s *tone.Scored) {
	for _, tg := range s.Targets {
		k := [2]string{speaker, tg.Actor}
		ty, ok := t.tally[k]
		if !ok {
			if _, seen := t.targets[speaker]; !seen {
				t.speakers = append(t.speakers, speaker)
			}
			ty = &tone.Tally{}
			t.tally[k] = ty
			t.targets[speaker] = append(t.targets[speaker], tg.Actor)
		}
		ty.Add(tone.Scored{Score: tg.Score})
	}
}

// rows returns the rows, the speakers' names mapped through canon (merged
// names of one speaker) and kept when keep says so: speakers with most
// target statements first, and within a speaker the targets with most
// statements first, then by name.
func (t *targetTally) rows(canon map[string]string, keep func(speaker string, statements int) bool) []targetSummary {
	merged := make(map[[2]string]*tone.Tally)
	var keys [][2]string
	for _, sp := range t.speakers {
		name := sp
		if c, ok := canon[sp]; ok {
			name = c
		}
		for _, tg := range t.targets[sp] {
			k := [2]string{name, tg}
			m, ok := merged[k]
			if !ok {
				m = &tone.Tally{}
				merged[k] = m
				keys = append(keys, k)
			}
			m.Merge(*t.tally[[2]string{sp, tg}])
		}
	}
	total := make(map[string]int)
	for _, k := range keys {
		total[k[0]] += merged[k].Len()
	}
	var out []targetSummary
	for _, k := range keys {
		s := merged[k].Summary(k[1])
		if keep(k[0], s.Statements) {
			out = append(out, targetSummary{Speaker: k[0], Target: k[1], SpeakerSummary: s})
		}
	}
	slices.SortStableFunc(out, func(a, b targetSummary) int {
		switch {
		case a.Speaker != b.Speaker && total[a.Speaker] != total[b.Speaker]:
			return total[b.Speaker] - total[a.Speaker]
		case a.Speaker != b.Speaker:
			return strings.Compare(a.Speaker, b.Speaker)
		case a.Statements != b.Statements:
			return b.Statements - a.Statements
		}
		return strings.Compare(a.Target, b.Target)
	})
	return out
}

type jsonTargetSummary struct {
	Speaker string `json:"speaker,omitempty"`
	Country string `json:"country,omitempty"`
	Target  string `json:"target"`
	jsonToneStats
}

// writeTargets writes the target rows in a format; byCountry names the
// first column country.
func writeTargets(w io.Writer, format string, byCountry bool, rows []targetSummary) error {
	switch format {
	case formatCSV:
		header := targetColumns
		if byCountry {
			header = countryTargetColumns
		}
		out := make([][]string, len(rows))
		for i, r := range rows {
			out[i] = append([]string{cell(r.Speaker), cell(r.Target)}, toneStatsCSV(r.SpeakerSummary)...)
		}
		return writeCSV(w, header, out)
	case formatJSON, formatJSONL:
		js := make([]jsonTargetSummary, len(rows))
		for i, r := range rows {
			js[i] = jsonTargetSummary{Speaker: r.Speaker, Target: r.Target, jsonToneStats: toJSONToneStats(r.SpeakerSummary)}
			if byCountry {
				js[i].Speaker, js[i].Country = "", r.Speaker
			}
		}
		return writeJSONRows(w, format, js)
	default:
		return writeTargetMatrix(w, byCountry, rows)
	}
}

// The table view of the targets is a matrix of the speakers and targets
// with most statements.
const (
	matrixSpeakers = 10
	matrixTargets  = 6
)

// writeTargetMatrix renders the target rows as a speaker × target matrix of
// mean tone with the number of statements, for the most frequent speakers
// and targets, and says what it leaves out.
func writeTargetMatrix(w io.Writer, byCountry bool, rows []targetSummary) error {
	if len(rows) == 0 {
		_, err := fmt.Fprintln(w, "no targets found")
		return err
	}
	count := func(key func(targetSummary) string) []string {
		n := make(map[string]int)
		var names []string
		for _, r := range rows {
			k := key(r)
			if n[k] == 0 {
				names = append(names, k)
			}
			n[k] += r.Statements
		}
		slices.SortStableFunc(names, func(a, b string) int {
			if n[a] != n[b] {
				return n[b] - n[a]
			}
			return strings.Compare(a, b)
		})
		return names
	}
	speakers := count(func(r targetSummary) string { return r.Speaker })
	targets := count(func(r targetSummary) string { return r.Target })
	allSpeakers, allTargets := len(speakers), len(targets)
	speakers = speakers[:min(len(speakers), matrixSpeakers)]
	targets = targets[:min(len(targets), matrixTargets)]
	at := make(map[[2]string]targetSummary, len(rows))
	for _, r := range rows {
		at[[2]string{r.Speaker, r.Target}] = r
	}
	first, many := "speaker", "speakers"
	if byCountry {
		first, many = "country", "countries"
	}
	right := make([]int, len(targets))
	for i := range right {
		right[i] = i + 1
	}
	t := newTable(w, append([]string{first + " \\ target"}, targets...), alignment(len(targets)+1, right...))
	for _, sp := range speakers {
		row := []string{sp}
		for _, tg := range targets {
			r, ok := at[[2]string{sp, tg}]
			if !ok {
				row = append(row, "")
				continue
			}
			row = append(row, fmt.Sprintf("%s (%d)", short(r.ToneMean), r.Statements))
		}
		if err := t.Append(row); err != nil {
			return err
		}
	}
	if err := t.Render(); err != nil {
		return err
	}
	note := "mean tone toward each target (statements)"
	if allSpeakers > len(speakers) || allTargets > len(targets) {
		note += fmt.Sprintf("; %d of %d %s and %d of %d targets shown, --format csv lists all",
			len(speakers), allSpeakers, many, len(targets), allTargets)
	}
	_, err := fmt.Fprintln(w, note)
	return err
}

// writeCountrySummaries writes analyze --by country: the per-speaker rows
// with country in place of speaker.
func writeCountrySummaries(w io.Writer, format string, sums []tone.SpeakerSummary, bar bool) error {
	switch format {
	case formatCSV:
		return writeCSV(w, countrySummaryColumns, summaryCSVRows(sums))
	case formatJSON, formatJSONL:
		return writeJSONRows(w, format, mapSlice(sums, func(s tone.SpeakerSummary) jsonSummary {
			js := toJSONSummary(s)
			js.Country, js.Speaker = js.Speaker, ""
			return js
		}))
	default:
		return writeSummaryTableAs(w, byCountry, sums, bar)
	}
}

// reportTargets is how many targets the report's matrix shows: those with
// most statements.
const reportTargets = 15

// reportCells are the report's speaker × target cells, for the targets
// with most statements, the speakers' names mapped through canon.
func reportCells(t *targetTally, canon map[string]string) []report.Cell {
	rows := t.rows(canon, func(string, int) bool { return true })
	n := make(map[string]int)
	var targets []string
	for _, r := range rows {
		if n[r.Target] == 0 {
			targets = append(targets, r.Target)
		}
		n[r.Target] += r.Statements
	}
	slices.SortStableFunc(targets, func(a, b string) int { return n[b] - n[a] })
	keep := make(map[string]bool)
	for _, tg := range targets[:min(len(targets), reportTargets)] {
		keep[tg] = true
	}
	var cells []report.Cell
	for _, r := range rows {
		if keep[r.Target] {
			cells = append(cells, report.Cell{Speaker: r.Speaker, Target: r.Target, Statements: r.Statements, ToneMean: r.ToneMean})
		}
	}
	return cells
}

// writeScoreTargets writes score --targets: for each statement, its
// targets with the tone toward each, the phrase it was read from and the
// lexicon terms in it.
func writeScoreTargets(opts *scoreOptions, scorer *tone.Scorer, rows []scoreRow) error {
	x, err := newActors(scorer, opts.Actors)
	if err != nil {
		return err
	}
	targets := make([][]tone.Target, len(rows))
	for i, r := range rows {
		targets[i] = x.Targets(r.Text, opts.Speaker)
	}
	out := opts.f.out
	switch opts.Format {
	case formatCSV:
		var recs [][]string
		for i, r := range rows {
			for _, tg := range targets[i] {
				recs = append(recs, []string{strconv.Itoa(r.Line), cell(tg.Actor), cell(string(tg.Kind)), num(tg.Tone),
					cell(string(tg.Label)), num(tg.Cooperation), cell(tg.Text), cell(tone.FormatTerms(tg.Terms))})
			}
		}
		return writeCSV(out, scoreTargetColumns, recs)
	case formatJSON:
		js := make([]jsonScoreTargets, len(rows))
		for i, r := range rows {
			js[i] = jsonScoreTargets{Line: r.Line, Text: r.Text, Targets: make([]jsonTarget, len(targets[i]))}
			for k, tg := range targets[i] {
				js[i].Targets[k] = jsonTarget{Target: tg.Actor, Kind: string(tg.Kind), Mentions: tg.Mentions, Text: tg.Text,
					jsonScore: toJSONScore(tg.Score)}
			}
		}
		return writeJSON(out, js)
	default:
		header := []string{"target", "kind", "tone", "label", "words", "text"}
		align := alignment(6, 2)
		if len(rows) > 1 {
			header = append([]string{"line"}, header...)
			align = alignment(7, 0, 3)
		}
		t := newTable(out, header, align)
		n := 0
		for i, r := range rows {
			for _, tg := range targets[i] {
				row := []string{tg.Actor, string(tg.Kind), short(tg.Tone), string(tg.Label), termWords(tg.Terms), ellipsize(tg.Text, 60)}
				if len(rows) > 1 {
					row = append([]string{strconv.Itoa(r.Line)}, row...)
				}
				if err := t.Append(row); err != nil {
					return err
				}
				n++
			}
		}
		if n == 0 {
			_, err := fmt.Fprintln(out, "no targets found")
			return err
		}
		return t.Render()
	}
}

// termWords lists the terms that set a tone, with their weights:
// "ready to +0.35, hegemony -0.60".
func termWords(terms []tone.Term) string {
	parts := make([]string, len(terms))
	for i, t := range terms {
		parts[i] = fmt.Sprintf("%s %+.2f", t.Text, t.Weight)
	}
	return strings.Join(parts, ", ")
}

type jsonTarget struct {
	Target   string   `json:"target"`
	Kind     string   `json:"kind"`
	Mentions []string `json:"mentions"`
	Text     string   `json:"text"`
	jsonScore
}

type jsonScoreTargets struct {
	Line    int          `json:"line"`
	Text    string       `json:"text"`
	Targets []jsonTarget `json:"targets"`
}

package tone

import (
	"bufio"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// goldRow is one statement of a gold attribution file.
type goldRow struct {
	paragraph int
	speaker   string
	kind      Kind
	start     string // the statement text's first words
}

// readGold reads a gold TSV: paragraph, speaker, kind, start.
func readGold(t *testing.T, path string) []goldRow {
	t.Helper()
	fh, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	var rows []goldRow
	sc := bufio.NewScanner(fh)
	line := 0
	for sc.Scan() {
		line++
		if line == 1 || strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 4 {
			t.Fatalf("%s:%d: %d fields, want 4", path, line, len(f))
		}
		p, err := strconv.Atoi(f[0])
		if err != nil {
			t.Fatalf("%s:%d: paragraph %q", path, line, f[0])
		}
		rows = append(rows, goldRow{p, f[1], Kind(f[2]), f[3]})
	}
	return rows
}

// fold makes apostrophes and quotes comparable.
func fold(s string) string {
	return strings.NewReplacer("’", "'", "‘", "'").Replace(s)
}

// attributionCount is how a set of statements compares with gold rows.
type attributionCount struct {
	right, predicted, gold int
	misses                 []string // every gold row missed and every extra statement
}

func (c *attributionCount) add(o attributionCount) {
	c.right += o.right
	c.predicted += o.predicted
	c.gold += o.gold
	c.misses = append(c.misses, o.misses...)
}

// precision is the share of predicted statements that are right.
func (c attributionCount) precision() float64 {
	if c.predicted == 0 {
		return 0
	}
	return float64(c.right) / float64(c.predicted)
}

// recall is the share of gold statements found with the right speaker.
func (c attributionCount) recall() float64 {
	if c.gold == 0 {
		return 0
	}
	return float64(c.right) / float64(c.gold)
}

// attributionScore compares statements with gold rows: a statement is
// right when its paragraph, speaker and kind match a gold row and its text
// starts with the row's first words. Narration is not a prediction.
func attributionScore(got []Statement, gold []goldRow) attributionCount {
	used := make([]bool, len(got))
	c := attributionCount{gold: len(gold)}
	for _, s := range got {
		if s.Kind != Narration {
			c.predicted++
		}
	}
	for _, g := range gold {
		found := false
		for i, s := range got {
			if used[i] || s.Kind == Narration || s.Paragraph != g.paragraph {
				continue
			}
			if s.Speaker == g.speaker && s.Kind == g.kind && strings.HasPrefix(fold(s.Text), fold(g.start)) {
				used[i], found = true, true
				c.right++
				break
			}
		}
		if !found {
			c.misses = append(c.misses, "missed: "+strconv.Itoa(g.paragraph)+" "+g.speaker+" "+string(g.kind)+" "+g.start)
		}
	}
	for i, s := range got {
		if !used[i] && s.Kind != Narration {
			c.misses = append(c.misses, "extra: "+strconv.Itoa(s.Paragraph)+" "+s.Speaker+" "+string(s.Kind)+" "+s.Text)
		}
	}
	return c
}

// TestSampleGold checks every gold attribution of the sample report that
// `make run` analyzes.
func TestSampleGold(t *testing.T) {
	a, err := NewAttributor()
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join("..", "testdata", "sample")
	doc, err := os.ReadFile(filepath.Join(dir, "leaders-call.txt"))
	if err != nil {
		t.Fatal(err)
	}
	gold := readGold(t, filepath.Join(dir, "leaders-call.gold.tsv"))
	c := attributionScore(a.Attribute(string(doc)), gold)
	for _, m := range c.misses {
		t.Error(m)
	}
	t.Logf("precision %.3f recall %.3f over %d gold statements", c.precision(), c.recall(), c.gold)
}

func TestAttributeForms(t *testing.T) {
	a, err := NewAttributor()
	if err != nil {
		t.Fatal(err)
	}
	type want struct {
		speaker string
		kind    Kind
		start   string
	}
	tests := []struct {
		name string
		doc  string
		want []want
	}{
		{"cue after quote and short form",
			"Foreign Minister Sergei Lavrov met his counterpart.\n\n“We will not accept ultimatums of any kind,” Lavrov said.",
			[]want{{"Sergei Lavrov", Direct, "We will not accept"}}},
		{"inverted cue",
			"“The door to dialogue remains open to all,” said Ambassador Maria Lopez.",
			[]want{{"Maria Lopez", Direct, "The door to dialogue"}}},
		{"cue before with colon",
			"Lavrov said: “This is a dangerous path for everyone involved.”",
			[]want{{"Lavrov", Direct, "This is a dangerous"}}},
		{"reported with institution and capital",
			"Beijing said the move was a grave mistake. The Kremlin warned that it would respond.",
			[]want{{"China", Reported, "said the move"}, {"Kremlin", Reported, "warned that it"}}},
		{"described institution",
			"The Chinese side stressed that dialogue is the only way.",
			[]want{{"China", Reported, "stressed that dialogue"}}},
		{"pronoun",
			"Prime Minister Ana Silva arrived on Monday. She said the talks were useful.",
			[]want{{"Ana Silva", Reported, "said the talks"}}},
		{"floating quote",
			"“We will defend our sovereignty by every lawful means,” Silva said.\n\n“Nobody should doubt our resolve on this question.”",
			[]want{{"Silva", Direct, "We will defend"}, {"Silva", Direct, "Nobody should doubt"}}},
		{"uncued quote with nobody before is unknown",
			"“Nobody should doubt our resolve on this question.”",
			[]want{{Unknown, Direct, "Nobody should doubt"}}},
		{"scare quotes are narration",
			"The two sides signed a “no-limits” partnership in February.",
			nil},
		{"future tense is not a cue",
			"Xi Jinping warned that China will maintain its position.",
			[]want{{"Xi Jinping", Reported, "warned that China will"}}},
		{"transcript",
			"Mao Ning: Good afternoon. (Laughter.) I have one announcement.\nReuters: Does China oppose the sanctions?\nMao Ning: China firmly opposes unilateral sanctions.\nWe urge the US to stop.",
			[]want{{"Mao Ning", Turn, "Good afternoon. I have one"}, {"Reuters", Turn, "Does China oppose"}, {"Mao Ning", Turn, "China firmly opposes unilateral sanctions. We urge"}}},
		{"transcript labels",
			"MR MILLER: Good afternoon, everyone.\nQUESTION: Matt, on Ukraine?\nMR MILLER: We have nothing new.",
			[]want{{"Miller", Turn, "Good afternoon"}, {"journalist", Turn, "Matt, on"}, {"Miller", Turn, "We have nothing"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []want
			for _, s := range a.Attribute(tt.doc) {
				if s.Kind == Narration {
					continue
				}
				got = append(got, want{s.Speaker, s.Kind, s.Text})
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %d statements %q, want %d", len(got), got, len(tt.want))
			}
			for i := range got {
				w := tt.want[i]
				if got[i].speaker != w.speaker || got[i].kind != w.kind || !strings.HasPrefix(got[i].start, w.start) {
					t.Errorf("statement %d = %q, want %q", i+1, got[i], w)
				}
			}
		})
	}
}

package tone_test

import (
	"bufio"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/demarche/demarche/lexicon"
	"github.com/demarche/demarche/tone"
	"github.com/demarche/demarche/tone/naivebayes"
)

// TestDefaultScorer checks the scorer demarche ships (the embedded
// lexicon, the Naive Bayes model and the fitted weights) against the
// readings issue #4 asks for and the hand-labelled sentences of
// testdata/tone. The model takes a few hundred milliseconds to load, so
// the checks share one scorer.
func TestDefaultScorer(t *testing.T) {
	lex, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	nb, err := naivebayes.Load()
	if err != nil {
		t.Fatal(err)
	}
	s := tone.NewScorer(lex, nb)
	t.Run("issue readings", func(t *testing.T) { testIssueReadings(t, s) })
	t.Run("veiled threats", func(t *testing.T) { testVeiledThreats(t, s) })
	t.Run("aid's deliverers", func(t *testing.T) {
		// Those who deliver aid, named, give no tone; aid given does.
		if got := s.Score("Aid agencies said the famine was spreading."); got.Tone != 0 || strings.Contains(tone.FormatTerms(got.Terms), "aid:") {
			t.Errorf("aid agencies: tone %.3f, terms %s; want 0 and no aid:", got.Tone, tone.FormatTerms(got.Terms))
		}
		if got := s.Score("We will provide aid to the victims."); got.Label != tone.Cordial && got.Label != tone.Warm {
			t.Errorf("aid given: %s (tone %.3f, terms %s); want cordial or warm", got.Label, got.Tone, tone.FormatTerms(got.Terms))
		}
	})
	t.Run("litotes", func(t *testing.T) {
		// "less than" and "anything but" deny the praise after them: the
		// text reads neither cordial nor warm, and below the praise.
		for _, p := range [][2]string{
			{"The response was anything but friendly.", "The response was friendly."},
			{"The talks were less than constructive.", "The talks were constructive."},
		} {
			if got, praise := s.Score(p[0]), s.Score(p[1]); got.Tone >= praise.Tone || got.Label == tone.Cordial || got.Label == tone.Warm {
				t.Errorf("%q: %s (tone %.3f, terms %s); want neither cordial nor warm, and below %q (%.3f)", p[0], got.Label, got.Tone, tone.FormatTerms(got.Terms), p[1], praise.Tone)
			}
		}
	})
	t.Run("offensive of war", func(t *testing.T) {
		// The noun of war is a conflict event, which weighs less than the
		// insult the adjective is: a report of fighting reads less hostile
		// than an insult.
		for _, p := range [][2]string{
			{"The offensive of the armed group must stop.", "The remarks of the armed group are offensive."},
			{"The army pressed its offensive on the city.", "The army made offensive remarks about the city."},
		} {
			war, insult := s.Score(p[0]), s.Score(p[1])
			conflict := false
			for _, term := range war.Terms {
				conflict = conflict || term.Category == lexicon.Conflict && strings.Contains(term.Text, "offensive")
			}
			if !conflict || war.Tone <= insult.Tone {
				t.Errorf("%q: tone %.3f, terms %s; want a conflict term above %q (%.3f)", p[0], war.Tone, tone.FormatTerms(war.Terms), p[1], insult.Tone)
			}
		}
	})
	t.Run("a page turned", func(t *testing.T) {
		// Turning the page on a disagreement ends it: not critical.
		for _, text := range []string{
			"The two neighbours have turned the page on their past disagreements.",
			"The two countries have turned the page.",
		} {
			if got := s.Score(text); got.Tone < 0 {
				t.Errorf("%q: %s (tone %.3f, terms %s); want 0 or above", text, got.Label, got.Tone, tone.FormatTerms(got.Terms))
			}
		}
	})
	t.Run("formulas", func(t *testing.T) {
		// Diplomatic formulas a second round of new texts missed: a
		// breakthrough it is too early to speak of is none; an objection
		// in the strongest terms, a plan found unworkable and the
		// conclusions to be drawn are negative.
		for _, tt := range []struct {
			text string
			want []tone.Label
		}{
			{"Peskov said it was too early to speak of any breakthrough.", []tone.Label{tone.Neutral}},
			{"It is too early to talk about progress.", []tone.Label{tone.Neutral}},
			{"We object in the strongest terms to his treatment.", []tone.Label{tone.Hostile, tone.Critical}},
			{"The proposal was unworkable in its current form.", []tone.Label{tone.Hostile, tone.Critical}},
			{"His detention is deeply distressing.", []tone.Label{tone.Critical}},
			// A third round: a UN letter's closing request, a summit's
			// superlative, a courtship that is no war, and a plan found
			// maximalist.
			{"I should be grateful if the present letter could be circulated as a document of the Security Council.", []tone.Label{tone.Neutral}},
			{"Relations are at their highest level in history.", []tone.Label{tone.Cordial, tone.Warm}},
			{"The charm offensive in the Pacific is running into resistance.", []tone.Label{tone.Neutral}},
			{"The position was maximalist and unrealistic.", []tone.Label{tone.Hostile, tone.Critical}},
			// A fourth round: lifting a suspension is reconciliation; a
			// party said to have no standing is delegitimised.
			{"The ministers agreed to lift the suspension of the three states.", []tone.Label{tone.Cordial, tone.Warm}},
			{"They have no standing to lecture their neighbours.", []tone.Label{tone.Hostile, tone.Critical}},
			// A threat of regret, gratitude never forgotten (not a
			// victim's memory), bribes taken.
			{"If they touch one inch of our territory, they will regret it for a generation.", []tone.Label{tone.Hostile, tone.Critical}},
			{"These games will end badly for those who play them.", []tone.Label{tone.Hostile, tone.Critical}},
			{"The people of Kazakhstan would never forget this help.", []tone.Label{tone.Cordial, tone.Warm}},
			{"We will never forget the victims of this crime.", []tone.Label{tone.Neutral}},
			{"Aid convoys waited at checkpoints that exist only to extract bribes.", []tone.Label{tone.Hostile, tone.Critical}},
			// A commitment not given up; a statement stood by is no
			// support of anyone.
			{"We have not given up on consensus, and we will not give up.", []tone.Label{tone.Cordial, tone.Warm}},
			{"The representative said she stood by her statement.", []tone.Label{tone.Neutral}},
			// Not letting friends down is no hostility to them; standing
			// in the way of a ceasefire is blame.
			{"We will not let our friends down.", []tone.Label{tone.Neutral, tone.Cordial, tone.Warm}},
			{"Russia has chosen to stand in the way of a ceasefire.", []tone.Label{tone.Hostile, tone.Critical}},
			// An armed group's name is no support.
			{"Delegations of the army and the Rapid Support Forces met in Jeddah on Monday.", []tone.Label{tone.Neutral}},
		} {
			got := s.Score(tt.text)
			if !slices.Contains(tt.want, got.Label) {
				t.Errorf("%q: %s (tone %.3f, terms %s); want one of %v", tt.text, got.Label, got.Tone, tone.FormatTerms(got.Terms), tt.want)
			}
		}
		warning := s.Score("Moscow would draw the necessary conclusions if the talks stalled.")
		if warning.Tone >= 0 || !strings.Contains(tone.FormatTerms(warning.Terms), "necessary conclusions") {
			t.Errorf("the necessary conclusions: tone %.3f, terms %s; want below 0, from the formula", warning.Tone, tone.FormatTerms(warning.Terms))
		}
	})
	t.Run("own set", func(t *testing.T) { testOwnSet(t, s) })
	t.Run("UNSCon", func(t *testing.T) { testUNSCon(t, s) })
}

// testIssueReadings checks the readings issue #4 asks for, in its own
// words: the fit of the weights keeps them (tone/internal/fit uses the
// same sentences as constraints).
func testIssueReadings(t *testing.T, s *tone.Scorer) {
	negative := []tone.Label{tone.Hostile, tone.Critical}
	positive := []tone.Label{tone.Cordial, tone.Warm}
	tests := []struct {
		text string
		want []tone.Label
	}{
		{"We are deeply concerned.", negative},
		{"The two sides had a frank and candid exchange of views.", negative},
		{"The so-called leaders do not represent anyone.", negative},
		{"We urge the US side to stop arms sales to Taiwan.", negative},
		{"Immediately cease the attacks.", negative},
		{"Kindly stop the shelling.", negative},
		{"The Council welcomes the agreement but remains concerned about the violence.", negative},
		{"China is ready to deepen practical cooperation.", positive},
		{"Russia has never refused dialogue.", positive},
		{"We take note of the decision.", []tone.Label{tone.Neutral}},
	}
	for _, tt := range tests {
		got := s.Score(tt.text)
		ok := false
		for _, l := range tt.want {
			ok = ok || got.Label == l
		}
		if !ok {
			t.Errorf("%q: %s (tone %.3f, terms %s); want one of %v", tt.text, got.Label, got.Tone, tone.FormatTerms(got.Terms), tt.want)
		}
	}

	// Contrast: the clause after "but" outweighs the one before, whatever
	// the concern is about.
	for _, text := range []string{
		"The Council welcomes the agreement but remains concerned.",
		"We welcome the talks but remain deeply concerned.",
	} {
		if got := s.Score(text); got.Tone >= 0 {
			t.Errorf("%q: tone %.3f (terms %s); want below 0", text, got.Tone, tone.FormatTerms(got.Terms))
		}
	}

	// The concern ladder: note < concern < serious concern < grave concern.
	ladder := []string{
		"We note the report.",
		"We note with concern the report.",
		"We are concerned about the report.",
		"We have serious concerns about the report.",
		"We have grave concerns about the report.",
	}
	for i := 1; i < len(ladder); i++ {
		if a, b := s.Score(ladder[i-1]).Tone, s.Score(ladder[i]).Tone; !(b < a) {
			t.Errorf("concern ladder: %q (%.3f) is not below %q (%.3f)", ladder[i], b, ladder[i-1], a)
		}
	}

	// Politeness does not make a demand friendlier.
	for _, p := range [][2]string{
		{"We respectfully demand that the troops withdraw.", "We demand that the troops withdraw."},
		{"Kindly stop the shelling.", "Stop the shelling."},
	} {
		if polite, plain := s.Score(p[0]).Tone, s.Score(p[1]).Tone; polite > plain {
			t.Errorf("%q (%.3f) reads friendlier than %q (%.3f)", p[0], polite, p[1], plain)
		}
	}
}

// testVeiledThreats checks formulas of retaliation that name no weapon and
// no act, which ministries use in place of a threat: each is matched as a
// threat and reads negative. The same words in an ordinary sentence match
// nothing.
func testVeiledThreats(t *testing.T, s *tone.Scorer) {
	for _, text := range []string{
		"This crime will not go unanswered.",
		"Such provocations won't go unanswered.",
		"The attack will not remain unanswered.",
		"This aggression will not go unpunished.",
		"We reserve the right to respond.",
		"Our patience is not unlimited.",
		"Those who play with fire will perish by it.",
		"They will pay dearly for this.",
	} {
		got := s.Score(text)
		threat := false
		for _, term := range got.Terms {
			threat = threat || term.Category == lexicon.Threat
		}
		if !threat || (got.Label != tone.Hostile && got.Label != tone.Critical) {
			t.Errorf("%q: %s (tone %.3f, terms %s); want a threat term and a hostile or critical reading", text, got.Label, got.Tone, tone.FormatTerms(got.Terms))
		}
	}
	for _, text := range []string{
		"No question will go unanswered at the briefing.",
		"The letter has gone unanswered for a month.",
	} {
		if got := s.Score(text); len(got.Terms) != 0 {
			t.Errorf("%q: terms %s; want none", text, tone.FormatTerms(got.Terms))
		}
	}
}

// ownSetMacroF1 is the macro-F1 demarche reached on testdata/tone when
// its constants were fitted (docs/TONE.md); the test fails below it.
const ownSetMacroF1 = 0.85

// testOwnSet runs the eval logic over the hand-labelled sentences of
// testdata/tone, written before the constants were fitted.
func testOwnSet(t *testing.T, s *tone.Scorer) {
	path := filepath.Join("..", "testdata", "tone", "sentences.tsv")
	var gold []string
	var scores []tone.Score
	readTSV(t, path, false, func(line int, f []string) {
		if line == 1 {
			if strings.Join(f, ",") != "label,rule,text" {
				t.Fatalf("%s:1: header %q", path, strings.Join(f, "\t"))
			}
			return
		}
		if len(f) != 3 || !tone.NegNeuPos.Has(f[0]) {
			t.Fatalf("%s:%d: malformed row %q", path, line, strings.Join(f, "\t"))
		}
		gold = append(gold, f[0])
		scores = append(scores, s.Score(f[2]))
	})
	if len(gold) < 200 {
		t.Fatalf("%s has %d sentences; the issue asks for at least 200", path, len(gold))
	}
	d, nb, err := tone.EvaluateScores(tone.NegNeuPos, gold, scores)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("demarche: macro-F1 %.4f accuracy %.4f AUC %.4f; naive bayes alone: macro-F1 %.4f",
		d.Confusion.MacroF1(), d.Confusion.Accuracy(), d.AUC, nb.Confusion.MacroF1())
	if got := d.Confusion.MacroF1(); got < ownSetMacroF1 {
		t.Errorf("macro-F1 on %s is %.4f, below the %.2f reached when the weights were fitted", path, got, ownSetMacroF1)
	}
}

// The conflict figures demarche reached on UNSCon's development half when
// its constants were fitted (docs/TONE.md); testUNSCon fails below them.
// Issue #4 asks for F1 0.65, precision and recall 0.55 and ROC AUC 0.82.
const (
	unsconF1        = 0.65
	unsconPrecision = 0.55
	unsconRecall    = 0.80
	unsconAUC       = 0.83
)

// testUNSCon runs the eval logic over UNSCon's development half
// (../shared/data/unscon-dev.tsv, or DEMARCHE_UNSCON), which is read where
// it lies and never copied into the repository; it is skipped when the file
// is absent.
func testUNSCon(t *testing.T, s *tone.Scorer) {
	path := tone.UNSConPath()
	var gold []string
	var scores []tone.Score
	readTSV(t, path, true, func(line int, f []string) {
		if len(f) != 5 {
			t.Fatalf("%s:%d: %d fields; want 5", path, line, len(f))
		}
		if line > 1 {
			gold = append(gold, f[2])
			scores = append(scores, s.Score(f[4]))
		}
	})
	d, _, err := tone.EvaluateScores(tone.ConflictNone, gold, scores)
	if err != nil {
		t.Fatal(err)
	}
	c := d.Confusion.Class(0)
	if c.Class != "conflict" {
		t.Fatalf("class 0 is %q; want conflict", c.Class)
	}
	t.Logf("%d sentences: conflict F1 %.4f precision %.4f recall %.4f, ROC AUC %.4f", len(gold), c.F1, c.Precision, c.Recall, d.AUC)
	for _, m := range []struct {
		name      string
		got, want float64
	}{
		{"F1", c.F1, unsconF1},
		{"precision", c.Precision, unsconPrecision},
		{"recall", c.Recall, unsconRecall},
		{"ROC AUC", d.AUC, unsconAUC},
	} {
		if m.got < m.want {
			t.Errorf("conflict %s on %s is %.4f, below the %.2f reached when the weights were fitted", m.name, path, m.got, m.want)
		}
	}
}

// readTSV calls row with the number and the tab-separated fields of every
// line of the file at path, header included. An optional file that is
// absent skips the test.
func readTSV(t *testing.T, path string, optional bool, row func(line int, fields []string)) {
	t.Helper()
	fh, err := os.Open(path)
	if optional && os.IsNotExist(err) {
		t.Skipf("%s not found; set DEMARCHE_UNSCON to measure", path)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for line := 1; sc.Scan(); line++ {
		row(line, strings.Split(sc.Text(), "\t"))
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}

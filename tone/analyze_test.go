package tone

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sync"
	"testing"
)

// TestAnalyzerReusesBuffers checks that the arrays one document leaves to
// the next (docBuffers, scoring's working memory included) change no
// result: documents of different kinds and lengths, analyzed one after
// another and from several goroutines at once by one Analyzer, give what
// a new Analyzer gives for each alone, and keep it once others follow.
func TestAnalyzerReusesBuffers(t *testing.T) {
	a, err := NewAttributor()
	if err != nil {
		t.Fatal(err)
	}
	sc := defaultScorer(t) // the model too: its word caches go from document to document
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "attribution", "*.txt"))
	if err != nil || len(paths) < 5 {
		t.Fatalf("attribution documents: %d, %v", len(paths), err)
	}
	docs := []string{
		"MR MILLER: Good afternoon.\nQ: A question?\nMR MILLER: An answer.\n",
		"One line.",
		"",
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, string(b))
	}
	// The longest first, then the shortest: each size follows the others.
	long := slices.Repeat(docs[3:], 3)
	docs = append(docs, joinDocs(long))
	want := make([][]Scored, len(docs))
	for i, d := range docs {
		want[i] = NewAnalyzer(a, sc).Analyze(d)
	}

	an := NewAnalyzer(a, sc)
	order := make([]int, 0, 2*len(docs))
	for i := range docs {
		order = append(order, len(docs)-1-i)
	}
	for i := range docs {
		order = append(order, i)
	}
	got := make([][]Scored, len(order))
	for k, i := range order {
		if got[k] = an.Analyze(docs[i]); !reflect.DeepEqual(got[k], want[i]) {
			t.Fatalf("document %d, analyzed after others: %d statements differ from a new analyzer's %d", i, len(got[k]), len(want[i]))
		}
	}
	// What the analyzer handed out stays as it was: its memory is the
	// caller's, not the next document's.
	for k, i := range order {
		if !reflect.DeepEqual(got[k], want[i]) {
			t.Fatalf("document %d changed once the documents after it were analyzed", i)
		}
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for k := range order {
				i := order[(k+g*3)%len(order)]
				if got := an.Analyze(docs[i]); !reflect.DeepEqual(got, want[i]) {
					t.Errorf("goroutine %d, document %d: statements differ from a new analyzer's", g, i)
					return
				}
			}
		})
	}
	wg.Wait()
}

// TestAnalyzerForgetsDocuments checks that nothing a document's state
// learnt reaches the next document on the same buffers (see
// docState.empty): each row's document gives the same statements after
// its before document as alone, where the state before left would
// change them. Each row fails when empty keeps what its name says.
func TestAnalyzerForgetsDocuments(t *testing.T) {
	a, err := NewAttributor()
	if err != nil {
		t.Fatal(err)
	}
	x := newTestActors(t) // speakers' countries: the affiliator is kept too
	newAnalyzer := func() *Analyzer { return NewAnalyzer(a, x.scorer).WithActors(x, true) }
	tests := []struct {
		name, before, doc string
		speakers          []string // of the document alone
	}{
		// A word met in lower case is no name: "Halvard" stays a name.
		{"lowered", "The halvard of the port was closed, and the halvard stayed shut.\n",
			"\"We will not yield,\" Halvard said.\n", []string{"Halvard"}},
		// The words recorded so far: the document's "halvard" is its own.
		{"recorded words", "The halvard of the port was closed.\n",
			"\"We will not yield,\" Halvard said.\n\nThe halvard was shut.\n", []string{Unknown, ""}},
		{"last speaker", "Foreign Minister Odile Brandt said the talks had failed.\n",
			"They said the talks would resume.\n", []string{Unknown}},
		{"floating speaker", "\"Peace matters,\" said Foreign Minister Odile Brandt. \"We will hold firm.\"\n",
			"\"We will hold firm.\"\n", []string{Unknown}},
		{"last institution", "The Foreign Ministry said the talks had failed.\n",
			"It said the talks would resume.\n", []string{""}},
		{"people", "Foreign Minister Odile Brandt said the talks had failed.\n",
			"Brandt said the talks would resume.\n", []string{"Brandt"}},
		{"male", "Mr Dana Okafor spoke first.\n",
			"Dana Okafor and Marek Holt met on Monday.\n\n\"We will not yield,\" she said.\n", []string{"", "Dana Okafor"}},
		{"female", "Ms Marek Holt spoke first.\n",
			"Marek Holt and Dana Okafor met on Monday.\n\n\"We will not yield,\" he said.\n", []string{"", "Marek Holt"}},
		// What the last document said of a speaker: "Norwegian".
		{"speaker's country", "Norwegian Foreign Minister Ingrid Solberg said the talks had failed.\n",
			"\"We will hold firm,\" said Ingrid Solberg.\n", []string{"Ingrid Solberg"}},
		{"roles", "President: Mr. Kofi Osei (Ghana)\n\nThe PRESIDENT: The meeting is open.\n",
			"The PRESIDENT: The meeting is open.\n\nThe PRESIDENT: We adjourn.\n", []string{"President", "President"}},
	}
	speakers := func(ss []Scored) []string {
		out := make([]string, len(ss))
		for i, s := range ss {
			out[i] = s.Speaker
			if s.SpeakerCountry != "" {
				out[i] += " (" + s.SpeakerCountry + ")"
			}
		}
		return out
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := newAnalyzer().Analyze(tt.doc)
			if got := speakers(want); !slices.Equal(got, tt.speakers) {
				t.Fatalf("alone: speakers %q, want %q", got, tt.speakers)
			}
			an := newAnalyzer()
			an.Analyze(tt.before)
			if got := an.Analyze(tt.doc); !reflect.DeepEqual(got, want) {
				t.Errorf("after %q: speakers %q, alone %q", tt.before, speakers(got), tt.speakers)
			}
		})
	}
}

// joinDocs joins documents into one text, a blank line between each.
func joinDocs(docs []string) string {
	var s string
	for _, d := range docs {
		s += d + "\n\n"
	}
	return s
}

// TestTurnGoesOn checks the text of transcript turns that go on over
// paragraphs without a label: each turn's paragraphs joined by a space,
// however many there are and whichever turn came between (issue #6
// gathers them and joins them once).
func TestTurnGoesOn(t *testing.T) {
	a, err := NewAttributor()
	if err != nil {
		t.Fatal(err)
	}
	doc := "Mao Ning: Good afternoon.\n\nThe first announcement is this.\n\nThe second is that.\n\n" +
		"Reuters: Does China oppose the sanctions?\n\n" +
		"Mao Ning: China firmly opposes them.\n\nWe urge restraint.\n\n" +
		"AFP: One more?\n\nMao Ning: No."
	type turn struct{ speaker, text string }
	want := []turn{
		{"Mao Ning", "Good afternoon. The first announcement is this. The second is that."},
		{"Reuters", "Does China oppose the sanctions?"},
		{"Mao Ning", "China firmly opposes them. We urge restraint."},
		{"AFP", "One more?"},
		{"Mao Ning", "No."},
	}
	var got []turn
	for _, s := range a.Attribute(doc) {
		if s.Kind == Turn {
			got = append(got, turn{s.Speaker, s.Text})
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("turns:\n got %q\nwant %q", got, want)
	}
}

// TestStateAfterBigTables checks that the state of a document whose
// tables docState.empty dropped (a long text's, with more than
// keptEntries names) is made whole again for the next document: the
// maps a short document writes exist (prepare), and it reads as it
// does with a new state.
func TestStateAfterBigTables(t *testing.T) {
	a, err := NewAttributor()
	if err != nil {
		t.Fatal(err)
	}
	var b docBuffers
	st := &b.state
	st.prepare(0)
	for i := range keptEntries + 1 {
		w := fmt.Sprint("name", i)
		st.isName[w], st.withWord[w], st.roles[w], st.lowered[w] = true, nil, w, true
	}
	b.reset()
	doc := "Foreign Minister Dana Okafor said the talks had failed.\n\n\"We will hold firm,\" she said.\n"
	got, _, _ := a.attribute(doc, "", &b)
	if want := a.Attribute(doc); !reflect.DeepEqual(got, want) {
		t.Errorf("after a state with big tables: %v, want %v", got, want)
	}
}

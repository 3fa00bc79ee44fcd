package tone

import (
	"strings"
	"testing"
)

// TestHeadlines checks how many of a document's first paragraphs are its
// headline lines.
func TestHeadlines(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		want int
	}{
		{"title", "Lavrov warns West over missiles\n\nSergei Lavrov said on Monday that Moscow would respond.", 1},
		{"title, byline and date", "Lavrov warns West\n\nBy Ana Ruiz\n\n3 March 2025\n\nSergei Lavrov said on Monday that Moscow would respond.", 3},
		{"no headline", "Sergei Lavrov said on Monday that Moscow would respond.\n\nHe did not say how.", 0},
		{"only lines", "Lavrov warns West\n\nXi meets Putin\n\nTalks end in Doha", 0},
		{"one line", "Lavrov warns West", 0},
		{"speech heading", "Statement by Ana Ruiz, Minister for Foreign Affairs of Chile\n\nMr. President,\n\nChile supports the resolution.", 0},
		{"a long first paragraph", strings.Repeat("word ", 70) + "\n\nSergei Lavrov said that Moscow would respond.", 0},
		{"too many lines", strings.Repeat("A line\n\n", headlineParas+2) + "Sergei Lavrov said that Moscow would respond.", 0},
		{"most lines", strings.Repeat("A line\n\n", headlineParas) + "Sergei Lavrov said that Moscow would respond.", headlineParas},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			paras := splitParagraphs(Normalize(tt.doc))
			if got := headlines(paras); got != tt.want {
				t.Errorf("headlines = %d, want %d", got, tt.want)
			}
		})
	}
}

// TestTitleCased checks the test of a line set in title case.
func TestTitleCased(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Foreign Minister Wang Lei Holds Talks with Brazilian Foreign Minister Ana Costa", true},
		{"Security Council Fails to Adopt Draft Resolution on Maritime Ceasefire", true},
		{"Xi warns Putin the path to peace is not smooth", false},
		{"Xi and Putin meet in Moscow", false},
		{"Xi Warns the EU", false}, // fewer than three long words capitalized
		{"Lavrov Warns Western Capitals", true},
	}
	for _, tt := range tests {
		toks, src := tokenize(tt.line)
		if got := titleCased(src, toks); got != tt.want {
			t.Errorf("titleCased(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestHeadlineStatements checks that a news report's headline lines give
// no statement, and that a headline in title case lends no ordinary word
// to a name.
func TestHeadlineStatements(t *testing.T) {
	checkSaid(t, []saidCase{
		{
			"a headline with a verb of speech",
			"Lavrov warns West over missile deployments\n\nRussian Foreign Minister Sergei Lavrov said on Monday that Moscow would respond.",
			[]string{"Sergei Lavrov: said on Monday that Moscow would respond."},
		},
		{
			// "Meets" is a headline verb, which the text below does not use.
			"title case: a verb is no name",
			"Foreign Minister Ana Ruiz Meets Kenyan Cabinet Secretary Grace Wanjiru\n\n" +
				"The two ministers met in Lima.\n\nRuiz said the meeting had been useful.",
			[]string{"Ana Ruiz: said the meeting had been useful."},
		},
		{
			// "Says" starts a cue.
			"title case: a verb of speech is no name",
			"Chilean Foreign Minister Ana Ruiz Says Yes to Summit\n\n" +
				"The two ministers met in Lima.\n\nRuiz said the meeting had been useful.",
			[]string{"Ana Ruiz: said the meeting had been useful."},
		},
		{
			// "Talks" and "Trade" are written in lower case below.
			"title case: a word written in lower case is no name",
			"Foreign Minister Ana Ruiz Talks Trade in Lima\n\n" +
				"The talks on trade lasted two days.\n\nRuiz said the talks had been useful.",
			[]string{"Ana Ruiz: said the talks had been useful."},
		},
		{
			"title case: a name given whole only in the headline",
			"Interview with Foreign Minister Ana Ruiz on the Andean Summit\n\n" +
				"The minister spoke to us in Lima.\n\nRuiz said the summit had been useful.",
			[]string{"Ana Ruiz: said the summit had been useful."},
		},
	})
}

// TestHeadlineTokensRestored checks that the name flags a title-case
// headline clears while names are read are set again: the paragraph's
// tokens are what tokenizing its text gives.
func TestHeadlineTokensRestored(t *testing.T) {
	a, err := NewAttributor()
	if err != nil {
		t.Fatal(err)
	}
	head := "Foreign Minister Wang Lei Holds Talks with Kenyan Cabinet Secretary Grace Wanjiru"
	doc := head + "\n\nWang Lei held talks with Grace Wanjiru in Beijing."
	_, _, paras := a.attribute(Normalize(doc), "", new(docBuffers))
	want, src := tokenize(head)
	got := paras[0].tokens()
	if len(got) != len(want) {
		t.Fatalf("%d tokens, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i].name != want[i].name {
			t.Errorf("token %q: name %v, want %v", want[i].text(src), got[i].name, want[i].name)
		}
	}
}

// TestAgentPronouns checks that "he" or "she" after an unnamed person who
// speaks for a state or body ("the representative of France") is that
// state or body, unless a person is named after them.
func TestAgentPronouns(t *testing.T) {
	checkSaid(t, []saidCase{
		{
			"a country's representative",
			"The representative of France said the veto was regrettable. “This is a sad day,” he said.",
			[]string{"France: said the veto was regrettable.", "France: This is a sad day"},
		},
		{
			"an embassy's spokesperson",
			"A spokesperson for the Chinese embassy said the vessel had acted lawfully. She added that Beijing would not accept provocations.",
			[]string{"Chinese Embassy: said the vessel had acted lawfully.", "Chinese Embassy: added that Beijing would not accept provocations."},
		},
		{
			"the next paragraph",
			"The French representative said the vote was a mistake.\n\nHe said his country would not give up.",
			[]string{"France: said the vote was a mistake.", "France: said his country would not give up."},
		},
		{
			"a person named after the agent",
			"The representative of Brazil said the text was balanced. Foreign Minister Ana Costa of Chile said the text was weak. She said more talks were needed.",
			[]string{"Brazil: said the text was balanced.", "Ana Costa: said the text was weak.", "Ana Costa: said more talks were needed."},
		},
		{
			"a person named before the agent",
			"Foreign Minister Ana Costa of Chile said the text was weak. The representative of Brazil said the text was balanced. He said more talks were needed.",
			[]string{"Ana Costa: said the text was weak.", "Brazil: said the text was balanced.", "Brazil: said more talks were needed."},
		},
	})
}

// TestIntroducedQuotations checks a press release's "X said:" with the
// quotation in the paragraph below: one statement, the quotation's, where
// the cue was a reported statement of its own, "said:".
func TestIntroducedQuotations(t *testing.T) {
	checkSaid(t, []saidCase{{
		"a press release",
		"The UK has today announced sanctions against 20 oil traders.\n\n" +
			"Foreign Secretary David Lammy said:\n\n“Putin’s war machine is running out of road.”\n\n" +
			"Chancellor Rachel Reeves said:\n\n“These sanctions will hit the Kremlin where it hurts.”",
		[]string{"United Kingdom: announced sanctions against 20 oil traders.",
			"David Lammy: Putin’s war machine is running out of road.",
			"Rachel Reeves: These sanctions will hit the Kremlin where it hurts."},
	}})
}

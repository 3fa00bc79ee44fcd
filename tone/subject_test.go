package tone

import "testing"

// TestClauseOrAux checks that the filters before clauseWords, verbAux
// and introWords let every one of their words through (they may only
// answer "no" for a word in none), and turn away common words in none
// (issue #6).
func TestClauseOrAux(t *testing.T) {
	for _, tt := range []struct {
		name   string
		filter *wordFilter
		sets   []map[string]bool
		away   []string // common words in none of the sets
	}{
		{"clauseOrAux", clauseOrAux, []map[string]bool{clauseWords, verbAux}, nil},
		{"introFilter", introFilter, []map[string]bool{introWords}, nil},
		{"nounDetFilter", nounDetFilter, []map[string]bool{nounDeterminers}, []string{"china", "minister", "foreign", "said", "russia's"}},
		{"beforeCue", beforeCue, []map[string]bool{modals, auxiliaries, timeNouns, timeWords, beForms}, []string{"the", "minister", "foreign", "china", "russia's"}},
	} {
		if tt.away == nil {
			tt.away = []string{"the", "minister", "foreign", "of", "said", "china"}
		}
		for _, set := range tt.sets {
			for w := range set {
				if !tt.filter.mayHave(w) {
					t.Errorf("%s.mayHave(%q) = false, want true", tt.name, w)
				}
			}
		}
		for _, w := range tt.away {
			if tt.filter.mayHave(w) {
				t.Errorf("%s.mayHave(%q) = true, want false", tt.name, w)
			}
		}
	}
}

// TestIsDeterminer checks the switch that took the place of a map of
// determiners (issue #6): every determiner, and words that are none.
func TestIsDeterminer(t *testing.T) {
	for _, w := range []string{"the", "a", "an", "its", "their", "his", "her", "this", "these", "those",
		"several", "senior", "top", "my", "our", "your", "one", "two", "three", "four", "five", "six",
		"seven", "eight", "nine", "ten", "dozens"} {
		if !isDeterminer(w) {
			t.Errorf("isDeterminer(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"", "The", "th", "then", "they", "china", "minister", "said", "russia's", "eleven", "dozen", "some"} {
		if isDeterminer(w) {
			t.Errorf("isDeterminer(%q) = true, want false", w)
		}
	}
}

// TestQualifiedTitles checks that a title qualified by a state ("the
// Russian president", "Finland's president") goes to a holder of that
// state's, or one whose state the text does not say, never to another
// state's.
func TestQualifiedTitles(t *testing.T) {
	const two = "Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on Monday. "
	checkSaid(t, []saidCase{
		{
			"the other of two presidents",
			two + "Xi said the talks were useful. The Russian president said they were frank.",
			[]string{"Xi Jinping: said the talks were useful.", "Vladimir Putin: said they were frank."},
		},
		{
			"a possessive",
			two + "Xi said the talks were useful. Russia's president said they were frank.",
			[]string{"Xi Jinping: said the talks were useful.", "Vladimir Putin: said they were frank."},
		},
		{
			// An official of a named state whom the text does not name
			// speaks for the state.
			"no president of that state",
			two + "Xi said the talks were useful. The Finnish president said they were frank. He said more.",
			[]string{"Xi Jinping: said the talks were useful.", "Finland: said they were frank.", "Finland: said more."},
		},
		{
			"a title of no state",
			two + "Xi said the talks were useful. The president said they were frank.",
			[]string{"Xi Jinping: said the talks were useful.", "Xi Jinping: said they were frank."},
		},
		{
			"a state after the name",
			"President Matti Koskinen of Finland met Russian President Vladimir Putin. Putin said the talks were useful. The Finnish president said they were frank.",
			[]string{"Vladimir Putin: said the talks were useful.", "Matti Koskinen: said they were frank."},
		},
		{
			"a state after the name, with two holders",
			"President Matti Koskinen of Finland met President Lena Berg. Berg said the talks were useful. The Finnish president said they were frank.",
			[]string{"Lena Berg: said the talks were useful.", "Matti Koskinen: said they were frank."},
		},
		{
			// The state is said with the short name only.
			"a state said with the short name",
			"President Xi Jinping met President Vladimir Putin in Moscow. Later, Russian President Putin said the talks were useful. " +
				"Xi said they were frank. The Russian president said more.",
			[]string{"Vladimir Putin: said the talks were useful.", "Xi Jinping: said they were frank.", "Vladimir Putin: said more."},
		},
		{
			"a holder whose state is not said",
			"President Matti Koskinen met Russian President Vladimir Putin. Putin said the talks were useful. The Finnish president said they were frank.",
			[]string{"Vladimir Putin: said the talks were useful.", "Matti Koskinen: said they were frank."},
		},
		{
			"a state's leader",
			two + "The Chinese leader said the talks were useful. The Russian leader said they were frank. The Finnish leader said more.",
			[]string{"Xi Jinping: said the talks were useful.", "Vladimir Putin: said they were frank.", "Finland: said more."},
		},
		{
			"someone called a leader",
			"Opposition leader Ana Ruiz met President Tomas Berg. Berg said the talks were useful. The leader said they were frank.",
			[]string{"Tomas Berg: said the talks were useful.", "Ana Ruiz: said they were frank."},
		},
		{
			// Ireland's head of government and deputy have titles of
			// their own.
			"Irish titles",
			"Irish Taoiseach Micheál Martin said Ireland remained neutral. The Taoiseach said more. Tánaiste Simon Harris said the same.",
			[]string{"Micheál Martin: said Ireland remained neutral.", "Micheál Martin: said more.", "Simon Harris: said the same."},
		},
		{
			// The state as a complement, as readouts write it.
			"the title of a state",
			two + "Xi said the talks were useful. The President of Russia said they were frank. The President of the People's Republic of China said more.",
			[]string{"Xi Jinping: said the talks were useful.", "Vladimir Putin: said they were frank.", "Xi Jinping: said more."},
		},
		{
			"the title of a state that has no holder",
			"Chinese President Xi Jinping held a call. The President of Russia congratulated his counterpart. The Minister of Foreign Affairs of Japan said more.",
			[]string{"Russia: congratulated his counterpart.", "Japan: said more."},
		},
		{
			// The text gives them no title: the actor gazetteer's
			// offices say who holds which, for names alone too.
			"holders by the gazetteer",
			"Putin and Erdogan spoke by phone. The Russian president said the deal was dead. The Turkish leader said it was not. The President of Russia said more.",
			[]string{"Putin: said the deal was dead.", "Erdogan: said it was not.", "Putin: said more."},
		},
		{
			"a foreign minister by the gazetteer",
			"Sergei Lavrov met Hakan Fidan in Ankara. The Russian foreign minister said the talks were useful. The President of Turkey said more.",
			[]string{"Sergei Lavrov: said the talks were useful.", "Turkey: said more."},
		},
		{
			// The text's state for a person comes first.
			"a holder of another state by the text",
			"Finnish President Vladimir Putin met Erdogan. The Russian president said the talks were useful.",
			[]string{"Russia: said the talks were useful."},
		},
		{
			// A name after "in" or "at" with no title is a place: "she"
			// is not New York.
			"a place after in",
			"Priya Venkataraman, an analyst, spoke. Banks with networks in New York were the most exposed, she said.",
			[]string{"Priya Venkataraman: Banks with networks in New York were the most exposed"},
		},
		{
			// No one's name follows "the": the place an envoy is sent
			// to is no envoy.
			"an envoy for a place",
			"An envoy for the Sahel spoke on Monday. The envoy said she was hopeful.",
			[]string{"unknown: said she was hopeful."},
		},
		{
			// The title before "for" and its complement is the holder's
			// in apposition.
			"a title for a place or body, its holder after the comma",
			"The UN special envoy for the Sahel, Amara Diallo, spoke on Monday. The envoy said she was hopeful. " +
				"A spokeswoman for the European Commission, Nabila Massrali, spoke. The spokeswoman called the talks useful.",
			[]string{"Amara Diallo: said she was hopeful.", "Nabila Massrali: called the talks useful."},
		},
		{
			// Jon Reyes is sent to China: not China's ambassador.
			"an envoy's posting",
			"Chinese Ambassador Li Wei spoke after Ambassador to China Jon Reyes. The Chinese ambassador said the talks were useful.",
			[]string{"Li Wei: said the talks were useful."},
		},
	})
}

// TestPossessiveInStateName checks that a state whose name holds a
// possessive is not cut at it: "the People's Republic of China" is China,
// not a people's "Republic of China" (Taiwan), as its subject, as the
// owner of an office and in a title's complement.
func TestPossessiveInStateName(t *testing.T) {
	checkSaid(t, []saidCase{
		{
			"the state",
			"The People's Republic of China said the drills were legitimate. The Republic of China said they were not.",
			[]string{"China: said the drills were legitimate.", "Taiwan: said they were not."},
		},
		{
			"an unnamed official of it",
			"The Ambassador of the People's Republic of China said the drills were legitimate.",
			[]string{"China: said the drills were legitimate."},
		},
		{
			"its own possessive",
			"The People's Republic of China's foreign ministry said the drills were legitimate.",
			[]string{"Chinese Foreign Ministry: said the drills were legitimate."},
		},
	})
}

// TestSharedSurname checks that a word two people's names share ("Wang")
// is the one mentioned last, or the subject of the sentence that names
// both.
func TestSharedSurname(t *testing.T) {
	checkSaid(t, []saidCase{
		{
			"the one named last",
			"Foreign Minister Wang Yi met his Japanese counterpart. Wang said China hoped for stable ties.\n\n" +
				"Later, spokesman Wang Wenbin told reporters that the meeting was candid. Wang added that Japan should stop hyping the issue.",
			[]string{"Wang Yi: said China hoped for stable ties.", "Wang Wenbin: told reporters that the meeting was candid.",
				"Wang Wenbin: added that Japan should stop hyping the issue."},
		},
		{
			"the subject of a sentence that names both",
			"President Pavel Mensah and Foreign Minister Ingrid Mensah met on Monday. Mensah said the talks were useful.",
			[]string{"Pavel Mensah: said the talks were useful."},
		},
	})
}

// TestArabicNames checks that a later short form of a name whose last
// word has the Arabic article ("al-Sisi") is the same person, with or
// without the article, and that religious titles are titles.
func TestArabicNames(t *testing.T) {
	checkSaid(t, []saidCase{
		{
			"the article dropped and changed",
			"Egyptian President Abdel Fattah al-Sisi met the envoy. Sisi said Egypt would mediate. El-Sisi said more.",
			[]string{"Abdel Fattah al-Sisi: said Egypt would mediate.", "Abdel Fattah al-Sisi: said more."},
		},
		{
			"religious titles",
			"Grand Ayatollah Ali al-Sistani urged calm. Sistani said more. Hezbollah leader Sayyed Hassan Nasrallah warned of war.",
			[]string{"Ali al-Sistani: urged calm.", "Ali al-Sistani: said more.", "Hassan Nasrallah: warned of war."},
		},
	})
}

// TestAdverbNoName checks that a modifier of the lexicon ending in "-ly"
// that opens a sentence is no speaker's name, while a name of that ending
// is one.
func TestAdverbNoName(t *testing.T) {
	checkSaid(t, []saidCase{
		{"an intensifier", "Strongly condemns the attacks.", []string{}},
		{"a booster", "Firmly rejects the claims.", []string{}},
		{"a name", "Kelly condemns the attacks.", []string{"Kelly: condemns the attacks."}},
	})
}

// TestOrganisationsOfficials checks that unnamed officials of an
// organisation the gazetteer knows speak for it, as a state's do, and
// that a holder the text names is still the holder.
func TestOrganisationsOfficials(t *testing.T) {
	checkSaid(t, []saidCase{
		{
			"before the description",
			"The G7 foreign ministers said in a joint statement that they were concerned. " +
				"EU leaders said the sanctions would stay in place. ASEAN foreign ministers called for restraint.",
			[]string{"G7: said in a joint statement that they were concerned.", "European Union: said the sanctions would stay in place.", "ASEAN: called for restraint."},
		},
		{
			// Its members, in capitals as the UN and the EU write them;
			// with no organisation, no one.
			"member states",
			"EU Member States said they would coordinate. NATO member states called for restraint. " +
				"Several Member States expressed concern. Member states said the text was balanced.",
			[]string{"European Union: said they would coordinate.", "NATO: called for restraint.", "unknown: expressed concern.",
				"unknown: said the text was balanced."},
		},
		{
			"after it",
			"Foreign ministers of the Group of Seven warned against any attempt to change the status quo.",
			[]string{"G7: warned against any attempt to change the status quo."},
		},
		{
			// An organisation named in full, its "of" and all.
			"a full name with of",
			"The Economic Community of West African States said the bloc welcomed the visit. " +
				"A spokesperson for the Economic Community of West African States said more.",
			[]string{"ECOWAS: said the bloc welcomed the visit.", "ECOWAS: said more."},
		},
		{
			// A body's press statement: all its members are the body;
			// they are no body of their own.
			"members of a body",
			"The members of the Security Council condemned the attack. They called for restraint. " +
				"Members of the Security Council expressed condolences. Members of parliament said more.",
			[]string{"UN Security Council: condemned the attack.", "UN Security Council: called for restraint.",
				"UN Security Council: expressed condolences.", "unknown: said more."},
		},
		{
			"an office, its holder unnamed",
			"The NATO Secretary-General said the alliance was united. He said it would not be divided.",
			[]string{"NATO: said the alliance was united.", "NATO: said it would not be divided."},
		},
		{
			"an office, its holder named",
			"NATO Secretary-General Mark Rutte met the ministers. The NATO Secretary-General said the alliance was united.",
			[]string{"Mark Rutte: said the alliance was united."},
		},
		{
			"no organisation",
			"The two leaders said the talks were useful. Western officials said they were frank.",
			[]string{"unknown: said the talks were useful.", "unknown: said they were frank."},
		},
	})
}

// TestStateDescriptions checks a state's description with its state
// after "of" ("the government of Japan"), which went to the last country
// named, and a delegate's own government in the first person, which is
// the delegate speaking, not another statement.
func TestStateDescriptions(t *testing.T) {
	checkSaid(t, []saidCase{
		{
			"the state after of",
			"Ukraine asked for more help. The government of Japan said it would help. " +
				"The Government of Ukraine said the talks had failed. The delegation of Ukraine said otherwise.",
			[]string{"Japan: said it would help.", "Ukraine: said the talks had failed.", "Ukraine: said otherwise."},
		},
		{
			"no state after of",
			"Ukraine asked for more help. The government said it would help.",
			[]string{"Ukraine: said it would help."},
		},
		{
			// Wire copy writes "U.S." with its full stops; the last is a
			// token of its own, which ends no phrase inside a sentence.
			"an initialism's full stop",
			"A senior U.S. official said Washington had seen no sign of a deal. " +
				"U.S. officials said the strikes were proportionate. A U.K. diplomat said little.",
			[]string{"United States: said Washington had seen no sign of a deal.",
				"United States: said the strikes were proportionate.", "United Kingdom: said little."},
		},
		{
			// The Philippines' name for its foreign ministry.
			"a department of foreign affairs",
			"The Philippine Department of Foreign Affairs said it rejects the claims.",
			[]string{"Philippine Foreign Ministry: said it rejects the claims."},
		},
		{
			// Two people joined by "and" are no one speaker, nor is
			// "they" after them; titles joined by "and" are one person's,
			// and a state's name may hold "and".
			"two people",
			"Ana Ruiz said she would meet Tomas Berg. Ruiz and Berg said the talks were useful. They called on both sides to talk. " +
				"President Ana Ruiz and Prime Minister Tomas Berg condemned the attack. " +
				"Foreign Minister and Deputy Prime Minister Sergei Lavrov said no. Trinidad and Tobago said yes.",
			[]string{"Ana Ruiz: said she would meet Tomas Berg.", "unknown: said the talks were useful.", "unknown: called on both sides to talk.", "unknown: condemned the attack.",
				"Sergei Lavrov: said no.", "Trinidad and Tobago: said yes."},
		},
		{
			// A title in apposition with its posting: "the ambassador"
			// after it is that holder, not one named later.
			"a title with its posting in apposition",
			"Russia's ambassador to Ankara, Alexei Yerkhov, said Moscow was watching. The ambassador added that outsiders should not interfere. " +
				"U.S. Ambassador Jeff Flake welcomed the talks.",
			[]string{"Alexei Yerkhov: said Moscow was watching.", "Alexei Yerkhov: added that outsiders should not interfere.",
				"Jeff Flake: welcomed the talks."},
		},
		{
			// A state before its own seat: the seat.
			"a seat after its state",
			"The U.S. State Department said it was monitoring the situation. " +
				"The US Pentagon said it had no comment. The Russian Kremlin said the talks failed.",
			[]string{"State Department: said it was monitoring the situation.",
				"Pentagon: said it had no comment.", "Kremlin: said the talks failed."},
		},
		{
			"my government in a turn",
			"Mr. Nebenzia (Russian Federation): We reject the draft.\n\n" +
				"Mr. Kyslytsya (Ukraine): My Government welcomes the draft. Our delegation supports it.",
			[]string{"Nebenzia: We reject the draft.", "Kyslytsya: My Government welcomes the draft. Our delegation supports it."},
		},
	})
}

// TestMiddleInitials checks that a name with a middle initial, as US
// government texts write their officials' ("Antony J. Blinken"), is the
// name the text goes on to use, and that an office with its complement
// ("Secretary of State") is what its head word ("the Secretary") names.
func TestMiddleInitials(t *testing.T) {
	checkSaid(t, []saidCase{
		{
			"a readout",
			"Secretary of State Antony J. Blinken spoke today with Foreign Minister Wang Yi. " +
				"The Secretary emphasized the importance of dialogue. Blinken said the call was useful.",
			[]string{"Antony Blinken: emphasized the importance of dialogue.", "Antony Blinken: said the call was useful."},
		},
		{
			"no title",
			"George W. Bush said the talks were useful. Bush added that more work was needed.",
			[]string{"George Bush: said the talks were useful.", "George Bush: added that more work was needed."},
		},
		{
			"after the quotation",
			"“The talks were useful,” said Secretary Antony J. Blinken.",
			[]string{"Antony Blinken: The talks were useful"},
		},
		{
			// The full stop of "Jr." ends no phrase inside a sentence.
			"a suffix before the cue",
			"President Ferdinand Marcos Jr. was quoted by the Philippine News Agency as saying that Manila would not yield. " +
				"Ferdinand Marcos Jr. said the talks were frank.",
			[]string{"Ferdinand Marcos Jr: was quoted by the Philippine News Agency as saying that Manila would not yield.",
				"Ferdinand Marcos Jr: said the talks were frank."},
		},
		{
			"the full name later",
			"Antony J. Blinken arrived in Beijing. Antony Blinken said the talks were frank.",
			[]string{"Antony Blinken: said the talks were frank."},
		},
		{
			"a minister with a complement",
			"Minister of Foreign Affairs Ana Ruiz met the press. The minister said the talks were useful.",
			[]string{"Ana Ruiz: said the talks were useful."},
		},
		{
			// "Plan B." ends no sentence for the splitter either: only a
			// name word after the period joins a name.
			"a letter that is no initial",
			"The council adopted Plan B. The Russian delegation said it would abstain.",
			[]string{"Russia: said it would abstain."},
		},
	})
}

// TestPersonsSpokesman checks that a person's spokesman is the spokesman
// the text names, and the person when it names none.
func TestPersonsSpokesman(t *testing.T) {
	checkSaid(t, []saidCase{
		{
			"named before",
			"Kremlin spokesman Dmitry Peskov told reporters the Kremlin did not comment. " +
				"Putin's spokesman said separately that talks were not on the agenda.",
			[]string{"Dmitry Peskov: told reporters the Kremlin did not comment.", "Dmitry Peskov: said separately that talks were not on the agenda."},
		},
		{
			// The title held for the one named before the comma is the
			// one after it's, not his.
			"named in an appositive",
			"A spokesman for Russian President Vladimir Putin, Dmitry Peskov, told reporters the Kremlin did not comment. " +
				"Putin's spokesman said separately that talks were not on the agenda. The spokesman added that no date was set.",
			[]string{"Dmitry Peskov: told reporters the Kremlin did not comment.", "Dmitry Peskov: said separately that talks were not on the agenda.",
				"Dmitry Peskov: added that no date was set."},
		},
		{
			"named nowhere",
			"President Vladimir Putin met the envoy. Putin's spokesman said talks were not on the agenda.",
			[]string{"Vladimir Putin: said talks were not on the agenda."},
		},
	})
}

// TestRaisedIssues checks the readouts' "raised concerns" and "raised the
// issue" as cues, and "raised" before anything else as none.
func TestRaisedIssues(t *testing.T) {
	checkSaid(t, []saidCase{
		{
			"a White House readout",
			"President Joseph R. Biden, Jr. spoke today with President Xi Jinping. " +
				"President Biden emphasized the importance of peace. " +
				"The President also raised continued concerns about unfair trade policies. " +
				"Xi raised the issue of export controls.",
			[]string{"Joseph Biden: emphasized the importance of peace.", "Joseph Biden: raised continued concerns about unfair trade policies.", "Xi Jinping: raised the issue of export controls."},
		},
		{
			// Of two presidents in the sentence before, its subject.
			"the subject of two holders",
			"President Joseph R. Biden, Jr. spoke today with President Xi Jinping. " +
				"The President also raised continued concerns about unfair trade policies.",
			[]string{"Joseph Biden: raised continued concerns about unfair trade policies."},
		},
		{
			"an action",
			"The central bank of Norway raised rates on Thursday. Prime Minister Ola Berg raised funds for the campaign.",
			nil,
		},
	})
}

// TestPossessiveNames checks that a name in the possessive ("Foreign
// Minister Wang Yi's visit") names its person, who was no one when the
// run was read as an affiliation up to its end.
func TestPossessiveNames(t *testing.T) {
	checkSaid(t, []saidCase{
		{
			"a title and a name",
			"Foreign Minister Wang Yi's visit ended on Monday. The minister said the talks were useful.",
			[]string{"Wang Yi: said the talks were useful."},
		},
		{
			"an affiliation too",
			"China's Foreign Minister Wang Yi's visit ended on Monday. Wang said the talks were useful.",
			[]string{"Wang Yi: said the talks were useful."},
		},
		{
			"one word",
			"President Xi's speech was long. The president said the talks were useful.",
			[]string{"Xi: said the talks were useful."},
		},
		{
			"after the full name",
			"Wang Yi said the talks were useful. Wang Yi's remarks were welcomed by Lavrov, who said they were constructive.",
			[]string{"Wang Yi: said the talks were useful.", "Lavrov: said they were constructive."},
		},
		{
			// A short form in the possessive joins the full name.
			"a readout's title",
			"Secretary Blinken’s Call with Foreign Minister Wang Yi\n\n" +
				"Secretary of State Antony Blinken spoke today with Foreign Minister Wang Yi. The Secretary emphasized the importance of dialogue.",
			[]string{"Antony Blinken: emphasized the importance of dialogue."},
		},
		{
			"an interview's heading",
			"Foreign Minister Wang Yi's interview with CGTN\n\nQ: How do you view the situation?\n\nA: We remain committed to peace.",
			[]string{"journalist: How do you view the situation?", "Wang Yi: We remain committed to peace."},
		},
	})
}

// TestCapitalSurnames checks surnames in capitals, as Japan's and China's
// official texts write them: a name beside a given name or after a title
// not in capitals, written as the name is ("Kamikawa Yoko"); a run all in
// capitals stays no name.
func TestCapitalSurnames(t *testing.T) {
	checkSaid(t, []saidCase{
		{
			"a press conference's labels",
			"Press Conference by Foreign Minister KAMIKAWA Yoko\n\n" +
				"Minister KAMIKAWA: Japan will continue to communicate with China.\n\n" +
				"Reporter: Will you visit Beijing?\n\nMinister KAMIKAWA: Nothing has been decided.",
			[]string{"Kamikawa Yoko: Japan will continue to communicate with China.", "journalist: Will you visit Beijing?", "Kamikawa Yoko: Nothing has been decided."},
		},
		{
			"in a sentence",
			"President XI Jinping said the talks were useful.",
			[]string{"Xi Jinping: said the talks were useful."},
		},
		{
			"regnal numbers",
			"“There is no military solution,” Jordan's King Abdullah II said. King Charles III said the ties were strong.",
			[]string{"Abdullah II: There is no military solution", "Charles III: said the ties were strong."},
		},
		{
			// An office abbreviated in capitals is a title, no surname.
			"abbreviated offices",
			"PM Modi said the talks were useful. EAM Jaishankar said India was ready. UK PM Keir Starmer said Britain would help.",
			[]string{"Modi: said the talks were useful.", "Jaishankar: said India was ready.", "Keir Starmer: said Britain would help."},
		},
		{
			// An outlet in capitals is no surname.
			"an outlet",
			"CNN Correspondent Jane Doe said the talks stalled. Foreign Minister KAMIKAWA Yoko said they did not.",
			[]string{"Kamikawa Yoko: said they did not."},
		},
		{
			"a headline in capitals",
			"PUTIN SLAMS SANCTIONS\n\nThe Kremlin said the sanctions were illegal.",
			[]string{"Kremlin: said the sanctions were illegal."},
		},
	})
}

// TestLongNames checks names of five and six words with a particle, which
// were no one: a run of more than four words was taken for no name.
func TestLongNames(t *testing.T) {
	checkSaid(t, []saidCase{
		{
			"Portuguese",
			"Brazilian President Luiz Inácio Lula da Silva said the war must end. Lula said he was hopeful.",
			[]string{"Luiz Inácio Lula da Silva: said the war must end.", "Luiz Inácio Lula da Silva: said he was hopeful."},
		},
		{
			// The short form first: the name scan finds the full one.
			"the short form first",
			"Lula said he was hopeful. Brazilian President Luiz Inácio Lula da Silva said the war must end.",
			[]string{"Luiz Inácio Lula da Silva: said he was hopeful.", "Luiz Inácio Lula da Silva: said the war must end."},
		},
		{
			"Arabic",
			"Qatar's Emir Sheikh Tamim bin Hamad Al Thani said talks were progressing.",
			[]string{"Tamim bin Hamad Al Thani: said talks were progressing."},
		},
	})
}

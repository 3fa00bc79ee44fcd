package tone

import "testing"

// TestOfficeHolders checks Hansard's turns: an office with its holder in
// brackets is the holder's, under its long form and under the office
// alone later on, and a member's label with a constituency and a party
// is the member's.
func TestOfficeHolders(t *testing.T) {
	checkSaid(t, []saidCase{
		{
			"the office alone later",
			"The Prime Minister (Keir Starmer): We welcome the agreement.\n\n" +
				"Kemi Badenoch (North West Essex) (Con): This deal is a betrayal.\n\n" +
				"The Prime Minister: We will continue to support Ukraine.",
			[]string{"Keir Starmer: We welcome the agreement.", "Kemi Badenoch: This deal is a betrayal.", "Keir Starmer: We will continue to support Ukraine."},
		},
		{
			"a long office, then the holder's surname",
			"The Secretary of State for Foreign, Commonwealth and Development Affairs (David Lammy): With permission, I will make a statement.\n\n" +
				"Priti Patel (Witham) (Con): I thank the Foreign Secretary.\n\n" +
				"Mr Lammy: I am grateful to the right hon. Lady.",
			[]string{"David Lammy: With permission, I will make a statement.", "Priti Patel: I thank the Foreign Secretary.", "David Lammy: I am grateful to the right hon. Lady."},
		},
		{
			"a long office after a turn",
			"Priti Patel (Witham) (Con): Will the Minister condemn the attack?\n\n" +
				"The Minister of State, Foreign, Commonwealth and Development Office (Anne-Marie Trevelyan): I do so today.",
			[]string{"Priti Patel: Will the Minister condemn the attack?", "Anne-Marie Trevelyan: I do so today."},
		},
		{
			// Hansard heads a debate with its subject: a title, no turn.
			"a debate's title",
			"Middle East: Humanitarian Situation\n\nVolume 760: debated on Monday 17 March 2025\n\n" +
				"The Secretary of State for Foreign, Commonwealth and Development Affairs (David Lammy): With permission, I will make a statement. " +
				"The Government call on Israel to restore the flow of aid.\n\n" +
				"Priti Patel (Witham) (Con): I thank the Foreign Secretary.",
			// A minister's "The Government" is his own: no second statement.
			[]string{"David Lammy: With permission, I will make a statement. The Government call on Israel to restore the flow of aid.",
				"Priti Patel: I thank the Foreign Secretary."},
		},
		{
			// Oral questions are numbered.
			"a numbered question",
			"1. Helen Marlowe (Cardiff South and Penarth) (Lab): What recent assessment has he made of access in Sudan?\n\n" +
				"The Minister for Africa (Samuel Adeyemi): We are pressing all sides.",
			[]string{"Helen Marlowe: What recent assessment has he made of access in Sudan?", "Samuel Adeyemi: We are pressing all sides."},
		},
		{
			// The presidency's state, from its header line, is the
			// President's own side.
			"the President's own state",
			"President: Mr. Kamara (Sierra Leone)\n\nThe President: I shall now speak as the representative of Sierra Leone. " +
				"Sierra Leone urges all parties to return to the table.\n\nMr. Osei (Ghana): Ghana agrees. Sierra Leone said more.",
			[]string{"Kamara: I shall now speak as the representative of Sierra Leone. Sierra Leone urges all parties to return to the table.",
				"Osei: Ghana agrees. Sierra Leone said more.", "Sierra Leone: said more."},
		},
		{
			"a state in brackets is no holder",
			"The President (Russian Federation): The meeting is called to order.\n\n" +
				"Mr. Osei (Ghana): We agree.",
			[]string{"President: The meeting is called to order.", "Osei: We agree."},
		},
	})
}

// TestRecordLabels checks a hearing printed as the Congressional Record
// sets its turns ("Senator HALL. …"): each is a turn of the name in title
// case without its title, the chair's of whom the heading names presiding;
// its "Present:" line is no turn.
func TestRecordLabels(t *testing.T) {
	checkSaid(t, []saidCase{{
		"a hearing",
		"HEARING BEFORE THE COMMITTEE ON FOREIGN RELATIONS\n\n" +
			"The committee met at 10:03 a.m., Hon. Gregory Whitfield, chairman of the committee, presiding.\n\n" +
			"Present: Senators Whitfield, Hall and Castellanos.\n\n" +
			"The CHAIRMAN. The committee will come to order.\n\n" +
			"Senator HALL. Madam Secretary, do you accept that?\n\n" +
			"Secretary OKAFOR. No, Senator. (Laughter.) We reject it.\n\n" +
			"Senator CASTELLANOS. I want to follow up.",
		[]string{"Gregory Whitfield: The committee will come to order.", "Hall: Madam Secretary, do you accept that?",
			"Okafor: No, Senator. We reject it.", "Castellanos: I want to follow up."},
	}})
}

// TestTitleCommaLabels checks India's foreign ministry's transcripts,
// whose spokesperson's label is a title, a comma and an honorific name:
// the answers were read as more of the questions before them.
func TestTitleCommaLabels(t *testing.T) {
	checkSaid(t, []saidCase{{
		"a weekly briefing",
		"Official Spokesperson, Shri Randhir Jaiswal: Good afternoon friends.\n\n" +
			"Question: Sir, any update on the visit?\n\n" +
			"Official Spokesperson, Shri Randhir Jaiswal: We will share details in due course.",
		[]string{"Randhir Jaiswal: Good afternoon friends.", "journalist: Sir, any update on the visit?", "Randhir Jaiswal: We will share details in due course."},
	}, {
		// The title alone labels the later turns.
		"the title alone later",
		"Official Spokesperson, Shri Randhir Jaiswal: Good afternoon friends.\n\n" +
			"Question: Sir, any update on the visit?\n\n" +
			"Official Spokesperson: We will share details in due course.",
		[]string{"Randhir Jaiswal: Good afternoon friends.", "journalist: Sir, any update on the visit?", "Randhir Jaiswal: We will share details in due course."},
	}})
}

// TestOutletAffiliations checks a reporter's label with an outlet in
// brackets, round or square: the outlet's turn, as "Reuters:" is.
func TestOutletAffiliations(t *testing.T) {
	checkSaid(t, []saidCase{{
		"round and square",
		"NATO Secretary General Mark Rutte: We are united.\n\n" +
			"Question [Reuters]: Secretary General, how much will allies spend?\n\n" +
			"NATO Secretary General Mark Rutte: Two percent.\n\nQ (AFP): Why?\n\nQuestion (Daily Planet): When?\n\n" +
			"Question [TVP]: Where?\n\nQuestion (Inaudible): How?\n\nQuestion (Via Interpreter): Who?",
		// An outlet the list does not know is the outlet as named; a
		// stage direction names none.
		[]string{"Mark Rutte: We are united.", "Reuters: Secretary General, how much will allies spend?", "Mark Rutte: Two percent.",
			"AFP: Why?", "Daily Planet: When?", "TVP: Where?", "journalist: How?", "journalist: Who?"},
	}})
}

// TestOwnSide checks that a state a turn's speaker speaks for, reported in
// the turn ("China firmly opposes …" in its spokesperson's), is no second
// statement, whether the speaker's state comes from the actor gazetteer,
// a label's brackets or an institution's adjective; another state's
// report stays one.
func TestOwnSide(t *testing.T) {
	checkSaid(t, []saidCase{
		{
			"a spokesperson of the gazetteer",
			"AFP: Any comment?\n\nMao Ning: China urges the US to stop. The Philippines said yesterday that it would send ships.",
			[]string{"AFP: Any comment?", "Mao Ning: China urges the US to stop. The Philippines said yesterday that it would send ships.",
				"Philippines: said yesterday that it would send ships."},
		},
		{
			"a label's brackets",
			"Ms. Hao (China): China resolutely rejects the smear campaign.\n\nMr. Lund (Japan): China rejects the findings.",
			[]string{"Hao: China resolutely rejects the smear campaign.", "Lund: China rejects the findings.", "China: rejects the findings."},
		},
		{
			// A UN record's stage direction after the brackets.
			"a label's brackets, then a stage direction",
			"Mr. Rivet (France) (spoke in French): France condemns the strikes.\n\nMr. Lund (Japan) (spoke in Japanese): France condemns them too.",
			[]string{"Rivet: France condemns the strikes.", "Lund: France condemns them too.", "France: condemns them too."},
		},
		{
			"an institution's speech",
			"Statement of the Ministry of Foreign Affairs of Ukraine on the strikes\n\nUkraine calls on its partners to act.",
			[]string{"Ukrainian Foreign Ministry: Ukraine calls on its partners to act."},
		},
	})
}

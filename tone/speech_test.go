package tone

import (
	"slices"
	"strings"
	"testing"
)

// TestSpeeches checks that a prepared statement, speech or remarks whose
// heading names its speaker is read as theirs, paragraph by paragraph,
// but for the heading, the address to the audience and the line of place
// and date; that others quoted in it keep their words; and that a
// headline which only starts like such a heading is news.
func TestSpeeches(t *testing.T) {
	a, err := NewAttributor()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		doc  string
		want []string // speaker, kind and text of each statement, narration left out
	}{
		{
			"a general debate speech",
			"Statement by H.E. Ms. Ana Ruiz, Minister for Foreign Affairs of Chile, at the General Debate\n\n" +
				"New York, 25 September 2024\n\nMr. President,\n\n" +
				"We welcome the constructive spirit of this Assembly.\n\n" +
				"We firmly reject unilateral coercive measures.\n\nThank you.",
			[]string{
				"Ana Ruiz speech We welcome the constructive spirit of this Assembly.",
				"Ana Ruiz speech We firmly reject unilateral coercive measures.",
				"Ana Ruiz speech Thank you.",
			},
		},
		{
			// The heading's institution is named as statements name it:
			// the paragraph's own cue is the speaker's, no other.
			"a ministry's statement",
			"Statement of the Ministry of Foreign Affairs of Ukraine on the strikes on Kharkiv\n\n" +
				"The Ministry of Foreign Affairs of Ukraine strongly condemns the strikes.",
			[]string{"Ukrainian Foreign Ministry speech The Ministry of Foreign Affairs of Ukraine strongly condemns the strikes."},
		},
		{
			// A body's statement headed in the possessive speaks of
			// itself as a body's does: no unknown report besides.
			"a body's statement in the possessive",
			"G7 Foreign Ministers' Statement on Ukraine\n\n" +
				"We, the G7 Foreign Ministers of Canada, France, Germany, Italy, Japan, the United Kingdom and the United States, " +
				"and the High Representative of the European Union, condemn in the strongest possible terms Russia's attacks.",
			[]string{"G7 speech We, the G7 Foreign Ministers of Canada, France, Germany, Italy, Japan, the United Kingdom and the United States, " +
				"and the High Representative of the European Union, condemn in the strongest possible terms Russia's attacks."},
		},
		{
			// A joint statement "of" its parties, as "by" them; what its
			// two leaders do together is said in it, not by one of them.
			"a joint statement of two states",
			"Joint Statement of the United States and India on a Partnership\n\n" +
				"President Trump and Prime Minister Modi strongly condemned terrorism. They called on Pakistan to act.",
			[]string{"United States and India speech President Trump and Prime Minister Modi strongly condemned terrorism. They called on Pakistan to act."},
		},
		{
			// A minister names her state in the third person: her own
			// words, said once; another state's are reported.
			"a speech that names its state",
			"Statement by H.E. Ms. Ana Ruiz, Minister for Foreign Affairs of Chile, at the General Debate\n\n" +
				"Chile condemns the attacks on hospitals.\n\nWe note that Peru has said it will help.",
			[]string{
				"Ana Ruiz speech Chile condemns the attacks on hospitals.",
				"Ana Ruiz speech We note that Peru has said it will help.",
				"Peru reported said it will help.",
			},
		},
		{
			// Its government is the ministry's state in the third person:
			// each paragraph is said once, by the ministry, though the
			// text named Japan before "The Government".
			"a ministry's statement of its government",
			"Statement by the Ministry of Foreign Affairs of the Republic of Korea on the launch\n\n" +
				"The Government of the Republic of Korea strongly condemns the launch.\n\n" +
				"Seoul will work closely with the United States and Japan.\n\n" +
				"The Government reiterates that the door to dialogue remains open.",
			[]string{
				"South Korean Foreign Ministry speech The Government of the Republic of Korea strongly condemns the launch.",
				"South Korean Foreign Ministry speech Seoul will work closely with the United States and Japan.",
				"South Korean Foreign Ministry speech The Government reiterates that the door to dialogue remains open.",
			},
		},
		{
			// An organisation's conclusions name it in the third person,
			// in numbered paragraphs; what no cue reads is its too, and
			// what a cue reads is said once.
			"an organisation's conclusions",
			"European Council conclusions on the Middle East\n\n" +
				"1. The European Council condemns the attack. It calls on all parties to show restraint.\n\n" +
				"2. The European Union remains fully committed to de-escalation.\n\n" +
				"3. The European Council invites the Council to prepare further measures.",
			[]string{
				"European Council speech 1. The European Council condemns the attack. It calls on all parties to show restraint.",
				"European Council speech 2. The European Union remains fully committed to de-escalation.",
				"European Council speech 3. The European Council invites the Council to prepare further measures.",
			},
		},
		{
			// A news report of conclusions names no organisation at the
			// start of its paragraphs: it stays news.
			"a report on conclusions",
			"EU conclusions on the Middle East disappoint Israel\n\n" +
				"Israel's foreign minister said the text was unbalanced.",
			[]string{"Israel reported said the text was unbalanced."},
		},
		{
			// An office named by its state's form: "Republic" is no name.
			"an office of no name",
			"Address by the President of the Republic at the opening of the Forum\n\nLadies and gentlemen,\n\n" +
				"France will always stand with its partners.",
			[]string{"President of the Republic speech France will always stand with its partners."},
		},
		{
			"remarks that quote someone",
			"Remarks by President Lula at the G20 Summit\n\n" +
				"As the Secretary-General told us, “the time to act is now.” We agree.",
			[]string{
				"Lula speech As the Secretary-General told us, “the time to act is now.” We agree.",
				"unknown direct the time to act is now.", // an office with no name is unknown, as in news
			},
		},
		{
			"an office",
			"Statement by the Spokesperson for the Secretary-General on Yemen\n\nThe attack on civilians is unacceptable.",
			[]string{"Spokesperson for the Secretary-General speech The attack on civilians is unacceptable."},
		},
		{
			"a heading in capitals over three lines",
			"STATEMENT BY H.E. MR. TOMAS BERG\nPRIME MINISTER OF NORWAY\nAT THE GENERAL DEBATE\n\nWe welcome the talks.",
			[]string{"Tomas Berg speech We welcome the talks."},
		},
		{
			"a heading in capitals on one line",
			"REMARKS BY PRESIDENT LULA AT THE G20 SUMMIT\n\nWe welcome the talks.",
			[]string{"Lula speech We welcome the talks."},
		},
		{
			"a Markdown heading",
			"## **Remarks by President Lula**\n\nWe welcome the talks.",
			[]string{"Lula speech We welcome the talks."},
		},
		{
			"a name whose lower case is longer", // "İ" is two bytes, "i̇" three
			"Statement by President İlham Aliyev AT THE SUMMIT\n\nWe welcome the talks.",
			[]string{"İlham Aliyev speech We welcome the talks."},
		},
		// A title's state or organisation is no name of the speaker's,
		// and neither is what follows its "of".
		{
			"a title qualified by a state",
			"Remarks by Chinese Foreign Minister Wang Yi at the opening\n\nWe welcome the talks.",
			[]string{"Wang Yi speech We welcome the talks."},
		},
		{
			"a title qualified by an abbreviation",
			"Statement by US Secretary of State Antony Blinken on the ceasefire\n\nWe welcome the talks.",
			[]string{"Antony Blinken speech We welcome the talks."},
		},
		{
			"a title qualified by an organisation",
			"Statement by EU High Representative Kaja Kallas on the attack\n\nWe welcome the talks.",
			[]string{"Kaja Kallas speech We welcome the talks."},
		},
		{
			"an office of an organisation",
			"Statement by the President of the European Commission\n\nWe welcome the talks.",
			[]string{"President of the European Commission speech We welcome the talks."},
		},
		// A statement made on behalf of an organisation or a state is
		// theirs; a body names itself in the third person.
		{
			"on behalf of an organisation",
			"Declaration by the High Representative on behalf of the EU on the elections in Georgia\n\n" +
				"The European Union condemns the violence. The EU calls on all parties to exercise restraint.",
			[]string{"European Union speech The European Union condemns the violence. The EU calls on all parties to exercise restraint."},
		},
		{
			"on behalf of no body known",
			"Statement by the Spokesperson on behalf of the Working Group on the attack\n\nThe attack is unacceptable.",
			[]string{"Spokesperson speech The attack is unacceptable."},
		},
		{
			"an organisation",
			"Statement by the European Union on the attack\n\nThe European Union condemns the attack.",
			[]string{"European Union speech The European Union condemns the attack."},
		},
		{
			"an organisation's other name",
			"Statement by the EU on the attack\n\nThe EU condemns the attack.",
			[]string{"European Union speech The EU condemns the attack."},
		},
		{
			// Its parties name themselves in the third person, as "the
			// two countries" or both by name: that is the speech, not a
			// second statement of no known speaker.
			"a joint statement",
			"Joint Statement by the United States and Japan\n\nThe United States and Japan reaffirm their commitment.\n\n" +
				"The two countries condemn the launches. Both leaders welcomed the talks.",
			[]string{"United States and Japan speech The United States and Japan reaffirm their commitment.",
				"United States and Japan speech The two countries condemn the launches. Both leaders welcomed the talks."},
		},
		{
			// A person's speech keeps the reports of others it gives.
			"a person's speech reports others",
			"Remarks by President Lula at the G20 Summit\n\nSome delegations said the text was weak. We disagree.",
			[]string{"Lula speech Some delegations said the text was weak. We disagree.", "unknown reported said the text was weak."},
		},
		{
			"an organisation's officials",
			"Joint Statement by the Foreign Ministers of the G7 on the Red Sea\n\nWe condemn the attacks.",
			[]string{"G7 speech We condemn the attacks."},
		},
		{
			// The EU's foreign service gives its statement's subject first.
			"a heading that names its subject first",
			"Georgia: Statement by the High Representative on behalf of the EU on the law on foreign influence\n\n" +
				"The European Union deplores the adoption of the law.\n\nWe call on the authorities to reverse this trend.",
			[]string{"European Union speech The European Union deplores the adoption of the law.", "European Union speech We call on the authorities to reverse this trend."},
		},
		{
			// A UN press release: its headline, then the line that says
			// whose statement follows.
			"the line before a press release's statement",
			"Secretary-General Condemns Attack on Peacekeepers\n\n" +
				"The following statement was issued today by the Spokesperson for UN Secretary-General António Guterres:\n\n" +
				"The Secretary-General strongly condemns the attack.\n\nHe extends his deepest condolences to the families.",
			[]string{"António Guterres speech The Secretary-General strongly condemns the attack.", "António Guterres speech He extends his deepest condolences to the families."},
		},
		{
			// Articles under their author's name.
			"a signed article",
			"Signed Article by Chinese Ambassador to the UK Zheng Zeguang: China and the UK Should Be Partners\n\n" +
				"We share a responsibility for world peace.",
			[]string{"Zheng Zeguang speech We share a responsibility for world peace."},
		},
		{
			"a ministry's comment",
			"Comment by Foreign Ministry Spokeswoman Maria Zakharova on the situation in Georgia\n\nWestern interference is unacceptable.",
			[]string{"Maria Zakharova speech Western interference is unacceptable."},
		},
		{
			"an op-ed",
			"Op-Ed by Secretary of State Antony J. Blinken: The Indispensable Partnership\n\nWe will not always agree.",
			[]string{"Antony Blinken speech We will not always agree."},
		},
		{
			// A UN letter is its sender's, an office; its signature is
			// no statement.
			"a letter of the UN's documents",
			"Letter dated 5 March 2024 from the Permanent Representative of the Russian Federation to the United Nations addressed to the Secretary-General\n\n" +
				"I have the honour to transmit herewith a statement.\n\n(Signed) Vassily Nebenzia",
			[]string{"Permanent Representative of the Russian Federation speech I have the honour to transmit herewith a statement."},
		},
		{
			// The document's header above the letter's heading.
			"a letter under its document's header",
			"United Nations S/2025/74\n\nSecurity Council\n\nDistr.: General\n4 February 2025\n\n" +
				"Letter dated 3 February 2025 from the Permanent Representative of Guyana to the United Nations addressed to the President of the Security Council\n\n" +
				"I have the honour to bring to your attention a serious incident.",
			[]string{"Permanent Representative of Guyana speech I have the honour to bring to your attention a serious incident."},
		},
		{
			// A summit's communiqué and a chair's statement are the
			// grouping's, in the first person plural.
			"a communiqué",
			"G7 Leaders' Communiqué on Ukraine\n\nApulia, 15 June 2026\n\nWe, the Leaders of the G7, met in Apulia.\n\nWe are deeply concerned.",
			[]string{"G7 speech We, the Leaders of the G7, met in Apulia.", "G7 speech We are deeply concerned."},
		},
		{
			// The summit's city is no speaker: the first person's
			// apposition names the organisation.
			"a summit declaration",
			"Washington Summit Declaration\n\nIssued by NATO Heads of State and Government participating in the meeting of the North Atlantic Council in Washington, D.C. 10 July 2024\n\n" +
				"1. We, the Heads of State and Government of the North Atlantic Alliance, have gathered in Washington.\n\n2. Russia's war has shattered peace.",
			[]string{"NATO speech 1. We, the Heads of State and Government of the North Atlantic Alliance, have gathered in Washington.",
				"NATO speech 2. Russia's war has shattered peace."},
		},
		{
			"a news report on a summit declaration",
			"Summit declaration angers Moscow\n\nWe have seen the text. Russia said the declaration was hostile.",
			[]string{"Russia reported said the declaration was hostile."},
		},
		{
			"a chair's statement",
			"Chairman's Statement of the 44th ASEAN Summit\n\n1. We remain seriously concerned over the situation in Myanmar.",
			[]string{"ASEAN speech 1. We remain seriously concerned over the situation in Myanmar."},
		},
		{
			// A resolution: its title lines, the body that adopts it,
			// the preamble's clauses (ending in commas) and the
			// operative ones (numbered, ending in semicolons).
			"a resolution",
			"Resolution 2728 (2024)\n\nAdopted by the Security Council at its 9586th meeting, on 25 March 2024\n\n" +
				"The Security Council,\n\nExpressing grave concern at the humanitarian situation,\n\n" +
				"1. Demands an immediate ceasefire;\n\n2. Decides to remain seized of the matter.",
			[]string{"UN Security Council speech Expressing grave concern at the humanitarian situation,",
				"UN Security Council speech 1. Demands an immediate ceasefire;",
				"UN Security Council speech 2. Decides to remain seized of the matter."},
		},
		{
			"a resolution of the General Assembly",
			"The General Assembly,\n\nDeeply concerned by the continuing violence,\n\nCalls upon all parties to respect the truce;",
			[]string{"UN General Assembly speech Deeply concerned by the continuing violence,", "UN General Assembly speech Calls upon all parties to respect the truce;"},
		},
		{
			// The African Union's Peace and Security Council names
			// itself in full above its decision, then "The Council,".
			"a decision of a body named above it",
			"Communiqué of the 1200th meeting of the Peace and Security Council\n\n" +
				"The Council,\n\n1. Expresses deep concern over the situation;\n\n2. Strongly condemns the attacks.",
			[]string{"AU Peace and Security Council speech 1. Expresses deep concern over the situation;",
				"AU Peace and Security Council speech 2. Strongly condemns the attacks."},
		},
		{
			"a council named above it by no name of its own",
			"The Council,\n\n1. Expresses deep concern over the situation.",
			[]string{},
		},
		{
			// A state adopts no resolution.
			"a state, then a clause",
			"The United States,\n\nDeeply divided voters went to the polls.",
			[]string{},
		},
		{
			"a news report on a resolution",
			"The Security Council, meeting on Friday, adopted a resolution.\n\nDemands for a ceasefire grew, the ambassador said.",
			[]string{"unknown reported Demands for a ceasefire grew"},
		},
		{
			// A place's declaration in the first person plural; its
			// adoption line is no statement, and a news report after it,
			// from its dateline, is news.
			"a declaration named by its place, then news",
			"Vientiane Declaration on Maritime Cooperation\n\n" +
				"We, the Leaders of the Member States of the Association of Southeast Asian Nations (ASEAN), gathered in Vientiane:\n\n" +
				"1. Reaffirm our commitment to freedom of navigation;\n\n" +
				"Adopted in Vientiane on the tenth day of October.\n\n" +
				"VIENTIANE, Oct 10 (Reuters) - The declaration was the clearest signal in a decade, an ASEAN diplomat said.",
			[]string{"ASEAN speech We, the Leaders of the Member States of the Association of Southeast Asian Nations (ASEAN), gathered in Vientiane:",
				"ASEAN speech 1. Reaffirm our commitment to freedom of navigation;",
				"ASEAN reported The declaration was the clearest signal in a decade"},
		},
		{
			"a news report on a declaration",
			"Vientiane declaration angers Beijing\n\nWe have seen the text. China said the declaration was unhelpful.",
			[]string{"China reported said the declaration was unhelpful."},
		},
		{
			"a news report on a communiqué",
			"G7 communique slams China\n\nWe have seen the text. The G7 said China was enabling Russia.",
			[]string{"G7 reported said China was enabling Russia."},
		},
		{
			// A heading in the possessive, over a text in the first
			// person; a headline of the same shape over news stays news.
			"a possessive heading",
			"Foreign Minister Wang Yi's Speech at the Munich Security Conference\n\nLadies and gentlemen,\n\n" +
				"China is a force for stability.\n\nWe oppose bloc confrontation.",
			[]string{"Wang Yi speech China is a force for stability.", "Wang Yi speech We oppose bloc confrontation."},
		},
		{
			"a possessive headline",
			"Wang Yi's speech angers Washington\n\nWe have seen the text. Wang Yi said China was a force for stability.",
			[]string{"Wang Yi reported said China was a force for stability."},
		},
		{
			"a subject and a colon, then no opener",
			"Georgia: Protests go on\n\nThe European Union deplores the adoption of the law.",
			[]string{},
		},
		{
			"a headline, not a heading",
			"Statement by Lavrov angers Kyiv\n\nUkraine's foreign ministry said the remarks were unacceptable.",
			[]string{"Ukrainian Foreign Ministry reported said the remarks were unacceptable."},
		},
	}
	for _, tt := range tests {
		got := said(a, tt.doc, func(s Statement) string { return s.Speaker + " " + string(s.Kind) + " " + s.Text })
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: statements %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestSpeechName(t *testing.T) {
	for name, want := range map[string]bool{
		"H.E. Ms. Ana Ruiz": true, "the Minister of Foreign Affairs of Chile": true, "President Lula": true,
		"Lavrov angers Kyiv": false, "": false, "A B C D E F G H I J K": false,
	} {
		if got := speechName(name); got != want {
			t.Errorf("speechName(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestAnalyzeSpeech checks a text read as a speech by a speaker the
// caller names: its paragraphs are theirs unless its heading names
// another speaker or it is a transcript; with no speaker it is news.
func TestAnalyzeSpeech(t *testing.T) {
	_, an := defaultAnalyzer(t)
	an = an.WithoutNarration().AsOneDocument()
	body := "Mr. President,\n\nWe firmly reject unilateral coercive measures.\n\nWe welcome the talks."
	tests := []struct {
		name, doc, speaker string
		want               []string
	}{
		{"no heading", body, "CHL_79_2024", []string{"CHL_79_2024 speech We firmly reject unilateral coercive measures.", "CHL_79_2024 speech We welcome the talks."}},
		{"a heading of its own", "Statement by President Lula\n\n" + body, "BRA_79_2024", []string{"Lula speech We firmly reject unilateral coercive measures.", "Lula speech We welcome the talks."}},
		{"a transcript", "Mao Ning: We welcome the talks.\n\nAFP: And the sanctions?\n\nMao Ning: We oppose them.", "CHN", []string{"Mao Ning turn We welcome the talks.", "AFP turn And the sanctions?", "Mao Ning turn We oppose them."}},
		{"no speaker", body, "", nil},
		{
			"a heading in the possessive",
			"Foreign Secretary's speech at the Munich Security Conference\n\n" +
				"Foreign Secretary Anna Lowe set out the UK's approach to European security.\n\n" +
				"From:\n\nForeign, Commonwealth & Development Office\n\nPublished\n\n14 February 2025\n\n" +
				"Thank you, Wolfgang.\n\nOur security\n\nWe will stand with Ukraine.",
			"govuk",
			[]string{"Anna Lowe speech Thank you, Wolfgang.", "Anna Lowe speech We will stand with Ukraine."},
		},
		{
			"a heading in a plural's possessive",
			"G7 Foreign Ministers’ Statement on the Red Sea\n\nWe condemn the attacks.",
			"g7",
			[]string{"G7 speech We condemn the attacks."},
		},
		{
			// A headline longer than a heading line.
			"a headline over a speech of no heading",
			"Foreign Minister Ana Ruiz at the Summit of the Americas on trade, migration, security and the future of the hemisphere\n\n" +
				"We firmly reject unilateral coercive measures.",
			"CHL_79_2024",
			[]string{"CHL_79_2024 speech We firmly reject unilateral coercive measures."},
		},
		{
			// Read as news, with no --speech, a headline in the
			// possessive heads no speech.
			"a headline in the possessive, as news",
			"Xi's speech at the congress signals a shift\n\nChinese President Xi Jinping said on Sunday that the party would stay the course.",
			"",
			[]string{"Xi Jinping reported said on Sunday that the party would stay the course."},
		},
	}
	for _, tt := range tests {
		stmts, _, _ := an.AnalyzeSpeech(tt.doc, tt.speaker)
		var got []string
		for _, s := range stmts {
			got = append(got, s.Speaker+" "+string(s.Kind)+" "+s.Text)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: statements %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestSpeechLines checks the lines of a speech read as narration: a line
// of its page or a section heading, and a summary that opens with the
// speaker's name.
func TestSpeechLines(t *testing.T) {
	a, err := NewAttributor()
	if err != nil {
		t.Fatal(err)
	}
	headings := []struct {
		text string
		want bool
	}{
		{"Published", true},
		{"Foreign, Commonwealth & Development Office", true},
		{"2025 and beyond", true},
		{"We will stand with Ukraine.", false},
		{"- new funds for the region", false},
		{"new funds for the region", false},
		{strings.Repeat("Long ", 30), false},
		{"", false},
	}
	for _, tt := range headings {
		if got := isHeadingLine(tt.text); got != tt.want {
			t.Errorf("isHeadingLine(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
	names := []struct {
		text, speaker string
		want          bool
	}{
		{"Foreign Secretary Anna Lowe set out the UK's approach.", "Anna Lowe", true},
		{"H.E. Ms. Anna Lowe set out the UK's approach.", "Anna Lowe", true},
		{"Anna Lowe set out the UK's approach.", "Anna Lowe", true},
		{"As Anna Lowe said, we stand together.", "Anna Lowe", false},
		{"Thank you. Anna Lowe is my name.", "Anna Lowe", false},
		{"We stand together. Anna Lowe said so.", "Anna Lowe", false},
		{"We stand together.", "Anna Lowe", false},
		{"Anna Lowe set out the UK's approach.", "", false},
	}
	for _, tt := range names {
		if got := a.namesFirst(tt.text, tt.speaker); got != tt.want {
			t.Errorf("namesFirst(%q, %q) = %v, want %v", tt.text, tt.speaker, got, tt.want)
		}
	}
}

// TestBodyIn checks which organisation or state a communiqué's heading
// names: an organisation before a state it speaks about, one state alone,
// and none of two.
func TestBodyIn(t *testing.T) {
	a, err := NewAttributor()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		heading, want string
		ok            bool
	}{
		{"G7 Leaders' Communiqué on Ukraine", "G7", true},
		{"Communiqué of the Government of France on France's Presidency", "France", true},
		{"Joint Communiqué of China and the United States", "", false},
		{"Joint Communiqué of ASEAN and the EU", "", false},
		{"Communiqué", "", false},
	} {
		got, ok := a.bodyIn(tt.heading)
		if got != tt.want || ok != tt.ok {
			t.Errorf("bodyIn(%q) = %q, %v; want %q, %v", tt.heading, got, ok, tt.want, tt.ok)
		}
	}
}

// TestListedPoints checks a press release's points: a sentence that names
// a state or a body and ends with a colon, then a list, each item a
// statement of that speaker; a list under no such sentence, or under a
// person, stays narration, and a hyphen that a hard-wrapped sentence
// broke at starts no item.
func TestListedPoints(t *testing.T) {
	checkSaid(t, []saidCase{
		{
			"a government's points",
			"The ministry is following the fighting. The Government of Kenya:\n\n" +
				"- condemns the attacks on civilians;\n- calls on all parties to observe a ceasefire;\n" +
				"• reaffirms its support for the Nairobi process.\n\nKenya stands ready to help.",
			[]string{"Kenya: condemns the attacks on civilians", "Kenya: calls on all parties to observe a ceasefire",
				"Kenya: reaffirms its support for the Nairobi process."},
		},
		{
			"no speaker",
			"Key points:\n\n- the talks were held in Geneva;\n- the next round is in May.",
			nil,
		},
		{
			"a dash where a line broke",
			"The agreement\n- signed in 2015 -\nis dead, Minister Ana Ruiz said.",
			[]string{"Ana Ruiz: The agreement - signed in 2015 - is dead"},
		},
	})
}

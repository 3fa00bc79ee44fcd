package corpus

// The phrase banks: written for this package in the register of press
// briefings, wire copy and Council records.

var givenNames = []string{"Ana", "Tomas", "Lin", "Dewi", "Karim", "Ingrid", "Rafael", "Hendra", "Mei", "Oluwaseun",
	"Pavel", "Amara", "Jonas", "Leila", "Marco", "Sunita", "Yusuf", "Elena", "Kofi", "Hana", "Diego", "Nadia"}

var familyNames = []string{"Ruiz", "Berg", "Hao", "Anggraini", "Haddad", "Lund", "Cordeiro", "Wiratama", "Zhou",
	"Adeyemi", "Sorokin", "Diallo", "Weber", "Farahani", "Bellini", "Rao", "Demir", "Petrova", "Mensah", "Sato",
	"Morales", "Karimi"}

var countries = []string{"China", "Russia", "the United States", "France", "the United Kingdom", "Brazil", "India",
	"Indonesia", "South Africa", "Japan", "Germany", "Mexico", "Nigeria", "Egypt", "Turkey", "Norway", "Kenya",
	"Viet Nam", "Chile", "Ghana"}

var cities = []string{"Beijing", "Moscow", "Washington", "Paris", "London", "Brasilia", "New Delhi", "Jakarta",
	"Pretoria", "Tokyo", "Berlin", "Nairobi", "Geneva", "New York", "Cairo", "Ankara", "Oslo", "Santiago"}

var outlets = []string{"Reuters", "AFP", "Bloomberg", "CCTV", "Kyodo", "Global Times", "TASS", "Al Jazeera",
	"Bernama", "EFE", "Phoenix TV", "Associated Press"}

var slots = map[string][]string{
	"topic": {"maritime security", "the grain export corridor", "climate finance", "the nuclear programme",
		"trade restrictions on critical minerals", "the humanitarian situation", "the peace process",
		"fisheries in disputed waters", "sanctions on the banking sector", "the upcoming summit"},
	"firmly": {"firmly", "strongly", "resolutely", "categorically", "once again"},
	"oppose": {"oppose", "reject", "condemn", "deplore", "protest against"},
	"bad": {"the so-called sanctions", "this provocation", "the unilateral measures", "such interference in our internal affairs",
		"the deployment of offensive weapons", "the smear campaign", "these groundless accusations", "the illegal blockade"},
	"good": {"the joint statement", "the agreement reached by the two sides", "the constructive talks",
		"the progress made in the negotiations", "the ceasefire", "the new cooperation framework", "the exchange of prisoners"},
	"welcome": {"welcome", "appreciate", "highly value", "support", "commend"},
	"opposes": {"opposes", "rejects", "condemns", "deplores", "protests against"},
	"partner": {"partners", "neighbours", "friends", "counterparts"},
	"parties": {"all parties concerned", "the international community", "the countries of the region"},
	"action":  {"deepen cooperation", "resolve differences through dialogue", "maintain peace and stability", "strengthen mutual trust", "implement the consensus", "keep channels of communication open"},
	"urge":    {"urge", "call on", "demand that", "ask", "strongly urge"},
	"side":    {"the relevant side", "the countries concerned", "certain countries", "the parties", "the authorities"},
	"stop":    {"stop this dangerous behaviour", "refrain from further escalation", "return to the negotiating table", "lift the sanctions immediately", "respect the sovereignty of other states", "honour their commitments"},
	"concern": {"grave concern", "serious concern", "deep concern", "concern", "regret"},
	"hedge":   {"perhaps", "possibly", "gradually", "slowly"},
	"warn":    {"will take resolute countermeasures", "will respond firmly", "reserves the right to respond", "will not sit idly by"},
}

var sentenceTemplates = []string{
	"We {firmly} {oppose} {bad}.",
	"China {firmly} {opposes} {bad} and {warn}.",
	"We {welcome} {good} and stand ready to work with our {partner} to {action}.",
	"We {urge} {side} to {stop}.",
	"We have taken note of the reports and express {concern} over {bad}.",
	"We had a frank and candid exchange of views on {topic}.",
	"Both sides agreed to {action} and to hold further consultations on {topic}.",
	"The two countries are good {partner}, and we will continue to {action}.",
	"We never refused dialogue, but we will not accept {bad}.",
	"The situation regarding {topic} is {hedge} improving, and we hope all sides will {action}.",
	"I would refer you to the competent authorities for the specifics of {topic}.",
	"We {welcome} {good}, which shows that dialogue works.",
	"Any attempt to impose {bad} is doomed to fail.",
	"We express our sincere gratitude to {parties} for their support on {topic}.",
	"We call on {parties} to {action}.",
	"The government {warn} if {side} continue down this path.",
	"Our position on {topic} is consistent and clear.",
}

var questions = []string{
	"What is your comment on {bad}?",
	"Can you confirm reports about {topic}?",
	"How do you view {good}?",
	"There are reports that {side} plan new measures on {topic}. What is your response?",
	"Will the minister attend the meeting on {topic} next week?",
	"Some say {topic} will dominate the summit. Do you agree?",
}

var narration = []string{
	"The talks lasted about two hours and were followed by a working lunch.",
	"Officials declined to give details of the discussion on {topic}.",
	"The meeting came a week after new tensions over {topic}.",
	"Analysts expect the two sides to return to {topic} at the next round.",
	"Neither side released a joint statement after the meeting.",
}

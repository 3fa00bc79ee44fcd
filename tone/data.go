package tone

//go:generate go test -run ^TestPartyTable$ -update

import (
	"bufio"
	_ "embed"
	"fmt"
	"sort"
	"strings"
)

// The attribution data: plain text files a domain expert can edit.
var (
	//go:embed data/cues.txt
	cuesTxt string
	//go:embed data/cue-nouns.txt
	cueNounsTxt string
	//go:embed data/titles.txt
	titlesTxt string
	//go:embed data/countries.tsv
	countriesTSV string
	//go:embed data/speakers.tsv
	speakersTSV string
	//go:embed data/outlets.txt
	outletsTxt string
	//go:embed data/country-codes.tsv
	countryCodesTSV string
)

// CountryCodes returns the ISO 3166-1 alpha-3 codes of the states demarche
// knows (and a few former codes of the same states), each mapped to the
// state's name as speaker countries give it: "USA" to "United States",
// "RUS" to "Russia". The map is new at each call.
func CountryCodes() (map[string]string, error) {
	countries, err := parseCountries(countriesTSV)
	if err != nil {
		return nil, err
	}
	known := make(map[string]bool, len(countries))
	for _, c := range countries {
		known[c.name] = true
	}
	rows := lines(countryCodesTSV)
	if len(rows) == 0 {
		return nil, fmt.Errorf("country-codes.tsv: no rows")
	}
	codes := make(map[string]string, len(rows)-1)
	for i, row := range rows[1:] { // after the header
		code, name, ok := strings.Cut(row, "\t")
		switch {
		case !ok:
			return nil, fmt.Errorf("country-codes.tsv: row %d has no tab", i+2)
		case len(code) != 3 || strings.ToUpper(code) != code:
			return nil, fmt.Errorf("country-codes.tsv: row %d: code %q is not three capital letters", i+2, code)
		case !known[name]:
			return nil, fmt.Errorf("country-codes.tsv: row %d: %q is not a country of countries.tsv", i+2, name)
		case codes[code] != "":
			return nil, fmt.Errorf("country-codes.tsv: row %d: code %s again", i+2, code)
		}
		codes[code] = name
	}
	return codes, nil
}

// phraseSet holds lower-case phrases of one or more words and finds the
// longest one at a position in a token slice.
type phraseSet struct {
	byFirst map[string][][]string // first word -> phrases, longest first
	first   wordFilter            // the keys of byFirst
	// slots hold byFirst again, in an open-addressing table probed from
	// filterHash: match computes that hash for the filter anyway, and a
	// map lookup would hash the word again. At most half the slots are
	// full. (A set with more first words than the hash's 16 bits can
	// tell apart would still be found, the probes longer.)
	slots []phraseSlot
	mask  uint32
}

// phraseSlot is a slot of a phraseSet's table: the phrases whose first
// word is word, longest first, or none for an empty slot.
type phraseSlot struct {
	word    string
	phrases [][]string
	texts   []string // the phrases' words joined by spaces
	// said holds, in the description phrases' set (Attributor.words),
	// what each phrase says of a speaker: Attributor.word of its text,
	// read here without hashing the text again.
	said []speakerWord
}

func newPhraseSet(phrases []string) *phraseSet {
	ps := &phraseSet{byFirst: make(map[string][][]string, len(phrases))} // at most a first word each
	for _, p := range phrases {
		words := lowerWords(p)
		if len(words) == 0 {
			continue
		}
		ps.byFirst[words[0]] = append(ps.byFirst[words[0]], words)
		ps.first.add(words[0])
	}
	size := 16
	for size < 2*len(ps.byFirst) {
		size *= 2
	}
	ps.slots, ps.mask = make([]phraseSlot, size), uint32(size-1)
	// The slots' texts are cut from one array: most slots have one.
	all := make([]string, len(phrases))
	for w, list := range ps.byFirst {
		if len(list) > 1 { // most first words start one phrase
			sort.SliceStable(list, func(i, j int) bool { return len(list[i]) > len(list[j]) })
		}
		texts := all[:len(list):len(list)]
		all = all[len(list):]
		for k, words := range list {
			texts[k] = strings.Join(words, " ")
		}
		k := filterHash(w) & ps.mask
		for ps.slots[k].phrases != nil {
			k = (k + 1) & ps.mask
		}
		ps.slots[k] = phraseSlot{word: w, phrases: list, texts: texts}
	}
	return ps
}

// slotOf returns the slot of the phrases whose first word is w, whose
// filterHash is h: an empty slot when there are none.
func (ps *phraseSet) slotOf(w string, h uint32) *phraseSlot {
	for k := h & ps.mask; ; k = (k + 1) & ps.mask {
		s := &ps.slots[k]
		if s.phrases == nil || s.word == w {
			return s
		}
	}
}

// match returns the number of word tokens of the longest phrase starting at
// toks[i], or 0. Punctuation tokens never match.
func (ps *phraseSet) match(src string, toks []token, i int) int {
	n, _ := ps.matchText(src, toks, i)
	return n
}

// matchText is match, also returning the phrase found, its words joined
// by spaces (lowerPhrase of its tokens), or "".
func (ps *phraseSet) matchText(src string, toks []token, i int) (n int, text string) {
	if i >= len(toks) || !toks[i].word {
		return 0, ""
	}
	w := toks[i].lower(src)
	s := ps.lookup(w, filterHash(w))
	if s == nil {
		return 0, ""
	}
	k := s.longest(src, toks, i)
	if k < 0 {
		return 0, ""
	}
	return len(s.phrases[k]), s.texts[k]
}

// lookup returns the slot of the phrases whose first word is w, whose
// filterHash is h, or nil when there are none.
func (ps *phraseSet) lookup(w string, h uint32) *phraseSlot {
	if !ps.first.has(h) {
		return nil
	}
	if s := ps.slotOf(w, h); s.phrases != nil {
		return s
	}
	return nil
}

// longest returns the index in s of the longest of its phrases that
// starts at toks[i], a word token whose lower-case form is s.word, or -1.
func (s *phraseSlot) longest(src string, toks []token, i int) int {
phrases:
	for k, words := range s.phrases {
		if i+len(words) > len(toks) {
			continue
		}
		// words[0] is toks[i]'s. A punctuation mark never has a word's
		// form: tokenizing a phrase's word would give a word.
		for m := 1; m < len(words); m++ {
			if toks[i+m].lower(src) != words[m] {
				continue phrases
			}
		}
		return k
	}
	return -1
}

// lines returns the non-comment, non-blank lines of a data file, trimmed.
func lines(data string) []string {
	var out []string
	sc := bufio.NewScanner(strings.NewReader(data))
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), " \r")
		if t := strings.TrimSpace(line); t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		out = append(out, line)
	}
	return out
}

// cueForms returns every form listed in the cue file: one lemma a line,
// its forms separated by '|'.
func cueForms(data string) []string {
	var out []string
	for _, line := range lines(data) {
		for _, f := range strings.Split(line, "|") {
			if f = strings.TrimSpace(f); f != "" {
				out = append(out, f)
			}
		}
	}
	return out
}

// country is one row of the gazetteer.
type country struct {
	name     string
	aliases  []string
	demonyms []string
	capitals []string
	seats    []string
	demonym  string // the first demonym, for institution names
}

// parseCountries reads the countries.tsv gazetteer.
func parseCountries(data string) ([]country, error) {
	var out []country
	rows := lines(data)
	if len(rows) == 0 {
		return nil, fmt.Errorf("countries.tsv: no rows")
	}
	for i, row := range rows[1:] {
		f := strings.Split(row, "\t")
		if len(f) != 5 {
			return nil, fmt.Errorf("countries.tsv: row %d has %d fields; want 5", i+2, len(f))
		}
		split := func(s string) []string {
			if strings.TrimSpace(s) == "" {
				return nil
			}
			out := make([]string, 0, strings.Count(s, "|")+1)
			for _, p := range strings.Split(s, "|") {
				if p = strings.TrimSpace(p); p != "" {
					out = append(out, p)
				}
			}
			return out
		}
		c := country{name: strings.TrimSpace(f[0]), aliases: split(f[1]), demonyms: split(f[2]), capitals: split(f[3]), seats: split(f[4])}
		if len(c.demonyms) > 0 {
			c.demonym = c.demonyms[0]
		}
		out = append(out, c)
	}
	return out, nil
}

// wordKind says what kind of speaker a description word names; see
// data/speakers.tsv.
type wordKind int

// The kinds of description word.
const (
	kindState       wordKind = iota + 1 // "side", "government": the state
	kindInstitution                     // "foreign ministry": an institution of a state
	kindBody                            // "office", "council": the head of a named body
	kindAgent                           // "spokesperson": speaks for a body
	kindAnonymous                       // "officials", "diplomat": an unnamed source
	kindDocument                        // "report", "readout": a text, not a speaker
	kindJournalist                      // "question", "q": a transcript questioner
	kindThing                           // "sea", "palace": never a speaker
)

var kindNames = map[string]wordKind{
	"state": kindState, "institution": kindInstitution, "body": kindBody, "agent": kindAgent,
	"anonymous": kindAnonymous, "document": kindDocument, "journalist": kindJournalist, "thing": kindThing,
}

// speakerWord is one row of speakers.tsv.
type speakerWord struct {
	kind      wordKind
	canonical string // for institutions: "Foreign Ministry"
	country   string // a default owner, for phrases specific to one state
}

// parseSpeakers reads speakers.tsv into a map from lower-case phrase to
// its row.
func parseSpeakers(data string) (map[string]speakerWord, error) {
	rows := lines(data)
	out := make(map[string]speakerWord, len(rows))
	if len(rows) == 0 {
		return nil, fmt.Errorf("speakers.tsv: no rows")
	}
	for i, row := range rows[1:] {
		f := strings.Split(row, "\t")
		if len(f) < 2 || len(f) > 4 {
			return nil, fmt.Errorf("speakers.tsv: row %d has %d fields; want 2 to 4", i+2, len(f))
		}
		kind, ok := kindNames[strings.TrimSpace(f[1])]
		if !ok {
			return nil, fmt.Errorf("speakers.tsv: row %d: unknown kind %q", i+2, f[1])
		}
		w := speakerWord{kind: kind}
		if len(f) > 2 {
			w.canonical = strings.TrimSpace(f[2])
		}
		if len(f) > 3 {
			w.country = strings.TrimSpace(f[3])
		}
		if kind == kindInstitution && w.canonical == "" {
			return nil, fmt.Errorf("speakers.tsv: row %d: institution %q has no canonical name", i+2, f[0])
		}
		out[strings.Join(lowerWords(f[0]), " ")] = w
	}
	return out, nil
}

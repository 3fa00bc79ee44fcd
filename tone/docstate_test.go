package tone

import "testing"

// TestLearnGender checks what pronouns and honorifics teach about a
// name, and that a name keeps the first gender learnt.
func TestLearnGender(t *testing.T) {
	st := newDocState()
	for _, w := range []string{"said", "she", "he", "mr", "the"} {
		st.learnGender("Kari Lindqvist", w)
	}
	for _, w := range []string{"minister", "his", "ms"} {
		st.learnGender("Oleg Rybin", w)
	}
	st.learnGender("Marc Thibodeau", "said")
	for _, tt := range []struct {
		name         string
		female, male bool
	}{
		{"Kari Lindqvist", true, false},
		{"Oleg Rybin", false, true},
		{"Marc Thibodeau", false, false},
	} {
		if st.female[tt.name] != tt.female || st.male[tt.name] != tt.male {
			t.Errorf("%s: female %v, male %v, want %v, %v", tt.name, st.female[tt.name], st.male[tt.name], tt.female, tt.male)
		}
	}
}

// TestPersonName checks that a name's words map to the fullest name met,
// and that a new name is added with its words.
func TestPersonName(t *testing.T) {
	st := newDocState()
	toks := func(s string) []token { return tokenize(s) }
	for _, tt := range []struct{ run, want string }{
		{"Kari Lindqvist", "Kari Lindqvist"},
		{"Lindqvist", "Kari Lindqvist"},
		{"Oleg Rybin", "Oleg Rybin"},
		{"Rybin", "Oleg Rybin"},
		{"Marc Thibodeau", "Marc Thibodeau"},
	} {
		if got := st.personName(toks(tt.run)); got != tt.want {
			t.Errorf("personName(%q) = %q, want %q", tt.run, got, tt.want)
		}
	}
	if len(st.people) != 3 {
		t.Errorf("%d people, want 3", len(st.people))
	}
	for _, p := range st.people {
		if p.name == "Oleg Rybin" && (len(p.words) != 2 || p.words[0] != "oleg" || p.words[1] != "rybin") {
			t.Errorf("Oleg Rybin's words are %q", p.words)
		}
	}
}

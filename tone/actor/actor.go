package actor

import (
	"fmt"
	"time"
)

// Kind says what sort of actor an [Actor] is.
type Kind string

// The kinds of actor.
const (
	State        Kind = "state"
	Organisation Kind = "organisation"
	Group        Kind = "group"
	Court        Kind = "court"
	ArmedGroup   Kind = "armed group"
	Collective   Kind = "collective"
	Person       Kind = "person"
)

// OrganisationKinds lists the kinds an organisations table may give.
func OrganisationKinds() []Kind {
	return []Kind{Organisation, Group, Court, ArmedGroup, Collective}
}

// Roles lists the offices a people table may give, in the file's words.
func Roles() []string {
	return []string{"head of state", "head of government", "head of state and government", "foreign minister",
		"spokesperson", "UN secretary-general", "UN ambassador", "other"}
}

// Actor is one row of the gazetteer: a state, an organisation or an office
// held by a person.
type Actor struct {
	// Name is the canonical name used in output ("Russia", "NATO",
	// "Sergei Lavrov").
	Name string
	Kind Kind
	// Aliases are other names for the actor.
	Aliases []string
	// Demonyms, Capitals and Seats are for states only: adjectives that
	// stand for the state, capitals used as metonyms, and seats of
	// government and ministries known by their own name.
	Demonyms, Capitals, Seats []string
	// Role, Country, From and To are for people only: the office, the
	// state or organisation it belongs to, and when it was held (To is
	// empty while it still is).
	Role     string
	Country  string
	From, To string
	// File and Line say where the row was read, for error messages.
	File string
	Line int
}

// Names returns every name that stands for the actor, canonical name first.
// Derived family names of people are not included.
func (a Actor) Names() []string {
	return a.appendNames(nil)
}

// appendNames appends the actor's names, as Names lists them, to dst.
func (a *Actor) appendNames(dst []string) []string {
	dst = append(dst, a.Name)
	for _, list := range [...][]string{a.Aliases, a.Demonyms, a.Capitals, a.Seats} {
		dst = append(dst, list...)
	}
	return dst
}

// HeldOn reports whether a person's office was held on day, written
// YYYY-MM-DD. A date given only to the year or month covers all of it.
// It is true for any actor that is not a person.
func (a Actor) HeldOn(day string) bool {
	if a.Kind != Person {
		return true
	}
	d, err := time.Parse(time.DateOnly, day)
	if err != nil {
		return false
	}
	from, _, err := dateRange(a.From)
	if err != nil || d.Before(from) {
		return false
	}
	if a.To == "" {
		return true
	}
	_, to, err := dateRange(a.To)
	return err == nil && d.Before(to)
}

// dateRange reads a date written YYYY, YYYY-MM or YYYY-MM-DD and returns
// its first day and the day after its last.
func dateRange(s string) (first, after time.Time, err error) {
	for _, f := range []struct {
		layout string
		years  int
		months int
		days   int
	}{{"2006-01-02", 0, 0, 1}, {"2006-01", 0, 1, 0}, {"2006", 1, 0, 0}} {
		if len(s) != len(f.layout) {
			continue
		}
		t, err := time.Parse(f.layout, s)
		if err != nil {
			break
		}
		return t, t.AddDate(f.years, f.months, f.days), nil
	}
	return time.Time{}, time.Time{}, fmt.Errorf("date %q is not YYYY, YYYY-MM or YYYY-MM-DD", s)
}

package dateline

import "testing"

// Issue #5: dated transcripts give their statements a date column.

func TestFind(t *testing.T) {
	tests := []struct {
		in   string
		want string // "" for no date
	}{
		{"2023-04-28", "2023-04-28"},
		{"Press conference, 2023-04-28T10:00Z", "2023-04-28"},
		{"April 28, 2023", "2023-04-28"},
		{"Friday, April 28th, 2023", "2023-04-28"},
		{"Apr. 28 2023", "2023-04-28"},
		{"SEPT. 5, 2021", "2021-09-05"},
		{"Sep 5 2021", "2021-09-05"},
		{"28 April 2023", "2023-04-28"},
		{"1st March, 1999 remarks", "1999-03-01"},
		{"the 3rd of May 2020", ""}, // "of" between day and month is not read
		{"Regular Press Conference on December 31, 2024", "2024-12-31"},
		{"28 April 2023 and then 2023-05-01", "2023-04-28"},         // the first written wins
		{"filed 2023-05-01, speech of 28 April 2023", "2023-05-01"}, // whatever its form
		{"2023-02-30", ""},                                          // no such day
		{"February 29, 2023", ""},                                   // not a leap year
		{"February 29, 2024", "2024-02-29"},
		{"12023-04-28", ""}, // digits run on
		{"2023-04-281", ""},
		{"2023-13-01", ""},
		{"April 2023", ""},      // no day
		{"May 5", ""},           // no year
		{"Marching 5 2020", ""}, // not a month word
		{"1750-01-01", ""},      // out of range
		{"Case 2023-99-99 then 2024-01-02", "2024-01-02"},
		{"", ""},
	}
	for _, tt := range tests {
		d, ok := Find(tt.in)
		got := ""
		if ok {
			got = d.String()
		}
		if got != tt.want {
			t.Errorf("Find(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFromName(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"archive/2023/2023-04-28-briefing.txt", "2023-04-28"},
		{"briefing_2023_04_28.md", "2023-04-28"},
		{"mfa-20230428.txt", "2023-04-28"},
		{"call-28-april-2023.txt", "2023-04-28"},
		{"April_28_2023 call.txt", "2023-04-28"},
		{"20231399.txt", ""},
		{"2023/04/28.txt", ""}, // the directories are not read, only the base name
		{"notes.txt", ""},
		{`C:\archive\2024-01-05.txt`, "2024-01-05"},
		{"x-123456789.txt", ""},
	}
	for _, tt := range tests {
		d, ok := FromName(tt.in)
		got := ""
		if ok {
			got = d.String()
		}
		if got != tt.want {
			t.Errorf("FromName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestOf(t *testing.T) {
	tests := []struct {
		name, doc string
		want      string
	}{
		{"2023-01-01-saved.txt", "Regular Press Conference, April 28, 2023\n\nMao Ning: Good afternoon.", "2023-04-28"},
		{"2023-01-01-saved.txt", "Mao Ning: Good afternoon.", "2023-01-01"},
		{"\uFEFFx.txt", "\uFEFF28 April 2023\nText.", "2023-04-28"},
		{"x.txt", "\n\n  \nTitle\n\nBEIJING, 28 April 2023 -- text", "2023-04-28"},
		// Only the first five non-blank lines are the heading.
		{"x.txt", "a\nb\nc\nd\ne\nOn 28 April 2023 they met.", ""},
		{"x.txt", "", ""},
	}
	for _, tt := range tests {
		d, ok := Of(tt.name, tt.doc)
		got := ""
		if ok {
			got = d.String()
		}
		if got != tt.want {
			t.Errorf("Of(%q, %q) = %q, want %q", tt.name, tt.doc, got, tt.want)
		}
	}
}

func TestHasYear(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"April 28, 2023", true},
		{"2023-04-28", true},
		{"x20230428", true},
		{"BEIJING, April 28 (Reuters)", false},
		{"resolution 227 of 19 May", false},
		{"", false},
		{"12-34-56", false},
	}
	for _, tt := range tests {
		if got := hasYear(tt.s); got != tt.want {
			t.Errorf("hasYear(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

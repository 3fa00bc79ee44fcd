package tone_test

import (
	"fmt"

	"github.com/demarche/demarche/tone"
)

func ExampleAttributor_Attribute() {
	a, err := tone.NewAttributor()
	if err != nil {
		panic(err)
	}
	doc := `China's Foreign Minister Wang Yi met his counterpart on Monday.

“Dialogue is the only way out of this crisis,” Wang said.

Moscow said it was ready for talks, and the Kremlin warned against new sanctions.`
	for _, s := range a.Attribute(doc) {
		fmt.Printf("%d %-9s %-11s %s\n", s.Paragraph, s.Kind, s.Speaker, s.Text)
	}
	// Output:
	// 1 narration             China's Foreign Minister Wang Yi met his counterpart on Monday.
	// 2 direct    Wang Yi     Dialogue is the only way out of this crisis
	// 3 reported  Russia      said it was ready for talks
	// 3 reported  Kremlin     warned against new sanctions.
}

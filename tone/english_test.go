package tone

import (
	"strings"
	"testing"
)

// TestForeignDocuments checks which documents the analyzer counts as not
// English (Extent.Foreign).
func TestForeignDocuments(t *testing.T) {
	_, an := defaultAnalyzer(t)
	english := strings.Repeat("The minister said that China and Brazil would deepen their cooperation in trade. ", 8)
	french := strings.Repeat("Le ministre a déclaré que la Chine et le Brésil renforceraient leur coopération commerciale. ", 8)
	tests := []struct {
		name string
		text string
		want int
	}{
		{"English", english, 0},
		{"an English transcript", strings.Repeat("Mao Ning: We have noted the reports. AFP: Will China respond? Mao Ning: We oppose sanctions. ", 8), 0},
		{"French", french, 1},
		{"Spanish", strings.Repeat("El ministro dijo que China y Brasil profundizarían su cooperación en el comercio. ", 8), 1},
		{"German", strings.Repeat("Der Minister sagte, China und Brasilien würden ihre Zusammenarbeit im Handel vertiefen. ", 8), 1},
		{"Russian", strings.Repeat("Министр заявил, что Китай и Бразилия углубят сотрудничество в торговле. ", 8), 1},
		{"Chinese", strings.Repeat("外交部发言人表示，中国和巴西将深化贸易合作。", 40), 1},
		{"French too short to judge", "Le ministre a déclaré que la Chine et le Brésil renforceraient leur coopération.", 0},
		{"French that names an English word", french + " (the “Quad”)", 1},
		{"a collection of both", english + "\n\nEnd of Document\n\n" + french + "\n\nEnd of Document\n\n" + english, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, ext, _ := an.AnalyzeDocuments(tt.text); ext.Foreign != tt.want {
				t.Errorf("%d foreign documents, want %d", ext.Foreign, tt.want)
			}
		})
	}
}

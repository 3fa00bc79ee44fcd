package tone

import (
	"math"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/demarche/demarche/lexicon"
)

// fuzzSeeds are the hard cases of the robustness issue (#7), small enough
// to run in every test; the large versions live in the adversarial tests.
var fuzzSeeds = []string{
	"",
	"   \n\t\n",
	"“Unclosed quote that never ends, Xi said",
	strings.Repeat("“", 200),
	"“a “b “c “d “e” d” c” b” a”, he said.",
	strings.Repeat("Mao Ning: ", 50),
	"مرحبا بكم. قال الوزير: «نرفض ذلك»",
	"外交部发言人毛宁说：“中方坚决反对。”",
	"zero\u200bwidth\u200d joiner\u0000control\u0007 chars",
	"caf\xe9 na\xefve \x93quoted\x94 \x96 dash", // Windows-1252 bytes
	"Q: ?\nA: !\nQ:\nA:",
	"\"\"\"\"",
	"said said said said",
	"Mr. Mr. Mr. said: “x”",
	"Lavrov said: “We will not accept this.” He added: “Never.”\n\n“Floating.”",
	"“We will act,” Xi said. Lavrov said: “No.”",
	"MR MILLER: Hello. (Laughter.)\nQUESTION: Why?\nMR MILLER: Because.",
	"President: Mr. Osei (Ghana)\n\nThe President: I thank him.\n\nMr. X (Y): Thanks.",
	"BEIJING (Reuters) – According to the ministry, talks failed, officials said.",
	"Mr. X (Y): We call for\n\n24-1 5/30\n\f\fS/PV.1 18/01/2024\n\n\nrestraint.\f\n\nEnd of Document\n[0:05] Ana Ruiz: coopera-\ntion",
	"«Non», a-t-il dit. \"Unclosed quote, she said",
	"Q: Why?\nA: (laughs) Because, he said, it's late.",
	"Mei Lund: One.\n\nQ: Two?\n\nMei Lund: Three.\n\n\n“Four,” Hao said.\n\nFive.\n \n\t\nThe President: Six.\n\nMr. X (Y): Seven.",
	"The Secretary of State for Foreign, Commonwealth and Development Affairs (David Lammy): One.\n\nA B (C) (D): Two.\n\nThe Secretary of State: Three. Mr Lammy: Four.",
	"Question [Reuters]: Why?\n\nOfficial Spokesperson, Shri A B: Because.\n\nQ (AFP): [x]: ( ]: [ ):\n\nQuestion []: No.",
	"Minister KAMIKAWA: Yes.\n\nPRESS CONFERENCE BY KAMIKAWA Yoko XI Jinping NATO Ortiz said É X.\n\nMinister KAMIKAWA: No.",
	"President Xi's speech. Xi's. Wang Yi's' said. A B's C's D said. “Yes,” said Merz'.\n\nQ: Why?\n\nA: No.",
	"Secretary Antony J. Blinken said J. K. L. M said. “No,” said A. B.\n\nDeclaration by the High Representative on behalf of the EU on X\n\nThe EU said so. My Government said no.",
	"Georgia: Statement by the EU:\n\nThe following statement was issued by :\n\n: Statement by \n\nThe following is a statement by X: Y.",
	"Meeting with Viktor Orban\n\nVladimir Putin held talks with Viktor Orban.\n\nVladimir Putin: Hello.\n\nViktor Orban: Hi.",
	"Letter dated from \n\n(Signed)\n\nSigned Article by : X\n\nKCNA quoted as saying. X cited Y, Z, as saying W. Quoted as saying.",
	"Joint Statement by A and B\n\nThe two sides said so. Both said no. Netanyahu's office said yes. His office said: “no”. China's state said.",
	"G7 Leaders' Communiqué on\n\n1. We\n\nChair's Summary of ASEAN EU\n\nWe,\n\nOfficials of said. Leaders of NATO of Japan said. “A,” B said, “c,” D said, “e.”",
	"A B, C D (through translator): x.\n\nA, B: y.\n\nAB CD, EF: z.\n\nComment by X Y on\n\nX Y's Speech at\n\nI am.\n\nQ: ?\n\nA: !",
	"A Wang and B Wang met. Wang said. C Wang spoke. Wang said. Wang's said. Wang Wang said.",
	"Ali al-Sistani said. Sistani said. El-Sistani said. al- said. Al- said. Grand Ayatollah said. el-X al-Y said.",
	"X told nothing. X told a b c nothing new. Told nothing. X tells the BBC nothing about. X told",
	"X was cited by as saying. Was cited by Y as saying Z. was cited by. X, cited by Y as saying, was.",
	"Interview: A B with C D\n\nD: Why?\n\nB: No.\n\nQ. Why?\n\nA. ?\n\nRelated: x\n\nRead more: y",
	"Washington Summit Declaration\n\nIssued by \n\n1. We, the of NATO, met.\n\nLeaders' Declaration\n\nWe, \n\nWe, the Leaders of Brazil, met.",
	"Communiqué of the Peace and Security Council\n\nThe Council,\n\n2. Strongly condemns.\n\nThe Assembly,\n\nFirmly.",
	"The President of the People's Republic of China's said. The Minister of of Japan said. People's said. The President of said.",
	"The Security Council,\n\n1.\n\n2. Decides,\n\nThe Council,\n\nRecalling, “x,” he said;\n\n12. 3. Calls. 999. No.\n\nThe ,",
	"Statement by the Ministry of Foreign Affairs of the Republic of Korea\n\nThe Government urges restraint.\n\nThe Government of Japan said so.",
	"A senior U.S. official said. U.S. The U.S. State Department said. By the U.S. The. U.S.\n\nU.S. It. A U.K. U.N. E.U. said U.S.",
	"European Council conclusions on\n\n1. The European Council\n\n2. The European Union said.\n\nConclusions of the\n\nThe ",
	"Lavrov, quoted by TASS as saying, rejected. X, cited by as saying “a,” said. , quoted by as saying,, said",
	"A, she said, b. The talks, he said, , were. X, she said,\n\nY, he said, and",
	"RIYADH — X opened by promising that. GENEVA, May 3 – by saying. MR. A – by. A - B - by warning",
	"Statement by Ms. A, Minister of Chile and Peru\n\nChile condemns. Peru said. The Government said.\n\nStatement by of\n\nNorway said",
	"Middle East: Humanitarian Situation\n\nA: B\n\nX: Y Z.\n\nQ: The Talks Of",
	"The Government of Kenya:\n\n- condemns;\n- \n• calls\n\nX:\n\n* a;\n* b\n- c -\nd",
	"Joint Statement of A and B\n\nX and Y said. They said. and said. A and said. Joint Statement between\n\nZ",
	"Mr. A (France): The Government call on. The Government of Peru said.\n\nQUESTION: The Government said?\n\nMr. B (Chad): The Government",
	"Russia's ambassador to Ankara, A B, said. The ambassador said. The President of the, C D, said. to , E F said. of the X, said",
	"A's deputy minister, Senior General B C, said. D, he said, hoped E. F said, and I quote, \"G H I J.\" I quote, \"K\". , I quote",
	"President: Mr. A (B)\n\nThe President: B urges. C said.\n\nPresident: D (\n\nThe President: (",
	"A B (C) said D. E (F) welcomed G, and announced. (H) said. I () said. \"J K,\" declared Mr. L. M estimated that N. O, P, indicated to Q that R.",
	"The A resolution said. A B statement said. The C readout said. D, according to E, F. G, according to H, clearing. I, according to J, and K said. L, according to",
	"A B spokesman, C D, declined but said E. F, G, declined and said. H, , but said. I, J K, L, but said",
	"A, said B, adding that C, saying D. E, F said, adding. G, the H said, adding that \"I\".",
	"1. A B (C) (D): E?\n\n2. F: g.\n\n12. (H): I\n\n123. J K (L):\n\n1.",
	"An envoy for the A, B C, spoke. The envoy said. A chief for the D said. the, E, said. for the, F G, said",
	"A have in the past said. in the past said. B, C, nonetheless said that. the current state of. D has responded. E said:",
	"A Declaration on B\n\nWe, the C of D (E),:\n\n1. F;\n\nAdopted in G.\n\nH, Oct 1 (I) - J said.\n\nWe,",
	"Last month A said. On 3 B C said. Earlier this week the junta in D said. In the regime in said. On Monday said. Last",
	"A's B: c d e f g h\n\nBy I J\n\nK L is. We met.\n\nQ: M?\n\nA: N.\n\nBY\n\nA:",
	"HEARING\n\nPresent: A, B.\n\nThe CHAIRMAN. The. \n\nSenator HALL. (Laughter.)\n\nMr. VAN H. X.\n\nThe EU. No.\n\nMs. ÑÑ. “Q”",
	"A's top aide B bin C of D and E, F, said. G's envoy to the talks, H I, said. J's trade minister, K L and M of N and O Ministers P, said",
	"Putin and Erdogan spoke. The Russian president said. The President of Turkey said. Lavrov, Fidan. The Turkish leader said. The Russian foreign minister said",
	"It is dire, said A B, the C minister, on D. It is, said the E, F G. It was, H, the I, said. J, K's envoy, told L in M. , said N, , told , the",
}

// FuzzAttribute checks the properties every document must keep: no panic,
// statements in document order, every statement's text drawn from the
// input in order, valid kinds, and the same output for the same input.
func FuzzAttribute(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	a, err := NewAttributor()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, doc string) {
		got := a.Attribute(doc)
		again := a.Attribute(doc)
		if len(got) != len(again) {
			t.Fatalf("two runs gave %d and %d statements", len(got), len(again))
		}
		input := compact(Normalize(doc))
		// Paragraphs are numbered on from one document to the next, and
		// a separator line ends a document even inside a paragraph of
		// the whole text.
		paras := 0
		if docs := Documents(Normalize(doc)); docs == nil {
			paras = len(splitParagraphs(Normalize(doc)))
		} else {
			for _, d := range docs {
				paras += len(splitParagraphs(d))
			}
		}
		prevPara, prevDoc := 0, 1
		for i, s := range got {
			if s.Document < prevDoc {
				t.Fatalf("statement %d in document %d after document %d", i+1, s.Document, prevDoc)
			}
			prevDoc = s.Document
			if s != again[i] {
				t.Fatalf("statement %d differs between runs: %+v vs %+v", i+1, s, again[i])
			}
			if s.Index != i+1 {
				t.Fatalf("statement %d has index %d", i+1, s.Index)
			}
			if s.Paragraph < 1 || s.Paragraph > paras {
				t.Fatalf("statement %d in paragraph %d of %d", i+1, s.Paragraph, paras)
			}
			if s.Paragraph < prevPara {
				t.Fatalf("statement %d in paragraph %d after paragraph %d", i+1, s.Paragraph, prevPara)
			}
			prevPara = s.Paragraph
			switch s.Kind {
			case Direct, Reported, Turn, Speech:
				if s.Speaker == "" {
					t.Fatalf("statement %d (%s) has no speaker", i+1, s.Kind)
				}
			case Narration:
				if s.Speaker != "" {
					t.Fatalf("narration %d has speaker %q", i+1, s.Speaker)
				}
			default:
				t.Fatalf("statement %d has kind %q", i+1, s.Kind)
			}
			if strings.TrimSpace(s.Text) == "" {
				t.Fatalf("statement %d is empty", i+1)
			}
			if !isSubsequence(compact(s.Text), input) {
				t.Fatalf("statement %d text %q is not drawn from the input", i+1, s.Text)
			}
		}
	})
}

// FuzzDocuments checks that the documents of a text are spans of it, in
// order, with nothing but blank lines between them, two or more, or blank
// lines and separator lines ("End of Document"), and nothing else left
// out; and that there is never just one unless a separator line was left
// out.
func FuzzDocuments(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Add("A1.\n\nEnd of Document\n\nB1.\n\n\nB2.\nend of document")
	f.Add("End of Document\nA1.\n\nA2.\n")
	f.Fuzz(func(t *testing.T, text string) {
		text = Normalize(text)
		docs := Documents(text)
		_, anySep := leadingGap(text)
		rest := text
		if len(docs) > 0 && !strings.HasPrefix(rest, docs[0]) {
			// Only lines with a separator among them come before the
			// first document.
			gap, sep := leadingGap(rest)
			if !sep {
				t.Fatalf("text before the first document %q: %q", docs[0], gap)
			}
			rest = rest[len(gap):]
		}
		for i, d := range docs {
			if !strings.HasPrefix(rest, d) {
				t.Fatalf("document %d %q is not next in %q", i+1, d, rest)
			}
			if strings.TrimSpace(d) == "" {
				t.Fatalf("document %d is blank: %q", i+1, d)
			}
			rest = rest[len(d):]
			// The gap after: whole blank or separator lines, up to the
			// next document's first line (a document ends with its last
			// line's line end).
			gap, sep := leadingGap(rest)
			anySep = anySep || sep
			if i < len(docs)-1 {
				if !sep && strings.Count(gap, "\n") < 2 {
					t.Fatalf("documents %d and %d are not two blank lines or a separator apart: %q", i+1, i+2, gap)
				}
				rest = rest[len(gap):]
			}
		}
		if len(docs) > 0 && rest != "" {
			if gap, sep := leadingGap(rest); !sep || gap != rest {
				t.Fatalf("text left after the last document: %q", rest)
			}
		}
		if len(docs) == 1 && !anySep {
			t.Fatalf("one document returned, and no separator left out: %q", docs[0])
		}
	})
}

// compact drops white space, so that joined lines compare with the input.
func compact(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, strings.ToValidUTF8(s, "\uFFFD"))
}

// isSubsequence reports whether the runes of sub appear in s in order.
func isSubsequence(sub, s string) bool {
	for _, r := range sub {
		i := strings.IndexRune(s, r)
		if r == utf8.RuneError {
			i = strings.Index(s, string(utf8.RuneError))
		}
		if i < 0 {
			return false
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		s = s[i+n:]
	}
	return true
}

// FuzzScore checks that scores stay in range, are never NaN and do not
// depend on anything but the text.
func FuzzScore(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Add("We firmly oppose this provocation and will never not deeply deeply somewhat welcome it but")
	lex, err := lexicon.Default()
	if err != nil {
		f.Fatal(err)
	}
	s := NewScorer(lex, constModel(2))
	f.Fuzz(func(t *testing.T, text string) {
		got := s.Score(text)
		checkRanges(t, got)
		again := s.Score(text)
		if got.Tone != again.Tone || got.Cooperation != again.Cooperation || FormatTerms(got.Terms) != FormatTerms(again.Terms) {
			t.Fatalf("two scores of the same text differ")
		}
	})
}

func checkRanges(t *testing.T, sc Score) {
	t.Helper()
	for name, v := range map[string]float64{"tone": sc.Tone, "lexicon": sc.Lexicon, "cooperation": sc.Cooperation} {
		if math.IsNaN(v) || v < -1 || v > 1 {
			t.Fatalf("%s = %v, outside [-1, 1]", name, v)
		}
	}
	for name, v := range map[string]float64{"assertiveness": sc.Assertiveness, "nb_positive": sc.NBPositive} {
		if math.IsNaN(v) || v < 0 || v > 1 {
			t.Fatalf("%s = %v, outside [0, 1]", name, v)
		}
	}
	if sc.Label != LabelFor(sc.Tone) {
		t.Fatalf("label %q for tone %v", sc.Label, sc.Tone)
	}
	for _, term := range sc.Terms {
		if math.IsNaN(term.Weight) || math.IsInf(term.Weight, 0) {
			t.Fatalf("term %q weight %v", term.Text, term.Weight)
		}
	}
}

package nlp

import (
	"strings"
	"testing"
)

// checkTokens asserts what every tokenization must satisfy: tokens inside
// the span, in order, not overlapping, not empty, each Text the exact slice
// of the text, and nothing but white space left between them.
func checkTokens(t testing.TB, text string, s Span, toks []Token) {
	t.Helper()
	prev := s.Start
	for i, tk := range toks {
		if tk.Start < prev || tk.End > s.End || tk.Len() <= 0 {
			t.Fatalf("token %d %v out of order, empty or outside %v (previous end %d)", i, tk.Span, s, prev)
		}
		if gap := text[prev:tk.Start]; !isBlank(gap) {
			t.Fatalf("text %q before token %d is in no token", gap, i)
		}
		prev = tk.End
	}
	if gap := text[prev:s.End]; !isBlank(gap) {
		t.Fatalf("text %q at the end is in no token", gap)
	}
}

func tokenTexts(t *testing.T, text string) []string {
	t.Helper()
	s := Span{0, len(text)}
	toks := Tokenize(text, s, nil)
	checkTokens(t, text, s, toks)
	out := make([]string, len(toks))
	for i, tk := range toks {
		out[i] = text[tk.Start:tk.End]
	}
	return out
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name string
		text string
		want string // tokens separated by spaces
	}{
		{"final period", "The war ended.", "The war ended ."},
		{"possessive and n't", "Russia's war didn't end and Kyiv’s won’t.", "Russia 's war did n't end and Kyiv ’s wo n’t ."},
		{"other clitics", "I'm sure they're here, we've seen she'll go and he'd stay; can't.", "I 'm sure they 're here , we 've seen she 'll go and he 'd stay ; ca n't ."},
		{"clitic after a space", "Jones 's book", "Jones 's book"},
		{"abbreviations keep their period", "U.S. officials met Gov. Smith on Jan. 5 at 10:30 a.m. with J. K. Rowling, e.g. today.",
			"U.S. officials met Gov. Smith on Jan. 5 at 10:30 a.m. with J. K. Rowling , e.g. today ."},
		{"party and state", "Rep. Smith (D-N.Y.) said", "Rep. Smith ( D-N.Y. ) said"},
		{"sentence-final abbreviation as CoNLL writes it", "I live in the U.S.", "I live in the U.S ."},
		{"final abbreviation before a quote", `He works for Acme Inc."`, `He works for Acme Inc . "`},
		{"numbers stay whole", "The 18-month-old war cost $1,000, or 3.5% more, on 1996-08-30 (.496 and +44).",
			"The 18-month-old war cost $ 1,000 , or 3.5 % more , on 1996-08-30 ( .496 and +44 ) ."},
		{"hyphenated words stay whole", "A pro-democracy all-rounder, self-rule and U.S.-led talks.",
			"A pro-democracy all-rounder , self-rule and U.S.-led talks ."},
		{"en and em dashes split", "The Russia–Ukraine war — a crisis -- and a draw - no more.",
			"The Russia – Ukraine war — a crisis -- and a draw - no more ."},
		{"dangling hyphen as CoNLL writes it", "a multi- ethnic society", "a multi- ethnic society"},
		{"URL", "Visit https://www.example.com/a-b_c.html?x=1&y=(2). Then leave.", "Visit https://www.example.com/a-b_c.html?x=1&y=(2) . Then leave ."},
		{"bare www URL", "See www.example.com, please", "See www.example.com , please"},
		{"e-mail, handle, tag", "Mail jane.doe@example.com, @newsnlp_bot or #breaking2025 now.",
			"Mail jane.doe@example.com , @newsnlp_bot or #breaking2025 now ."},
		{"ellipsis", "Well... maybe… or . . . not", "Well ... maybe … or . . . not"},
		{"straight quotes", `'This is great,' she said. "No."`, `' This is great , ' she said . " No . "`},
		{"curly quotes stay curly", "She said “I will not.” ‘Fine’", "She said “ I will not . ” ‘ Fine ’"},
		{"CoNLL quotes", "``Lost passport'' excuse", "`` Lost passport '' excuse"},
		{"plural possessive", "the players' union", "the players ' union"},
		{"currency codes", "C$100 and US$5 and HK$7", "C$ 100 and US$ 5 and HK$ 7"},
		{"apostrophe names", "O'Brien and N'Djamena and d'affaires", "O'Brien and N'Djamena and d'affaires"},
		{"brackets", "(Reuters) [sic] {x}", "( Reuters ) [ sic ] { x }"},
		{"ampersands", "AT&T and S&P 500 and Pitt & Co", "AT&T and S&P 500 and Pitt & Co"},
		{"ranking number", "3. Ato Boldon (Trinidad) 20.09", "3. Ato Boldon ( Trinidad ) 20.09"},
		{"number ends a sentence", "She has $100.00.", "She has $ 100.00 ."},
		{"multi-byte text", "Zürich’s café—naïve “résumé” in 東京 costs €5 😀.", "Zürich ’s café — naïve “ résumé ” in 東京 costs € 5 😀 ."},
		{"sentence marks", "Really?! Yes!! No?", "Really ? ! Yes ! ! No ?"},
		{"symbols", "x = 1 + 2 * 3 / 4 ; 5% <b>", "x = 1 + 2 * 3 / 4 ; 5 % < b >"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := strings.Join(tokenTexts(t, tt.text), " ")
			if got != tt.want {
				t.Errorf("Tokenize(%q)\n got %s\nwant %s", tt.text, got, tt.want)
			}
		})
	}
}

// TestTokenizeSpan checks that tokens carry offsets into the whole text and
// stay inside the sentence's span, and that dst is appended to.
func TestTokenizeSpan(t *testing.T) {
	text := "Before. “Zürich’s mayor,” he said. After."
	start := strings.Index(text, "“")
	end := strings.Index(text, " After")
	s := Span{start, end}
	prev := []Token{{Span: Span{0, 6}}}
	toks := Tokenize(text, s, prev)
	if len(toks) < 2 || toks[0].Span != (Span{0, 6}) {
		t.Fatalf("dst not appended to: %v", toks)
	}
	toks = toks[1:]
	checkTokens(t, text, s, toks)
	var got []string
	for _, tk := range toks {
		got = append(got, text[tk.Start:tk.End])
	}
	want := "“ Zürich ’s mayor , ” he said ."
	if strings.Join(got, " ") != want {
		t.Errorf("got %q, want %q", strings.Join(got, " "), want)
	}
	if toks[0].Start != start {
		t.Errorf("first token at %d, want %d", toks[0].Start, start)
	}
}

package sumeval

import (
	"strings"
	"testing"
)

func TestRecase(t *testing.T) {
	cases := []struct{ in, want string }{
		{"( cnn ) the harbour board met on tuesday . it voted 5-2 .",
			"(CNN) The harbour board met on tuesday. It voted 5-2."},
		{"`` we 're ready , '' she said . i do n't agree , he said .",
			`"We're ready," she said. I don't agree, he said.`},
		{"the fare rose by $ 3.50 -- about 20 % . the drivers ' union objected .",
			"The fare rose by $3.50 -- about 20%. The drivers' union objected."},
		{"he called it ' a disgrace . ' the board ( which met late ) disagreed .",
			"He called it 'a disgrace.' The board (which met late) disagreed."},
		{"‘ we lost , ’ she said . what now ?", "‘We lost,’ she said. What now?"},
	}
	for _, c := range cases {
		if !Tokenized(c.in) {
			t.Errorf("Tokenized(%q) = false", c.in)
		}
		if got := Recase(c.in); got != c.want {
			t.Errorf("Recase(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
	for _, s := range []string{"The board met on Tuesday. It voted.", "a line with no tokens split off", ""} {
		if Tokenized(s) {
			t.Errorf("Tokenized(%q) = true", s)
		}
	}
}

func TestReadRecasesTokenizedText(t *testing.T) {
	in := `{"id":"a","text":"the board met . it voted .","summary":"board meets"}
{"id":"b","text":"The board met. It voted.","summary":"board meets"}
`
	arts, err := Read(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if !arts[0].Recased || arts[0].Text != "The board met. It voted." {
		t.Errorf("tokenized article read as %+v", arts[0])
	}
	if arts[1].Recased || arts[1].Text != "The board met. It voted." {
		t.Errorf("cased article read as %+v", arts[1])
	}
}

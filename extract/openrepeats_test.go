package extract

import "testing"

func TestOpenRepeats(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`ab`, `ab`},
		{`a.{0,80}b`, `a.{0,}b`},
		{`.{1,30}: (x|y).{3,60}`, `.{1,}: (x|y).{3,}`},
		{`a\.{2,3}`, `a\.{2,3}`},
		{`x.{2}`, `x.{2}`},
		{`x.{`, `x.{`},
	} {
		if got := openRepeats(c.in); got != c.want {
			t.Errorf("openRepeats(%q) = %q; want %q", c.in, got, c.want)
		}
	}
}

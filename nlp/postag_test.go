package nlp

import "testing"

// TestPOSRoundTrip: every tag prose's tagger gives (its classes, and "-"
// for a hyphen) survives the one-byte POS.
func TestPOSRoundTrip(t *testing.T) {
	prose := []string{"#", "$", "''", "(", ")", ",", ".", ":", "CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS",
		"LS", "MD", "NN", "NNP", "NNPS", "NNS", "PDT", "POS", "PRP", "PRP$", "RB", "RBR", "RBS", "RP", "SYM", "TO", "UH",
		"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "WDT", "WP", "WP$", "WRB", "``", "-"}
	for _, tag := range prose {
		if p := ParsePOS(tag); p.String() != tag || p == NoPOS {
			t.Errorf("ParsePOS(%q) = %d, %q", tag, p, p)
		}
	}
	if ParsePOS("").String() != "" || ParsePOS("NOT-A-TAG").String() != "XX" {
		t.Error("empty or unknown tags")
	}
}

package nlp

// POS is a Penn Treebank part-of-speech tag, as prose's tagger gives them,
// in one byte.
type POS uint8

// NoPOS is the tag of a token that was not tagged.
const NoPOS POS = 0

// posNames are the tags by POS: the Penn Treebank tags with the
// punctuation tags of the Wall Street Journal corpus and OntoNotes, and "-",
// which prose gives a lone hyphen.
var posNames = [...]string{
	NoPOS: "",
	"-", "#", "$", "''", "(", ")", ",", ".", ":", "``", "-LRB-", "-RRB-", "-NONE-",
	"ADD", "AFX", "CC", "CD", "DT", "EX", "FW", "GW", "HYPH", "IN", "JJ", "JJR", "JJS", "LS", "MD",
	"NFP", "NN", "NNP", "NNPS", "NNS", "PDT", "POS", "PRP", "PRP$", "RB", "RBR", "RBS", "RP",
	"SYM", "TO", "UH", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "WDT", "WP", "WP$", "WRB", "XX",
}

var posByName = func() map[string]POS {
	m := make(map[string]POS, len(posNames))
	for i, n := range posNames {
		m[n] = POS(i)
	}
	return m
}()

// ParsePOS returns the POS for a tag name; a name that is not a Penn
// Treebank tag is XX, and "" is NoPOS.
func ParsePOS(name string) POS {
	if p, ok := posByName[name]; ok {
		return p
	}
	return posByName["XX"]
}

// String returns the tag's name, "" for NoPOS.
func (p POS) String() string {
	if int(p) < len(posNames) {
		return posNames[p]
	}
	return ""
}

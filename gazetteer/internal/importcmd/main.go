// Command importcmd converts the organisation lists of ../shared/data/gazetteer
// (parties, universities, football clubs, and the companies, newspapers,
// agencies, charities and teams of orgs-misc) into gazetteer/data/import-*.tsv,
// leaving out the names that would do harm as gazetteer entries. It is run by
// hand when those lists change, from the module root:
//
//	go run ./gazetteer/internal/importcmd -src ../shared/data/gazetteer
//	go generate ./gazetteer
//
// It needs /usr/share/dict/american-english (Debian's wamerican) for the
// common-word test, as gen/build.mjs does. A name is left out when it is:
//   - a name the other lists give another kind: a place, a nationality or
//     group, a person name, a title, a market symbol, a marker word ("Liverpool",
//     "Tokyo", "Conservatives", "United");
//   - one common English word, or "The" and one ("Palace", "Spurs", "The Left"),
//     unless it is a company or club that news names by that word (keepWord);
//   - an acronym of one or two letters, or a short mixed-case table
//     abbreviation ("PP", "Lab", "Con"), or a club alias abbreviated with a
//     full stop ("C. Palace", "Bayern Mün.");
//   - in a script other than Latin, or longer than 10 tokens;
//   - for parties, a translated alias made of common words only, without a
//     word that marks an organisation ("Free Voters", "Real Democracy");
//   - already listed as an organisation by the hand-written lists, which win.
//
// Imported names carry no canonical form: the lists' canonical names are
// native or registered forms ("FC Spartak Moskva", "Bündnis Zukunft
// Österreich") that an English news story would not show, and an alias may
// name several organisations ("Centre Party"). The hand-written orgs.tsv
// gives the canonical forms news uses ("Man Utd" is "Manchester United").
//
// Legal forms are cut from company names ("The Coca-Cola Company" becomes
// "Coca-Cola"), a name's "(ACRONYM)" becomes an alias, other bracketed
// disambiguators are cut, and dated forms are mapped to those news uses now
// (renamed).
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing/fstest"
	"unicode"

	"github.com/newsnlp/newsnlp/gazetteer"
)

func main() {
	src := flag.String("src", "../shared/data/gazetteer", "folder of the shared organisation lists")
	out := flag.String("out", "gazetteer/data", "folder of the gazetteer's lists")
	dict := flag.String("dict", "/usr/share/dict/american-english", "English word list")
	flag.Parse()
	if err := run(*src, *out, *dict); err != nil {
		fmt.Fprintln(os.Stderr, "importcmd:", err)
		os.Exit(1)
	}
}

// importer holds what the filters consult and counts what they drop.
type importer struct {
	base    *gazetteer.Gazetteer // every list but the import-*.tsv files
	words   map[string]bool      // lower-case English words
	dropped map[string]int       // reason -> count
	seen    map[string]bool      // kind\tfolded name written
	rows    []string
}

// markerKinds are the kinds an imported organisation name must not share.
const markerKinds = gazetteer.GPEKinds | gazetteer.LOCKinds | gazetteer.NORPKinds | gazetteer.PERKinds |
	gazetteer.Title | gazetteer.Honorific | gazetteer.OrgWord | gazetteer.OrgSuffix | gazetteer.Market |
	gazetteer.FacWord | gazetteer.StreetWord | gazetteer.Particle

// keepWord are single common words that news uses, capitalised, for the
// company or club and rarely for anything else.
var keepWord = map[string]bool{"Apple": true, "Amazon": true, "Target": true, "Visa": true, "Oracle": true,
	"Chevron": true, "Caterpillar": true, "Alphabet": true, "Arsenal": true, "Humana": true, "Aflac": true,
	"Honeywell": true, "Medtronic": true, "Comcast": true, "Starbucks": true, "Nike": true}

// renamed maps dated names in the lists to the names news uses now; a name
// mapped to "" is left out.
var renamed = map[string]string{
	"Wal-Mart Stores":                   "Walmart",
	"Hewlett-Packard":                   "HP",
	"International Business Machines":   "IBM",
	"Amazon.com":                        "Amazon",
	"Yahoo!":                            "Yahoo",
	"Twenty-First Century Fox":          "Fox Corporation",
	"Washington Football Team":          "Washington Commanders",
	"Cleveland Indians":                 "Cleveland Guardians",
	"Los Angeles Angels of Anaheim":     "Los Angeles Angels",
	"Middlesborough":                    "Middlesbrough",
	"J.P. Morgan Chase & Co.":           "JPMorgan Chase",
	"CVS Caremark":                      "CVS Health",
	"Walgreen Co.":                      "Walgreens",
	"United Technologies":               "Raytheon Technologies",
	"United Continental Holdings":       "United Airlines",
	"Time Warner":                       "",
	"Express Scripts Holding":           "Express Scripts",
	"The Record":                        "",
	"The Blade":                         "",
	"The Sun":                           "",
	"Daily News":                        "New York Daily News",
	"The Intelligence Community":        "",
	"The Judicial Branch (Courts)":      "",
	"The Legislative Branch (Congress)": "",
	"Non-Federal Agency":                "",
	"Director of National Intelligence": "Office of the Director of National Intelligence",
}

func run(src, out, dictPath string) error {
	base, err := compileBase(out)
	if err != nil {
		return err
	}
	words, err := readWords(dictPath)
	if err != nil {
		return err
	}
	files := []struct {
		name, header string
		fill         func(im *importer, path string) error
		from         string
	}{
		{"import-parties.tsv", "# Generated by internal/importcmd from partyfactsdata core parties (MIT, Copyright (c) 2022 Party Facts authors),\n# via ../shared/data/gazetteer/parties.tsv (hdigital/partyfactsdata @ 764de8978f84). kind\tname\tcanonical",
			(*importer).parties, "parties.tsv"},
		{"import-universities.tsv", "# Generated by internal/importcmd from university-domains-list (MIT, Copyright (c) 2014-2025 Hipo),\n# via ../shared/data/gazetteer/universities.tsv (Hipo/university-domains-list @ bb07faf064e1). kind\tname",
			(*importer).universities, "universities.tsv"},
		{"import-clubs.tsv", "# Generated by internal/importcmd from openfootball/clubs (CC0 1.0),\n# via ../shared/data/gazetteer/football-clubs.tsv (openfootball/clubs @ ae3800227c44). kind\tname\tcanonical",
			(*importer).clubs, "football-clubs.tsv"},
		{"import-misc.tsv", "# Generated by internal/importcmd from dariusk/corpora (CC0): Fortune 500 (2014), NASDAQ-100, DJIA, US newspapers,\n# US charities, US federal agencies, UK registered parties, NFL/NBA/MLB/NHL teams, EPL/La Liga/Serie A clubs,\n# via ../shared/data/gazetteer/orgs-misc.tsv (dariusk/corpora @ cf30ca27ab17). kind\tname\tcanonical",
			(*importer).misc, "orgs-misc.tsv"},
	}
	for _, f := range files {
		im := &importer{base: base, words: words, dropped: map[string]int{}, seen: map[string]bool{}}
		if err := f.fill(im, filepath.Join(src, f.from)); err != nil {
			return fmt.Errorf("%s: %w", f.from, err)
		}
		sort.Strings(im.rows)
		body := f.header + "\n" + strings.Join(im.rows, "\n") + "\n"
		if err := os.WriteFile(filepath.Join(out, f.name), []byte(body), 0o644); err != nil {
			return err
		}
		fmt.Fprintf(os.Stderr, "%s: %d rows from %s\n", f.name, len(im.rows), f.from)
		var reasons []string
		for r := range im.dropped {
			reasons = append(reasons, r)
		}
		sort.Strings(reasons)
		for _, r := range reasons {
			fmt.Fprintf(os.Stderr, "\tdropped %5d  %s\n", im.dropped[r], r)
		}
	}
	return nil
}

// compileBase compiles every list in dir except the generated import-*.tsv.
func compileBase(dir string) (*gazetteer.Gazetteer, error) {
	m := fstest.MapFS{}
	paths, err := filepath.Glob(filepath.Join(dir, "*.tsv"))
	if err != nil {
		return nil, err
	}
	for _, p := range paths {
		if strings.HasPrefix(filepath.Base(p), "import-") {
			continue
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		m["data/"+filepath.Base(p)] = &fstest.MapFile{Data: b}
	}
	b, err := gazetteer.Compile(fs.FS(m))
	if err != nil {
		return nil, err
	}
	return gazetteer.Open(b)
}

func readWords(path string) (map[string]bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%w (apt-get install wamerican)", err)
	}
	defer f.Close()
	words := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		w := sc.Text()
		if w != "" && w == strings.ToLower(w) && !strings.Contains(w, "'") {
			words[w] = true
		}
	}
	return words, sc.Err()
}

// readTSV calls fn with the columns of every row after the header.
func readTSV(path string, fn func(cols []string)) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	for _, line := range strings.Split(string(b), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		fn(strings.Split(line, "\t"))
	}
	return nil
}

func aliases(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

var (
	bracketed = regexp.MustCompile(`\s*\(([^()]*)\)`)
	acronym   = regexp.MustCompile(`^[\p{Lu}0-9&/-]{2,}$`)
	// a table abbreviation: "Ath.", "Mün.", "C." ("St." is a name's own)
	abbrev   = regexp.MustCompile(`(^|\s)(\p{Lu}\.|\p{L}*\p{Ll}\.)(\s|$)`)
	suffixRe = regexp.MustCompile(`(?i)(,?\s+(inc\.?|incorporated|corp\.?|corporation|co\.?|cos\.?|company|companies|llc|l\.p\.|lp|ltd\.?|plc|holdings?|holding company|group))+$`)
)

// add writes kind, name, canonical after the harm checks, and reports
// whether it did.
func (im *importer) add(kind, name, canon string, strict bool) bool {
	name = strings.Join(strings.Fields(name), " ")
	if name == "" {
		return false
	}
	if why := im.harm(name, strict); why != "" {
		im.dropped[why]++
		return false
	}
	if canon == name {
		canon = ""
	}
	key := kind + "\t" + string(gazetteer.Fold(nil, name))
	if im.seen[key] {
		return false
	}
	im.seen[key] = true
	row := kind + "\t" + name
	if canon != "" {
		row += "\t" + canon
	}
	im.rows = append(im.rows, row)
	return true
}

// harm returns why name must not be listed, or "". strict adds the test for
// phrases of common words.
func (im *importer) harm(name string, strict bool) string {
	if len(name) > 200 {
		return "longer than 200 bytes"
	}
	for _, r := range name {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return "not in Latin script"
		}
	}
	toks := gazetteer.SplitName(name)
	if len(toks) > 10 {
		return "longer than 10 tokens"
	}
	if strings.ContainsAny(name, "()[]") {
		return "a bracketed disambiguator"
	}
	k := im.base.Kinds(name)
	if k.Has(gazetteer.Org) {
		return "listed by the hand-written lists"
	}
	switch {
	case k.Has(gazetteer.GPEKinds | gazetteer.LOCKinds):
		return "a place name"
	case k.Has(gazetteer.NORPKinds):
		return "a nationality or group"
	case k.Has(gazetteer.PERKinds | gazetteer.Particle):
		return "a person name"
	case k.Has(markerKinds):
		return "a title, marker word or market symbol"
	}
	content := toks
	if len(content) > 1 && strings.EqualFold(content[0], "the") {
		content = content[1:]
	}
	if len(content) == 1 {
		w := content[0]
		letters := 0
		for _, r := range w {
			if unicode.IsLetter(r) {
				letters++
			}
		}
		switch {
		case letters <= 2:
			return "one or two letters"
		case im.words[strings.ToLower(w)] && !keepWord[w]:
			return "a common English word"
		case len(toks) == 2 && im.base.Kinds(w).Has(markerKinds):
			return "\"The\" and a name of another kind"
		case letters <= 4 && !acronym.MatchString(w) && !isTitleCase(w):
			return "a short mixed-case abbreviation"
		}
	}
	if strict && len(content) > 1 {
		common := true
		for _, t := range content {
			lt := strings.ToLower(t)
			if lt == "of" || lt == "and" || lt == "for" || lt == "the" || lt == "in" || lt == "-" || lt == "--" {
				continue
			}
			if !im.words[lt] || im.base.Kinds(t).Has(gazetteer.OrgWord) {
				common = false
				break
			}
		}
		if common {
			return "a phrase of common words"
		}
	}
	return ""
}

// Size limits that keep the compiled table small (see README.md): parties
// by their short names and English names with a party word, universities by
// their "University of X" and "X University" forms, clubs by their name and
// shortest usable alias, reserve and youth teams left out.
var (
	partyWord = regexp.MustCompile(`\b(Party|Alliance|Movement|Front|Union|Congress|League|Coalition|Bloc)\b`)
	uniForm   = regexp.MustCompile(`^(University of \S+( \S+)?|\S+ University)$`)
	reserve   = regexp.MustCompile(`(\bII\b|\bIII\b|\sB$|U\d\d\b|\bAm\.?$|Juniors?$|Reserves?$)`)
)

// parties reads name<TAB>aliases<TAB>country.
func (im *importer) parties(path string) error {
	keep := func(n string) bool {
		t := len(gazetteer.SplitName(n))
		return t <= 2 || t <= 4 && partyWord.MatchString(n)
	}
	return readTSV(path, func(c []string) {
		name := strings.TrimSpace(c[0])
		if keep(name) {
			im.add("party", name, "", false)
		} else {
			im.dropped["longer than 2 tokens without a party word (size)"]++
		}
		for _, a := range aliases(c[1]) {
			if !keep(a) {
				im.dropped["longer than 2 tokens without a party word (size)"]++
				continue
			}
			im.add("party", a, "", true)
		}
	})
}

// universities reads name<TAB>country.
func (im *importer) universities(path string) error {
	return readTSV(path, func(c []string) {
		name := strings.TrimSpace(bracketed.ReplaceAllString(c[0], ""))
		if !uniForm.MatchString(name) {
			im.dropped["not a University of X or X University form (size)"]++
			return
		}
		im.add("edu", name, "", false)
	})
}

// clubs reads name<TAB>aliases<TAB>folder. A one-word alias that begins
// other clubs' names too ("Spartak" for Spartak Moscow, Spartak Varna...,
// "Arsenal" for Arsenal Tula too) is left out as ambiguous; orgs.tsv lists
// the few news needs.
func (im *importer) clubs(path string) error {
	clubs := map[string]int{}
	err := readTSV(path, func(c []string) {
		seen := map[string]bool{}
		for _, a := range append(aliases(c[1]), c[0]) {
			// A name's first word counts too: "Spartak" is the head of
			// "Spartak Varna" and "Spartak Nalchik" as well.
			k := string(gazetteer.Fold(nil, gazetteer.SplitName(a + " x")[0]))
			if !seen[k] {
				seen[k] = true
				clubs[k]++
			}
		}
	})
	if err != nil {
		return err
	}
	return readTSV(path, func(c []string) {
		name := strings.TrimSpace(c[0])
		if reserve.MatchString(name) {
			im.dropped["a reserve or youth team (size)"]++
			return
		}
		if len(gazetteer.SplitName(name)) <= 3 {
			im.add("sports", name, "", false)
		}
		as := aliases(c[1])
		sort.SliceStable(as, func(i, j int) bool { return len(as[i]) < len(as[j]) })
		for _, a := range as {
			if abbrev.MatchString(a) && !strings.Contains(a, "St.") {
				im.dropped["a table abbreviation"]++
				continue
			}
			if clubs[string(gazetteer.Fold(nil, a))] > 1 {
				im.dropped["a one-word alias several clubs share"]++
				continue
			}
			if len(gazetteer.SplitName(a)) <= 2 && im.add("sports", a, "", false) {
				break // the shortest usable alias only (size)
			}
		}
	})
}

// misc reads name<TAB>kind<TAB>source-file.
func (im *importer) misc(path string) error {
	return readTSV(path, func(c []string) {
		name, kind := strings.TrimSpace(c[0]), c[1]
		if r, ok := renamed[name]; ok {
			if r == "" {
				im.dropped["dated or generic, left out by hand"]++
				return
			}
			name = r
		}
		name = strings.ReplaceAll(name, "U. S. ", "U.S. ")
		switch kind {
		case "company":
			short := strings.TrimSpace(suffixRe.ReplaceAllString(name, ""))
			short = strings.TrimPrefix(short, "The ")
			if r, ok := renamed[short]; ok && r != "" {
				short = r
			}
			im.add("company", short, "", false)
		case "newspaper":
			im.add("media", name, "", false)
			if s, ok := strings.CutPrefix(name, "The "); ok {
				im.add("media", s, "", false)
			}
		case "charity":
			im.add("org", name, "", false)
		case "government-agency":
			if strings.ContainsAny(name, "/") || strings.HasPrefix(name, "Comm ") {
				im.dropped["an abbreviated agency name"]++
				return
			}
			im.add("gov", name, "", false)
		case "political-party":
			// UK registered names: "Plaid Cymru - The Party of Wales", "Communication Workers Union (CWU)".
			name, _, _ = strings.Cut(name, " - ")
			var acr string
			if m := bracketed.FindStringSubmatch(name); m != nil {
				acr = m[1]
				name = strings.TrimSpace(bracketed.ReplaceAllString(name, ""))
			}
			k := "org"
			if strings.Contains(name, "Party") {
				k = "party"
			}
			if !im.hasOrgWord(name) && k == "org" {
				im.dropped["a UK registered name without an organisation word"]++
				return
			}
			if im.add(k, name, "", true) && acronym.MatchString(acr) {
				im.add(k, acr, "", true)
			}
		case "sports-team", "football-club":
			im.add("sports", name, "", false)
		}
	})
}

// isTitleCase reports whether w is an upper-case letter followed by lower-case ones.
func isTitleCase(w string) bool {
	for i, r := range w {
		if unicode.IsUpper(r) != (i == 0) {
			return false
		}
	}
	return w != ""
}

func (im *importer) hasOrgWord(name string) bool {
	for _, t := range gazetteer.SplitName(name) {
		if im.base.Kinds(t).Has(gazetteer.OrgWord | gazetteer.OrgSuffix) {
			return true
		}
	}
	return false
}

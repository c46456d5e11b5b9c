// The supervisor's dashboard: today's figures, vehicles booked by hour, dwell time by step, pending per agency.
import { call } from './api.js';
import { t, fmtNumber, fmtDuration, locale, gateDay, fromGateInput, GATE_TIME_ZONE } from './i18n.js';
import { h, fill, svg as s } from './dom.js';
import { overdueCard } from './handoffs.js';
import { exportButtons, printButton } from './exports.js';

/**
 * What a chart says, in words: its caption and each non-zero [label, value] (the text alternative of its SVG).
 */
export function chartText(caption, pairs, fmt) {
  const said = pairs.filter(([, v]) => v).map(([label, v]) => `${label}: ${fmt(v)}`);
  return `${caption}: ${said.length ? said.join(', ') : t('a11y.noData')}`;
}

/** A chart with its text alternative (the SVG's title) and, one tap away, the same figures as a table. */
export function accessibleChart(chart, caption, pairs, fmt) {
  chart.setAttribute('aria-label', chartText(caption, pairs, fmt));
  chart.prepend(s('title', {}, chartText(caption, pairs, fmt)));
  const table = h('table', { id: chart.id + '-table' }, h('caption', {}, caption),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('a11y.item')), h('th', { scope: 'col' }, t('a11y.value')))),
    h('tbody', {}, pairs.map(([label, v]) => h('tr', {}, h('th', { scope: 'row' }, String(label)), h('td', {}, fmt(v))))));
  return h('figure', { class: 'chart-box' }, chart, h('details', { class: 'as-table' }, h('summary', {}, t('a11y.asTable')), table));
}

/** A bar chart as inline SVG: [label, value] pairs, value labels formatted by fmt. */
export function bars(id, pairs, fmt) {
  const w = 24 * Math.max(pairs.length, 1) + 20;
  const max = Math.max(1, ...pairs.map(([, v]) => v));
  const chart = s('svg', { viewBox: `0 0 ${w} 130`, class: 'chart', id, role: 'img' });
  pairs.forEach(([label, v], i) => {
    const height = Math.round((v / max) * 90);
    const x = 10 + i * 24;
    chart.append(s('rect', { x, y: 105 - height, width: 18, height, fill: '#2a9d5c' }),
      s('text', { x: x + 9, y: 120, 'text-anchor': 'middle' }, String(label)),
      v ? s('text', { x: x + 9, y: 101 - height, 'text-anchor': 'middle' }, fmt(v)) : '');
  });
  return chart;
}

/** Horizontal bars for named categories: [label, value] pairs. */
export function hbars(id, pairs, fmt) {
  const max = Math.max(1, ...pairs.map(([, v]) => v));
  const chart = s('svg', { viewBox: `0 0 340 ${22 * Math.max(pairs.length, 1) + 6}`, class: 'chart', id, role: 'img' });
  pairs.forEach(([label, v], i) => {
    const y = 4 + i * 22;
    const width = Math.max(1, Math.round((v / max) * 140));
    chart.append(s('text', { x: 0, y: y + 13 }, String(label)),
      s('rect', { x: 150, y, width, height: 16, fill: '#2a9d5c' }),
      s('text', { x: 155 + width, y: y + 13 }, fmt(v)));
  });
  return chart;
}

function chartOf(draw, id, caption, pairs, fmt) {
  return accessibleChart(draw(id, pairs, fmt), caption, pairs, fmt);
}

/** A perishable vehicle's wait as the card says it: "36 h of 48 h", its level's words. */
export function dwellShown(p, tr = t, duration = fmtDuration) {
  return { waited: tr('dash.waitedOf', { waited: duration(p.waitedMinutes * 60), budget: duration(p.maxDwellMinutes * 60) }),
    level: tr('dash.level.' + (['WITHIN', 'NEAR', 'PAST'].includes(p.level) ? p.level : 'NEAR')) };
}

/** The perishable vehicles near or past their time at the gate (GET queue /api/yard/perishables?level=NEAR). */
function perishablesCard() {
  const card = h('div', { class: 'card', id: 'perishables' }, h('h2', {}, t('dash.perishables')), h('p', { class: 'muted' }, t('dash.perishablesHint')));
  const body = h('div');
  card.append(body);
  async function refresh() {
    try {
      const list = await call('queue', '/api/yard/perishables', { query: { level: 'NEAR' } });
      fill(body, list.length ? h('table', {}, h('tbody', {}, list.map((p) => {
        const shown = dwellShown(p);
        return h('tr', { 'data-code': p.code, 'data-level': p.level },
          h('th', {}, p.plate), h('td', {}, p.cargoClassName), h('td', {}, shown.waited),
          h('td', {}, h('span', { class: 'pill ' + (p.level === 'PAST' ? 'bad' : 'wait') }, shown.level)));
      }))) : h('p', { class: 'muted' }, t('dash.perishablesNone')));
    } catch (e) {
      fill(body, h('p', { class: 'err' }, e.message));
    }
  }
  return { card, refresh };
}

function figure(label, value, id) {
  return h('div', { class: 'card' }, h('div', { class: 'muted' }, label), h('div', { class: 'big', id }, value));
}

export async function render(root) {
  const today = gateDay(new Date());
  root.append(h('h1', {}, t('dash.title', { day: new Intl.DateTimeFormat(locale(), { dateStyle: 'full', timeZone: GATE_TIME_ZONE }).format(new Date()) })));
  const out = h('div');
  // the statistics export of a chosen period (gate time); both empty: every open step, as the figures below
  const from = h('input', { type: 'datetime-local', id: 'export-from', name: 'exportFrom' });
  const to = h('input', { type: 'datetime-local', id: 'export-to', name: 'exportTo' });
  const iso = (input) => { const d = fromGateInput(input.value); return d ? d.toISOString() : null; };
  root.append(h('div', { class: 'card no-print', id: 'stats-export' }, h('p', { class: 'muted' }, t('export.period')),
    h('div', { class: 'row' }, h('div', {}, h('label', { for: 'export-from' }, t('export.from')), from),
      h('div', {}, h('label', { for: 'export-to' }, t('export.to')), to)),
    h('p', { class: 'row' }, exportButtons('clearance', '/api/clearance/statistics', () => ({ from: iso(from), to: iso(to) }), 'clearance-statistics'),
      printButton())));
  // the overdue handoffs come last, inside the figures' block and drawn with them, so that nothing above moves
  const overdue = overdueCard();
  const perishables = perishablesCard();
  root.append(out);
  async function load() {
    const handoffs = overdue.refresh();
    const late = perishables.refresh();
    const [queues, stats, declarations, ...slots] = await Promise.all([
      call('queue', '/api/yard/queue'),
      call('clearance', '/api/clearance/statistics'),
      call('clearance', '/api/declarations', { query: { limit: 500 } }),
      call('queue', `/api/slots/${today}/EXPORT`),
      call('queue', `/api/slots/${today}/IMPORT`)]);
    const waiting = queues.reduce((n, q) => n + q.waitingCount, 0);
    const area = queues.reduce((n, q) => n + q.gateAreaCount, 0);
    const isToday = (iso) => iso && gateDay(new Date(iso)) === today;
    const byHour = Array.from({ length: 24 }, (_, hour) => [hour, slots.reduce((n, day) => n + day.filter((x) => x.hour === hour).reduce((m, x) => m + x.booked, 0), 0)]);
    const dwell = {};
    const pending = {};
    // the service lists open steps only (neither done nor failed): each is a consignment waiting at that agency
    for (const f of stats.openSteps) {
      const d = dwell[f.step] || (dwell[f.step] = { total: 0, cases: 0 });
      d.total += f.meanDwellSeconds * f.cases;
      d.cases += f.cases;
      pending[f.step] = (pending[f.step] || 0) + f.cases;
    }
    const steps = Object.keys(pending).sort();
    fill(out, 
      h('div', { class: 'grid grid3' },
        figure(t('dash.booked'), fmtNumber(byHour.reduce((n, [, v]) => n + v, 0)), 'fig-booked'),
        figure(t('dash.waiting'), fmtNumber(waiting), 'fig-waiting'),
        figure(t('dash.gateArea'), fmtNumber(area), 'fig-area'),
        figure(t('dash.declared'), fmtNumber(declarations.filter((d) => isToday(d.submittedAt)).length), 'fig-declared'),
        figure(t('dash.cleared'), fmtNumber(declarations.filter((d) => isToday(d.clearedAt)).length), 'fig-cleared'),
        figure(t('dash.open'), fmtNumber(declarations.filter((d) => d.status === 'IN_CLEARANCE' || d.status === 'SUBMITTED').length), 'fig-open')),
      h('div', { class: 'card' }, h('h2', {}, t('dash.byHour')), accessibleChart(bars('chart-hours', byHour, (v) => fmtNumber(v)),
        t('dash.byHour'), byHour.map(([hour, v]) => [t('a11y.hour', { h: hour }), v]), (v) => fmtNumber(v))),
      h('div', { class: 'grid' },
        h('div', { class: 'card' }, h('h2', {}, t('dash.dwell')), steps.length
          ? h('table', { id: 'dwell' }, h('tbody', {}, steps.map((st) => h('tr', {}, h('th', {}, t('step.' + st)),
            h('td', {}, fmtDuration(dwell[st].cases ? dwell[st].total / dwell[st].cases : 0))))))
          : h('p', { class: 'muted' }, t('dash.none')),
        chartOf(hbars, 'chart-dwell', t('dash.dwell'), steps.map((st) => [t('step.' + st), dwell[st].total / Math.max(1, dwell[st].cases)]), fmtDuration)),
        h('div', { class: 'card' }, h('h2', {}, t('dash.pending')), steps.length
          ? h('table', { id: 'pending' }, h('tbody', {}, steps.map((st) => h('tr', { 'data-step': st }, h('th', {}, t('step.' + st)), h('td', {}, fmtNumber(pending[st]))))))
          : h('p', { class: 'muted' }, t('dash.none')),
        chartOf(hbars, 'chart-pending', t('dash.pending'), steps.map((st) => [t('step.' + st), pending[st]]), (v) => fmtNumber(v)))),
      perishables.card, overdue);
    await handoffs;
    await late;
  }
  try {
    await load();
  } catch (e) {
    out.append(h('p', { class: 'err' }, e.message));
  }
  const timer = setInterval(() => load().catch(() => {}), 30000);
  return () => clearInterval(timer);
}

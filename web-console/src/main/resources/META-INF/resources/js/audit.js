// The supervisor's audit page: per service whether its hash-chained audit trail is intact (and where it breaks),
// its latest entries by action and gate day, and the out-of-turn moves in the yard on a day.
import { call } from './api.js';
import { t, known, fmtDateTime, fmtNumber, gateDay, gateDayBounds } from './i18n.js';
import { h, field, act, fill, scroller, shortValue } from './dom.js';

// each service's trail, through the console's proxy: /svc/<service>/api/audit
export const SERVICES = ['queue', 'clearance', 'customs'];
const LIMIT = 100;

/** A table that turns into cards on a phone: columns [label, cell(row)]. */
function cardTable(id, columns, rows, attrs) {
  return scroller(h('table', { class: 'cards', id },
    h('thead', {}, h('tr', {}, columns.map(([label]) => h('th', {}, label)))),
    h('tbody', {}, rows.map((r) => h('tr', attrs(r), columns.map(([label, cell]) => h('td', { 'data-label': label }, cell(r))))))));
}

const READINGS = 'audit.readings';

/** The last verification seen on this device per service ({entries, headHash, at}): a chain shortened since shows. */
function readings() {
  try {
    return JSON.parse(localStorage.getItem(READINGS)) || {};
  } catch (e) {
    return {};
  }
}

/**
 * Whether the chain is shorter than when last seen here, or as long with another head: the newest entries were
 * removed (which leaves a shorter chain that still verifies) or rewritten.
 */
export function shortened(before, now) {
  if (!before || now.entries == null) return false;
  return now.entries < before.entries || (now.entries === before.entries && !!before.headHash && now.headHash !== before.headHash);
}

/** One service's verification: intact, or the first entry that breaks the chain and what is wrong with it. */
function verification(service, v, error, before) {
  const name = t('audit.service.' + service);
  if (error) {
    return h('div', { class: 'card', id: 'verify-' + service, 'data-intact': '' },
      h('h3', {}, name), h('p', { class: 'muted' }, t('audit.unavailable')), h('p', { class: 'err' }, error.message));
  }
  const shorter = shortened(before, v);
  return h('div', { class: 'card', id: 'verify-' + service, 'data-intact': String(!!v.intact), 'data-shortened': shorter ? 'true' : null },
    h('h3', {}, name, ' ', h('span', { class: 'pill ' + (v.intact ? 'ok' : 'bad') }, v.intact ? t('audit.intact') : t('audit.broken'))),
    h('p', {}, t('audit.entries', { n: fmtNumber(v.entries) })),
    v.intact ? null : h('p', { class: 'alarm', role: 'alert', 'data-first-broken': v.firstBrokenSeq == null ? '' : String(v.firstBrokenSeq) },
      t('audit.firstBroken', { seq: v.firstBrokenSeq == null ? '—' : v.firstBrokenSeq,
        problem: v.problem ? known('audit.problem.' + v.problem, v.problem) : t('audit.problemUnknown') })),
    v.intact || !v.detail ? null : h('p', { class: 'muted' }, v.detail),
    shorter ? h('p', { class: 'alarm', role: 'alert' }, t('audit.shortened', { n: fmtNumber(before.entries), at: fmtDateTime(before.at) })) : null,
    v.keyed === false ? h('p', { class: 'err' }, t('audit.unkeyed')) : null,
    h('div', { class: 'muted' }, t('audit.headHash'), ' ', shortValue(v.headHash, t('audit.headHash'))),
    before && !shorter ? h('p', { class: 'muted' }, t('audit.lastSeen', { n: fmtNumber(before.entries), at: fmtDateTime(before.at) })) : null);
}

/** An entry's details as "key: value" lines. */
function details(d) {
  const pairs = d && typeof d === 'object' ? Object.entries(d) : [];
  if (!pairs.length) return '—';
  return h('ul', { class: 'plain details' }, pairs.map(([k, v]) => h('li', {}, h('span', { class: 'muted' }, k), ': ',
    v != null && typeof v === 'object' ? JSON.stringify(v) : String(v))));
}

function entriesTable(entries) {
  if (!entries.length) return h('p', { class: 'muted', id: 'audit-entries' }, t('audit.noEntries'));
  // the latest first, whichever order the service answers in
  const latest = [...entries].sort((a, b) => b.seq - a.seq);
  return cardTable('audit-entries', [
    ['#', (e) => e.seq],
    [t('audit.at'), (e) => fmtDateTime(e.recordedAt)],
    [t('audit.actor'), (e) => e.actor],
    [t('audit.action'), (e) => h('span', { title: e.action }, known('audit.actions.' + e.action, e.action))],
    [t('audit.subject'), (e) => e.subject || '—'],
    [t('audit.reason'), (e) => e.reason || '—'],
    [t('audit.details'), (e) => details(e.details)],
    [t('audit.hash'), (e) => shortValue(e.hash, t('audit.hash'))],
  ], latest, (e) => ({ 'data-seq': e.seq, 'data-action': e.action }));
}

function outOfTurnTable(moves) {
  if (!moves.length) return h('p', { class: 'muted', id: 'out-of-turn' }, t('outOfTurn.none'));
  return cardTable('out-of-turn', [
    [t('audit.at'), (m) => fmtDateTime(m.at)],
    [t('outOfTurn.booking'), (m) => m.bookingCode],
    [t('outOfTurn.plate'), (m) => m.plate],
    [t('outOfTurn.direction'), (m) => t('direction.' + m.direction)],
    [t('audit.action'), (m) => known('outOfTurn.actions.' + m.action, m.action)],
    [t('audit.reason'), (m) => [m.reason || '—', m.detail ? h('div', { class: 'muted' }, m.detail) : null]],
    [t('outOfTurn.officer'), (m) => m.officer],
  ], moves, (m) => ({ 'data-code': m.bookingCode, 'data-action': m.action }));
}

/** What the entries' filters ask the service: action (upper case), subject, the gate day's bounds, the limit. */
export function entriesQuery(action, day, subject) {
  const query = { limit: LIMIT };
  if (action.trim()) query.action = action.trim().toUpperCase().replace(/[\s-]+/g, '_');
  if (subject && subject.trim()) query.subject = subject.trim();
  const bounds = day ? gateDayBounds(day) : null;
  if (bounds) {
    query.from = bounds.from.toISOString();
    query.until = bounds.until.toISOString();
  }
  return query;
}

export async function render(root) {
  const today = gateDay(new Date());
  const settle = (p) => p.then((value) => ({ value }), (error) => ({ error }));
  const [checks, entries, moves] = await Promise.all([
    Promise.all(SERVICES.map((s) => settle(call(s, '/api/audit/verification')))),
    settle(call('queue', '/api/audit', { query: entriesQuery('', today) })),
    settle(call('queue', '/api/yard/out-of-turn', { query: { day: today } }))]);

  const entriesBox = h('div', {}, entries.error ? h('p', { class: 'err', id: 'audit-entries' }, entries.error.message) : entriesTable(entries.value || []));
  const entriesOut = h('div');
  const search = h('button', { type: 'submit', id: 'audit-search' }, t('audit.search'));
  const filters = h('form', { class: 'card', id: 'audit-filters', onsubmit: (e) => {
    e.preventDefault();
    const f = filters.elements;
    act(search, entriesOut, async () => {
      fill(entriesBox, entriesTable(await call(f.auditService.value, '/api/audit',
        { query: entriesQuery(f.auditAction.value, f.auditDay.value, f.auditSubject.value) })));
    }, filters);
  } }, h('h2', {}, t('audit.latest')),
  h('div', { class: 'row' },
    field(t('audit.serviceLabel'), { name: 'auditService', options: SERVICES.map((s) => [s, t('audit.service.' + s)]), value: 'queue' }),
    field(t('audit.action'), { name: 'auditAction', 'data-field': 'action', placeholder: 'OUT_OF_TURN_CALL', autocapitalize: 'characters', autocomplete: 'off' }),
    field(t('audit.subject'), { name: 'auditSubject', 'data-field': 'subject', placeholder: 'KT2-7XK4P9', autocomplete: 'off' }),
    field(t('audit.day'), { name: 'auditDay', 'data-field': 'from', type: 'date', value: today }),
    search),
  h('p', { class: 'muted' }, t('audit.filterHint', { n: fmtNumber(LIMIT) })), entriesOut, entriesBox);

  const movesBox = h('div', {}, moves.error ? h('p', { class: 'err', id: 'out-of-turn' }, moves.error.message) : outOfTurnTable(moves.value || []));
  const movesOut = h('div');
  const show = h('button', { type: 'submit', id: 'out-of-turn-show' }, t('outOfTurn.show'));
  const movesForm = h('form', { class: 'card', id: 'out-of-turn-filters', onsubmit: (e) => {
    e.preventDefault();
    act(show, movesOut, async () => {
      fill(movesBox, outOfTurnTable(await call('queue', '/api/yard/out-of-turn', { query: { day: movesForm.elements.outOfTurnDay.value } })));
    }, movesForm);
  } }, h('h2', {}, t('outOfTurn.title')), h('p', { class: 'muted' }, t('outOfTurn.explain')),
  h('div', { class: 'row' }, field(t('audit.day'), { name: 'outOfTurnDay', 'data-field': 'day', type: 'date', value: today, required: true }), show),
  movesOut, movesBox);

  // drawn once everything is there: nothing moves as the page loads
  const seen = readings();
  const cards = SERVICES.map((s, i) => verification(s, checks[i].value, checks[i].error, seen[s]));
  // this reading becomes the one to compare with next time; a shortened chain keeps the longer reading
  SERVICES.forEach((s, i) => {
    const v = checks[i].value;
    if (v && v.entries != null && !shortened(seen[s], v)) seen[s] = { entries: v.entries, headHash: v.headHash, at: new Date().toISOString() };
  });
  localStorage.setItem(READINGS, JSON.stringify(seen));
  root.append(h('h1', {}, t('audit.title')),
    h('h2', {}, t('audit.verification')), h('p', { class: 'muted' }, t('audit.verificationHint')),
    h('div', { class: 'grid grid3', id: 'audit-verification' }, cards),
    filters, movesForm);
  return null;
}

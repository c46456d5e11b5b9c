// The traceability record of a consignment: #/trace/<id> for its trader and the officers (with share links for the
// trader and the quarantine officer), #/t/<token> for anyone a link was given to, without sign-in (clearance's
// GET /api/traceability/{token}, which the console forwards without a session).
import { call, headers } from './api.js';
import { t, fmtDateTime } from './i18n.js';
import { h, fill, act } from './dom.js';

/** Who may make and revoke share links: the declaration's trader and the quarantine officers. */
export const SHARERS = ['trader', 'quarantine-officer'];

/** A token as a share link carries it. */
export const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * The record as sections of rows: each section a title key and rows of [label key, text]. Pure, so that what the page
 * shows of each part is tested without a browser; `time` formats an instant (the gate's time on the page).
 */
export function traceSections(r, time = (iso) => iso) {
  const at = (iso) => (iso ? time(iso) : '—');
  const origin = (o) => [['trace.code', o.code], ['trace.name', o.name || '—'], ['trace.province', o.province || '—'],
    ['trace.product', o.product || '—'],
    ['trace.statusInForce', `${o.statusInForce || '—'} (${o.listInForce || '—'})`],
    ['trace.statusWhenAttached', `${o.statusWhenAttached || '—'} (${o.listWhenAttached || '—'})`],
    ['trace.attachedAt', at(o.attachedAt)]];
  return [
    { title: 'trace.plantingAreas', id: 'trace-planting', groups: (r.plantingAreas || []).map(origin) },
    { title: 'trace.packingHouses', id: 'trace-packing', groups: (r.packingHouses || []).map(origin) },
    { title: 'trace.declaration', id: 'trace-declaration', groups: [[
      ['trace.number', r.customsDeclarationNumber], ['trace.direction', r.direction],
      ['trace.exporter', party(r.exporter)], ['trace.importer', party(r.importer)],
      ['trace.goods', (r.goodsLines || []).map((l) => `${l.hsCode} ${l.description}`).join('; ')],
      ['trace.submittedAt', at(r.submittedAt)], ['trace.clearedAt', at(r.clearedAt)]]] },
    { title: 'trace.documents', id: 'trace-documents', groups: (r.documents || []).map((d) => [
      ['trace.documentType', d.type], ['trace.number', d.number], ['trace.sha256', d.sha256 || '—'],
      ['trace.attachedAt', at(d.attachedAt)],
      ['trace.verified', d.verified == null ? 'trace.notYet' : (d.verified ? 'trace.yes' : 'trace.no')]]) },
    { title: 'trace.trucks', id: 'trace-trucks', groups: (r.trucks || []).map((x) => [
      ['trace.plate', x.plate || '—'], ['trace.trailer', x.trailerPlate || '—'], ['trace.booking', x.bookingCode],
      ['trace.gateIn', at(x.enteredGateAt)], ['trace.released', at(x.releasedAt)], ['trace.gateOut', at(x.exitedAt)]]) },
    { title: 'trace.steps', id: 'trace-steps', groups: (r.steps || []).map((s) => [
      ['trace.step', 'step.' + s.step], ['trace.state', s.state],
      ...s.decisions.map((d) => ['trace.decision', `${d.decision} · ${at(d.at)}${d.decidedBy ? ' · ' + d.decidedBy : ''}`])]) },
  ];
}

function party(p) {
  return p ? (p.taxCode ? `${p.name} (${p.taxCode})` : p.name) : '—';
}

/** A row's text: keys of the catalogue said in the reader's language, the rest as it is. */
function said(text) {
  return typeof text === 'string' && /^(trace|step)\.[A-Za-z_]+$/.test(text) ? t(text) : text;
}

function drawRecord(out, r) {
  fill(out, ...traceSections(r, fmtDateTime).map((s) => h('section', { class: 'card', id: s.id }, h('h2', {}, t(s.title)),
    s.groups.length ? s.groups.map((rows) => h('table', {}, h('tbody', {},
      rows.map(([label, text]) => h('tr', {}, h('th', {}, t(label)), h('td', {}, said(text)))))))
      : h('p', { class: 'muted' }, t('trace.none')))));
}

export async function render(root, [id], s) {
  const out = h('div', { id: 'trace-record', 'aria-live': 'polite' });
  const share = h('div', { class: 'card no-print', id: 'trace-share' });
  const back = h('p', { class: 'no-print' }, h('a', { href: s.roles.includes('trader') ? `#/trader/${id}` : '#/worklist' }, '← ' + t('trace.back')));
  root.append(back, h('h1', {}, t('trace.title')), share, out);
  try {
    drawRecord(out, await call('clearance', `/api/declarations/${encodeURIComponent(id)}/traceability`));
  } catch (e) {
    fill(out, h('p', { class: 'err', id: 'trace-error' }, e.message));
    return;
  }
  if (s.roles.some((r) => SHARERS.includes(r))) await drawLinks(share, id);
}

async function drawLinks(box, id) {
  const result = h('p', { id: 'trace-share-result' });
  const make = h('button', { type: 'button', id: 'trace-share-make', onclick: () => act(make, result, async () => {
    const link = await call('clearance', `/api/declarations/${id}/traceability/links`, { method: 'POST' });
    await drawLinks(box, id);
    const shown = box.querySelector('#trace-share-result');
    fill(shown, t('trace.linkMade', { expiresAt: fmtDateTime(link.expiresAt) }), ' ',
      h('a', { href: link.url, id: 'trace-share-url' }, link.url));
    shown.className = 'ok-msg';
  }) }, t('trace.share'));
  const links = await call('clearance', `/api/declarations/${id}/traceability/links`).catch(() => []);
  fill(box, h('h2', {}, t('trace.links')), h('p', { class: 'muted' }, t('trace.shareHint')), h('p', {}, make), result,
    links.length ? h('ul', { id: 'trace-links' }, links.map((l) => {
      const note = h('span');
      const revoke = l.revokedAt ? null : h('button', { type: 'button', class: 'alt', onclick: () => act(revoke, note, async () => {
        await call('clearance', `/api/declarations/${id}/traceability/links/${l.id}`, { method: 'DELETE' });
        await drawLinks(box, id);
      }) }, t('trace.revoke'));
      return h('li', { 'data-link': l.id }, fmtDateTime(l.createdAt), ' · ',
        l.revokedAt ? t('trace.revokedAt', { at: fmtDateTime(l.revokedAt) }) : t('trace.expiresAt', { at: fmtDateTime(l.expiresAt) }),
        ' ', revoke, note);
    })) : null);
}

/** The public view (#/t/<token>): no sign-in. */
export async function renderShared(root, [token]) {
  const out = h('div', { id: 'trace-record', 'aria-live': 'polite' });
  root.append(h('h1', {}, t('trace.title')), h('p', { class: 'muted' }, t('trace.publicHint')), out);
  if (!token || !TOKEN.test(token)) {
    fill(out, h('p', { class: 'err', id: 'trace-error' }, t('trace.unknown')));
    return;
  }
  let r;
  try {
    r = await fetch(`svc/clearance/api/traceability/${encodeURIComponent(token)}`, { headers: headers() });
  } catch (e) {
    fill(out, h('p', { class: 'err', id: 'trace-error' }, e.message));
    return;
  }
  if (!r.ok) {
    fill(out, h('p', { class: 'err', id: 'trace-error' }, t(r.status === 410 ? 'trace.gone' : 'trace.unknown')));
    return;
  }
  drawRecord(out, await r.json());
}

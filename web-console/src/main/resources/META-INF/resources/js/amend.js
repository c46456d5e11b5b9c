// The trader's amendment of a declaration (PUT svc/clearance/api/declarations/{id}): the whole declaration as it should be,
// the current data filled in; the direction stays as declared and the vehicles as they stand (changed on their own card).
import { call } from './api.js';
import { t, fmtNumber } from './i18n.js';
import { h, field, act } from './dom.js';
import { amendment, standingBookings } from './links.js';
import { goodsLine, readGoodsLines } from './trader.js';
import { PROCEDURES } from './requirements.js';

/**
 * The amendment's body: the declaration as it stands (its bookings whose link stands, without share codes again),
 * with what the form changed. Null when the view lacks what the request needs (an older service).
 */
export function amendedBody(d, edits) {
  const bookingCodes = standingBookings(d);
  const base = amendment(d, { bookingCodes, shareCodes: bookingCodes.map(() => null) });
  if (!base) return null;
  const changed = { ...edits };
  if (changed.destinationCountry != null) changed.destinationCountry = changed.destinationCountry.trim().toUpperCase();
  return { ...base, ...changed, direction: d.direction };
}

/** What the answer to an amendment says: a new version when anything changed, else the same one. */
export function amendOutcome(before, after) {
  return after.version > before.version ? { key: 'amend.saved', version: after.version } : { key: 'amend.unchanged', version: after.version };
}

/** The amend form of an open declaration, folded; done(d) gets the amended declaration. */
export function amendCard(d, done) {
  if (!['SUBMITTED', 'IN_CLEARANCE', 'REJECTED'].includes(d.status) || !amendment(d, {})) return null;
  const out = h('div', { id: 'amend-out' });
  const lines = h('div', { id: 'amend-lines' }, d.goodsLines.map((l, i) => goodsLine(i, l, 'a-')));
  const button = h('button', { type: 'submit', id: 'amend-submit' }, t('amend.submit'));
  const form = h('form', { id: 'amend-form', onsubmit: (e) => {
    e.preventDefault();
    const f = form.elements;
    act(button, out, async () => {
      const body = amendedBody(d, {
        declarant: { taxCode: f.amendTaxCode.value.trim(), name: f.amendDeclarantName.value.trim() },
        consignee: f.amendConsignee.value.trim(), customsDeclarationNumber: f.amendCustomsNumber.value.trim(),
        destinationCountry: f.amendDestination.value, procedure: f.amendProcedure.value,
        goodsLines: readGoodsLines(lines) });
      const answer = await call('clearance', `/api/declarations/${d.id}`, { method: 'PUT', body });
      done(answer, amendOutcome(d, answer));
    }, form);
  } },
  h('p', { class: 'muted' }, t('amend.hint')),
  h('div', { class: 'grid' },
    field(t('trader.taxCode'), { name: 'amendTaxCode', 'data-field': 'declarant.taxCode', required: true, value: d.declarantTaxCode }),
    field(t('trader.declarantName'), { name: 'amendDeclarantName', 'data-field': 'declarant.name', required: true, value: d.declarantName }),
    field(t('trader.consignee'), { name: 'amendConsignee', 'data-field': 'consignee', required: true, value: d.consignee }),
    field(t('trader.customsNumber'), { name: 'amendCustomsNumber', 'data-field': 'customsDeclarationNumber', required: true, inputmode: 'numeric',
      value: d.customsDeclarationNumber }),
    field(t('trader.destination'), { name: 'amendDestination', 'data-field': 'destinationCountry', required: true, maxlength: 2, value: d.destinationCountry }),
    field(t('req.procedure'), { name: 'amendProcedure', 'data-field': 'procedure', options: PROCEDURES.map((p) => [p, t('req.procedures.' + p)]),
      value: d.procedure || 'STANDARD' })),
  h('h3', {}, t('goods.title')), lines,
  h('p', { class: 'row' }, h('button', { type: 'button', class: 'alt', id: 'amend-add-line',
    onclick: () => lines.append(goodsLine(lines.children.length, {}, 'a-')) }, t('goods.add')), button),
  out);
  return h('details', { class: 'card no-print', id: 'amend-declaration' }, h('summary', {}, t('amend.title', { version: fmtNumber(d.version) })), form);
}

/** The line saying what the amendment gave: the new version, or that nothing changed. */
export function amendNote(outcome) {
  return outcome ? h('p', { class: 'ok-msg', id: 'amended', 'data-version': String(outcome.version) },
    t(outcome.key, { version: fmtNumber(outcome.version) })) : null;
}

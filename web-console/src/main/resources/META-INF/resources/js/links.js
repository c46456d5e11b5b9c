// The vehicles of a declaration: each booking code with the share code its driver gave the trader (the driver's
// consent to link the consignment to that booking), and on the declaration whether each link still stands.
import { call } from './api.js';
import { t } from './i18n.js';
import { h, act } from './dom.js';
import { normalShareCode } from './consent.js';

// Crockford base32 (no I, L, O, U), 4 + 4, any case, the dash optional
export const SHARE_CODE = '[0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{4}-?[0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{4}';

/**
 * One vehicle: its booking code and its driver's share code. A booking already linked (linked: its code) needs no
 * share code again while it stays; any other booking named needs one. The first row of a new declaration is required.
 */
function vehicleRow(i, linked) {
  const first = i === 0 && !linked;
  const share = h('input', { name: 'shareCodes', id: `f-shareCode-${i}`, required: first, pattern: SHARE_CODE,
    placeholder: linked ? t('trader.alreadyLinked') : '7KQ2-M9XD',
    autocapitalize: 'characters', autocomplete: 'off', spellcheck: 'false', title: t('trader.shareCodeFormat') });
  const booking = h('input', { name: 'bookingCodes', id: `f-bookingCode-${i}`, required: first, placeholder: 'KT2-7XK4P9',
    autocapitalize: 'characters', value: linked || null,
    oninput: () => {
      const code = booking.value.trim().toUpperCase();
      share.required = first || (code !== '' && code !== linked);
    } });
  const row = h('div', { class: 'row vehicle' },
    h('div', {}, h('label', {}, t('trader.bookingCode'), booking)),
    h('div', {}, h('label', {}, t('trader.shareCode'), share)));
  return { row, booking, share };
}

/**
 * The booking codes with their share codes, one row a vehicle, more on demand; linked: the bookings already
 * linked, as the first rows. read() gives the two aligned lists as sent (empty rows left out, a share code not
 * typed as null) and marks each sent row with its index, so that a refusal naming bookingCodes[1] is shown under
 * the second booking sent.
 */
export function vehiclesField(linked = []) {
  const rows = [];
  const list = h('div', { id: 'vehicles' });
  const add = (code) => {
    const r = vehicleRow(rows.length, code);
    rows.push(r);
    list.append(r.row);
    return r;
  };
  linked.forEach(add);
  if (!linked.length) add();
  const more = h('button', { type: 'button', class: 'alt', id: 'add-vehicle', onclick: () => add().booking.focus() }, t('trader.addVehicle'));
  const el = h('fieldset', { class: 'card vehicles' }, h('legend', {}, t('trader.bookingCodes')),
    h('p', { class: 'muted', id: 'share-hint' }, t('trader.shareHint')), list, h('p', {}, more));
  function read() {
    const bookingCodes = [];
    const shareCodes = [];
    for (const r of rows) {
      const code = r.booking.value.trim().toUpperCase();
      if (!code) {
        delete r.booking.dataset.field;
        delete r.share.dataset.field;
        continue;
      }
      r.booking.dataset.field = `bookingCodes[${bookingCodes.length}]`;
      r.share.dataset.field = `shareCodes[${shareCodes.length}]`;
      bookingCodes.push(code);
      shareCodes.push(r.share.value.trim() ? normalShareCode(r.share.value) : null);
    }
    return { bookingCodes, shareCodes };
  }
  return { el, read };
}

/**
 * The declaration as it stands, as an amendment sends it back (the whole declaration), with other vehicles.
 * Null when the view lacks what the request needs (an older service).
 */
export function amendment(d, vehicles) {
  if (!d.declarantTaxCode || !Array.isArray(d.goodsLines)) return null;
  return {
    declarant: { taxCode: d.declarantTaxCode, name: d.declarantName }, consignee: d.consignee,
    customsDeclarationNumber: d.customsDeclarationNumber, direction: d.direction, destinationCountry: d.destinationCountry,
    procedure: d.procedure || null, inlandDelivery: !!d.inlandDelivery, ...vehicles,
    goodsLines: d.goodsLines.map(({ lineNumber, ...line }) => line),
  };
}

/** The bookings an amendment keeps: those whose link stands or is pending (a refused or withdrawn one is left out). */
export function standingBookings(d) {
  const links = Array.isArray(d.links) ? d.links : null;
  // a pending link stays as it is (sent without a share code), a refused or withdrawn one is left out
  return links ? links.filter((l) => l.state === 'LINKED' || l.state === 'PENDING').map((l) => l.bookingCode) : d.bookingCodes;
}

/**
 * Changing the vehicles of an open declaration: the bookings whose link stands or is pending come filled in (a
 * withdrawn or refused one is left out), another booking goes with its driver's share code. done(d) gets the amended declaration.
 */
export function vehiclesCard(d, done) {
  if (!['SUBMITTED', 'IN_CLEARANCE'].includes(d.status) || !amendment(d, {})) return null;
  const vehicles = vehiclesField(standingBookings(d));
  const out = h('div', { id: 'amend-vehicles-out' });
  const button = h('button', { type: 'submit', id: 'amend-vehicles' }, t('trader.amendVehicles'));
  const form = h('form', { class: 'card', id: 'change-vehicles', onsubmit: (e) => {
    e.preventDefault();
    act(button, out, async () => {
      const answer = await call('clearance', `/api/declarations/${d.id}`, { method: 'PUT', body: amendment(d, vehicles.read()) });
      done(answer);
    }, form);
  } }, h('h2', {}, t('trader.changeVehicles')), vehicles.el, h('p', {}, button), out);
  return form;
}

/** The words for a link's state: a pending or refused one (a booking the gate had not heard of) under pendingLink. */
export function linkLabel(state, tr = t) {
  return state === 'PENDING' || state === 'REFUSED' ? tr('pendingLink.' + state) : tr('link.' + state);
}

/**
 * Whether each booking's link stands (the declaration's links, absent from an older service): a booking whose
 * driver withdrew consent is shown with what to do; one the gate has not heard of yet is waited for, and one refused
 * then is shown with the service's reason under its booking's field.
 */
export function linksNote(d) {
  const links = Array.isArray(d.links) ? d.links : [];
  if (!links.length) return null;
  const withdrawn = links.filter((l) => l.state === 'CONSENT_WITHDRAWN').map((l) => l.bookingCode);
  const pending = links.filter((l) => l.state === 'PENDING').map((l) => l.bookingCode);
  const refused = links.filter((l) => l.state === 'REFUSED');
  return h('div', { id: 'links' },
    h('ul', { class: 'plain' }, links.map((l) => h('li', { 'data-booking': l.bookingCode, 'data-link-state': l.state },
      h('strong', {}, l.bookingCode), ' ',
      h('span', { class: 'pill ' + (l.state === 'LINKED' ? 'ok' : l.state === 'PENDING' ? 'wait' : 'bad') }, linkLabel(l.state))))),
    withdrawn.length ? h('p', { class: 'alarm', id: 'consent-withdrawn', role: 'alert' },
      t('trader.consentWithdrawn', { codes: withdrawn.join(', ') })) : null,
    pending.length ? h('p', { class: 'muted', id: 'link-pending' }, t('pendingLink.pendingNote', { codes: pending.join(', ') })) : null,
    refused.map((l) => h('p', { class: 'alarm', role: 'alert', 'data-field-error': l.field, 'data-problem': l.refusalRule },
      t('pendingLink.refusedNote', { code: l.bookingCode, reason: l.refusalReason }))));
}

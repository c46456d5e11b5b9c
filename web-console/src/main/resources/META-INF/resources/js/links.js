// The vehicles of a declaration: each booking code with the share code its driver gave the trader (the driver's
// consent to link the consignment to that booking), and on the declaration whether each link still stands.
import { t } from './i18n.js';
import { h } from './dom.js';
import { normalShareCode } from './consent.js';

// Crockford base32 (no I, L, O, U), 4 + 4, any case, the dash optional
const SHARE_CODE = '[0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{4}-?[0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{4}';

function vehicleRow(i) {
  const first = i === 0;
  const share = h('input', { name: 'shareCodes', id: `f-shareCode-${i}`, required: first, pattern: SHARE_CODE, placeholder: '7KQ2-M9XD',
    autocapitalize: 'characters', autocomplete: 'off', spellcheck: 'false', title: t('trader.shareCodeFormat') });
  const booking = h('input', { name: 'bookingCodes', id: `f-bookingCode-${i}`, required: first, placeholder: 'KT2-7XK4P9', autocapitalize: 'characters',
    // a booking named needs its share code; an empty extra row needs neither
    oninput: () => { share.required = first || booking.value.trim() !== ''; } });
  const row = h('div', { class: 'row vehicle' },
    h('div', {}, h('label', {}, t('trader.bookingCode'), booking)),
    h('div', {}, h('label', {}, t('trader.shareCode'), share)));
  return { row, booking, share };
}

/**
 * The booking codes with their share codes, one row a vehicle, more on demand. read() gives the two aligned
 * lists as sent (empty rows left out) and marks each sent row with its index, so that a refusal naming
 * bookingCodes[1] is shown under the second booking sent.
 */
export function vehiclesField() {
  const rows = [];
  const list = h('div', { id: 'vehicles' });
  const add = () => {
    const r = vehicleRow(rows.length);
    rows.push(r);
    list.append(r.row);
    return r;
  };
  add();
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
      shareCodes.push(normalShareCode(r.share.value));
    }
    return { bookingCodes, shareCodes };
  }
  return { el, read };
}

/**
 * Whether each booking's link stands (the declaration's links, absent from an older service): a booking whose
 * driver withdrew consent is shown with what to do.
 */
export function linksNote(d) {
  const links = Array.isArray(d.links) ? d.links : [];
  if (!links.length) return null;
  const withdrawn = links.filter((l) => l.state === 'CONSENT_WITHDRAWN').map((l) => l.bookingCode);
  return h('div', { id: 'links' },
    h('ul', { class: 'plain' }, links.map((l) => h('li', { 'data-booking': l.bookingCode, 'data-link-state': l.state },
      h('strong', {}, l.bookingCode), ' ',
      h('span', { class: 'pill ' + (l.state === 'LINKED' ? 'ok' : 'bad') }, t('link.' + l.state))))),
    withdrawn.length ? h('p', { class: 'alarm', id: 'consent-withdrawn', role: 'alert' },
      t('trader.consentWithdrawn', { codes: withdrawn.join(', ') })) : null);
}

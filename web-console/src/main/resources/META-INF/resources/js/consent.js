// "Share with a trader": the driver's consent that a trader may link the consignment they declare to this
// booking. The queue service makes a share code; the driver gives it to the trader, who types it next to the
// booking code in the declaration. A new code replaces the old one; withdrawing is possible until check-in.
import { call } from './api.js';
import { t, fmtDateTime } from './i18n.js';
import { h, act, fill } from './dom.js';

// the booking can still carry a consignment: the card is shown
const SHAREABLE = ['BOOKED', 'WAITING', 'CALLED_FORWARD', 'IN_GATE', 'RELEASED'];

/** A share code as typed: upper case, with the dash in the middle ("7kq2m9xd" → "7KQ2-M9XD"); as it is otherwise. */
export function normalShareCode(text) {
  const s = String(text || '').toUpperCase().replace(/[\s-]/g, '');
  return /^[0-9A-Z]{8}$/.test(s) ? s.slice(0, 4) + '-' + s.slice(4) : String(text || '').trim().toUpperCase();
}

/**
 * The card of one booking. update(b) redraws it from the booking view (b.consent, absent from an older service
 * or when there is none); reload() reads the booking again after a change.
 */
export function consentCard(code, reload) {
  const box = h('div', { class: 'card', id: 'consent' });
  const out = h('div', { id: 'consent-out', class: 'state' });
  const path = `/api/bookings/${encodeURIComponent(code)}/consents`;
  let booking = null;
  // the answer of the consent just given, shown until the booking view carries it
  let given = null;

  const give = h('button', { type: 'button', id: 'give-consent' });
  give.addEventListener('click', () => act(give, out, async () => {
    if (current() && !confirm(t('consent.replaceConfirm'))) return;
    given = await call('queue', path, { method: 'POST' });
    draw();
    await reload().catch(() => {});
  }));

  const withdraw = h('button', { type: 'button', class: 'warn', id: 'withdraw-consent' }, t('consent.withdraw'));
  withdraw.addEventListener('click', () => act(withdraw, out, async () => {
    const c = current();
    if (!c || !confirm(t('consent.withdrawConfirm'))) return;
    await call('queue', `${path}/${encodeURIComponent(c.consentId)}`, { method: 'DELETE' });
    given = null;
    if (booking) booking = Object.assign({}, booking, { consent: null });
    draw();
    out.className = 'ok-msg';
    out.textContent = t('consent.withdrawn');
    await reload().catch(() => {});
  }));

  const copy = h('button', { type: 'button', class: 'alt', id: 'copy-share-code' }, t('consent.copy'));
  copy.addEventListener('click', () => act(copy, out, async () => {
    const c = current();
    if (!c || !c.shareCode) return;
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(c.shareCode);
    } else {
      // no clipboard here (plain http): the code is selected, for the phone's own copy
      const shown = document.getElementById('share-code');
      const range = document.createRange();
      range.selectNodeContents(shown);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      document.execCommand('copy');
    }
    out.className = 'ok-msg';
    out.textContent = t('consent.copied');
  }));

  function current() {
    return given || (booking && booking.consent) || null;
  }

  function draw() {
    const c = current();
    // once checked in, the consignment may already be on its way: the service refuses a withdrawal
    const checkedIn = booking && (booking.status !== 'BOOKED' || booking.checkedInAt);
    give.textContent = c ? t('consent.replace') : t('consent.give');
    // after check-in the consent given stands: neither replaced nor withdrawn (a first one may still be given)
    give.disabled = !!(checkedIn && c);
    withdraw.disabled = !!checkedIn;
    fill(box, h('h2', {}, t('consent.title')),
      h('p', {}, t('consent.explain')),
      c ? h('div', { 'data-consent-id': c.consentId },
        h('p', { class: 'muted' }, t('consent.codeLabel')),
        h('output', { id: 'share-code', class: 'share-code', 'aria-label': t('consent.codeLabel') }, c.shareCode || '—'),
        h('p', { class: 'muted' }, t('consent.givenAt', { at: fmtDateTime(c.givenAt) })),
        h('p', { class: 'row' }, c.shareCode ? copy : null, give, withdraw),
        h('p', { class: 'muted', id: 'consent-lock' }, checkedIn ? t('consent.locked') : t('consent.untilCheckIn')))
        : h('div', {}, h('p', { class: 'muted', id: 'no-consent' }, t('consent.none')), h('p', {}, give)),
      out);
  }

  return {
    box,
    update(b) {
      booking = b;
      // the consent just given, until a view carries that same one (a view from before it would show the old one)
      if (given && b.consent && b.consent.consentId === given.consentId) given = null;
      box.hidden = !SHAREABLE.includes(b.status);
      draw();
    },
  };
}

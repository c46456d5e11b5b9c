// Closures of the gate, for supervisors and gate officers: a direction (or both) closed over a period with a reason.
// The form is previewed first (POST /api/gate-closures/preview runs the very closing and rolls it back): which bookings
// it moves and where, perishables first, which it cancels, which trucks in the yard it holds. Only the previewed
// closure can be confirmed; changing a field asks for a new preview. The closures in force or to come are listed under
// it, each with who declared it and what it did, and may be reopened.
import { call } from './api.js';
import { t, fmtDateTime, fmtWindow, fmtNumber, gateInputValue, fromGateInput } from './i18n.js';
import { h, field, act, fill, scroller } from './dom.js';

const REASONS = ['FLOOD', 'HOLIDAY', 'SUSPENSION_OTHER_SIDE', 'OTHER'];

/**
 * The request of the closure form's values: both directions or one, the periods' ends read as gate time whatever the
 * device's zone (null when not a date: the service names the field), blank remarks left out.
 */
export function closureRequest(v) {
  const from = fromGateInput(v.closedFrom);
  const until = fromGateInput(v.closedUntil);
  return {
    directions: v.directions === 'BOTH' ? ['EXPORT', 'IMPORT'] : [v.directions],
    closedFrom: from ? from.toISOString() : null,
    closedUntil: until ? until.toISOString() : null,
    reason: v.reason,
    remarks: (v.remarks || '').trim() || null,
    bookingAction: v.bookingAction,
  };
}

export async function render(root) {
  const out = h('div', { id: 'closure-out', 'aria-live': 'polite' });
  const preview = h('div', { id: 'closure-preview-out' });
  const list = h('div', { class: 'card', id: 'closures' });
  const previewButton = h('button', { type: 'submit', id: 'closure-preview' }, t('closures.preview'));
  const confirmButton = h('button', { type: 'button', id: 'closure-confirm', class: 'warn', hidden: true }, t('closures.confirm'));
  const hourFromNow = new Date(Math.ceil(Date.now() / 3600e3) * 3600e3);
  const form = h('form', { id: 'closure-form', onsubmit: (e) => {
    e.preventDefault();
    act(previewButton, out, async () => {
      const body = request();
      const outcome = await call('queue', '/api/gate-closures/preview', { method: 'POST', body });
      showPreview(outcome);
      previewed = JSON.stringify(body);
      confirmButton.hidden = false;
    }, form);
  } },
  h('div', { class: 'grid' },
    field(t('closures.directions'), { name: 'directions', value: 'BOTH', options: [['BOTH', t('closures.both')],
      ['EXPORT', t('direction.EXPORT')], ['IMPORT', t('direction.IMPORT')]] }),
    field(t('closures.from'), { name: 'closedFrom', type: 'datetime-local', required: true, value: gateInputValue(hourFromNow) }),
    field(t('closures.until'), { name: 'closedUntil', type: 'datetime-local', required: true,
      value: gateInputValue(new Date(hourFromNow.getTime() + 6 * 3600e3)) }),
    field(t('closures.reason'), { name: 'reason', value: 'FLOOD', options: REASONS.map((r) => [r, t('closureReason.' + r)]) }),
    field(t('closures.action'), { name: 'bookingAction', value: 'MOVE', options: [['MOVE', t('closures.move')], ['CANCEL', t('closures.cancel')]] }),
    field(t('closures.remarks'), { name: 'remarks', maxlength: 500, placeholder: t('closures.remarksHint') })),
  h('p', { class: 'muted' }, t('closures.hint')),
  h('p', { class: 'row' }, previewButton, confirmButton));
  let previewed = null;
  // a field changed after the preview: what was previewed is no longer what would be confirmed
  form.addEventListener('input', () => { previewed = null; confirmButton.hidden = true; fill(preview); });
  confirmButton.addEventListener('click', () => act(confirmButton, out, async () => {
    const body = request();
    if (previewed !== JSON.stringify(body)) { confirmButton.hidden = true; return; }
    const closure = await call('queue', '/api/gate-closures', { method: 'POST', body });
    previewed = null;
    confirmButton.hidden = true;
    if (closure.outcome) showPreview(closure.outcome, true);
    await showClosures();
    out.className = 'ok-msg';
    out.dataset.closure = closure.id;
    out.textContent = t('closures.done', { moved: fmtNumber(closure.bookingsMoved), cancelled: fmtNumber(closure.bookingsCancelled) });
  }, form));

  function request() {
    const e = form.elements;
    return closureRequest({ directions: e.directions.value, closedFrom: e.closedFrom.value, closedUntil: e.closedUntil.value,
      reason: e.reason.value, remarks: e.remarks.value, bookingAction: e.bookingAction.value });
  }

  function showPreview(o, done) {
    fill(preview, h('div', { class: 'card', id: done ? 'closure-result' : 'closure-preview-card', 'data-moved': String(o.moved),
      'data-cancelled': String(o.cancelled), 'data-yard': String(o.yardVehicles) },
    h('h2', {}, t(done ? 'closures.resultTitle' : 'closures.previewTitle')),
    h('p', { id: 'closure-summary' }, t('closures.summary', { moved: fmtNumber(o.moved), cancelled: fmtNumber(o.cancelled),
      yard: fmtNumber(o.yardVehicles) })),
    o.bookings.length ? scroller(h('table', { id: 'closure-bookings' },
      h('tr', {}, h('th', {}, t('closures.booking')), h('th', {}, t('closures.slot')), h('th', {}, t('closures.outcome'))),
      o.bookings.map((b) => h('tr', { 'data-code': b.code, 'data-outcome': b.outcome },
        h('td', {}, h('strong', {}, b.plate), h('div', { class: 'muted' }, b.code),
          b.perishable ? h('span', { class: 'pill wait' }, t('closures.perishable')) : null),
        h('td', {}, fmtDateTime(b.slot)),
        h('td', {}, b.movedTo ? t('closures.movedTo', { slot: fmtDateTime(b.movedTo) })
          : h('span', { class: 'pill bad' }, t('closures.cancelled'))))))) : h('p', { class: 'muted' }, t('closures.noBookings')),
    o.yard.length ? h('div', {}, h('h3', {}, t('closures.yardTitle')), scroller(h('table', { id: 'closure-yard' },
      o.yard.map((y) => h('tr', { 'data-code': y.code },
        h('td', {}, y.position != null ? y.position : '—'), h('td', {}, h('strong', {}, y.plate), h('div', { class: 'muted' }, y.code)),
        h('td', {}, t('direction.' + y.direction)), h('td', {}, t('status.' + y.status))))))) : null));
  }

  async function showClosures() {
    const closures = await call('queue', '/api/gate-closures');
    fill(list, h('h2', {}, t('closures.listTitle')),
      closures.length ? scroller(h('table', {}, h('tr', {}, h('th', {}, t('closures.period')), h('th', {}, t('closures.directions')),
        h('th', {}, t('closures.reason')), h('th', {}, t('closures.effect')), h('th', {})),
      closures.map((c) => h('tr', { 'data-closure': c.id },
        h('td', {}, fmtWindow(c.closedFrom, c.closedUntil)),
        h('td', {}, c.directions.map((d) => t('direction.' + d)).join(', ')),
        h('td', {}, t('closureReason.' + c.reason), c.remarks ? h('div', { class: 'muted' }, c.remarks) : null),
        h('td', {}, t('closures.effectText', { moved: fmtNumber(c.bookingsMoved), cancelled: fmtNumber(c.bookingsCancelled) }),
          h('div', { class: 'muted' }, t('closures.byAt', { who: c.closedBy, at: fmtDateTime(c.closedAt) }))),
        h('td', {}, reopenButton(c))))))
        : h('p', { class: 'muted', id: 'no-closures' }, t('closures.none')));
  }

  function reopenButton(c) {
    const button = h('button', { type: 'button', class: 'alt', 'data-action': 'reopen', 'data-closure': c.id }, t('closures.reopen'));
    button.addEventListener('click', () => act(button, out, async () => {
      const reopened = await call('queue', `/api/gate-closures/${encodeURIComponent(c.id)}/reopen`, { method: 'POST', body: {} });
      await showClosures();
      out.className = 'ok-msg';
      out.textContent = t('closures.reopened', { at: fmtDateTime(reopened.reopenedAt) });
    }));
    return button;
  }

  root.append(h('h1', {}, t('closures.title')), h('div', { class: 'card no-print' }, h('h2', {}, t('closures.formTitle')), form), out,
    preview, list);
  try {
    await showClosures();
  } catch (e) {
    list.append(h('p', { class: 'err' }, e.message));
  }
}

// The yard board: queues by direction with positions and ETAs, the gate area by lane; check-in by the booking's
// QR (the device camera through BarcodeDetector where the browser has it) or a typed plate; call-forward,
// hold and release of a hold, gate-in and gate-out. Gate officers act; the border guard and supervisors watch.
import { call, follow } from './api.js';
import { t, fmtTime, fmtDateTime, fmtNumber, fmtDuration } from './i18n.js';
import { h, field, act, fill, scroller } from './dom.js';
import { statusPill } from './driver.js';
import { exportButtons, printButton } from './exports.js';

export async function render(root, params, session) {
  const officer = session.roles.includes('gate-officer');
  const live = h('p', { class: 'muted state', id: 'live' });
  const out = h('div', { id: 'yard-out', 'aria-live': 'polite' });
  const board = h('div', { id: 'board' });
  // what changed on the board, for a screen reader: the counts of each direction when they change
  const announce = h('p', { class: 'sr-only', id: 'yard-announce', 'aria-live': 'polite' });
  root.append(h('h1', {}, t('yard.title')), live, announce,
    h('p', { class: 'row no-print' }, exportButtons('queue', '/api/yard/queue', {}, 'yard-board'), printButton()));
  if (officer) root.append(checkInCard(out));
  root.append(out, board);

  // body: the request's, or a function asked for it once the button is pressed (null: the officer thought better of it)
  const send = (button, path, body) => act(button, out, async () => {
    const payload = typeof body === 'function' ? body() : body;
    if (payload === null) return;
    const b = await call('queue', path, { method: 'POST', body: payload || {} });
    const list = Array.isArray(b) ? b : [b];
    out.className = 'ok-msg';
    out.textContent = list.length ? list.map((x) => `${x.plate}: ${t('status.' + x.status)}`).join(' · ') : t('yard.noneCalled');
  });

  function vehicleActions(v, waiting) {
    if (!officer) return null;
    const path = `/api/yard/vehicles/${encodeURIComponent(v.code)}`;
    const b = (label, id, fn, cls) => {
      const el = h('button', { class: cls || 'alt', 'data-action': id, 'data-code': v.code }, label);
      el.addEventListener('click', () => fn(el));
      return el;
    };
    if (waiting) {
      return h('span', { class: 'row' },
        b(t('yard.callForward'), 'call-forward', (el) => send(el, path + '/call-forward', () => reasonFor(t('yard.outOfTurnReason'))), ''),
        v.held
          ? b(t('yard.releaseHold'), 'lift-hold', (el) => send(el, path + '/lift-hold', { reason: prompt(t('yard.reason')) || t('yard.releaseHold') }))
          : b(t('yard.hold'), 'hold', (el) => send(el, path + '/hold', { reason: prompt(t('yard.reason')) || t('yard.hold') }), 'warn'));
    }
    if (v.status === 'CALLED_FORWARD') return b(t('yard.gateIn'), 'gate-in', (el) => send(el, path + '/gate-in'), '');
    if (v.status === 'RELEASED') return b(t('yard.gateOut'), 'gate-out', (el) => send(el, path + '/gate-out'), '');
    return null;
  }

  function show(queues) {
    const summary = t('a11y.yardNow', { summary: queues.map((q) => `${t('direction.' + q.direction)}: ${t('yard.counts',
      { waiting: fmtNumber(q.waitingCount), area: fmtNumber(q.gateAreaCount) })}`).join('; ') });
    if (announce.textContent !== summary) announce.textContent = summary;
    fill(board, ...queues.map((q) => {
      const next = h('button', { 'data-action': 'call-next', 'data-direction': q.direction }, t('yard.callNext'));
      next.addEventListener('click', () => send(next, '/api/yard/call-forward', { direction: q.direction, count: 5 }));
      return h('section', { class: 'card', 'data-direction': q.direction },
        h('h2', {}, t('direction.' + q.direction), ' · ', t('yard.counts', { waiting: fmtNumber(q.waitingCount), area: fmtNumber(q.gateAreaCount) })),
        h('p', { class: 'muted' }, t('yard.rate', { d: fmtDuration(q.secondsPerVehicle) })),
        // a closure in force: said above the queue, and nobody to call forward until it ends (the service refuses it too)
        q.closure ? h('p', { class: 'alarm', id: 'closure-' + q.direction, 'data-closure': q.closure.id, role: 'status' },
          t('closures.inForce', { until: fmtDateTime(q.closure.closedUntil), reason: t('closureReason.' + q.closure.reason)
            + (q.closure.remarks ? ' (' + q.closure.remarks + ')' : '') })) : null,
        officer && q.waitingCount && !q.closure ? h('p', {}, next) : null,
        h('h3', {}, t('yard.waiting')),
        q.waiting.length ? scroller(h('table', {}, h('tbody', {}, q.waiting.map((v) => h('tr', documentRow(v),
          h('td', { class: 'big' }, v.position), h('td', {}, h('strong', {}, v.plate), h('div', { class: 'muted' }, v.code), documentCheck(v.driverDocument)),
          h('td', {}, t('priority.' + v.priorityClass), h('div', {}, h('span', { class: 'pill' }, t('clearance.' + v.clearance)))),
          h('td', {}, v.blockedBy ? h('span', { class: 'pill bad' }, t('blocked.' + v.blockedBy)) : h('span', { class: 'pill ok' }, t('yard.mayGo')),
            v.holdReason ? h('div', { class: 'muted' }, v.holdReason) : null),
          h('td', {}, t('yard.eta'), ' ', fmtTime(v.eta)),
          h('td', {}, vehicleActions(v, true))))))) : h('p', { class: 'muted' }, t('yard.empty')),
        h('h3', {}, t('yard.gateArea')),
        q.gateArea.length ? scroller(h('table', {}, h('tbody', {}, q.gateArea.map((v) => h('tr', documentRow(v),
          h('td', { class: 'lane' }, t('yard.lane', { n: v.lane || '—' })), h('td', {}, h('strong', {}, v.plate), h('div', { class: 'muted' }, v.code), documentCheck(v.driverDocument)),
          h('td', {}, statusPill(v.status), h('div', {}, h('span', { class: 'pill' }, t('clearance.' + v.clearance)))),
          h('td', {}, vehicleActions(v, false))))))) : h('p', { class: 'muted' }, t('yard.empty')));
    }));
  }

  try {
    show(await call('queue', '/api/yard/queue'));
  } catch (e) {
    board.append(h('p', { class: 'err' }, e.message));
  }
  // under the board once it is drawn, so that it does not move down meanwhile
  if (officer) root.append(releaseCard());
  return follow('queue', '/api/yard/queue/stream', show, (state) => {
    live.className = state === 'live' ? 'live muted' : 'muted';
    live.textContent = t('app.' + state);
  });
}

/**
 * A scanned QR holds the signed token: a compact JWS (three base64url parts, the first starting eyJ), or on a QR issued
 * before it the HMAC token (KT2.<code>.<time>.<signature>); anything else typed is a plate.
 */
export function checkInBody(text) {
  const s = text.trim();
  const qr = /^eyJ[\w-]*\.[\w-]+\.[\w-]+$/.test(s) || /^KT2\.[A-Z0-9-]+\.\d+\./.test(s);
  return qr ? { qrToken: s } : { plate: s };
}

/** A reason the officer must give before the request goes: null when the question is cancelled, refused when blank. */
function reasonFor(question) {
  const answer = prompt(question);
  if (answer == null) return null;
  if (!answer.trim()) throw new Error(t('yard.reasonRequired'));
  return { reason: answer.trim() };
}

/** A board row: its booking code, and how the driver's document compared at check-in (absent from an older service). */
function documentRow(v) {
  return { 'data-code': v.code, 'data-driver-document': v.driverDocument || null, class: v.driverDocument === 'MISMATCH' ? 'mismatch' : null };
}

/** The driver's document as checked at check-in: a match is quiet, a mismatch stands out, none typed is said. */
export function documentCheck(result) {
  if (!result) return null;
  if (result === 'MISMATCH') return h('div', { class: 'alarm tag', 'data-driver-document': result }, '⚠ ' + t('docCheck.MISMATCH'));
  return h('div', { class: 'muted', 'data-driver-document': result },
    (result === 'MATCH' ? '✓ ' : '') + t('docCheck.' + result));
}

/**
 * A plate bound to another account is freed by the gate officer: the holder's bookings of it not yet checked in are
 * cancelled (the service refuses while the vehicle is in the yard); the codes cancelled are shown.
 */
function releaseCard() {
  const out = h('div', { id: 'release-out', class: 'state' });
  const button = h('button', { type: 'submit', class: 'warn', id: 'release-plate' }, t('release.submit'));
  const form = h('form', { class: 'card', id: 'release', onsubmit: (e) => {
    e.preventDefault();
    act(button, out, async () => {
      const plate = form.elements.releasePlate.value.trim();
      const reason = form.elements.releaseReason.value.trim();
      if (!confirm(t('release.confirm', { plate }))) return;
      const r = await call('queue', `/api/vehicles/${encodeURIComponent(plate)}/release`, { method: 'POST', body: { reason } });
      const cancelled = r && Array.isArray(r.cancelledBookings) ? r.cancelledBookings : [];
      out.className = 'ok-msg';
      fill(out, h('p', {}, t('release.done', { plate: (r && r.plate) || plate })),
        cancelled.length
          ? h('div', {}, t('release.cancelled'), h('ul', { id: 'released-bookings' }, cancelled.map((c) => h('li', { 'data-code': c }, c))))
          : h('p', { id: 'released-bookings' }, t('release.noneCancelled')));
      form.reset();
    }, form);
  } }, h('h2', {}, t('release.title')), h('p', { class: 'muted' }, t('release.explain')),
  h('div', { class: 'row' },
    field(t('release.plate'), { name: 'releasePlate', 'data-field': 'plate', required: true, placeholder: '24C-123.45', autocapitalize: 'characters' }),
    field(t('release.reason'), { name: 'releaseReason', 'data-field': 'reason', required: true }),
    button), out);
  return form;
}

function checkInCard(out) {
  const button = h('button', { type: 'submit', id: 'check-in' }, t('yard.checkIn'));
  const documentOut = h('div', { class: 'state', id: 'check-in-document' });
  const scan = h('button', { type: 'button', class: 'alt', id: 'scan' }, t('yard.scan'));
  const video = h('video', { playsinline: true, muted: true, hidden: true });
  const input = field(t('yard.plateOrQr'), { name: 'checkin', required: true, placeholder: '24C-123.45', autocapitalize: 'characters' });
  const documentField = field(t('yard.driverDocument'), { name: 'driverDocumentNumber', autocapitalize: 'characters', autocomplete: 'off',
    placeholder: 'C1234567' });
  const form = h('form', { class: 'card', onsubmit: (e) => {
    e.preventDefault();
    act(button, out, async () => {
      fill(documentOut);
      const body = checkInBody(form.elements.checkin.value);
      const documentNumber = form.elements.driverDocumentNumber.value.trim();
      if (documentNumber) body.driverDocumentNumber = documentNumber;
      const b = await call('queue', '/api/yard/check-ins', { method: 'POST', body });
      out.className = 'ok-msg';
      out.textContent = t('yard.checkedIn', { plate: b.plate, code: b.code, position: b.position == null ? '—' : fmtNumber(b.position) });
      // a mismatch still checks the vehicle in: the officer decides, warned
      if (b.driverDocument) {
        fill(documentOut, b.driverDocument === 'MISMATCH'
          ? h('p', { class: 'alarm', role: 'alert', 'data-driver-document': b.driverDocument }, '⚠ ' + t('docCheck.mismatchSaid', { plate: b.plate }))
          : h('p', { class: b.driverDocument === 'MATCH' ? 'ok-msg' : 'muted', 'data-driver-document': b.driverDocument }, t('docCheck.said.' + b.driverDocument)));
      }
      form.reset();
    }, form);
  } }, h('h2', {}, t('yard.checkIn')), h('div', { class: 'row' }, input, documentField, scan, button), documentOut, video,
  h('p', { class: 'muted' }, 'BarcodeDetector' in window ? t('yard.scanHint') : t('yard.noScanner')));
  scan.disabled = !('BarcodeDetector' in window && navigator.mediaDevices);
  scan.addEventListener('click', () => act(scan, out, async () => {
    const detector = new window.BarcodeDetector({ formats: ['qr_code'] });
    const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
    video.srcObject = stream;
    video.hidden = false;
    await video.play();
    try {
      for (let i = 0; i < 300; i++) {
        const codes = await detector.detect(video);
        if (codes.length) {
          form.elements.checkin.value = codes[0].rawValue;
          form.requestSubmit(button);
          return;
        }
        await new Promise((r) => setTimeout(r, 200));
      }
      throw new Error(t('yard.noQrSeen'));
    } finally {
      stream.getTracks().forEach((tr) => tr.stop());
      video.hidden = true;
    }
  }));
  return form;
}

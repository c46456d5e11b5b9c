// The yard board: queues by direction with positions and ETAs, the gate area by lane; check-in by the booking's
// QR (the device camera through BarcodeDetector where the browser has it) or a typed plate; call-forward,
// hold and release of a hold, gate-in and gate-out. Gate officers act; the border guard and supervisors watch.
import { call, follow } from './api.js';
import { t, fmtTime, fmtNumber, fmtDuration } from './i18n.js';
import { h, field, act, fill, scroller } from './dom.js';
import { statusPill } from './driver.js';

export async function render(root, params, session) {
  const officer = session.roles.includes('gate-officer');
  const live = h('p', { class: 'muted state', id: 'live' });
  const out = h('div', { id: 'yard-out' });
  const board = h('div', { id: 'board' });
  root.append(h('h1', {}, t('yard.title')), live);
  if (officer) root.append(checkInCard(out));
  root.append(out, board);

  const send = (button, path, body) => act(button, out, async () => {
    const b = await call('queue', path, { method: 'POST', body: body || {} });
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
        b(t('yard.callForward'), 'call-forward', (el) => send(el, path + '/call-forward'), ''),
        v.held
          ? b(t('yard.releaseHold'), 'lift-hold', (el) => send(el, path + '/lift-hold', { reason: prompt(t('yard.reason')) || t('yard.releaseHold') }))
          : b(t('yard.hold'), 'hold', (el) => send(el, path + '/hold', { reason: prompt(t('yard.reason')) || t('yard.hold') }), 'warn'));
    }
    if (v.status === 'CALLED_FORWARD') return b(t('yard.gateIn'), 'gate-in', (el) => send(el, path + '/gate-in'), '');
    if (v.status === 'RELEASED') return b(t('yard.gateOut'), 'gate-out', (el) => send(el, path + '/gate-out'), '');
    return null;
  }

  function show(queues) {
    fill(board, ...queues.map((q) => {
      const next = h('button', { 'data-action': 'call-next', 'data-direction': q.direction }, t('yard.callNext'));
      next.addEventListener('click', () => send(next, '/api/yard/call-forward', { direction: q.direction, count: 5 }));
      return h('section', { class: 'card', 'data-direction': q.direction },
        h('h2', {}, t('direction.' + q.direction), ' · ', t('yard.counts', { waiting: fmtNumber(q.waitingCount), area: fmtNumber(q.gateAreaCount) })),
        h('p', { class: 'muted' }, t('yard.rate', { d: fmtDuration(q.secondsPerVehicle) })),
        officer && q.waitingCount ? h('p', {}, next) : null,
        h('h3', {}, t('yard.waiting')),
        q.waiting.length ? scroller(h('table', {}, h('tbody', {}, q.waiting.map((v) => h('tr', { 'data-code': v.code },
          h('td', { class: 'big' }, v.position), h('td', {}, h('strong', {}, v.plate), h('div', { class: 'muted' }, v.code)),
          h('td', {}, t('priority.' + v.priorityClass), h('div', {}, h('span', { class: 'pill' }, t('clearance.' + v.clearance)))),
          h('td', {}, v.blockedBy ? h('span', { class: 'pill bad' }, t('blocked.' + v.blockedBy)) : h('span', { class: 'pill ok' }, t('yard.mayGo')),
            v.holdReason ? h('div', { class: 'muted' }, v.holdReason) : null),
          h('td', {}, t('yard.eta'), ' ', fmtTime(v.eta)),
          h('td', {}, vehicleActions(v, true))))))) : h('p', { class: 'muted' }, t('yard.empty')),
        h('h3', {}, t('yard.gateArea')),
        q.gateArea.length ? scroller(h('table', {}, h('tbody', {}, q.gateArea.map((v) => h('tr', { 'data-code': v.code },
          h('td', { class: 'lane' }, t('yard.lane', { n: v.lane || '—' })), h('td', {}, h('strong', {}, v.plate), h('div', { class: 'muted' }, v.code)),
          h('td', {}, statusPill(v.status), h('div', {}, h('span', { class: 'pill' }, t('clearance.' + v.clearance)))),
          h('td', {}, vehicleActions(v, false))))))) : h('p', { class: 'muted' }, t('yard.empty')));
    }));
  }

  try {
    show(await call('queue', '/api/yard/queue'));
  } catch (e) {
    board.append(h('p', { class: 'err' }, e.message));
  }
  return follow('queue', '/api/yard/queue/stream', show, (state) => {
    live.className = state === 'live' ? 'live muted' : 'muted';
    live.textContent = t('app.' + state);
  });
}

/** A scanned QR holds the signed token (KT2.<code>.<time>.<signature>); anything else typed is a plate. */
export function checkInBody(text) {
  const s = text.trim();
  return /^KT2\.[A-Z0-9-]+\.\d+\./.test(s) ? { qrToken: s } : { plate: s };
}

function checkInCard(out) {
  const button = h('button', { type: 'submit', id: 'check-in' }, t('yard.checkIn'));
  const scan = h('button', { type: 'button', class: 'alt', id: 'scan' }, t('yard.scan'));
  const video = h('video', { playsinline: true, muted: true, hidden: true });
  const input = field(t('yard.plateOrQr'), { name: 'checkin', required: true, placeholder: '24C-123.45', autocapitalize: 'characters' });
  const form = h('form', { class: 'card', onsubmit: (e) => {
    e.preventDefault();
    act(button, out, async () => {
      const b = await call('queue', '/api/yard/check-ins', { method: 'POST', body: checkInBody(form.elements.checkin.value) });
      out.className = 'ok-msg';
      out.textContent = t('yard.checkedIn', { plate: b.plate, code: b.code, position: b.position == null ? '—' : fmtNumber(b.position) });
      form.reset();
    });
  } }, h('h2', {}, t('yard.checkIn')), h('div', { class: 'row' }, input, scan, button), video,
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

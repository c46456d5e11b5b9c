// Driver pages: book a crossing, the booking with its QR, position, ETA and call-forward live; amend or cancel.
import { call, read, remember, image, follow } from './api.js';
import { t, fmtDateTime, fmtTime, fmtWindow, fmtNumber, gateInputValue, fromGateInput } from './i18n.js';
import { h, field, act, fill } from './dom.js';
import { consentCard } from './consent.js';
import { printButton } from './exports.js';
import { slotPicker } from './slots.js';

const VEHICLE_TYPES = ['TRUCK', 'TRACTOR_SEMI_TRAILER', 'REEFER_TRUCK', 'CONTAINER_TRUCK', 'TANKER', 'VAN'];
const WEIGHT_CLASSES = ['UNDER_2T', 'T2_TO_10T', 'OVER_10T'];
const CARGO = ['PERISHABLE', 'GENERAL', 'EMPTY', 'DANGEROUS'];
const CACHE = 'driver.bookings';
// The driver's details and the bookings last read stay in this page's memory only: a name, a passport number or a
// phone never goes into the browser's storage. For a weak signal the list of bookings is kept there without them.
let profile = {};
const lastRead = new Map();

/** What of a booking may be kept in the browser's storage: nothing that names or reaches a person. */
export function storable(b) {
  return { code: b.code, status: b.status, arrivalWindowStart: b.arrivalWindowStart, arrivalWindowEnd: b.arrivalWindowEnd };
}

/**
 * The arrival, typed and shown in gate time whatever zone the phone is in; under it the same moment as the
 * pages write times, so a driver sees what the gate will read.
 */
export function arrivalField(name, value, required, id) {
  const echo = h('output', { class: 'muted state', for: id || 'f-' + name });
  const box = field(t('driver.plannedArrivalGate'), { name, id, type: 'datetime-local', required, value,
    oninput: (e) => { echo.textContent = shown(e.target.value); } });
  echo.textContent = shown(value);
  box.append(echo);
  return box;
}

function shown(value) {
  const at = fromGateInput(value);
  return at ? t('driver.arrivalIs', { at: fmtDateTime(at) }) : t('driver.arrivalNone');
}

const opts = (values, group) => values.map((v) => [v, t(group + '.' + v)]);

export function statusPill(status) {
  const cls = { RELEASED: 'ok', EXITED: 'ok', CALLED_FORWARD: 'ok', CANCELLED: 'bad', WAITING: 'wait' }[status] || '';
  return h('span', { class: 'pill ' + cls, 'data-status': status }, t('status.' + status));
}

export async function render(root, [code]) {
  return code ? booking(root, code) : list(root);
}

async function list(root) {
  const out = h('div');
  const button = h('button', { type: 'submit', id: 'book' }, t('driver.book'));
  const form = h('form', { class: 'card', onsubmit: (e) => {
    e.preventDefault();
    const f = form.elements;
    act(button, out, async () => {
      slots.offer(null);
      const driver = { name: f.name.value.trim(), nationality: f.nationality.value.trim().toUpperCase(),
        documentNumber: f.documentNumber.value.trim(), phone: f.phone.value.trim() };
      profile = driver;
      const b = await call('queue', '/api/bookings', { method: 'POST', body: {
        plate: f.plate.value.trim(), trailerPlate: f.trailerPlate.value.trim() || null,
        vehicleType: f.vehicleType.value, weightClass: f.weightClass.value, driver,
        direction: f.direction.value, cargoCategory: f.cargoCategory.value,
        plannedArrival: fromGateInput(f.plannedArrival.value).toISOString() } }).catch(vehicleBound).catch((e) => {
        // a full or closed slot names the nearest free ones before and after it: offered to pick
        slots.offer(e);
        throw e;
      });
      location.hash = '#/driver/' + encodeURIComponent(b.code);
    }, form);
  } },
  h('h1', {}, t('driver.bookTitle')),
  h('div', { class: 'grid' },
    field(t('driver.plate'), { name: 'plate', required: true, placeholder: '24C-123.45', autocapitalize: 'characters' }),
    field(t('driver.trailerPlate'), { name: 'trailerPlate', placeholder: '24R-012.34', autocapitalize: 'characters' }),
    field(t('driver.vehicleType'), { name: 'vehicleType', options: opts(VEHICLE_TYPES, 'vehicle'), value: 'TRUCK' }),
    field(t('driver.weightClass'), { name: 'weightClass', options: opts(WEIGHT_CLASSES, 'weight'), value: 'OVER_10T' }),
    field(t('driver.direction'), { name: 'direction', options: opts(['EXPORT', 'IMPORT'], 'direction'), value: 'EXPORT' }),
    field(t('driver.cargo'), { name: 'cargoCategory', options: opts(CARGO, 'cargo'), value: 'GENERAL' }),
    arrivalField('plannedArrival', gateInputValue(new Date(Date.now() + 10 * 60000)), true),
    field(t('driver.name'), { name: 'name', 'data-field': 'driver.name', required: true, autocomplete: 'name', value: profile.name || '' }),
    field(t('driver.nationality'), { name: 'nationality', 'data-field': 'driver.nationality', required: true, maxlength: 2, value: profile.nationality || 'VN' }),
    field(t('driver.documentNumber'), { name: 'documentNumber', 'data-field': 'driver.documentNumber', required: true, value: profile.documentNumber || '' }),
    field(t('driver.phone'), { name: 'phone', 'data-field': 'driver.phone', type: 'tel', required: true, autocomplete: 'tel', value: profile.phone || '' })),
  h('p', {}, button), out);
  // the free slots of the chosen day and direction, above the button; a refusal's nearest free slots under it
  const slots = slotPicker(form);
  form.insertBefore(slots.box, button.parentNode);
  form.append(slots.offered);
  slots.load();

  const mine = h('div', { class: 'card', id: 'my-bookings' }, h('h2', {}, t('driver.myBookings')), h('p', { class: 'muted' }, t('app.loading')));
  // the form goes in under the list once the list is there, so that it does not jump down meanwhile
  root.append(mine);
  let bookings;
  try {
    bookings = await call('queue', '/api/bookings');
    localStorage.setItem(CACHE, JSON.stringify(bookings.map(storable)));
  } catch (e) {
    bookings = JSON.parse(localStorage.getItem(CACHE) || '[]');
  }
  mine.lastChild.remove();
  if (!bookings.length) mine.append(h('p', { class: 'muted' }, t('driver.none')));
  mine.append(h('ul', { class: 'plain' }, bookings.map((b) => h('li', {},
    h('a', { href: '#/driver/' + encodeURIComponent(b.code) }, b.code), ' ', b.plate || '', ' ', statusPill(b.status),
    ' ', h('span', { class: 'muted' }, fmtDateTime(b.arrivalWindowStart))))));
  root.append(form);
}

async function booking(root, code) {
  const head = h('h1', {}, t('driver.booking', { code }));
  const live = h('p', { class: 'muted state', id: 'live' });
  // when what is shown was read: now, or (without network) when the service worker kept it
  const updated = h('p', { class: 'muted state', id: 'updated' });
  // a screen reader hears the position change and the call forward, without having to look for them
  const announce = h('p', { class: 'sr-only', id: 'driver-announce', 'aria-live': 'polite' });
  let said = '';
  const summary = h('div', { class: 'card', id: 'booking' });
  const qrBox = h('div', { class: 'qrbox' });
  const qr = h('div', { class: 'card' }, h('h2', {}, t('driver.qrTitle')), h('p', { class: 'muted' }, t('driver.qrHint')), qrBox);
  const changes = h('div', { class: 'card no-print' });
  const consent = consentCard(code, async () => show(await call('queue', `/api/bookings/${encodeURIComponent(code)}`)));
  consent.box.classList.add('no-print');
  // printed, the page is the booking slip: its code, plate, slot and QR, in the page's language
  // the slip as the queue service prints it (PDF, in Vietnamese, English and Chinese, with the signed QR)
  const slip = h('a', { class: 'button alt', id: 'slip-pdf', href: `svc/queue/api/bookings/${encodeURIComponent(code)}/slip.pdf`,
    download: `${code}.pdf` }, t('export.slipPdf'));
  root.append(h('p', { class: 'no-print' }, h('a', { href: '#/driver' }, '← ' + t('driver.myBookings')), ' ', printButton(), ' ', slip),
    h('p', { class: 'print-only' }, t('export.slip')), head, live, updated, announce, summary);
  const path = `/api/bookings/${encodeURIComponent(code)}`;

  const cached = lastRead.get(code) || null;
  if (cached) show(cached.booking, cached.at);
  try {
    const answer = await read('queue', path);
    show(answer.body, answer.storedAt);
  } catch (e) {
    if (!cached) { summary.append(h('p', { class: 'err' }, e.message)); return null; }
  }
  // below the booking once it is shown; the QR's box keeps its size while the image arrives
  root.append(qr, consent.box, changes);
  image('queue', `/api/bookings/${encodeURIComponent(code)}/qr.svg`)
    .then((src) => qrBox.append(h('img', { class: 'qr', src, alt: t('driver.qrTitle'), id: 'qr', width: 224, height: 224 })))
    .catch((e) => fill(qrBox, h('p', { class: 'err' }, e.message)));
  changesForm(changes, code, show);

  function show(b, storedAt) {
    const at = storedAt || new Date();
    lastRead.set(code, { booking: b, at });
    updated.textContent = t('offline.lastUpdated', { at: fmtDateTime(at) });
    updated.dataset.kept = storedAt ? 'true' : 'false';
    const news = b.status === 'CALLED_FORWARD' ? t('driver.calledForward', { lane: b.lane })
      : b.position != null ? `${t('driver.position')}: ${fmtNumber(b.position)}` : '';
    if (news !== said) announce.textContent = said = news;
    // the QR is for the yard's check-in; changes are possible until the vehicle is called forward
    qr.hidden = !['BOOKED', 'WAITING'].includes(b.status);
    changes.hidden = !['BOOKED', 'WAITING'].includes(b.status);
    consent.update(b);
    fill(summary, 
      h('p', {}, h('span', { class: 'big' }, b.plate), ' ', statusPill(b.status)),
      b.driverNotice ? h('p', { class: 'err' }, b.driverNotice) : null,
      b.status === 'CALLED_FORWARD' ? h('p', { class: 'big', id: 'called' }, t('driver.calledForward', { lane: b.lane })) : null,
      b.position != null ? h('p', { id: 'position' }, t('driver.position'), ': ', h('span', { class: 'big' }, fmtNumber(b.position))) : null,
      b.eta ? h('p', { id: 'eta' }, t('driver.eta'), ': ', h('strong', {}, fmtTime(b.eta))) : null,
      b.held ? h('p', { class: 'err' }, t('driver.held'), b.holdReason ? ': ' + b.holdReason : '') : null,
      h('table', {}, h('tbody', {},
        row(t('driver.window'), fmtWindow(b.arrivalWindowStart, b.arrivalWindowEnd)),
        row(t('driver.direction'), t('direction.' + b.direction)),
        row(t('driver.cargo'), t('cargo.' + b.cargoCategory)),
        row(t('driver.clearance'), t('clearance.' + b.clearance)),
        row(t('driver.name'), b.driverName),
        b.checkedInAt ? row(t('driver.checkedIn'), fmtDateTime(b.checkedInAt)) : null,
        b.releasedAt ? row(t('driver.released'), fmtDateTime(b.releasedAt)) : null)));
  }

  return follow('queue', `${path}/stream`, (b) => {
    show(b);
    // the last known position stays readable without network
    remember('queue', path, b);
  }, (state) => {
    live.className = state === 'live' ? 'live muted' : 'muted';
    live.textContent = t('app.' + state);
  });
}

/**
 * The plate is bound to another account (its open bookings): the service's words, and in the page's language
 * what the driver can do about it.
 */
function vehicleBound(e) {
  if (e.code === 'vehicle-bound') e.message = `${e.message} ${t('driver.vehicleBound')}`;
  throw e;
}

function row(label, value) {
  return h('tr', {}, h('th', {}, label), h('td', {}, value));
}

function changesForm(box, code, show) {
  const out = h('div');
  const amend = h('button', { type: 'submit', class: 'alt', id: 'amend' }, t('driver.amend'));
  const cancel = h('button', { type: 'button', class: 'warn', id: 'cancel' }, t('driver.cancel'));
  const form = h('form', { onsubmit: (e) => {
    e.preventDefault();
    act(amend, out, async () => {
      const f = form.elements;
      const body = { reason: f.reason.value.trim() || t('driver.amend') };
      if (f.newArrival.value) body.plannedArrival = fromGateInput(f.newArrival.value).toISOString();
      if (f.newDriver.value.trim()) {
        body.driver = { name: f.newDriver.value.trim(), nationality: f.newNationality.value.trim().toUpperCase() || 'VN',
          documentNumber: f.newDocument.value.trim(), phone: f.newPhone.value.trim() };
      }
      show(await call('queue', `/api/bookings/${encodeURIComponent(code)}/amendments`, { method: 'POST', body }).catch(vehicleBound));
      out.className = 'ok-msg';
      out.textContent = t('driver.amended');
    }, form);
  } },
  h('h2', {}, t('driver.changeTitle')),
  h('div', { class: 'grid' },
    arrivalField('newArrival', '', false),
    field(t('driver.name'), { name: 'newDriver', 'data-field': 'driver.name' }),
    field(t('driver.nationality'), { name: 'newNationality', 'data-field': 'driver.nationality', maxlength: 2 }),
    field(t('driver.documentNumber'), { name: 'newDocument', 'data-field': 'driver.documentNumber' }),
    field(t('driver.phone'), { name: 'newPhone', 'data-field': 'driver.phone', type: 'tel' }),
    field(t('driver.reason'), { name: 'reason' })),
  h('p', { class: 'row' }, amend, cancel), out);
  cancel.addEventListener('click', () => act(cancel, out, async () => {
    if (!confirm(t('driver.cancelConfirm'))) return;
    show(await call('queue', `/api/bookings/${encodeURIComponent(code)}`, { method: 'DELETE',
      query: { reason: form.elements.reason.value.trim() || t('driver.cancel') } }));
  }));
  box.append(form);
}

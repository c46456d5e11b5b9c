// A carrier's page for its dispatchers: the fleet (vehicles, drivers) kept through the queue service, a booking for a
// fleet vehicle and driver picked from the lists, and the carrier's bookings with a change of slot and a cancellation.
import { call } from './api.js';
import { t, fmtDateTime, gateInputValue, fromGateInput } from './i18n.js';
import { h, field, act, fill, scroller } from './dom.js';
import { organisationPage } from './organisations.js';
import { arrivalField, statusPill } from './driver.js';

const VEHICLE_TYPES = ['TRUCK', 'TRACTOR_SEMI_TRAILER', 'REEFER_TRUCK', 'CONTAINER_TRUCK', 'TANKER', 'VAN'];
const WEIGHT_CLASSES = ['UNDER_2T', 'T2_TO_10T', 'OVER_10T'];
const CARGO = ['PERISHABLE', 'GENERAL', 'EMPTY', 'DANGEROUS'];
/** The states in which a booking can still be moved or cancelled by its side. */
const OPEN = ['BOOKED'];

const opts = (values, group) => values.map((v) => [v, t(group + '.' + v)]);

/** The body of a dispatcher's booking: the plate and the driver as picked, the arrival in gate time. */
export function carrierBookingBody(f) {
  return { plate: f.plate, trailerPlate: (f.trailerPlate || '').trim() || null, driverAccount: f.driverAccount,
    direction: f.direction, cargoCategory: f.cargoCategory, plannedArrival: fromGateInput(f.plannedArrival).toISOString() };
}

export async function render(root, [asked], s) {
  const { base, heading } = organisationPage(s, 'carrier', asked);
  const vehiclesBox = h('div', { class: 'card', id: 'fleet-vehicles' });
  const driversBox = h('div', { class: 'card', id: 'fleet-drivers' });
  const bookBox = h('div', { class: 'card', id: 'carrier-book' });
  const bookingsBox = h('div', { class: 'card', id: 'carrier-bookings' });
  root.append(...heading, vehiclesBox, driversBox, bookBox, bookingsBox);

  let vehicles = [];
  let drivers = [];
  async function refresh() {
    [vehicles, drivers] = await Promise.all([call('queue', base + '/vehicles'), call('queue', base + '/drivers')]);
    showVehicles();
    showDrivers();
    showBookForm();
    await showBookings();
  }

  /** A form that adds to the fleet: {@code body} reads its inputs; the service's refusal shown under the field it names. */
  function addForm(id, label, path, inputs, body) {
    const out = h('div');
    const add = h('button', { type: 'submit', id: 'add-' + id }, label);
    const form = h('form', { id: id + '-form', onsubmit: (e) => {
      e.preventDefault();
      act(add, out, async () => {
        await call('queue', base + path, { method: 'POST', body: body(form.elements) });
        await refresh();
      }, form);
    } }, h('div', { class: 'grid' }, inputs), h('p', {}, add), out);
    return form;
  }

  /** The fleet's entries as a table, each with its remove button; {@code cells} gives an entry's columns. */
  function fleetTable(box, title, entries, key, heads, cells, [emptyId, emptyText], path) {
    const removed = h('div');
    return fill(box, h('h2', {}, title),
      entries.length ? scroller(h('table', {}, h('tr', {}, heads.map((x) => h('th', {}, x)), h('th', {}, t('carrier.addedBy')), h('th', {})),
        entries.map((e) => h('tr', { ['data-' + key]: e[key] }, cells(e).map((c) => h('td', {}, c)),
          h('td', {}, e.addedBy, ' ', fmtDateTime(e.addedAt)),
          h('td', {}, removeButton('remove-' + key, e[key], removed, path + encodeURIComponent(e[key])))))))
        : h('p', { class: 'muted', id: emptyId }, emptyText),
      removed);
  }

  function showVehicles() {
    fleetTable(vehiclesBox, t('carrier.vehicles'), vehicles, 'plate', [t('driver.plate'), t('driver.vehicleType'), t('driver.weightClass')],
      (v) => [v.plate, v.vehicleType ? t('vehicle.' + v.vehicleType) : '—', v.weightClass ? t('weight.' + v.weightClass) : '—'],
      ['no-vehicles', t('carrier.noVehicles')], base + '/vehicles/');
    vehiclesBox.append(addForm('vehicle', t('carrier.addVehicle'), '/vehicles', [
      field(t('driver.plate'), { name: 'plate', id: 'f-fleetPlate', required: true, placeholder: '24C-123.45', autocapitalize: 'characters' }),
      field(t('driver.vehicleType'), { name: 'vehicleType', id: 'f-fleetVehicleType', options: opts(VEHICLE_TYPES, 'vehicle'), value: 'TRUCK' }),
      field(t('driver.weightClass'), { name: 'weightClass', id: 'f-fleetWeightClass', options: opts(WEIGHT_CLASSES, 'weight'), value: 'OVER_10T' })],
    (f) => ({ plate: f.plate.value.trim(), vehicleType: f.vehicleType.value, weightClass: f.weightClass.value })));
  }

  function showDrivers() {
    fleetTable(driversBox, t('carrier.drivers'), drivers, 'account', [t('carrier.account'), t('driver.name'), t('driver.nationality')],
      (d) => [d.account, d.name, d.nationality], ['no-drivers', t('carrier.noDrivers')], base + '/drivers/');
    driversBox.append(addForm('driver', t('carrier.addDriver'), '/drivers', [
      field(t('carrier.account'), { name: 'account', id: 'f-driverAccountNew', required: true }),
      field(t('driver.name'), { name: 'name', id: 'f-driverName', 'data-field': 'details.name', required: true }),
      field(t('driver.nationality'), { name: 'nationality', id: 'f-driverNationality', 'data-field': 'details.nationality', required: true, maxlength: 2, value: 'VN' }),
      field(t('driver.documentNumber'), { name: 'documentNumber', id: 'f-driverDocument', 'data-field': 'details.documentNumber', required: true }),
      field(t('driver.phone'), { name: 'phone', id: 'f-driverPhone', 'data-field': 'details.phone', type: 'tel', required: true })],
    (f) => ({ account: f.account.value.trim(), details: { name: f.name.value.trim(), nationality: f.nationality.value.trim().toUpperCase(),
      documentNumber: f.documentNumber.value.trim(), phone: f.phone.value.trim() } })));
  }

  function removeButton(action, key, out, path) {
    const button = h('button', { type: 'button', class: 'warn', 'data-action': action, 'data-key': key }, t('carrier.remove'));
    button.addEventListener('click', () => act(button, out, async () => {
      if (!confirm(t('carrier.removeConfirm', { what: key }))) return;
      await call('queue', path, { method: 'DELETE' });
      await refresh();
    }));
    return button;
  }

  function showBookForm() {
    const out = h('div', { id: 'carrier-book-out' });
    const book = h('button', { type: 'submit', id: 'carrier-book-submit' }, t('driver.book'));
    const form = h('form', { id: 'carrier-book-form', onsubmit: (e) => {
      e.preventDefault();
      act(book, out, async () => {
        const f = form.elements;
        await call('queue', base + '/bookings', { method: 'POST', body: carrierBookingBody({ plate: f.plate.value,
          trailerPlate: f.trailerPlate.value, driverAccount: f.driverAccount.value, direction: f.direction.value,
          cargoCategory: f.cargoCategory.value, plannedArrival: f.plannedArrival.value }) });
        await showBookings();
        out.className = 'ok-msg';
        out.textContent = t('carrier.booked');
      }, form);
    } }, h('div', { class: 'grid' },
      field(t('driver.plate'), { name: 'plate', id: 'f-bookPlate', options: vehicles.map((v) => [v.plate, v.plate]), value: vehicles.length ? vehicles[0].plate : '' }),
      field(t('driver.trailerPlate'), { name: 'trailerPlate', id: 'f-bookTrailerPlate', placeholder: '24R-012.34', autocapitalize: 'characters' }),
      field(t('carrier.driver'), { name: 'driverAccount', id: 'f-bookDriver', options: drivers.map((d) => [d.account, `${d.name} (${d.account})`]),
        value: drivers.length ? drivers[0].account : '' }),
      field(t('driver.direction'), { name: 'direction', id: 'f-bookDirection', options: opts(['EXPORT', 'IMPORT'], 'direction'), value: 'EXPORT' }),
      field(t('driver.cargo'), { name: 'cargoCategory', id: 'f-bookCargo', options: opts(CARGO, 'cargo'), value: 'GENERAL' }),
      arrivalField('plannedArrival', gateInputValue(new Date(Date.now() + 60 * 60000)), true, 'f-bookArrival')),
    h('p', {}, book), out);
    fill(bookBox, h('h2', {}, t('carrier.bookTitle')),
      vehicles.length && drivers.length ? form : h('p', { class: 'muted' }, t('carrier.bookNeedsFleet')));
  }

  async function showBookings() {
    const bookings = await call('queue', base + '/bookings');
    const out = h('div', { id: 'carrier-bookings-out' });
    const open = bookings.filter((b) => OPEN.includes(b.booking.status));
    const move = h('button', { type: 'submit', class: 'alt', id: 'carrier-amend' }, t('driver.amend'));
    const form = h('form', { id: 'carrier-amend-form', onsubmit: (e) => {
      e.preventDefault();
      act(move, out, async () => {
        const f = form.elements;
        const at = fromGateInput(f.plannedArrival.value);
        await call('queue', `${base}/bookings/${encodeURIComponent(f.code.value)}/amendments`, { method: 'POST',
          body: { plannedArrival: at ? at.toISOString() : null, reason: f.reason.value.trim() } });
        await showBookings();
        const done = document.getElementById('carrier-bookings-out');
        done.className = 'ok-msg';
        done.textContent = t('driver.amended');
      }, form);
    } }, h('div', { class: 'grid' },
      field(t('carrier.booking'), { name: 'code', id: 'f-amendCode', options: open.map((b) => [b.booking.code, `${b.booking.code} ${b.booking.plate}`]),
        value: open.length ? open[0].booking.code : '' }),
      arrivalField('plannedArrival', '', true, 'f-amendArrival'),
      field(t('driver.reason'), { name: 'reason', id: 'f-amendReason', required: true })),
    h('p', { class: 'row' }, move));
    fill(bookingsBox, h('h2', {}, t('carrier.bookings')),
      bookings.length ? scroller(h('table', {}, h('tr', {}, h('th', {}, t('carrier.booking')), h('th', {}, t('driver.plate')),
        h('th', {}, t('carrier.driver')), h('th', {}, t('driver.window')), h('th', {}, t('carrier.status')), h('th', {}, t('carrier.bookedBy')), h('th', {})),
      bookings.map((b) => h('tr', { 'data-code': b.booking.code, 'data-status': b.booking.status },
        h('td', {}, b.booking.code), h('td', {}, b.booking.plate), h('td', {}, b.booking.driverName, ' (', b.driverAccount, ')'),
        h('td', { 'data-window-start': b.booking.arrivalWindowStart }, fmtDateTime(b.booking.arrivalWindowStart)),
        h('td', {}, statusPill(b.booking.status), b.cancelledBy ? h('span', { class: 'muted' }, ' ', t('carrier.cancelledBy', { who: b.cancelledBy })) : null),
        h('td', {}, b.bookedBy),
        h('td', {}, OPEN.includes(b.booking.status) ? cancelButton(b.booking.code, out) : null)))))
        : h('p', { class: 'muted', id: 'no-carrier-bookings' }, t('carrier.noBookings')),
      open.length ? h('div', {}, h('h3', {}, t('carrier.amendTitle')), form) : null, out);
  }

  function cancelButton(code, out) {
    const button = h('button', { type: 'button', class: 'warn', 'data-action': 'cancel-booking', 'data-code': code }, t('driver.cancel'));
    button.addEventListener('click', () => act(button, out, async () => {
      if (!confirm(t('driver.cancelConfirm'))) return;
      await call('queue', `${base}/bookings/${encodeURIComponent(code)}`, { method: 'DELETE', query: { reason: t('carrier.cancelReason') } });
      await showBookings();
    }));
    return button;
  }

  await refresh();
}

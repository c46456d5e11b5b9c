// The free slots of a day and direction on the booking form, and the nearest free ones a full or closed slot offers.
import { call } from './api.js';
import { t, fmtTime, fmtNumber, gateDay, gateInputValue } from './i18n.js';
import { h, field, fill } from './dom.js';

/** The most days ahead the queue service tells (its /api/slots `days`). */
export const MAX_DAYS = 14;

/** How many days from today (gate time) the answer must cover to reach `day`: 1 for today, null outside the range. */
export function daysTo(day, now) {
  const today = Date.parse(gateDay(now || new Date()) + 'T00:00:00Z');
  const wanted = Date.parse(day + 'T00:00:00Z');
  if (Number.isNaN(wanted)) return null;
  const days = Math.round((wanted - today) / 86400e3) + 1;
  return days >= 1 && days <= MAX_DAYS ? days : null;
}

/** The hours of `day` in the service's answer that still take a vehicle (not closed, places left), earliest first. */
export function freeHours(comingDays, day) {
  const found = (comingDays || []).find((d) => d.day === day);
  return found ? found.hours.filter((s) => !s.closed && s.free > 0) : [];
}

/** The nearest free slots a refusal (slot-full, gate-closed) offers: {before, after}, both empty for any other problem. */
export function alternativesOf(problem) {
  const b = problem && problem.body && typeof problem.body === 'object' ? problem.body : {};
  return { before: Array.isArray(b.before) ? b.before : [], after: Array.isArray(b.after) ? b.after : [] };
}

/** A button per slot: its hour and places left; picking it puts its start into the form's arrival. */
function slotButtons(slots, pick) {
  return slots.map((s) => h('button', { type: 'button', class: 'alt slot', 'data-slot': s.slotStart, onclick: () => pick(s.slotStart) },
    `${fmtTime(s.slotStart)} · ${t('slots.free', { free: fmtNumber(s.free) })}`));
}

/** Sets the arrival input to a slot's start (gate time) and tells its echo. */
function picker(form) {
  return (slotStart) => {
    const input = form.elements.plannedArrival;
    input.value = gateInputValue(new Date(slotStart));
    input.dispatchEvent(new Event('input'));
    input.focus();
  };
}

/**
 * The free slots of the chosen day and of the form's direction, read again when either changes; a slot picked fills
 * the arrival. Returns the box and `offer(problem)`, which shows the nearest free slots a refused booking names.
 */
export function slotPicker(form) {
  const pick = picker(form);
  const list = h('div', { id: 'free-slots', class: 'row', 'aria-live': 'polite' });
  const offered = h('div', { id: 'slot-alternatives' });
  // the day's input is held here: the box goes into the form only after this returns, so form.elements lacks it yet
  const dayField = field(t('slots.day'), { name: 'slotDay', type: 'date', value: gateDay(new Date()) });
  const dayInput = dayField.querySelector('input');
  const box = h('div', { class: 'card', id: 'slots' }, h('h2', {}, t('slots.title')), h('p', { class: 'muted' }, t('slots.hint')),
    dayField, list);
  async function load() {
    const day = dayInput.value;
    const direction = form.elements.direction.value;
    const days = daysTo(day);
    list.dataset.day = day;
    list.dataset.direction = direction;
    if (!days) { fill(list, h('p', { class: 'muted' }, t('slots.outOfRange', { days: MAX_DAYS }))); return; }
    try {
      const free = freeHours(await call('queue', '/api/slots', { query: { direction, days } }), day);
      fill(list, free.length ? slotButtons(free, pick) : h('p', { class: 'muted', id: 'no-free-slots' }, t('slots.none')));
    } catch (e) {
      fill(list, h('p', { class: 'err' }, e.message));
    }
  }
  dayInput.addEventListener('change', load);
  form.elements.direction.addEventListener('change', load);
  function offer(problem) {
    const { before, after } = alternativesOf(problem);
    if (!before.length && !after.length) { fill(offered); return; }
    fill(offered, h('p', {}, t('slots.alternatives')),
      before.length ? h('p', { class: 'row', id: 'slots-before' }, h('span', { class: 'muted' }, t('slots.before')), ...slotButtons([...before].reverse(), pick)) : null,
      after.length ? h('p', { class: 'row', id: 'slots-after' }, h('span', { class: 'muted' }, t('slots.after')), ...slotButtons(after, pick)) : null);
  }
  return { box, offered, load, offer };
}

// The booking form's free slots without a browser: which hours are offered, how far ahead, what a refusal offers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { daysTo, freeHours, alternativesOf, MAX_DAYS } from '../../main/resources/META-INF/resources/js/slots.js';
import { Problem } from '../../main/resources/META-INF/resources/js/api.js';

const answer = [
  { day: '2026-12-03', direction: 'EXPORT', free: 3, hours: [
    { slotStart: '2026-12-03T08:00:00Z', hour: 15, capacity: 17, booked: 17, free: 0, closed: false },
    { slotStart: '2026-12-03T09:00:00Z', hour: 16, capacity: 17, booked: 14, free: 3, closed: false },
    { slotStart: '2026-12-03T10:00:00Z', hour: 17, capacity: 17, booked: 0, free: 0, closed: true }] },
  { day: '2026-12-04', direction: 'EXPORT', free: 0, hours: [] }];

test('only the hours of the chosen day with places left and no closure are offered', () => {
  assert.deepEqual(freeHours(answer, '2026-12-03').map((s) => s.slotStart), ['2026-12-03T09:00:00Z']);
  assert.deepEqual(freeHours(answer, '2026-12-04'), []);
  assert.deepEqual(freeHours(answer, '2026-12-09'), []);
  assert.deepEqual(freeHours(null, '2026-12-03'), []);
});

test('the days asked for reach the chosen gate day, today counting as one, at most the service tells', () => {
  // 20:00Z on 2 December is 03:00 on 3 December at the gate
  const now = new Date('2026-12-02T20:00:00Z');
  assert.equal(daysTo('2026-12-03', now), 1);
  assert.equal(daysTo('2026-12-05', now), 3);
  assert.equal(daysTo('2026-12-02', now), null, 'a day that is over');
  assert.equal(daysTo('2026-12-16', now), MAX_DAYS);
  assert.equal(daysTo('2026-12-17', now), null, 'past what the service tells');
  assert.equal(daysTo('', now), null);
});

test("a full slot's problem offers its free slots before and after it; another problem offers none", () => {
  const full = new Problem(409, { type: 'https://gate.laocai.vn/problems/slot-full', detail: 'full',
    before: [{ slotStart: '2026-12-03T07:00:00Z', free: 2 }], after: [{ slotStart: '2026-12-03T09:00:00Z', free: 3 }] });
  assert.equal(full.code, 'slot-full');
  assert.deepEqual(alternativesOf(full).before.map((s) => s.free), [2]);
  assert.deepEqual(alternativesOf(full).after.map((s) => s.slotStart), ['2026-12-03T09:00:00Z']);
  assert.deepEqual(alternativesOf(new Problem(409, { type: '.../vehicle-bound' })), { before: [], after: [] });
  assert.deepEqual(alternativesOf(null), { before: [], after: [] });
});

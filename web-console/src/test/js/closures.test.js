// The closure page's request without a browser: directions, the period read as gate time, blank remarks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closureRequest } from '../../main/resources/META-INF/resources/js/closures.js';

test('a closure of both directions reads its period in gate time (UTC+7)', () => {
  assert.deepEqual(closureRequest({ directions: 'BOTH', closedFrom: '2026-12-05T02:00', closedUntil: '2026-12-05T08:30',
    reason: 'FLOOD', remarks: '  Red River over the warning level ', bookingAction: 'MOVE' }), {
    directions: ['EXPORT', 'IMPORT'], closedFrom: '2026-12-04T19:00:00.000Z', closedUntil: '2026-12-05T01:30:00.000Z',
    reason: 'FLOOD', remarks: 'Red River over the warning level', bookingAction: 'MOVE' });
});

test('one direction, no remarks and a period left empty', () => {
  assert.deepEqual(closureRequest({ directions: 'IMPORT', closedFrom: '', closedUntil: '2026-12-05T08:00', reason: 'HOLIDAY',
    remarks: '   ', bookingAction: 'CANCEL' }), {
    directions: ['IMPORT'], closedFrom: null, closedUntil: '2026-12-05T01:00:00.000Z', reason: 'HOLIDAY', remarks: null,
    bookingAction: 'CANCEL' });
});

// The supervisor's card of perishables near or past their time at the gate: how a vehicle's wait is said.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dwellShown } from '../../main/resources/META-INF/resources/js/dashboard.js';

const tr = (key, params) => key + (params ? ' ' + JSON.stringify(params) : '');
const hours = (seconds) => `${seconds / 3600} h`;

test('a wait is said as the time waited of the budget, with its level in words', () => {
  const shown = dwellShown({ waitedMinutes: 36 * 60, maxDwellMinutes: 48 * 60, level: 'NEAR' }, tr, hours);
  assert.equal(shown.waited, 'dash.waitedOf {"waited":"36 h","budget":"48 h"}');
  assert.equal(shown.level, 'dash.level.NEAR');
  assert.equal(dwellShown({ waitedMinutes: 60, maxDwellMinutes: 60, level: 'PAST' }, tr, hours).level, 'dash.level.PAST');
});

test('a level a newer service adds reads as near its time, never as a raw key', () => {
  assert.equal(dwellShown({ waitedMinutes: 1, maxDwellMinutes: 2, level: 'SPOILT' }, tr, hours).level, 'dash.level.NEAR');
});

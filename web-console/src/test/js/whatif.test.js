// The what-if page's logic without a browser: the request it sends, the plot's path and its text alternative.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { whatIfBody, seriesPath, describeQueue } from '../../main/resources/META-INF/resources/js/whatif.js';

test('the what-if request leaves out the changes left blank', () => {
  assert.deepEqual(whatIfBody({ day: '2026-12-03', exportLanes: '', importLanes: '', vehiclesPerLanePerDay: '', hekouDailyLimit: '',
    closureFrom: '', closureUntil: '', closureDirections: 'BOTH', replications: '10' }), { day: '2026-12-03', changes: {}, replications: 10 });
});

test('the what-if request carries the lanes, capacity, closure and Hekou limit tried', () => {
  assert.deepEqual(whatIfBody({ day: '2026-12-03', exportLanes: '3', importLanes: '', vehiclesPerLanePerDay: '240', hekouDailyLimit: '600',
    closureFrom: '10:00', closureUntil: '14:00', closureDirections: 'EXPORT', closureAnnounced: 'on', replications: '' }), {
    day: '2026-12-03',
    changes: { lanes: { EXPORT: 3 }, vehiclesPerLanePerDay: 240,
      closure: { from: '10:00', until: '14:00', directions: ['EXPORT'], announced: true },
      hekouDailyLimit: 600 } });
  // a closure needs both ends; both directions unless one is chosen; not announced unless ticked (a closure on the day)
  assert.equal(whatIfBody({ day: 'd', closureFrom: '10:00', closureUntil: '' }).changes.closure, undefined);
  assert.deepEqual(whatIfBody({ day: 'd', closureFrom: '10:00', closureUntil: '12:00', closureDirections: 'BOTH' }).changes.closure.directions,
    ['EXPORT', 'IMPORT']);
  assert.equal(whatIfBody({ day: 'd', closureFrom: '10:00', closureUntil: '12:00' }).changes.closure.announced, false);
});

test('the queue plot runs from 00:00 at the left to 24:00 at the right, the largest value at the top', () => {
  assert.equal(seriesPath([0, 5, 10], 100, 50, 10), 'M0.0,50.0 L50.0,25.0 L100.0,0.0');
  assert.equal(seriesPath([], 100, 50, 10), '');
  // nothing waiting all day: a flat line at the bottom, no division by zero
  assert.equal(seriesPath([0, 0], 100, 50, 0), 'M0.0,50.0 L100.0,50.0');
});

test('the text alternative gives the peak of each series and when, and the level every three hours', () => {
  const values = Array.from({ length: 145 }, (_, i) => (i === 60 ? 42.4 : 1));
  const [d] = describeQueue([{ name: 'as planned', queue: { stepMinutes: 10, values } }]);
  assert.equal(d.peak, 42);
  assert.equal(d.peakAt, '10:00');
  assert.equal(d.levels.length, 9);
  assert.equal(d.levels[0], '00:00 1');
  assert.equal(d.levels[8], '24:00 1');
});

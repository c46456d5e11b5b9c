// The export buttons' addresses: through the console's proxy (svc/<service>), the export's path, the format's extension,
// and only the parameters that were given.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exportUrl, fileName, FORMATS } from '../../main/resources/META-INF/resources/js/exports.js';

test('an export goes through the proxy to <path>/export.<format>', () => {
  assert.equal(exportUrl('queue', '/api/yard/queue', 'csv'), 'svc/queue/api/yard/queue/export.csv');
  assert.equal(exportUrl('clearance', '/api/clearance/worklists/CUSTOMS', 'xlsx', {}),
    'svc/clearance/api/clearance/worklists/CUSTOMS/export.xlsx');
  assert.deepEqual(FORMATS, ['csv', 'xlsx']);
});

test('a period is sent as given, empty ends left out', () => {
  assert.equal(exportUrl('clearance', '/api/clearance/statistics', 'csv', { from: '2026-06-01T00:00:00.000Z', to: '2026-07-01T00:00:00.000Z' }),
    'svc/clearance/api/clearance/statistics/export.csv?from=2026-06-01T00%3A00%3A00.000Z&to=2026-07-01T00%3A00%3A00.000Z');
  assert.equal(exportUrl('clearance', '/api/clearance/statistics', 'csv', { from: null, to: '' }),
    'svc/clearance/api/clearance/statistics/export.csv');
});

test('no other format is asked for', () => {
  assert.throws(() => exportUrl('queue', '/api/yard/queue', 'pdf'));
});

test('the file is saved under the name the service gives', () => {
  assert.equal(fileName('attachment; filename="yard-board.csv"', 'x.csv'), 'yard-board.csv');
  assert.equal(fileName(null, 'x.csv'), 'x.csv');
});

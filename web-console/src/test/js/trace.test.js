// What the traceability page shows of each part of the record, without a browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { traceSections, TOKEN } from '../../main/resources/META-INF/resources/js/trace.js';

const RECORD = {
  customsDeclarationNumber: '301234567890', direction: 'EXPORT',
  exporter: { name: 'Cong ty TNHH Nong san Lao Cai', taxCode: '5300123456' }, importer: { name: 'Hekou Fruit Trading Co., Ltd.', taxCode: null },
  submittedAt: '2026-12-01T01:00:00Z', clearedAt: null,
  plantingAreas: [{ code: 'VN-LCA-0101', name: 'Vung trong 01', province: 'Lao Cai', product: 'banana', statusInForce: 'SUSPENDED',
    listInForce: 'VN-2026-12-02', statusWhenAttached: 'ACTIVE', listWhenAttached: 'VN-2026-11-20', attachedAt: '2026-12-01T02:00:00Z' }],
  packingHouses: [],
  goodsLines: [{ hsCode: '0810.60.00', description: 'Fresh durian' }],
  documents: [{ type: 'INVOICE', number: 'INV-1', sha256: 'ab'.repeat(32), attachedAt: '2026-12-01T02:00:00Z', verified: null }],
  trucks: [{ bookingCode: 'KT2-ABC123', plate: '24C12345', trailerPlate: '24R00123', enteredGateAt: '2026-12-01T03:00:00Z', releasedAt: null, exitedAt: null }],
  steps: [{ step: 'PLANT_QUARANTINE', state: 'DONE', decisions: [{ decision: 'PASS', at: '2026-12-01T02:30:00Z', decidedBy: null }] }],
};

const rows = (sections, id) => sections.find((s) => s.id === id).groups;

test('a planting area shows its standing now and when it was attached, each with its list version', () => {
  const [area] = rows(traceSections(RECORD), 'trace-planting');
  const byLabel = Object.fromEntries(area);
  assert.equal(byLabel['trace.statusInForce'], 'SUSPENDED (VN-2026-12-02)');
  assert.equal(byLabel['trace.statusWhenAttached'], 'ACTIVE (VN-2026-11-20)');
  assert.equal(byLabel['trace.province'], 'Lao Cai');
  assert.deepEqual(rows(traceSections(RECORD), 'trace-packing'), [], 'no packing house: an empty section');
});

test('the crossing shows the times known and a dash for the others; a decision without its officer has no name', () => {
  const time = (iso) => 'at ' + iso;
  const [truck] = rows(traceSections(RECORD, time), 'trace-trucks');
  const byLabel = Object.fromEntries(truck);
  assert.equal(byLabel['trace.gateIn'], 'at 2026-12-01T03:00:00Z');
  assert.equal(byLabel['trace.released'], '—');
  assert.equal(byLabel['trace.trailer'], '24R00123');
  const [step] = rows(traceSections(RECORD, time), 'trace-steps');
  assert.deepEqual(step.find(([label]) => label === 'trace.decision'), ['trace.decision', 'PASS · at 2026-12-01T02:30:00Z']);
  const [doc] = rows(traceSections(RECORD), 'trace-documents');
  assert.equal(Object.fromEntries(doc)['trace.verified'], 'trace.notYet');
  const [declaration] = rows(traceSections(RECORD), 'trace-declaration');
  assert.equal(Object.fromEntries(declaration)['trace.exporter'], 'Cong ty TNHH Nong san Lao Cai (5300123456)');
  assert.equal(Object.fromEntries(declaration)['trace.importer'], 'Hekou Fruit Trading Co., Ltd.');
});

test('a share token is 43 characters of base64url', () => {
  assert.ok(TOKEN.test('A'.repeat(40) + '-_9'));
  assert.ok(!TOKEN.test('A'.repeat(42)));
  assert.ok(!TOKEN.test('A'.repeat(42) + '='));
});

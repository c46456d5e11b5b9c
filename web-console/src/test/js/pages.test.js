// The pages' logic that needs no browser, under node's own test runner: `node --test src/test/js/` (run by
// PagesScriptTest where node is installed). The device's zone is set far from the gate's, as a phone abroad.
process.env.TZ = 'America/New_York';

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Problem } from '../../main/resources/META-INF/resources/js/api.js';
import { gateDay, gateDayBounds, fromGateInput, gateInputValue } from '../../main/resources/META-INF/resources/js/i18n.js';
import { normalShareCode } from '../../main/resources/META-INF/resources/js/consent.js';
import { SHARE_CODE, amendment } from '../../main/resources/META-INF/resources/js/links.js';
import { entriesQuery, shortened, SERVICES } from '../../main/resources/META-INF/resources/js/audit.js';
import { checkInBody } from '../../main/resources/META-INF/resources/js/yard.js';

test('a share code is sent upper case with its dash, however it was typed', () => {
  assert.equal(normalShareCode('7kq2m9xd'), '7KQ2-M9XD');
  assert.equal(normalShareCode(' 7KQ2-m9xd '), '7KQ2-M9XD');
  assert.equal(normalShareCode('7kq2 m9xd'), '7KQ2-M9XD');
  // not eight characters: sent as typed (upper case), for the service to refuse
  assert.equal(normalShareCode('7kq2'), '7KQ2');
});

test('the share code pattern is valid as browsers read it and takes Crockford base32 only', () => {
  // an input's pattern is compiled with the v flag; an invalid one would be ignored silently
  const pattern = new RegExp('^(?:' + SHARE_CODE + ')$', 'v');
  for (const ok of ['7KQ2-M9XD', '7kq2m9xd', '0000-ZZZZ']) assert.ok(pattern.test(ok), ok);
  for (const bad of ['7KQ2-M9X', 'OKQ2-M9XD', 'IKQ2-M9XD', 'LKQ2-M9XD', 'UKQ2-M9XD', '7KQ2--M9XD', '7KQ2 M9XD']) {
    assert.ok(!pattern.test(bad), bad);
  }
});

test('a gate day starts at midnight Vietnam time, whatever the device zone', () => {
  assert.notEqual(new Date('2026-12-01T00:00:00Z').getTimezoneOffset(), -420, 'the device is not in the gate zone');
  assert.deepEqual(gateDayBounds('2026-12-01'), { from: new Date('2026-11-30T17:00:00Z'), until: new Date('2026-12-01T17:00:00Z') });
  assert.equal(gateDay(new Date('2026-11-30T17:30:00Z')), '2026-12-01');
  assert.equal(gateDay(new Date('2026-11-30T16:59:00Z')), '2026-11-30');
  assert.equal(fromGateInput('2026-12-01T15:40').toISOString(), '2026-12-01T08:40:00.000Z');
  assert.equal(gateInputValue(new Date('2026-12-01T08:40:00Z')), '2026-12-01T15:40');
  assert.equal(gateDayBounds('not a day'), null);
});

test('the audit filters ask for an upper-case action, the subject and the gate day', () => {
  assert.deepEqual(entriesQuery(' plate released ', '2026-12-01', ' KT2-7XK4P9 '), {
    limit: 100, action: 'PLATE_RELEASED', subject: 'KT2-7XK4P9', from: '2026-11-30T17:00:00.000Z', until: '2026-12-01T17:00:00.000Z' });
  assert.deepEqual(entriesQuery('out-of-turn call', '', ''), { limit: 100, action: 'OUT_OF_TURN_CALL' });
  assert.deepEqual(entriesQuery('', ''), { limit: 100 });
  assert.deepEqual(SERVICES, ['queue', 'clearance', 'customs']);
});

test('a chain shorter than last seen, or as long with another head, is suspect', () => {
  const before = { entries: 42, headHash: 'aa', at: '2026-12-01T01:00:00Z' };
  assert.equal(shortened(before, { entries: 41, headHash: 'bb' }), true);
  assert.equal(shortened(before, { entries: 42, headHash: 'cc' }), true);
  assert.equal(shortened(before, { entries: 42, headHash: 'aa' }), false);
  assert.equal(shortened(before, { entries: 43, headHash: 'dd' }), false);
  assert.equal(shortened(undefined, { entries: 1, headHash: 'ee' }), false);
});

test("a problem's code is its own or its type's last part, and it names no field unless the service did", () => {
  const bound = new Problem(409, { type: 'https://gate.laocai.vn/problems/vehicle-bound', detail: 'bound',
    violations: [{ field: 'plate', message: 'bound' }] });
  assert.equal(bound.code, 'vehicle-bound');
  assert.equal(bound.message, 'bound');
  assert.deepEqual(bound.violations, [{ field: 'plate', message: 'bound' }]);
  assert.equal(new Problem(422, { code: 'booking-consent-required', type: 'about:blank' }).code, 'booking-consent-required');
  const bare = new Problem(502, null);
  assert.equal(bare.code, null);
  assert.deepEqual(bare.violations, []);
  assert.equal(bare.message, 'HTTP 502');
});

test('an amendment sends the whole declaration back with the vehicles chosen, its lines unnumbered', () => {
  const d = { id: 'd1', declarantTaxCode: '5300123456', declarantName: 'Cty', consignee: 'Hekou', customsDeclarationNumber: '301234567890',
    direction: 'EXPORT', destinationCountry: 'CN', procedure: 'STANDARD', inlandDelivery: false, bookingCodes: ['KT2-AAAA11'],
    goodsLines: [{ lineNumber: 1, hsCode: '0810.60.00', description: 'durian', quantity: 1, unit: 'KGM', netWeightKg: 1, grossWeightKg: 1,
      value: 1, currency: 'USD', originCountry: 'VN' }] };
  const body = amendment(d, { bookingCodes: ['KT2-AAAA11', 'KT2-BBBB22'], shareCodes: [null, '7KQ2-M9XD'] });
  assert.deepEqual(body.declarant, { taxCode: '5300123456', name: 'Cty' });
  assert.deepEqual(body.bookingCodes, ['KT2-AAAA11', 'KT2-BBBB22']);
  assert.deepEqual(body.shareCodes, [null, '7KQ2-M9XD']);
  assert.equal(body.goodsLines.length, 1);
  assert.equal('lineNumber' in body.goodsLines[0], false);
  assert.equal(body.goodsLines[0].hsCode, '0810.60.00');
  // a view without what the request needs (an older service): no amendment offered
  assert.equal(amendment({ ...d, declarantTaxCode: undefined }, {}), null);
});

test('a scanned QR goes as the token, anything else typed as a plate', () => {
  assert.deepEqual(checkInBody(' eyJhbGciOiJFUzI1NiJ9.eyJiIjoiS1QyIn0.W1cj-_ '), { qrToken: 'eyJhbGciOiJFUzI1NiJ9.eyJiIjoiS1QyIn0.W1cj-_' });
  assert.deepEqual(checkInBody(' KT2.KT2-7XK4P9.1764580000.c2ln '), { qrToken: 'KT2.KT2-7XK4P9.1764580000.c2ln' });
  assert.deepEqual(checkInBody('24C-123.45'), { plate: '24C-123.45' });
});

test('the preferences go as the service takes them: the inbox always on, blanks left out, the opt-out a boolean', async () => {
  const { preferencesBody, figureRows } = await import('../../main/resources/META-INF/resources/js/notices.js');
  assert.deepEqual(preferencesBody({ SMS: true, EMAIL: false, phone: ' +84 912 345 678 ', email: '  ', language: 'zh', optOut: 'on' }),
    { channels: ['SMS', 'INBOX'], phone: '+84 912 345 678', email: null, language: 'zh', optOut: true });
  assert.deepEqual(preferencesBody({}).channels, ['INBOX']);
  const rows = figureRows({ hours: 24, deliveries: [{ channel: 'SMS', status: 'FAILED', count: 2 }, { channel: 'SMS', status: 'DELIVERED', count: 5 },
    { channel: 'PIGEON', status: 'SENT', count: 9 }] });
  assert.deepEqual(rows.map((r) => r.channel), ['SMS', 'EMAIL', 'INBOX']);
  assert.deepEqual(rows[0].counts, { PENDING: 0, SENT: 0, DELIVERED: 5, FAILED: 2 });
  assert.equal(rows[1].counts.SENT, 0);
});

test("an organisation's page is for the members it is for: a carrier's dispatchers, a trading company's managers", async () => {
  const { memberOf } = await import('../../main/resources/META-INF/resources/js/organisations.js');
  const dispatcher = { roles: ['driver'], memberships: [{ organisation: '5300100237', role: 'dispatcher' }, { organisation: '5300100237', role: 'driver' }] };
  const carrierManager = { roles: ['driver'], memberships: [{ organisation: '5300100237', role: 'manager' }] };
  const companyManager = { roles: ['trader'], memberships: [{ organisation: '5301000115', role: 'manager' }] };
  assert.deepEqual(memberOf(dispatcher, 'carrier'), ['5300100237']);
  assert.deepEqual(memberOf(dispatcher, 'company'), []);
  assert.deepEqual(memberOf(carrierManager, 'company'), [], "a carrier's manager is no trading company's");
  assert.deepEqual(memberOf(companyManager, 'company'), ['5301000115']);
  assert.deepEqual(memberOf({ roles: ['trader'] }, 'company'), [], 'a token without memberships');
});

test("a dispatcher's booking goes with the fleet's plate and driver as picked, the arrival read as gate time", async () => {
  const { carrierBookingBody } = await import('../../main/resources/META-INF/resources/js/carrier.js');
  assert.deepEqual(carrierBookingBody({ plate: '24C-123.45', trailerPlate: ' ', driverAccount: 'driver-kt', direction: 'EXPORT',
    cargoCategory: 'GENERAL', plannedArrival: '2026-12-01T09:30' }), { plate: '24C-123.45', trailerPlate: null, driverAccount: 'driver-kt',
    direction: 'EXPORT', cargoCategory: 'GENERAL', plannedArrival: '2026-12-01T02:30:00.000Z' });
});

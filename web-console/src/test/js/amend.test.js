// The trader's amendment: its body from the declaration and the form, and what its answer says, under node's own test
// runner (run by PagesScriptTest).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { amendedBody, amendOutcome } from '../../main/resources/META-INF/resources/js/amend.js';

const D = { id: 'd1', version: 3, status: 'IN_CLEARANCE', declarantTaxCode: '5300123456', declarantName: 'Cty', consignee: 'Hekou',
  customsDeclarationNumber: '301234567890', direction: 'EXPORT', destinationCountry: 'CN', procedure: 'STANDARD', inlandDelivery: false,
  bookingCodes: ['KT2-AAAA11', 'KT2-BBBB22', 'KT2-CCCC33'],
  links: [{ bookingCode: 'KT2-AAAA11', state: 'LINKED' }, { bookingCode: 'KT2-BBBB22', state: 'CONSENT_WITHDRAWN' },
    { bookingCode: 'KT2-CCCC33', state: 'PENDING' }],
  goodsLines: [{ lineNumber: 1, hsCode: '0810.60.00', description: 'durian', quantity: 1, unit: 'KGM', netWeightKg: 1, grossWeightKg: 1,
    value: 1, currency: 'USD', originCountry: 'VN' }] };

test('an amendment sends what the form changed over the declaration as it stands, the direction as declared', () => {
  const lines = [{ hsCode: '0810.60.00', description: 'durian, grade A', quantity: 2, unit: 'KGM', netWeightKg: 2, grossWeightKg: 2.2,
    value: 5, currency: 'USD', originCountry: 'VN' }];
  const body = amendedBody(D, { consignee: 'Hekou Trading', destinationCountry: ' cn ', goodsLines: lines, direction: 'IMPORT' });
  assert.equal(body.consignee, 'Hekou Trading');
  assert.equal(body.destinationCountry, 'CN');
  assert.equal(body.direction, 'EXPORT', 'the direction of a declaration is fixed');
  assert.deepEqual(body.goodsLines, lines);
  assert.deepEqual(body.declarant, { taxCode: '5300123456', name: 'Cty' });
  assert.equal(body.customsDeclarationNumber, '301234567890');
  // the vehicles as they stand: a withdrawn link left out, the others without their share codes again
  assert.deepEqual(body.bookingCodes, ['KT2-AAAA11', 'KT2-CCCC33']);
  assert.deepEqual(body.shareCodes, [null, null]);
  // nothing edited: the declaration as it is, lines unnumbered
  const same = amendedBody(D, {});
  assert.equal('lineNumber' in same.goodsLines[0], false);
  assert.equal(same.consignee, 'Hekou');
  assert.equal(amendedBody({ ...D, declarantTaxCode: undefined }, {}), null);
});

test('the answer tells a new version from an amendment that changed nothing', () => {
  assert.deepEqual(amendOutcome(D, { ...D, version: 4 }), { key: 'amend.saved', version: 4 });
  assert.deepEqual(amendOutcome(D, { ...D }), { key: 'amend.unchanged', version: 3 });
});

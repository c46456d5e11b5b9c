// The page "what does my consignment need?": its enquiry from the form, and the answer in the reader's language with
// the legal sources of each document and step, under node's own test runner (run by PagesScriptTest).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { requirementsQuery, requirementsShown, inLanguage } from '../../main/resources/META-INF/resources/js/requirements.js';

test('the enquiry repeats hsCode for each code typed, blanks left out, and knows which input each one came from', () => {
  const { query, fields } = requirementsQuery({ hsCodes: [' 0810.60.00 ', '', '26030000'], direction: 'EXPORT', country: ' cn ', procedure: 'STANDARD' });
  assert.deepEqual(query.getAll('hsCode'), ['0810.60.00', '26030000']);
  assert.equal(query.get('direction'), 'EXPORT');
  assert.equal(query.get('country'), 'CN');
  assert.equal(query.has('procedure'), false, 'the standard procedure is the service default');
  // hsCode[1] of a refusal is the third input
  assert.deepEqual(fields, [0, 2]);
  const other = requirementsQuery({ hsCodes: ['08106000'], direction: 'IMPORT', country: 'CN', procedure: 'TRANSSHIPMENT' });
  assert.equal(other.query.get('procedure'), 'TRANSSHIPMENT');
  assert.equal(other.query.toString(), 'hsCode=08106000&direction=IMPORT&country=CN&procedure=TRANSSHIPMENT');
  assert.deepEqual(requirementsQuery({ hsCodes: ['  '], direction: 'EXPORT', country: 'CN' }).fields, []);
});

const ANSWER = {
  rulesVersion: '2026.2', documents: [
    { type: 'INVOICE', codeOnly: false, checkedBy: null, rules: ['every-consignment'] },
    { type: 'PHYTOSANITARY_CERTIFICATE', codeOnly: false, checkedBy: 'PLANT_QUARANTINE', rules: ['plants-export-china', 'fruit-china'] },
    { type: 'PLANTING_AREA_CODE', codeOnly: true, checkedBy: null, rules: ['fruit-china'] }],
  steps: [{ step: 'PLANT_QUARANTINE', agencyRole: 'quarantine-officer', rules: ['plants-export-china'] }],
  rules: [
    { id: 'every-consignment', why: { vi: 'Mọi lô hàng', en: 'Every consignment', zh: '每批货物' }, sources: ['Law on Customs 54/2014/QH13'] },
    { id: 'plants-export-china', why: { vi: 'Thực vật', en: 'Plants', zh: '植物' }, sources: ['Law 41/2013/QH13', 'Decree 116/2014/ND-CP'] },
    { id: 'fruit-china', why: { vi: 'Quả tươi', en: 'Fresh fruit', zh: '鲜果' }, sources: ['GACC Decree 248 (2021)', 'Law 41/2013/QH13'] }],
  fee: { goodsClass: 'FRESH_PRODUCE', rates: [] },
};

test('each document and step carries the reasons of its rules in the reader language and their sources once each', () => {
  const zh = requirementsShown(ANSWER, 'zh');
  const phyto = zh.documents.find((d) => d.type === 'PHYTOSANITARY_CERTIFICATE');
  assert.deepEqual(phyto.reasons, [{ rule: 'plants-export-china', why: '植物' }, { rule: 'fruit-china', why: '鲜果' }]);
  assert.deepEqual(phyto.sources, ['Law 41/2013/QH13', 'Decree 116/2014/ND-CP', 'GACC Decree 248 (2021)']);
  assert.equal(phyto.checkedBy, 'PLANT_QUARANTINE');
  assert.equal(zh.documents.find((d) => d.type === 'PLANTING_AREA_CODE').codeOnly, true);
  assert.deepEqual(zh.steps, [{ step: 'PLANT_QUARANTINE', reasons: [{ rule: 'plants-export-china', why: '植物' }],
    sources: ['Law 41/2013/QH13', 'Decree 116/2014/ND-CP'] }]);
  assert.equal(requirementsShown(ANSWER, 'vi').documents[0].reasons[0].why, 'Mọi lô hàng');
  assert.equal(requirementsShown(ANSWER, 'en').documents[0].reasons[0].why, 'Every consignment');
  // a rule id the answer does not list gives no reason rather than an empty one
  assert.deepEqual(requirementsShown({ documents: [{ type: 'OTHER', rules: ['gone'] }] }, 'en').documents[0].reasons, []);
});

test('a reason missing in the reader language falls back to Vietnamese', () => {
  assert.equal(inLanguage({ vi: 'Mọi lô hàng', en: 'Every consignment' }, 'zh'), 'Mọi lô hàng');
  assert.equal(inLanguage(null, 'en'), '');
});

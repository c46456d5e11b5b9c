// An officer's checklist in the reader's language, with a GACC code's status, under node's own test runner (run by PagesScriptTest).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { checklistShown, gaccLabel, GACC_STATUSES } from '../../main/resources/META-INF/resources/js/checklist.js';

const LANGUAGES = ['vi', 'en', 'zh'];
const messages = Object.fromEntries(LANGUAGES.map((l) => [l,
  JSON.parse(readFileSync(new URL(`../../main/resources/META-INF/resources/i18n/${l}.json`, import.meta.url), 'utf8'))]));
const tr = (lang) => (key, params) => {
  const s = key.split('.').reduce((o, k) => (o == null ? undefined : o[k]), messages[lang]);
  if (typeof s !== 'string') throw new Error(`${lang}: no message ${key}`);
  return s.replace(/\{(\w+)\}/g, (_, n) => (params[n] == null ? '' : params[n]));
};

const CHECKLIST = { step: 'PLANT_QUARANTINE', declarationVersion: 6, items: [
  { rule: 'fruit-china', document: 'PLANTING_AREA_CODE', present: true,
    what: { vi: 'Mã vùng trồng', en: 'The planting-area code is on the list', zh: '种植基地编码' },
    why: { vi: 'Vì GACC', en: 'Because GACC', zh: '因为海关总署' }, sources: ['GACC Decree 248 (2021)'],
    attached: [{ type: 'PLANTING_AREA_CODE', number: 'VN-LCA-0101', attachedInVersion: 5, gaccList: { listVersion: 'VN-2026-11-20-SAMPLE', status: 'SUSPENDED' } }] },
  { rule: 'plants-export-china', document: 'PHYTOSANITARY_CERTIFICATE', present: false,
    what: { vi: 'Giấy chứng nhận', en: 'The certificate', zh: '证书' }, why: { vi: 'Kiểm dịch', en: 'Quarantine', zh: '检疫' },
    sources: ['Law 41/2013/QH13'], attached: [] },
  { rule: 'plants-export-china', document: null, present: false,
    what: { vi: 'Kiểm tra sinh vật gây hại', en: 'Inspect for pests', zh: '检查有害生物' }, why: { vi: 'Kiểm dịch', en: 'Quarantine', zh: '检疫' },
    sources: [], attached: [] }] };

test('each item reads in the reader language with its reason, sources, whether its document is attached and its GACC status', () => {
  const zh = checklistShown(CHECKLIST, 'zh');
  assert.equal(zh.length, 3);
  assert.deepEqual(zh[0], { rule: 'fruit-china', document: 'PLANTING_AREA_CODE', present: true, what: '种植基地编码', why: '因为海关总署',
    sources: ['GACC Decree 248 (2021)'], attached: [{ number: 'VN-LCA-0101', version: 5, gacc: { status: 'SUSPENDED', listVersion: 'VN-2026-11-20-SAMPLE' } }] });
  assert.equal(zh[1].present, false);
  // the goods themselves: nothing to be attached
  assert.equal(zh[2].present, null);
  assert.equal(checklistShown(CHECKLIST, 'en')[2].what, 'Inspect for pests');
  assert.equal(checklistShown(CHECKLIST, 'vi')[1].why, 'Kiểm dịch');
  // a document without a GACC status (an invoice) shows none
  assert.equal(checklistShown({ items: [{ rule: 'r', document: 'INVOICE', present: true, attached: [{ number: 'INV-1', attachedInVersion: 1, gaccList: null }] }] }, 'en')[0].attached[0].gacc, null);
});

test('every GACC status has its own words in the three languages, naming the list; another one reads as unknown', () => {
  for (const lang of LANGUAGES) {
    const labels = GACC_STATUSES.map((status) => gaccLabel({ status, listVersion: 'V1' }, tr(lang)));
    assert.equal(new Set(labels).size, GACC_STATUSES.length, labels.join(' | '));
    labels.forEach((l) => assert.ok(l.includes('V1'), l));
    assert.equal(gaccLabel({ status: 'WITHDRAWN', listVersion: 'V1' }, tr(lang)), gaccLabel({ status: 'UNKNOWN', listVersion: 'V1' }, tr(lang)));
  }
  assert.equal(gaccLabel({ status: 'SUSPENDED', listVersion: 'V1' }, tr('en')), 'suspended on the GACC list V1');
});

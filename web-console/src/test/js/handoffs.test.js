// Handoff states and booking links in the page's language, under node's own test runner (run by PagesScriptTest).
process.env.TZ = 'America/New_York';

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { HANDOFF_STATES, LAPSED, stateLabel, handoffLine } from '../../main/resources/META-INF/resources/js/handoffs.js';
import { linkLabel } from '../../main/resources/META-INF/resources/js/links.js';

const LANGUAGES = ['vi', 'en', 'zh'];
const messages = Object.fromEntries(LANGUAGES.map((l) => [l,
  JSON.parse(readFileSync(new URL(`../../main/resources/META-INF/resources/i18n/${l}.json`, import.meta.url), 'utf8'))]));

/** t() over one language's messages, as i18n.js reads them; a missing key throws, so that a test fails on it. */
function tr(lang) {
  return (key, params) => {
    const s = key.split('.').reduce((o, k) => (o == null ? undefined : o[k]), messages[lang]);
    if (typeof s !== 'string') throw new Error(`${lang}: no message ${key}`);
    return params ? s.replace(/\{(\w+)\}/g, (_, n) => (params[n] == null ? '' : params[n])) : s;
  };
}

test('every state of a handoff has its words in the three languages, the lapsed ones their own', () => {
  assert.deepEqual(LAPSED, ['LOST', 'OVERDUE', 'ESCALATED']);
  for (const lang of LANGUAGES) {
    const labels = HANDOFF_STATES.map((s) => stateLabel(s, tr(lang)));
    assert.equal(new Set(labels).size, HANDOFF_STATES.length, `${lang}: ${labels}`);
    for (const s of LAPSED) assert.equal(stateLabel(s, tr(lang)), messages[lang].handoffs.state[s]);
  }
  assert.equal(stateLabel('ESCALATED', tr('en')), 'escalated to the customs officers');
  assert.equal(stateLabel('OVERDUE', tr('vi')), 'quá hạn (không có trả lời sau thời hạn)');
  assert.equal(stateLabel('LOST', tr('zh')), '被机构系统丢失');
});

test('a lapsed handoff says since when, how often it was sent again, that it is with the officers, and why', () => {
  const at = (iso) => `<${iso}>`;
  const escalated = { agencySystem: 'VNACCS', state: 'ESCALATED', lapse: 'LOST', lapsedAt: '2026-12-01T01:00:00Z',
    overdueSince: '2026-12-01T00:30:00Z', resubmissions: 1, escalatedAt: '2026-12-01T02:00:00Z',
    lapseReason: 'VNACCS answered 404: no declaration lodged as VNACCS-8FEDDE3178EF' };
  assert.equal(handoffLine(escalated, tr('en'), at), 'VNACCS escalated to the customs officers · overdue since <2026-12-01T00:30:00Z>'
    + ' · sent again 1 time(s) · with the customs officers since <2026-12-01T02:00:00Z>'
    + ' · VNACCS answered 404: no declaration lodged as VNACCS-8FEDDE3178EF');
  assert.match(handoffLine({ ...escalated, overdueSince: null, state: 'LOST', escalatedAt: null, resubmissions: 0 }, tr('vi'), at),
    /^VNACCS bị hệ thống cơ quan làm mất · quá hạn từ <2026-12-01T01:00:00Z> · VNACCS answered 404/);
  // an answered one says nothing of lapses
  assert.equal(handoffLine({ agencySystem: 'VNACCS', state: 'CHANNEL_ASSIGNED', channel: 'GREEN' }, tr('en'), at),
    `VNACCS channel assigned (${messages.en.channel.GREEN})`);
});

test('a pending and a refused link to a booking have their words in the three languages', () => {
  for (const lang of LANGUAGES) {
    for (const state of ['PENDING', 'LINKED', 'CONSENT_WITHDRAWN', 'REFUSED']) assert.ok(linkLabel(state, tr(lang)), `${lang} ${state}`);
    assert.notEqual(linkLabel('PENDING', tr(lang)), linkLabel('REFUSED', tr(lang)));
    assert.ok(tr(lang)('pendingLink.refusedNote', { code: 'KT2-7XK4P9', reason: 'r' }).includes('KT2-7XK4P9'));
  }
});

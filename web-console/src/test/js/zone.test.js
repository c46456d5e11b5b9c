// The gate's time zone on a phone set to another one, and the page's language on every call. Run with node --test.
import { test } from 'node:test';
import assert from 'node:assert/strict';

// a phone in China (UTC+8): node reads TZ again when it is set
process.env.TZ = 'Asia/Shanghai';

const i18n = await import('../../main/resources/META-INF/resources/js/i18n.js');
const api = await import('../../main/resources/META-INF/resources/js/api.js');

test('a phone in UTC+8 choosing 10:00 books 10:00 Vietnam time, 03:00Z', () => {
  assert.equal(new Date('2026-12-01T00:00:00Z').getTimezoneOffset(), -480, 'the test runs in UTC+8');
  const chosen = i18n.fromGateInput('2026-12-01T10:00');
  assert.equal(chosen.toISOString(), '2026-12-01T03:00:00.000Z');
  // what the phone itself would have read: an hour off
  assert.equal(new Date('2026-12-01T10:00').toISOString(), '2026-12-01T02:00:00.000Z');
  assert.equal(i18n.gateInputValue(chosen), '2026-12-01T10:00');
});

test('times are shown in Vietnam time with the zone named, whatever the phone zone', async () => {
  globalThis.localStorage = { setItem() {}, getItem() { return null; } };
  globalThis.document = { documentElement: {} };
  const labels = { vi: 'giờ Việt Nam, UTC+7', en: 'Vietnam time, UTC+7', zh: '越南时间, UTC+7' };
  globalThis.fetch = async (url) => {
    const l = /i18n\/(\w+)\.json/.exec(url)[1];
    return { ok: true, json: async () => ({ gateZone: { label: labels[l] } }) };
  };
  await i18n.setLanguage('zh');
  const shown = i18n.fmtDateTime('2026-12-01T03:00:00Z');
  assert.match(shown, /10:00/);
  assert.ok(shown.endsWith('（越南时间, UTC+7）'), shown);
  assert.equal(i18n.fmtTime('2026-12-01T03:00:00Z', true), '10:00');
  await i18n.setLanguage('vi');
  assert.ok(i18n.fmtWindow('2026-12-01T03:00:00Z', '2026-12-01T04:00:00Z').endsWith('– 11:00 (giờ Việt Nam, UTC+7)'));
});

test("every call to a service asks for the page's language", async () => {
  await i18n.setLanguage('zh');
  assert.equal(api.headers()['Accept-Language'], 'zh');
  let sent;
  globalThis.fetch = async (url, init) => {
    sent = init.headers;
    return { ok: true, status: 200, headers: { get: () => 'application/json' }, json: async () => ({}) };
  };
  await api.call('queue', '/api/bookings');
  assert.equal(sent['Accept-Language'], 'zh');
  await i18n.setLanguage('en').catch(() => {});
});

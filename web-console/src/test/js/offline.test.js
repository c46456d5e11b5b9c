// The console's service worker (sw.js) under node: what it keeps, what it never keeps, what it answers without network,
// and that signing out or an ended session empties what it kept. sw.js is a classic script: it runs here in a context
// of its own with the few things of a browser's worker it uses (caches, fetch, self).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import vm from 'node:vm';

const ROOT = new URL('../../main/resources/META-INF/resources/', import.meta.url);
const SCOPE = 'https://gate.example/';

/** CacheStorage as a map of maps, by URL (the worker's keys are Requests, plain objects or relative URLs). */
function fakeCaches() {
  const stores = new Map();
  const key = (k) => new URL(typeof k === 'string' ? k : k.url, SCOPE).href.split('#')[0];
  const open = async (name) => {
    if (!stores.has(name)) stores.set(name, new Map());
    const m = stores.get(name);
    return {
      put: async (k, r) => { m.set(key(k), r); },
      match: async (k, o) => m.get(o && o.ignoreSearch ? key(k).split('?')[0] : key(k)),
      addAll: async (urls) => urls.forEach((u) => m.set(key(u), new Response('shell'))),
    };
  };
  return { stores, open, delete: async (name) => stores.delete(name), keys: async () => [...stores.keys()] };
}

/** sw.js loaded afresh; `network` answers its fetches (throws: no signal). */
function worker(network) {
  const listeners = {};
  const caches = fakeCaches();
  const self = {
    registration: { scope: SCOPE },
    clients: { claim: async () => {} },
    skipWaiting: async () => {},
    addEventListener: (type, fn) => { listeners[type] = fn; },
  };
  const context = vm.createContext({ self, caches, fetch: (r) => network(r), URL, Headers, Response, JSON, Promise, Date, Object, Array });
  const api = vm.runInContext(readFileSync(new URL('sw.js', ROOT), 'utf8') + '\n;({ plan, storable, SHELL_FILES, DATA, SHELL })', context);
  /** What the worker answers a page's request: its answer, or undefined when it leaves the request to the network. */
  async function request(url, init = {}) {
    let answer;
    const waits = [];
    listeners.fetch({ request: { url: new URL(url, SCOPE).href, method: init.method || 'GET', mode: init.mode || 'cors' },
      respondWith: (p) => { answer = p; }, waitUntil: (p) => waits.push(p) });
    await Promise.all(waits);
    return answer && await answer;
  }
  async function message(data) {
    const waits = [];
    listeners.message({ data, waitUntil: (p) => waits.push(p) });
    await Promise.all(waits);
  }
  async function kept(name, url) {
    const c = caches.stores.get(name);
    return c && c.get(new URL(url, SCOPE).href);
  }
  return { api, caches, request, message, kept, listeners };
}

const BOOKING = { code: 'KT2-7XK4P9', status: 'WAITING', plate: '24C-357.91', driverName: 'Nguyễn Văn An', driverNationality: 'VN',
  position: 3, consent: { consentId: 'c1', shareCode: '7KQ2-M9XD', givenAt: '2026-12-01T01:00:00Z' } };
const json = (body, status = 200) => new Response(JSON.stringify(body), { status,
  headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' } });

test('the pages and the driver\'s booking, its QR and who is signed in are kept; nothing else', () => {
  const { plan } = worker(() => { throw new Error('no network'); }).api;
  const at = (path, method = 'GET') => plan(method, SCOPE + path, SCOPE);
  for (const shell of ['', 'index.html', 'js/app.js', 'css/app.css', 'i18n/zh.json', 'icons/icon-192.png', 'manifest.webmanifest']) {
    assert.equal(at(shell), 'shell', shell);
  }
  for (const data of ['api/me', 'svc/queue/api/bookings/KT2-7XK4P9', 'svc/queue/api/bookings/KT2-7XK4P9/qr.svg']) {
    assert.equal(at(data), 'data', data);
  }
  for (const never of ['svc/queue/api/bookings', 'svc/queue/api/bookings/KT2-7XK4P9/stream', 'svc/queue/api/yard/queue',
    'svc/clearance/api/declarations/1', 'svc/notification/api/inbox', 'svc/queue/api/bookings/KT2-7XK4P9?x=1', 'signin', 'logout',
    'q/health/ready', 'sw.js']) {
    assert.equal(at(never), null, never);
  }
  assert.equal(at('svc/queue/api/bookings/KT2-7XK4P9', 'POST'), null, 'only reads');
  assert.equal(at('api/me', 'DELETE'), null);
  assert.equal(plan('GET', 'https://elsewhere.example/js/app.js', SCOPE), null, 'another origin');
  assert.equal(plan('GET', 'https://gate.example/console/js/app.js', 'https://gate.example/console/'), 'shell', 'under a path');
  assert.equal(plan('GET', 'https://gate.example/js/app.js', 'https://gate.example/console/'), null, 'outside the scope');
});

test('every file the worker keeps on install is one of the pages\' files', () => {
  const { SHELL_FILES } = worker(() => { throw new Error('no network'); }).api;
  for (const f of SHELL_FILES) assert.ok(f === './' || existsSync(new URL(f, ROOT)), f);
});

test('a booking is kept without the driver\'s name nor the share code, stamped, and answered so without network', async () => {
  let online = true;
  const w = worker((r) => {
    if (!online) throw new TypeError('Failed to fetch');
    return r.url.endsWith('/qr.svg') ? new Response('<svg/>', { headers: { 'Content-Type': 'image/svg+xml' } }) : json(BOOKING);
  });
  const fresh = await w.request('svc/queue/api/bookings/KT2-7XK4P9');
  assert.equal(fresh.headers.get('X-Stored-At'), null, 'read now');
  assert.equal((await fresh.json()).driverName, 'Nguyễn Văn An', 'the page itself gets the whole answer');
  await w.request('svc/queue/api/bookings/KT2-7XK4P9/qr.svg');

  online = false;
  const kept = await w.request('svc/queue/api/bookings/KT2-7XK4P9');
  assert.ok(!Number.isNaN(Date.parse(kept.headers.get('X-Stored-At'))), 'when it was kept');
  assert.equal(kept.headers.get('Cache-Control'), null);
  const body = await kept.json();
  assert.equal(body.code, 'KT2-7XK4P9');
  assert.equal(body.position, 3);
  assert.equal(body.driverName, undefined);
  assert.equal(body.driverNationality, undefined);
  assert.equal(body.consent.shareCode, undefined);
  assert.equal(body.consent.consentId, 'c1');
  assert.equal(await (await w.request('svc/queue/api/bookings/KT2-7XK4P9/qr.svg')).text(), '<svg/>');
  await assert.rejects(w.request('svc/queue/api/bookings/KT2-OTHER'), 'nothing kept: the page sees the network fail');
  assert.equal(await w.request('svc/queue/api/bookings/KT2-7XK4P9/stream'), undefined, 'streams are left to the network');
});

test('without network a page is answered with the pages kept, whatever its hash or query', async () => {
  let online = true;
  const w = worker(() => {
    if (!online) throw new TypeError('Failed to fetch');
    return new Response('<!doctype html>', { headers: { 'Content-Type': 'text/html' } });
  });
  await w.request(SCOPE, { mode: 'navigate' });
  online = false;
  const page = await w.request(SCOPE + '?from=home', { mode: 'navigate' });
  assert.equal(await page.text(), '<!doctype html>');
});

test('the last position a stream brought is kept as the booking\'s answer', async () => {
  const w = worker(() => { throw new TypeError('Failed to fetch'); });
  await w.message({ type: 'remember', url: 'svc/queue/api/bookings/KT2-7XK4P9', body: Object.assign({}, BOOKING, { position: 1 }) });
  const body = await (await w.request('svc/queue/api/bookings/KT2-7XK4P9')).json();
  assert.equal(body.position, 1);
  assert.equal(body.driverName, undefined);
  await w.message({ type: 'remember', url: 'svc/clearance/api/declarations/1', body: { secret: true } });
  assert.equal(await w.kept(w.api.DATA, 'svc/clearance/api/declarations/1'), undefined, 'only what plan() allows');
});

test('signing out, or a session that ended, empties what was kept; the pages stay', async () => {
  let status = 200;
  const w = worker((r) => (r.url.endsWith('api/me') ? json({ user: 'driver', roles: ['driver'] }, status) : json(BOOKING)));
  await w.request('api/me');
  await w.request('svc/queue/api/bookings/KT2-7XK4P9');
  await w.request('js/app.js');
  assert.ok(await w.kept(w.api.DATA, 'svc/queue/api/bookings/KT2-7XK4P9'));
  await w.message({ type: 'forget' });
  assert.equal(w.caches.stores.has(w.api.DATA), false);
  assert.ok(await w.kept(w.api.SHELL, 'js/app.js'), 'the pages stay');

  await w.request('svc/queue/api/bookings/KT2-7XK4P9');
  status = 401;
  const answer = await w.request('api/me');
  assert.equal(answer.status, 401);
  assert.equal(w.caches.stores.has(w.api.DATA), false, 'the session ended');
});

test('an answer that cannot be kept still reaches the page, and nothing is kept of it', async () => {
  const w = worker(() => new Response('not json', { headers: { 'Content-Type': 'application/json' } }));
  const answer = await w.request('svc/queue/api/bookings/KT2-7XK4P9');
  assert.equal(await answer.text(), 'not json');
  assert.equal(await w.kept(w.api.DATA, 'svc/queue/api/bookings/KT2-7XK4P9'), undefined);
});

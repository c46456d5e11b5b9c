// The console's service worker: for a weak or lost signal, the pages themselves (the app shell) and, for the driver,
// who is signed in, the last answer of each booking and its QR image. Everything else (other pages' data, the live
// streams, anything but a GET) goes to the network only. Network first: online the pages always read the services;
// offline they get what was last read, marked with the time it was kept (X-Stored-At). Signing out (or a session
// that ended) empties the data cache, so nobody reads another person's booking on a shared phone.
// A classic script (not a module) so every browser with service workers runs it; PagesScriptTest runs it under node.
const SHELL = 'shell-v1';
const DATA = 'driver-data';
const STORED_AT = 'X-Stored-At';
// what the driver's page needs to start without network; the other pages are kept as they are visited
const SHELL_FILES = ['./', 'css/app.css', 'manifest.webmanifest', 'icons/icon.svg', 'icons/icon-192.png',
  'js/app.js', 'js/api.js', 'js/i18n.js', 'js/dom.js', 'js/organisations.js', 'js/driver.js', 'js/consent.js', 'js/slots.js',
  'i18n/vi.json', 'i18n/en.json', 'i18n/zh.json'];
// the fields of a booking's answer that name a person or let a trader link a consignment: never kept
const PERSONAL = ['driverName', 'driverNationality'];

const BOOKING = /^svc\/queue\/api\/bookings\/[^/]+$/;
const QR = /^svc\/queue\/api\/bookings\/[^/]+\/qr\.svg$/;
const STATIC = /^(index\.html|manifest\.webmanifest|(css|js|i18n|icons)\/[^/]+)$/;

/**
 * Where a request's answer is kept: 'shell' (the console's own files), 'data' (who is signed in, a booking, its
 * QR), or null (network only). `scope` is the worker's scope URL ("https://host/").
 */
function plan(method, url, scope) {
  if (method !== 'GET') return null;
  const u = new URL(url);
  const base = new URL(scope);
  if (u.origin !== base.origin || !u.pathname.startsWith(base.pathname)) return null;
  const path = u.pathname.slice(base.pathname.length);
  if (path === 'api/me' || ((BOOKING.test(path) || QR.test(path)) && !u.search)) return 'data';
  if (path === '' || STATIC.test(path)) return 'shell';
  return null;
}

/** A booking's answer as it may be kept: without the person's name and nationality, nor the consent's share code. */
function storable(body) {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return body;
  const kept = Object.assign({}, body);
  PERSONAL.forEach((k) => delete kept[k]);
  if (kept.consent) kept.consent = Object.assign({}, kept.consent, { shareCode: undefined });
  return kept;
}

/** The copy of an answer to keep: JSON without what names a person, every copy stamped with when it was kept. */
async function keptCopy(response, now) {
  const headers = new Headers(response.headers);
  headers.set(STORED_AT, now.toISOString());
  headers.delete('Cache-Control');
  headers.delete('Vary');
  const type = headers.get('Content-Type') || '';
  const body = type.includes('json') ? JSON.stringify(storable(await response.clone().json())) : await response.clone().blob();
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}

async function forgetData() {
  await caches.delete(DATA);
}

/** Network first; the answer kept where plan() says; without network, the kept one. */
async function answer(request, where) {
  const cache = await caches.open(where === 'shell' ? SHELL : DATA);
  const key = request.mode === 'navigate' ? './' : request;
  let response;
  try {
    response = await fetch(request);
  } catch (offline) {
    const kept = await cache.match(key, { ignoreSearch: request.mode === 'navigate' });
    if (kept) return kept;
    throw offline;
  }
  try {
    if (response.ok) {
      await cache.put(key, where === 'shell' ? response.clone() : await keptCopy(response, new Date()));
    } else if (response.status === 401 && where === 'data') {
      // the session ended: what was kept for it goes too
      await forgetData();
    }
  } catch (notKept) {
    // an answer that cannot be kept (not JSON after all, storage full) still goes to the page
  }
  return response;
}

if (typeof self !== 'undefined' && typeof self.addEventListener === 'function') {
  self.addEventListener('install', (e) => {
    e.waitUntil(caches.open(SHELL).then((c) => c.addAll(SHELL_FILES)).then(() => self.skipWaiting()));
  });
  self.addEventListener('activate', (e) => {
    e.waitUntil(caches.keys()
      .then((names) => Promise.all(names.filter((n) => n !== SHELL && n !== DATA).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()));
  });
  self.addEventListener('fetch', (e) => {
    const where = plan(e.request.method, e.request.url, self.registration.scope);
    if (where) e.respondWith(answer(e.request, where));
  });
  // the driver's page hands over what reached it live (the position, the call forward), and says when someone signs out
  self.addEventListener('message', (e) => {
    const m = e.data || {};
    if (m.type === 'forget') e.waitUntil(forgetData());
    const url = m.url && new URL(m.url, self.registration.scope).href;
    if (m.type === 'remember' && url && plan('GET', url, self.registration.scope) === 'data') {
      const response = new Response(JSON.stringify(m.body), { headers: { 'Content-Type': 'application/json' } });
      e.waitUntil(keptCopy(response, new Date()).then((copy) => caches.open(DATA).then((c) => c.put(url, copy))));
    }
  });
}

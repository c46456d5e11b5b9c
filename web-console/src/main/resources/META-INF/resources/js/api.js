// Calls to the services through the console's proxy (/svc/<service>/...); the console adds the signed-in person's token.
// Every call asks for the page's language (Accept-Language), so what the services write (problems, notices) reads as the page.
import { language } from './i18n.js';

export class Problem extends Error {
  constructor(status, body) {
    super((body && (body.detail || body.title || body.error_description)) || `HTTP ${status}`);
    this.status = status;
    this.body = body;
  }

  /** The problem's code: its `code`, else the last part of its type (".../problems/vehicle-bound"). */
  get code() {
    const b = this.body && typeof this.body === 'object' ? this.body : {};
    return b.code || (typeof b.type === 'string' ? b.type.split('/').pop() : null);
  }

  /** The offending fields, [{field, message}]: none when the service named none. */
  get violations() {
    const v = this.body && this.body.violations;
    return Array.isArray(v) ? v : [];
  }
}

// The signed-in person ({user, roles}) as the console's /api/me tells it, in memory only: the tokens stay on the
// server, in the session the OpenID Connect code flow opened, and nothing of the sign-in is kept in the browser's storage.
let current = null;

export function session() {
  return current;
}

/** Asks the console who is signed in: null without a session. */
export async function loadSession() {
  const r = await fetch('api/me', { headers: { Accept: 'application/json' } }).catch(() => null);
  current = r && r.ok ? await r.json().catch(() => null) : null;
  return current;
}

/** The identity provider's name for a page language (Keycloak's Simplified Chinese is zh-CN). */
export const UI_LOCALES = { vi: 'vi', en: 'en', zh: 'zh-CN' };

/**
 * Sign-in happens at the identity provider (authorization code flow with PKCE); the console brings the person back.
 * The login page is asked for in the page's language (ui_locales, forwarded by the console's OIDC settings).
 */
export function signIn() {
  location.href = 'signin?ui_locales=' + encodeURIComponent(UI_LOCALES[language()] || language());
}

/**
 * Ends the session here and at the identity provider, then comes back to the sign-in page: a POST from the pages
 * (the console refuses any other), answered with where to go next (the provider's end of session).
 */
export async function signOut() {
  current = null;
  await forgetKept();
  const r = await fetch('logout', { method: 'POST', headers: headers() }).catch(() => null);
  location.href = (r && r.headers.get('Location')) || '.';
}

/** The headers of every call to a service: the page's language, and the mark of a call the console's pages make. */
export function headers(extra) {
  // X-Requested-With: the console refuses state-changing calls without it (cross-site requests)
  return Object.assign({ Accept: 'application/json', 'Accept-Language': language(), 'X-Requested-With': 'fetch' }, extra || {});
}

/** JSON in and out; a FormData body goes as multipart. Failures throw a Problem with the service's detail. */
export async function call(service, path, options) {
  return (await read(service, path, options)).body;
}

/**
 * As call, with when the answer was read: null when it comes from the service now, else the time the console's
 * service worker kept it (without network it answers what it kept, see sw.js).
 */
export async function read(service, path, { method = 'GET', body, query } = {}) {
  let url = `svc/${service}${path}`;
  if (query) url += '?' + new URLSearchParams(query);
  const init = { method, headers: headers() };
  if (body instanceof FormData) init.body = body;
  else if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers['Content-Type'] = 'application/json';
  }
  const r = await fetch(url, init);
  const type = r.headers.get('Content-Type') || '';
  const answer = type.includes('json') ? await r.json().catch(() => null) : await r.text();
  if (r.status === 401) {
    current = null;
    location.hash = '#/login';
  }
  if (!r.ok) throw new Problem(r.status, answer);
  const stored = r.headers.get('X-Stored-At');
  return { body: answer, storedAt: stored ? new Date(stored) : null };
}

/** Hands an answer that reached the page live (a booking's stream) to the service worker, kept as if read now. */
export function remember(service, path, body) {
  const worker = navigator.serviceWorker && navigator.serviceWorker.controller;
  if (worker) worker.postMessage({ type: 'remember', url: `svc/${service}${path}`, body });
}

/** Empties what the service worker kept for the signed-in person (their bookings, their QR codes, who they are). */
export async function forgetKept() {
  const worker = navigator.serviceWorker && navigator.serviceWorker.controller;
  if (worker) worker.postMessage({ type: 'forget' });
  if (typeof caches !== 'undefined') await caches.delete('driver-data').catch(() => false);
}

/** An image the services answer only to a signed-in person: as an object URL for an <img>. */
export async function image(service, path) {
  const r = await fetch(`svc/${service}${path}`, { headers: headers({ Accept: 'image/*' }) });
  if (!r.ok) throw new Problem(r.status, null);
  return URL.createObjectURL(await r.blob());
}

/** A file the services answer only to a signed-in person (an e-invoice's XML or PDF), saved under {@code name}. */
export async function download(service, path, accept, name) {
  const r = await fetch(`svc/${service}${path}`, { headers: headers({ Accept: accept }) });
  if (!r.ok) throw new Problem(r.status, null);
  const url = URL.createObjectURL(await r.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/**
 * Follows a server-sent-event stream through the console (read with fetch, as the other calls): each event's JSON goes
 * to onData; on a dropped connection it reconnects after 1, 2, 4 ... 30 s and tells onState. Returns a stop function.
 */
export function follow(service, path, onData, onState) {
  let stopped = false;
  let controller;
  let delay = 1000;
  const state = onState || (() => {});
  async function run() {
    while (!stopped) {
      controller = new AbortController();
      try {
        const r = await fetch(`svc/${service}${path}`, { headers: headers({ Accept: 'text/event-stream' }), signal: controller.signal });
        if (!r.ok) throw new Problem(r.status, null);
        state('live');
        delay = 1000;
        const reader = r.body.getReader();
        const decoder = new TextDecoder();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += decoder.decode(value, { stream: true }).replace(/\r/g, '');
          let end;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const data = block.split('\n').filter((l) => l.startsWith('data:')).map((l) => l.slice(5).trimStart()).join('\n');
            if (data) {
              try { onData(JSON.parse(data)); } catch (e) { /* not JSON: ignored */ }
            }
          }
        }
      } catch (e) {
        if (stopped) return;
        if (e instanceof Problem && (e.status === 401 || e.status === 403 || e.status === 404)) { state('closed'); return; }
      }
      if (stopped) return;
      state('reconnecting');
      await new Promise((res) => setTimeout(res, delay));
      delay = Math.min(delay * 2, 30000);
    }
  }
  run();
  return () => { stopped = true; if (controller) controller.abort(); };
}

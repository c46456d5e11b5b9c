// Calls to the services through the console's proxy (/svc/<service>/...), with the signed-in user's token.
const SESSION = 'session';

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

export function session() {
  try {
    const s = JSON.parse(localStorage.getItem(SESSION));
    return s && s.expiresAt > Date.now() ? s : null;
  } catch (e) {
    return null;
  }
}

function claims(token) {
  const part = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
  const json = decodeURIComponent(atob(part).split('').map((c) => '%' + c.charCodeAt(0).toString(16).padStart(2, '0')).join(''));
  return JSON.parse(json);
}

/** Signs in at the platform's sign-in endpoint; the token's roles (groups claim) decide the pages. */
export async function signIn(username, password) {
  const body = new URLSearchParams({ username, password, grant_type: 'password', client_id: 'web-console' });
  const r = await fetch('svc/id/token', { method: 'POST', body });
  const answer = await r.json().catch(() => ({}));
  if (!r.ok) throw new Problem(r.status, answer);
  const c = claims(answer.access_token);
  const roles = c.groups || (c.realm_access && c.realm_access.roles) || answer.roles || [];
  const s = { token: answer.access_token, user: c.upn || c.preferred_username || username, roles,
    expiresAt: (c.exp ? c.exp * 1000 : Date.now() + 3600e3) - 60e3 };
  localStorage.setItem(SESSION, JSON.stringify(s));
  return s;
}

export function signOut() {
  localStorage.removeItem(SESSION);
}

function headers(extra) {
  const s = session();
  const h = Object.assign({ Accept: 'application/json' }, extra || {});
  if (s) h.Authorization = 'Bearer ' + s.token;
  return h;
}

/** JSON in and out; a FormData body goes as multipart. Failures throw a Problem with the service's detail. */
export async function call(service, path, { method = 'GET', body, query } = {}) {
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
    signOut();
    location.hash = '#/login';
  }
  if (!r.ok) throw new Problem(r.status, answer);
  return answer;
}

/** An image the services answer only with the token: as an object URL for an <img>. */
export async function image(service, path) {
  const r = await fetch(`svc/${service}${path}`, { headers: headers({ Accept: 'image/*' }) });
  if (!r.ok) throw new Problem(r.status, null);
  return URL.createObjectURL(await r.blob());
}

/**
 * Follows a server-sent-event stream with the token (EventSource cannot send one): each event's JSON goes
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

// The console: sign-in, then the pages the user's roles allow (#/driver, #/trader, #/yard, #/worklist, #/dashboard, #/audit, #/what-if).
import { initialLanguage, setLanguage, t, language, fmtTime } from './i18n.js';
import { session, signIn, signOut } from './api.js';
import { h, field, clear, act } from './dom.js';

const PAGES = {
  driver: { roles: ['driver'], load: () => import('./driver.js') },
  trader: { roles: ['trader'], load: () => import('./trader.js') },
  yard: { roles: ['gate-officer', 'border-guard', 'supervisor'], load: () => import('./yard.js') },
  worklist: { roles: ['border-guard', 'customs-officer', 'quarantine-officer', 'health-officer', 'fee-officer'], load: () => import('./worklist.js') },
  dashboard: { roles: ['supervisor'], load: () => import('./dashboard.js') },
  audit: { roles: ['supervisor'], load: () => import('./audit.js') },
  'what-if': { roles: ['supervisor'], load: () => import('./whatif.js') },
};

const app = document.getElementById('app');
let cleanup = null;

export function allowedPages(s) {
  return Object.keys(PAGES).filter((p) => s && PAGES[p].roles.some((r) => s.roles.includes(r)));
}

// The page each role opens on after sign-in: its main work (a supervisor's figures, an officer's worklist), not
// the first page it may see. The first role of the user in this order decides.
const HOME = [['supervisor', 'dashboard'], ['gate-officer', 'yard'], ['customs-officer', 'worklist'],
  ['border-guard', 'worklist'], ['quarantine-officer', 'worklist'], ['health-officer', 'worklist'],
  ['fee-officer', 'worklist'], ['trader', 'trader'], ['driver', 'driver']];

export function homePage(s) {
  const pages = allowedPages(s);
  const home = HOME.find(([role, page]) => s.roles.includes(role) && pages.includes(page));
  return home ? home[1] : pages[0];
}

function renderChrome(s, current) {
  document.title = t('app.title');
  document.getElementById('brand').textContent = t('app.short');
  const nav = clear(document.getElementById('nav'));
  for (const p of allowedPages(s)) {
    nav.append(h('a', { href: '#/' + p, class: p === current ? 'on' : null, id: 'nav-' + p }, t('nav.' + p)));
  }
  const out = document.getElementById('signout');
  out.hidden = !s;
  out.textContent = s ? t('app.signOut', { user: s.user }) : '';
  const lang = document.getElementById('lang');
  lang.value = language();
  // shown with the rest of the bar, once its words are known: nothing in the bar moves as the first page loads
  lang.hidden = false;
  showClock();
}

/** The gate's time now, labelled: every time on the pages is in it, whatever the device's zone. */
function showClock() {
  const clock = document.getElementById('clock');
  clock.textContent = t('app.gateClock', { time: fmtTime(new Date()) });
  clock.title = t('app.gateTimeHint');
}

function loginPage() {
  const out = h('div');
  const user = field(t('login.username'), { name: 'username', autocomplete: 'username', required: true, autocapitalize: 'none' });
  const pass = field(t('login.password'), { name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const button = h('button', { type: 'submit', id: 'signin' }, t('login.submit'));
  const form = h('form', { class: 'card', onsubmit: (e) => {
    e.preventDefault();
    act(button, out, async () => {
      try {
        await signIn(form.username.value.trim(), form.password.value);
      } catch (err) {
        if (err.status === 401 || err.status === 400) throw new Error(t('login.wrong'));
        throw err;
      }
      if (location.hash === '#/') route(); else location.hash = '#/';
    });
  } }, h('h1', {}, t('login.title')), user, pass, h('p', {}, button), out, h('p', { class: 'muted' }, t('login.hint')));
  app.append(form);
}

async function route() {
  if (cleanup) { cleanup(); cleanup = null; }
  const s = session();
  const [, page, ...rest] = (location.hash || '#/').slice(1).split('/');
  clear(app);
  if (!s) {
    renderChrome(null);
    loginPage();
    return;
  }
  const pages = allowedPages(s);
  if (!page || !pages.includes(page)) {
    if (pages.length === 0) {
      renderChrome(s);
      app.append(h('p', { class: 'err' }, t('app.noPages')));
      return;
    }
    location.replace('#/' + homePage(s));
    return;
  }
  renderChrome(s, page);
  const mod = await PAGES[page].load();
  cleanup = (await mod.render(app, rest.map(decodeURIComponent), s)) || null;
}

function showNetwork() {
  const net = document.getElementById('net');
  net.hidden = navigator.onLine;
  net.textContent = t('app.offline');
}

async function start() {
  await setLanguage(initialLanguage());
  document.getElementById('lang').addEventListener('change', async (e) => {
    await setLanguage(e.target.value);
    route();
  });
  document.getElementById('signout').addEventListener('click', () => {
    signOut();
    if (location.hash === '#/login') route(); else location.hash = '#/login';
  });
  window.addEventListener('hashchange', route);
  window.addEventListener('online', showNetwork);
  window.addEventListener('offline', showNetwork);
  showNetwork();
  setInterval(showClock, 15000);
  route();
}

start();

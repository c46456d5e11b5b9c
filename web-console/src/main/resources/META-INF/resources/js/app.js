// The console: sign-in, then the pages the user's roles allow (#/driver, #/trader, #/yard, #/worklist, #/dashboard, #/audit,
// #/what-if, #/closures, #/notices, #/deliveries; #/carrier and #/company for an organisation's members); #/trace/<id> (a consignment's traceability); #/verify (a release note's check), #/t/<token> (a shared traceability record) and #/requirements
// (what a consignment needs before it is declared) without sign-in.
import { initialLanguage, setLanguage, t, language, fmtTime } from './i18n.js';
import { session, loadSession, signIn, signOut } from './api.js';
import { h, clear } from './dom.js';
import { MEMBERS, memberOf } from './organisations.js';

const PAGES = {
  driver: { roles: ['driver'], load: () => import('./driver.js') },
  trader: { roles: ['trader'], load: () => import('./trader.js') },
  yard: { roles: ['gate-officer', 'border-guard', 'supervisor'], load: () => import('./yard.js') },
  worklist: { roles: ['border-guard', 'customs-officer', 'quarantine-officer', 'health-officer', 'fee-officer'], load: () => import('./worklist.js') },
  dashboard: { roles: ['supervisor'], load: () => import('./dashboard.js') },
  audit: { roles: ['supervisor'], load: () => import('./audit.js') },
  'what-if': { roles: ['supervisor'], load: () => import('./whatif.js') },
  closures: { roles: ['gate-officer', 'supervisor'], load: () => import('./closures.js') },
  notices: { roles: ['driver', 'trader'], load: () => import('./notices.js'), label: 'notice.nav.notices' },
  deliveries: { roles: ['supervisor'], load: () => import('./deliveries.js'), label: 'notice.nav.deliveries' },
  // an organisation's own pages: for the people whose token carries that membership (the services check it again)
  carrier: { roles: [], member: MEMBERS.carrier, load: () => import('./carrier.js'), label: 'carrier.nav' },
  company: { roles: [], member: MEMBERS.company, load: () => import('./company.js'), label: 'company.nav' },
  // a consignment's traceability record, opened from the trader's declaration and the officers' worklist: not in the bar
  trace: { roles: ['trader', 'gate-officer', 'border-guard', 'customs-officer', 'quarantine-officer', 'health-officer',
    'fee-officer', 'supervisor'], load: () => import('./trace.js'), hidden: true },
};

// Pages anyone may open, signed in or not: the check of a release note, which its QR code opens.
const PUBLIC = {
  verify: { load: () => import('./verify.js') },
  requirements: { load: () => import('./requirements.js') },
  // a shared traceability record, what its link (and later the release note's QR code) opens
  t: { load: () => import('./trace.js').then((m) => ({ render: m.renderShared })) },
};

const app = document.getElementById('app');
let cleanup = null;

export function allowedPages(s) {
  return Object.keys(PAGES).filter((p) => s && (PAGES[p].roles.some((r) => s.roles.includes(r))
    || (PAGES[p].member != null && memberOf(s, PAGES[p].member).length > 0)));
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
  for (const p of allowedPages(s).filter((x) => !PAGES[x].hidden)) {
    nav.append(h('a', { href: '#/' + p, class: p === current ? 'on' : null, id: 'nav-' + p }, t(PAGES[p].label || 'nav.' + p)));
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
  clock.textContent = t('app.gateClock', { time: fmtTime(new Date(), true) });
  clock.title = t('app.gateTimeHint');
}

function loginPage() {
  // the identity provider's own page asks for the user name and password (and locks after repeated failures)
  const button = h('button', { type: 'button', id: 'signin', onclick: () => signIn() }, t('login.submit'));
  app.append(h('div', { class: 'card' }, h('h1', {}, t('login.title')), h('p', {}, button),
    h('p', { class: 'muted' }, t('login.hint')),
    h('p', {}, h('a', { href: '#/requirements', id: 'requirements-link' }, t('req.link')))));
}

async function route() {
  if (cleanup) { cleanup(); cleanup = null; }
  const s = session();
  const [, page, ...rest] = (location.hash || '#/').slice(1).split('/');
  clear(app);
  if (PUBLIC[page]) {
    renderChrome(s, page);
    const mod = await PUBLIC[page].load();
    cleanup = (await mod.render(app, rest.map(decodeURIComponent), s)) || null;
    return;
  }
  if (!s && page !== 'login') {
    // a page asked for without a session (it ended, or the person signed out): to sign-in
    location.replace('#/login');
    return;
  }
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

/** What earlier versions of the pages kept in the browser's storage (a token, a driver's details): removed. */
function forgetStoredPersonalData() {
  for (const key of Object.keys(localStorage)) {
    if (key === 'session' || key === 'driver.profile' || key.startsWith('booking.')) localStorage.removeItem(key);
  }
}

/** The service worker (sw.js) keeps the pages and the driver's last booking for a lost signal; installable with the manifest. */
function keepForOffline() {
  if ('serviceWorker' in navigator) navigator.serviceWorker.register('sw.js').catch(() => {});
}

async function start() {
  forgetStoredPersonalData();
  keepForOffline();
  await setLanguage(initialLanguage());
  document.getElementById('lang').addEventListener('change', async (e) => {
    await setLanguage(e.target.value);
    route();
  });
  document.getElementById('signout').addEventListener('click', () => signOut());
  window.addEventListener('hashchange', route);
  window.addEventListener('online', showNetwork);
  window.addEventListener('offline', showNetwork);
  showNetwork();
  setInterval(showClock, 15000);
  await loadSession();
  route();
}

start();

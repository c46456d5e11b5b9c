// Notices: a driver's or trader's inbox (#/notices) and preferences (#/notices/preferences), and the supervisors'
// delivery figures (#/deliveries), from notification-service through /svc/notification.
import { call, Problem } from './api.js';
import { t, fmtDateTime, fmtNumber, language } from './i18n.js';
import { h, field, act, fill, scroller } from './dom.js';

export const CHANNELS = ['SMS', 'EMAIL', 'INBOX'];
export const LANGUAGES = ['vi', 'en', 'zh'];
export const STATUSES = ['PENDING', 'SENT', 'DELIVERED', 'FAILED'];
const PILL = { PENDING: 'wait', SENT: 'wait', DELIVERED: 'ok', FAILED: 'bad' };

/** The preferences as the service takes them, from the form's values: the inbox always on, blanks left out. */
export function preferencesBody(values) {
  const channels = CHANNELS.filter((c) => c === 'INBOX' || values[c]);
  const blank = (v) => (v == null || String(v).trim() === '' ? null : String(v).trim());
  return { channels, phone: blank(values.phone), email: blank(values.email), language: values.language || 'vi',
    optOut: Boolean(values.optOut) };
}

/** The figures as a table's rows: one per channel, a count per status (0 where the service listed none). */
export function figureRows(figures) {
  const rows = CHANNELS.map((channel) => ({ channel, counts: Object.fromEntries(STATUSES.map((s) => [s, 0])) }));
  for (const d of (figures && figures.deliveries) || []) {
    const row = rows.find((r) => r.channel === d.channel);
    if (row && d.status in row.counts) row.counts[d.status] += d.count;
  }
  return rows;
}

function deliveries(notice) {
  return h('ul', { class: 'inline deliveries' }, (notice.deliveries || []).map((d) => h('li', {
    'data-channel': d.channel, 'data-status': d.status,
  }, h('span', { class: 'pill ' + (PILL[d.status] || '') }, t('notice.channel.' + d.channel) + ': ' + t('notice.status.' + d.status)),
  d.status === 'FAILED' && d.lastError ? h('span', { class: 'muted' }, ' ' + d.lastError) : null)));
}

/** The words a notice went out in, when the inbox says it in the page's language and it was sent in another. */
function asSent(n) {
  if (!n.sent || n.sent.language === n.language) return null;
  return h('details', { class: 'as-sent', lang: n.sent.language },
    h('summary', { lang: language() }, t('notice.asSent')), h('p', {}, n.sent.title), h('p', {}, n.sent.text));
}

function noticeCard(n, onRead) {
  const out = h('span');
  const read = n.readAt ? null : h('button', { class: 'link', 'data-read': n.id,
    onclick: (e) => act(e.target, out, async () => { await call('notification', `/api/inbox/${encodeURIComponent(n.id)}/read`, { method: 'POST' }); onRead(); }) },
  t('notice.markRead'));
  return h('li', { class: 'card notice' + (n.readAt ? '' : ' unread'), 'data-notice': n.id, 'data-kind': n.kind,
    'data-read': n.readAt ? 'true' : 'false', lang: n.language },
  h('h3', {}, n.title), h('p', {}, n.text), asSent(n),
  h('p', { class: 'muted' }, fmtDateTime(n.createdAt), ' · ', n.readAt ? t('notice.read') : t('notice.unread')),
  deliveries(n), read, out);
}

async function inbox(root) {
  const list = h('div', { id: 'inbox' });
  root.append(h('h1', {}, t('notice.inboxTitle')),
    h('p', {}, h('a', { href: '#/notices/preferences', id: 'to-preferences' }, t('notice.preferencesTitle'))), list);
  async function load() {
    const box = await call('notification', '/api/inbox', { query: { limit: 100 } });
    fill(list, h('p', { id: 'unread', 'data-unread': box.unread }, t('notice.unreadCount', { n: fmtNumber(box.unread) })),
      box.notices.length ? h('ul', { class: 'plain', id: 'notices' }, box.notices.map((n) => noticeCard(n, load)))
        : h('p', { class: 'muted', id: 'no-notices' }, t('notice.none')));
  }
  try { await load(); } catch (e) { list.append(h('p', { class: 'err' }, e.message)); }
  const timer = setInterval(() => load().catch(() => {}), 30000);
  return () => clearInterval(timer);
}

async function preferences(root) {
  let current = null;
  try {
    current = await call('notification', '/api/notification-preferences/me');
  } catch (e) {
    if (!(e instanceof Problem && e.status === 404)) root.append(h('p', { class: 'err' }, e.message));
  }
  const p = current || { channels: ['INBOX'], language: 'vi', optOut: false, requiredNotices: [] };
  const check = (name, label, checked, attrs) => h('label', { class: 'check' },
    h('input', Object.assign({ type: 'checkbox', name, id: 'f-' + name, checked }, attrs || {})), ' ', label);
  const out = h('p', { id: 'preferences-out', 'aria-live': 'polite' });
  const form = h('form', { id: 'preferences', onsubmit: (e) => e.preventDefault() },
    h('fieldset', {}, h('legend', {}, t('notice.channels')),
      check('SMS', t('notice.channel.SMS'), p.channels.includes('SMS')),
      check('EMAIL', t('notice.channel.EMAIL'), p.channels.includes('EMAIL')),
      check('INBOX', t('notice.channel.INBOX') + ' (' + t('notice.alwaysOn') + ')', true, { disabled: true })),
    field(t('notice.phone'), { name: 'phone', type: 'tel', value: p.phone || '', maxlength: 20, placeholder: '+84912345678' }),
    field(t('notice.email'), { name: 'email', type: 'email', value: p.email || '', maxlength: 254 }),
    field(t('notice.language'), { name: 'language', value: p.language, options: LANGUAGES.map((l) => [l, t('notice.lang.' + l)]) }),
    check('optOut', t('notice.optOut'), p.optOut),
    h('p', { class: 'muted', id: 'required-notices' }, t('notice.required'), ' ',
      (p.requiredNotices.length ? p.requiredNotices : REQUIRED).map((k) => h('span', { class: 'pill', 'data-kind': k }, t('notice.kind.' + k)))));
  const save = h('button', { type: 'button', id: 'save-preferences', onclick: () => act(save, out, async () => {
    const values = Object.fromEntries(['phone', 'email', 'language'].map((n) => [n, form.elements[n].value]));
    ['SMS', 'EMAIL', 'optOut'].forEach((n) => { values[n] = form.elements[n].checked; });
    await call('notification', '/api/notification-preferences/me', { method: 'PUT', body: preferencesBody(values) });
    out.className = 'ok-msg';
    out.textContent = t('notice.saved');
  }, form) }, t('notice.save'));
  root.append(h('h1', {}, t('notice.preferencesTitle')), h('p', {}, h('a', { href: '#/notices' }, t('notice.inboxTitle'))),
    h('div', { class: 'card' }, form, save, out));
}

/** The notices the law requires, as the service names them, for a person who set no preferences yet. */
const REQUIRED = ['CALLED_FORWARD', 'BOOKING_CANCELLED', 'BOOKING_CANCELLED_BY_CLOSURE', 'CONSIGNMENT_REJECTED', 'DECLARATION_REJECTED'];

export async function render(root, [view]) {
  return view === 'preferences' ? preferences(root) : inbox(root);
}

/** The supervisors' page: deliveries by channel and status over the last hours, and the failed ones. */
export async function renderDeliveries(root) {
  const out = h('div');
  root.append(h('h1', {}, t('notice.figuresTitle')), out);
  async function load() {
    const [figures, failed] = await Promise.all([
      call('notification', '/api/notices/figures', { query: { hours: 24 } }),
      call('notification', '/api/notices', { query: { status: 'FAILED', limit: 50 } })]);
    fill(out, h('div', { class: 'card' }, h('h2', {}, t('notice.lastHours', { n: figures.hours })),
      scroller(h('table', { id: 'delivery-figures' },
        h('thead', {}, h('tr', {}, h('th', {}, t('notice.channels')), STATUSES.map((s) => h('th', {}, t('notice.status.' + s))))),
        h('tbody', {}, figureRows(figures).map((r) => h('tr', { 'data-channel': r.channel }, h('th', {}, t('notice.channel.' + r.channel)),
          STATUSES.map((s) => h('td', { 'data-status': s }, fmtNumber(r.counts[s]))))))))),
    h('div', { class: 'card' }, h('h2', {}, t('notice.failedTitle')), failed.length
      ? h('ul', { class: 'plain', id: 'failed-notices' }, failed.map((n) => h('li', { 'data-notice': n.id },
        h('strong', {}, t('notice.kind.' + n.kind)), ' ', n.recipient, ' · ', fmtDateTime(n.createdAt), deliveries(n))))
      : h('p', { class: 'muted' }, t('notice.none'))));
  }
  try { await load(); } catch (e) { out.append(h('p', { class: 'err' }, e.message)); }
  const timer = setInterval(() => load().catch(() => {}), 30000);
  return () => clearInterval(timer);
}

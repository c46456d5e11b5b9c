// Messages per language (i18n/<lang>.json) and formats from Intl for the chosen locale.
const LOCALES = { vi: 'vi-VN', en: 'en-GB', zh: 'zh-CN' };
// Times are shown in the gate's own time zone, whoever looks at them.
export const GATE_TIME_ZONE = 'Asia/Ho_Chi_Minh';
let lang = 'vi';
let messages = {};

export function language() { return lang; }
export function locale() { return LOCALES[lang]; }

export function initialLanguage() {
  const saved = localStorage.getItem('lang');
  if (saved && LOCALES[saved]) return saved;
  const nav = (navigator.language || 'vi').slice(0, 2);
  return LOCALES[nav] ? nav : 'vi';
}

async function load(l) {
  const r = await fetch(`i18n/${l}.json`);
  if (!r.ok) throw new Error(`i18n/${l}.json: ${r.status}`);
  return r.json();
}

export async function setLanguage(l) {
  if (!LOCALES[l]) l = 'vi';
  messages = await load(l);
  lang = l;
  localStorage.setItem('lang', l);
  document.documentElement.lang = l;
}

/** The message under key ("a.b.c"), {name} replaced by params; the key's last part when missing (never, MessagesTest checks). */
export function t(key, params) {
  const find = (m) => key.split('.').reduce((o, k) => (o == null ? undefined : o[k]), m);
  let s = find(messages);
  if (typeof s !== 'string') s = key.split('.').pop().replace(/_/g, ' ').toLowerCase();
  return params ? s.replace(/\{(\w+)\}/g, (_, n) => (params[n] == null ? '' : params[n])) : s;
}

export function fmtDateTime(iso) {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'short', timeStyle: 'short', timeZone: GATE_TIME_ZONE }).format(new Date(iso));
}

export function fmtTime(iso) {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(locale(), { timeStyle: 'short', timeZone: GATE_TIME_ZONE }).format(new Date(iso));
}

export function fmtNumber(n, digits) {
  if (n == null) return '—';
  return new Intl.NumberFormat(locale(), digits == null ? {} : { maximumFractionDigits: digits }).format(n);
}

/** VND, CNY or USD, as the chosen locale writes money. */
export function fmtMoney(amount, currency) {
  if (amount == null) return '—';
  return new Intl.NumberFormat(locale(), { style: 'currency', currency, maximumFractionDigits: currency === 'VND' ? 0 : 2 }).format(amount);
}

export function fmtDuration(seconds) {
  if (seconds == null) return '—';
  if (seconds < 60) return t('unit.seconds', { n: fmtNumber(Math.round(seconds)) });
  const m = Math.round(seconds / 60);
  if (m < 60) return t('unit.minutes', { n: fmtNumber(m) });
  return t('unit.hoursMinutes', { h: fmtNumber(Math.floor(m / 60)), m: fmtNumber(m % 60) });
}

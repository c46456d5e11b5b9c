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

/** The message under key when there is one, else raw as it is: for codes a newer service may add (an audit action). */
export function known(key, raw) {
  const found = key.split('.').reduce((o, k) => (o == null ? undefined : o[k]), messages);
  return typeof found === 'string' ? found : raw;
}

/** The gate's calendar day of a moment, as a date input's value ("2026-12-01"). */
export function gateDay(date) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: GATE_TIME_ZONE }).format(date);
}

/** The moments a gate day starts and ends (the zone keeps UTC+7 all year, so a day is 24 hours). */
export function gateDayBounds(day) {
  const from = fromGateInput(day + 'T00:00');
  return from ? { from, until: new Date(from.getTime() + 24 * 3600e3) } : null;
}

// One format per language on every page: day, month, year as the language writes them, 24-hour time.
const DATE_TIME = { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: GATE_TIME_ZONE };
const TIME = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: GATE_TIME_ZONE };

/** The gate's zone as the page's language names it beside a time ("giờ Việt Nam, UTC+7"). */
export function zoneLabel() {
  return known('gateZone.label', 'UTC+7');
}

/**
 * A date and time in gate time with the zone named ("01/12/2026, 15:40 (Vietnam time, UTC+7)" in English,
 * "15:40 01/12/2026 (giờ Việt Nam, UTC+7)" in Vietnamese, "2026/12/01 15:40（越南时间, UTC+7）" in Chinese).
 */
export function fmtDateTime(iso) {
  if (!iso) return '—';
  return zoned(new Intl.DateTimeFormat(locale(), DATE_TIME).format(new Date(iso)));
}

/** A time of day in gate time, 24-hour, with the zone named; bare, without it (where a sentence names the zone already). */
export function fmtTime(iso, bare) {
  if (!iso) return '—';
  const time = new Intl.DateTimeFormat(locale(), TIME).format(new Date(iso));
  return bare ? time : zoned(time);
}

/** From a moment to a later one in gate time, the zone named once ("15:00 01/12/2026 – 16:00 (giờ Việt Nam, UTC+7)"). */
export function fmtWindow(fromIso, untilIso) {
  if (!fromIso) return '—';
  const from = new Intl.DateTimeFormat(locale(), DATE_TIME).format(new Date(fromIso));
  return zoned(untilIso ? `${from} – ${fmtTime(untilIso, true)}` : from);
}

function zoned(text) {
  return lang === 'zh' ? `${text}（${zoneLabel()}）` : `${text} (${zoneLabel()})`;
}

/** The wall-clock fields of a moment in gate time. */
function gateFields(date) {
  const parts = {};
  new Intl.DateTimeFormat('en-US', { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
    second: '2-digit', hourCycle: 'h23', timeZone: GATE_TIME_ZONE }).formatToParts(date).forEach((p) => { parts[p.type] = p.value; });
  return parts;
}

/** A moment as a datetime-local input's value ("2026-12-01T15:40") in gate time, whatever the device's zone. */
export function gateInputValue(date) {
  const p = gateFields(date);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** A datetime-local input's value read as gate time; null when empty or not a date. */
export function fromGateInput(value) {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value || '');
  if (!m) return null;
  const asUtc = Date.UTC(+m[1], m[2] - 1, +m[3], +m[4], +m[5]);
  const p = gateFields(new Date(asUtc));
  const offset = Date.UTC(+p.year, p.month - 1, +p.day, +p.hour, +p.minute) - asUtc;
  return new Date(asUtc - offset);
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

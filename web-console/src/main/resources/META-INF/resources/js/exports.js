// Export and print: the statistics, the yard board and the worklists as CSV or XLSX files, downloaded through the
// console's proxy (which adds the signed-in person's token), headers in the page's language; and a Print button for
// the pages that have a print layout (css/app.css, @media print).
import { headers, Problem } from './api.js';
import { t } from './i18n.js';
import { h, act } from './dom.js';

export const FORMATS = ['csv', 'xlsx'];

/** The proxy's address of an export: <path>/export.<format>, the query's empty values left out. */
export function exportUrl(service, path, format, query) {
  if (!FORMATS.includes(format)) throw new Error('not an export format: ' + format);
  const params = new URLSearchParams();
  Object.entries(query || {}).forEach(([k, v]) => { if (v != null && v !== '') params.set(k, v); });
  const q = params.toString();
  return `svc/${service}${path}/export.${format}${q ? '?' + q : ''}`;
}

/** The file name a download is saved under: the one Content-Disposition names, else the fallback. */
export function fileName(disposition, fallback) {
  const m = /filename="([^"]+)"/.exec(disposition || '');
  return m ? m[1] : fallback;
}

async function download(url, fallback) {
  const r = await fetch(url, { headers: headers({ Accept: 'text/csv, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, application/problem+json' }) });
  if (!r.ok) throw new Problem(r.status, await r.json().catch(() => null));
  const link = h('a', { href: URL.createObjectURL(await r.blob()), download: fileName(r.headers.get('Content-Disposition'), fallback) });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}

/**
 * "Export CSV" and "Export XLSX" buttons, with a line under them for a refusal. query: the export's parameters, or a
 * function that gives them when a button is pressed (a period the person chose).
 */
export function exportButtons(service, path, query, id) {
  const out = h('span', { class: 'export-out' });
  const buttons = FORMATS.map((format) => {
    const b = h('button', { type: 'button', class: 'alt', 'data-export': format, 'data-export-of': id || path },
      t('export.' + format));
    b.addEventListener('click', () => act(b, out, () => {
      const q = typeof query === 'function' ? query() : query;
      return download(exportUrl(service, path, format, q), `${id || 'export'}.${format}`);
    }));
    return b;
  });
  return h('span', { class: 'row no-print export' }, buttons, out);
}

/** The Print button: the browser's print dialog, with the page's print layout. */
export function printButton() {
  return h('button', { type: 'button', class: 'alt no-print', 'data-action': 'print', onclick: () => window.print() }, t('export.print'));
}

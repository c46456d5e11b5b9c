// The public check of a release note (#/verify/<number>/<secret>, what the note's QR code opens): no sign-in needed.
// Asks clearance through the console (GET svc/clearance/api/release-notes/{number}/verification?code=), which
// forwards this one call without a session.
import { headers } from './api.js';
import { t, fmtDateTime, fmtMoney } from './i18n.js';
import { h, field, fill } from './dom.js';

export async function render(root, [number, secret]) {
  const out = h('div', { id: 'verify-out', 'aria-live': 'polite' });
  const numberInput = field(t('verify.number'), { name: 'verifyNumber', value: number || '', maxlength: 30, autocomplete: 'off' });
  const secretInput = field(t('verify.secret'), { name: 'verifySecret', value: secret || '', maxlength: 10, autocomplete: 'off' });
  const form = h('form', { id: 'verify-form', class: 'card', onsubmit: (e) => {
    e.preventDefault();
    const n = root.querySelector('#f-verifyNumber').value.trim().toUpperCase();
    const s = root.querySelector('#f-verifySecret').value.trim().toUpperCase();
    location.hash = `#/verify/${encodeURIComponent(n)}/${encodeURIComponent(s)}`;
  } }, h('h1', {}, t('verify.title')), h('p', { class: 'muted' }, t('verify.hint')), numberInput, secretInput,
  h('p', {}, h('button', { type: 'submit', id: 'verify-check' }, t('verify.check'))));
  root.append(form, out);
  if (number && secret) await check(out, number, secret);
}

async function check(out, number, secret) {
  let r;
  try {
    r = await fetch(`svc/clearance/api/release-notes/${encodeURIComponent(number)}/verification?code=${encodeURIComponent(secret)}`,
      { headers: headers() });
  } catch (e) {
    fill(out, h('p', { class: 'err' }, t('verify.failed', { error: e.message })));
    return;
  }
  if (r.status === 404 || r.status === 400) {
    fill(out, h('p', { class: 'err', id: 'verify-result', 'data-genuine': 'unknown' }, t('verify.unknown')));
    return;
  }
  if (!r.ok) {
    fill(out, h('p', { class: 'err' }, t('verify.failed', { error: 'HTTP ' + r.status })));
    return;
  }
  const v = await r.json();
  const row = (key, value, id) => h('tr', {}, h('th', {}, t(key)), h('td', { id }, value == null ? '—' : value));
  fill(out, h('div', { class: 'card' },
    h('p', { class: v.genuine ? 'ok-msg' : 'err', id: 'verify-result', 'data-genuine': String(v.genuine) },
      v.genuine ? t('verify.genuine') : t('verify.notGenuine', { problem: v.problem || '' })),
    h('table', { id: 'verify-summary' }, h('tbody', {},
      row('verify.number', v.number, 'verify-number'),
      row('verify.customsDeclaration', v.customsDeclarationNumber),
      row('verify.declarant', v.declarant),
      row('verify.consignee', v.consignee),
      row('verify.vehicles', (v.vehicles || []).join(', '), 'verify-vehicles'),
      row('verify.clearedAt', v.clearedAt ? fmtDateTime(v.clearedAt) : null),
      row('verify.fee', fmtMoney(v.feeVnd, 'VND')),
      row('verify.invoice', v.invoiceNumber, 'verify-invoice'),
      row('verify.issuedAt', v.issuedAt ? fmtDateTime(v.issuedAt) : null),
      row('verify.signer', v.signer)))));
}

// "What does my consignment need?" (#/requirements): open without sign-in. For HS codes, direction, country and procedure,
// clearance's public enquiry (GET svc/clearance/api/requirements, forwarded by the console without a session) answers the
// documents, the agencies' steps and the fee, each with the rules behind it: their reason in the reader's language and
// their legal sources.
import { read } from './api.js';
import { t, known, language, fmtMoney } from './i18n.js';
import { h, field, act, fill } from './dom.js';

export const PROCEDURES = ['STANDARD', 'TEMPORARY_IMPORT_REEXPORT', 'TRANSSHIPMENT'];

/**
 * The enquiry's query from what the form holds: each HS code typed (blank ones left out) as a repeated hsCode, the
 * country upper case, the procedure only when not the standard one. fields[i] names the input of hsCode[i].
 */
export function requirementsQuery({ hsCodes, direction, country, procedure }) {
  const query = new URLSearchParams();
  const fields = [];
  (hsCodes || []).forEach((raw, input) => {
    const code = String(raw || '').trim();
    if (!code) return;
    fields.push(input);
    query.append('hsCode', code);
  });
  query.append('direction', direction);
  query.append('country', String(country || '').trim().toUpperCase());
  if (procedure && procedure !== 'STANDARD') query.append('procedure', procedure);
  return { query, fields };
}

/** A reason given in vi, en and zh, in the reader's language (Vietnamese when the language is missing from it). */
export function inLanguage(text, lang) {
  if (!text || typeof text !== 'object') return text || '';
  return text[lang] || text.vi || '';
}

/**
 * The answer as the page shows it: each document and step with the reasons (in lang) and the legal sources of the rules
 * behind it, a source named once however many rules give it.
 */
export function requirementsShown(answer, lang) {
  const rules = new Map((answer.rules || []).map((r) => [r.id, r]));
  const why = (ids) => {
    const behind = (ids || []).map((id) => rules.get(id)).filter(Boolean);
    return {
      reasons: behind.map((r) => ({ rule: r.id, why: inLanguage(r.why, lang) })),
      sources: [...new Set(behind.flatMap((r) => r.sources || []))],
    };
  };
  return {
    documents: (answer.documents || []).map((d) => ({ type: d.type, codeOnly: !!d.codeOnly, checkedBy: d.checkedBy || null, ...why(d.rules) })),
    steps: (answer.steps || []).map((s) => ({ step: s.step, ...why(s.rules) })),
    fee: answer.fee || null,
  };
}

export async function render(root) {
  const out = h('div', { id: 'requirements-out', 'aria-live': 'polite' });
  const message = h('div', { id: 'requirements-message' });
  const codes = h('div', { id: 'hs-codes' });
  const hsInput = (i) => h('div', {}, h('label', { for: `f-hsCode-${i}` }, t('req.hsCode')),
    h('input', { name: 'hsCode', id: `f-hsCode-${i}`, required: i === 0, placeholder: '0810.60.00', inputmode: 'decimal', maxlength: 20 }));
  codes.append(hsInput(0));
  const button = h('button', { type: 'submit', id: 'requirements-ask' }, t('req.ask'));
  const form = h('form', { class: 'card', id: 'requirements-form', onsubmit: (e) => {
    e.preventDefault();
    const inputs = [...codes.querySelectorAll('input[name=hsCode]')];
    const f = form.elements;
    const { query, fields } = requirementsQuery({ hsCodes: inputs.map((i) => i.value), direction: f.direction.value,
      country: f.country.value, procedure: f.procedure.value });
    // each input named as the service names it in a refusal: hsCode[1] is the second code sent; none typed: hsCode
    inputs.forEach((input) => delete input.dataset.field);
    fields.forEach((input, i) => { inputs[input].dataset.field = `hsCode[${i}]`; });
    if (!fields.length) inputs[0].dataset.field = 'hsCode';
    act(button, message, async () => {
      const { body } = await read('clearance', '/api/requirements', { query });
      show(body);
    }, form);
  } },
  h('h1', {}, t('req.title')), h('p', { class: 'muted' }, t('req.hint')),
  codes,
  h('p', {}, h('button', { type: 'button', class: 'alt', id: 'add-hs-code',
    onclick: () => { const row = hsInput(codes.children.length); codes.append(row); row.querySelector('input').focus(); } }, t('req.addHsCode'))),
  h('div', { class: 'grid' },
    field(t('trader.direction'), { name: 'direction', options: [['EXPORT', t('direction.EXPORT')], ['IMPORT', t('direction.IMPORT')]], value: 'EXPORT' }),
    field(t('req.country'), { name: 'country', required: true, value: 'CN', maxlength: 2, autocapitalize: 'characters' }),
    field(t('req.procedure'), { name: 'procedure', options: PROCEDURES.map((p) => [p, t('req.procedures.' + p)]), value: 'STANDARD' })),
  h('p', {}, button), message);
  root.append(form, out);

  function reasons(item) {
    return [h('ul', { class: 'reasons' }, item.reasons.map((r) => h('li', { 'data-rule': r.rule }, r.why))),
      item.sources.length ? h('p', { class: 'muted sources' }, t('req.sources'), ': ', item.sources.join('; ')) : null];
  }

  function show(answer) {
    const shown = requirementsShown(answer, language());
    const fee = shown.fee;
    fill(out,
      h('section', { class: 'card', id: 'req-documents' }, h('h2', {}, t('req.documents')),
        h('ul', { class: 'plain' }, shown.documents.map((d) => h('li', { 'data-document': d.type },
          h('strong', {}, t('doc.' + d.type)), d.codeOnly ? h('span', { class: 'muted' }, ' · ', t('req.codeOnly')) : null,
          d.checkedBy ? h('span', { class: 'muted' }, ' · ', t('req.checkedBy', { agency: t('step.' + d.checkedBy) })) : null,
          reasons(d))))),
      h('section', { class: 'card', id: 'req-steps' }, h('h2', {}, t('req.steps')),
        h('ul', { class: 'plain' }, shown.steps.map((s) => h('li', { 'data-step': s.step }, h('strong', {}, t('step.' + s.step)), reasons(s))))),
      fee ? h('section', { class: 'card', id: 'req-fee' }, h('h2', {}, t('req.fee')),
        h('p', {}, t('req.goodsClass', { goodsClass: known('req.goodsClasses.' + fee.goodsClass, fee.goodsClass) })),
        Object.keys(fee.multiplierPercent || {}).length ? h('p', { class: 'muted' }, Object.entries(fee.multiplierPercent)
          .map(([k, v]) => t('req.multiplier', { what: known('req.surcharges.' + k, k), percent: v })).join(' · ')) : null,
        h('table', { id: 'req-rates' }, h('thead', {}, h('tr', {}, [t('req.vehicleType'), t('req.weightClass'), t('req.perTrip')].map((c) => h('th', {}, c)))),
          h('tbody', {}, (fee.rates || []).map((r) => h('tr', {},
            h('td', {}, r.vehicleType === '*' ? t('req.any') : t('vehicle.' + r.vehicleType)),
            h('td', {}, r.weightClass === '*' ? t('req.any') : t('weight.' + r.weightClass)),
            h('td', {}, fmtMoney(r.amountVnd, 'VND')))))),
        (fee.sources || []).length ? h('p', { class: 'muted sources' }, t('req.sources'), ': ', fee.sources.join('; ')) : null) : null,
      h('p', { class: 'muted' }, t('req.rulesVersion', { version: answer.rulesVersion })));
  }
}

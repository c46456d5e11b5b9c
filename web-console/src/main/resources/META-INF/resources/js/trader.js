// Trader pages: declarations with their goods lines, what is still missing, document upload, the clearance
// timeline live, the fee and its payment.
import { call, follow } from './api.js';
import { t, fmtDateTime, fmtNumber, fmtMoney, fmtDuration } from './i18n.js';
import { h, field, act, fill } from './dom.js';

export const DOCUMENT_TYPES = ['INVOICE', 'PACKING_LIST', 'CERTIFICATE_OF_ORIGIN', 'PHYTOSANITARY_CERTIFICATE',
  'HEALTH_CERTIFICATE', 'PLANTING_AREA_CODE', 'PACKING_HOUSE_CODE', 'CONTRACT', 'OTHER'];
const CODES_WITHOUT_FILE = ['PLANTING_AREA_CODE', 'PACKING_HOUSE_CODE'];

export function statusPill(status) {
  const cls = { CLEARED: 'ok', REJECTED: 'bad', IN_CLEARANCE: 'wait' }[status] || '';
  return h('span', { class: 'pill ' + cls, 'data-status': status }, t('declStatus.' + status));
}

export async function render(root, [id]) {
  return id ? declaration(root, id) : list(root);
}

async function list(root) {
  const box = h('div', { class: 'card', id: 'declarations' }, h('h1', {}, t('trader.declarations')));
  root.append(box, newDeclaration());
  try {
    const all = await call('clearance', '/api/declarations', { query: { limit: 50 } });
    if (!all.length) box.append(h('p', { class: 'muted' }, t('trader.none')));
    box.append(h('ul', { class: 'plain' }, all.map((d) => h('li', {},
      h('a', { href: '#/trader/' + d.id }, d.customsDeclarationNumber), ' ', d.consignee, ' ', statusPill(d.status),
      d.missingDocuments.length ? h('span', { class: 'pill bad' }, t('trader.missingCount', { n: fmtNumber(d.missingDocuments.length) })) : null,
      ' ', h('span', { class: 'muted' }, fmtDateTime(d.submittedAt))))));
  } catch (e) {
    box.append(h('p', { class: 'err' }, e.message));
  }
}

function goodsLine() {
  return h('fieldset', { class: 'card line' },
    h('div', { class: 'grid' },
      field(t('goods.hsCode'), { name: 'hsCode', required: true, placeholder: '0810.60.00' }),
      field(t('goods.description'), { name: 'description', required: true }),
      field(t('goods.quantity'), { name: 'quantity', type: 'number', step: 'any', min: '0', required: true }),
      field(t('goods.unit'), { name: 'unit', required: true, value: 'KGM' }),
      field(t('goods.netWeight'), { name: 'netWeightKg', type: 'number', step: 'any', min: '0', required: true }),
      field(t('goods.grossWeight'), { name: 'grossWeightKg', type: 'number', step: 'any', min: '0', required: true }),
      field(t('goods.value'), { name: 'value', type: 'number', step: 'any', min: '0', required: true }),
      field(t('goods.currency'), { name: 'currency', options: [['USD', 'USD'], ['CNY', 'CNY'], ['VND', 'VND']], value: 'USD' }),
      field(t('goods.origin'), { name: 'originCountry', required: true, value: 'VN', maxlength: 2 })));
}

function newDeclaration() {
  const out = h('div');
  const lines = h('div', { id: 'lines' }, goodsLine());
  const button = h('button', { type: 'submit', id: 'declare' }, t('trader.declare'));
  const form = h('form', { class: 'card', onsubmit: (e) => {
    e.preventDefault();
    const f = form.elements;
    const value = (el, name) => el.querySelector(`[name=${name}]`).value.trim();
    act(button, out, async () => {
      const d = await call('clearance', '/api/declarations', { method: 'POST', body: {
        declarant: { taxCode: f.taxCode.value.trim(), name: f.declarantName.value.trim() },
        consignee: f.consignee.value.trim(), customsDeclarationNumber: f.customsNumber.value.trim(),
        direction: f.direction.value, destinationCountry: f.destination.value.trim().toUpperCase(),
        bookingCodes: f.bookingCodes.value.split(/[\s,;]+/).filter(Boolean).map((c) => c.toUpperCase()),
        goodsLines: [...lines.children].map((l) => ({ hsCode: value(l, 'hsCode'), description: value(l, 'description'),
          quantity: Number(value(l, 'quantity')), unit: value(l, 'unit'), netWeightKg: Number(value(l, 'netWeightKg')),
          grossWeightKg: Number(value(l, 'grossWeightKg')), value: Number(value(l, 'value')), currency: value(l, 'currency'),
          originCountry: value(l, 'originCountry').toUpperCase() })) } });
      location.hash = '#/trader/' + d.id;
    });
  } },
  h('h2', {}, t('trader.newDeclaration')),
  h('div', { class: 'grid' },
    field(t('trader.taxCode'), { name: 'taxCode', required: true, placeholder: '5300123456' }),
    field(t('trader.declarantName'), { name: 'declarantName', required: true }),
    field(t('trader.consignee'), { name: 'consignee', required: true }),
    field(t('trader.customsNumber'), { name: 'customsNumber', required: true, inputmode: 'numeric', placeholder: '305123456789' }),
    field(t('trader.direction'), { name: 'direction', options: [['EXPORT', t('direction.EXPORT')], ['IMPORT', t('direction.IMPORT')]], value: 'EXPORT' }),
    field(t('trader.destination'), { name: 'destination', required: true, value: 'CN', maxlength: 2 }),
    field(t('trader.bookingCodes'), { name: 'bookingCodes', required: true, placeholder: 'KT2-7XK4P9' })),
  h('h2', {}, t('goods.title')), lines,
  h('p', { class: 'row' }, h('button', { type: 'button', class: 'alt', onclick: () => lines.append(goodsLine()) }, t('goods.add')), button),
  out);
  return form;
}

async function declaration(root, id) {
  const head = h('div');
  const live = h('p', { class: 'muted', id: 'live' });
  const missing = h('div', { class: 'card', id: 'missing' });
  const upload = h('div', { class: 'card' });
  const fee = h('div', { class: 'card', id: 'fee' });
  const steps = h('div', { class: 'card', id: 'steps' });
  const timeline = h('div', { class: 'card', id: 'timeline' });
  const goods = h('div', { class: 'card', id: 'goods' });
  root.append(h('p', {}, h('a', { href: '#/trader' }, '← ' + t('trader.declarations'))), head, live, missing, upload, fee, steps, timeline, goods);
  let current;

  async function refresh() {
    current = await call('clearance', `/api/declarations/${id}`);
    show(current);
    call('clearance', `/api/declarations/${id}/timeline`).then(showTimeline, () => {});
  }

  function show(d) {
    fill(head, h('h1', {}, t('trader.declaration', { number: d.customsDeclarationNumber }), ' ', statusPill(d.status)),
      h('p', { class: 'muted' }, d.declarantName, ' → ', d.consignee, ' · ', d.bookingCodes.join(', '),
        d.customsChannel ? h('span', { class: 'pill' }, t('trader.channel', { channel: t('channel.' + d.customsChannel) })) : null),
      d.readyForGate ? h('p', { class: 'ok-msg' }, t('trader.readyForGate')) : null);
    fill(missing, h('h2', {}, t('trader.checklist')),
      d.missingDocuments.length
        ? h('ul', {}, d.missingDocuments.map((m) => h('li', { class: 'err' }, t('doc.' + m))))
        : h('p', { class: 'ok-msg', id: 'complete' }, t('trader.nothingMissing')),
      d.documents.length ? h('table', {}, h('tbody', {}, d.documents.map((doc) => h('tr', {},
        h('td', {}, '✓ ', t('doc.' + doc.type)), h('td', {}, doc.number), h('td', { class: 'muted' }, fmtDateTime(doc.attachedAt)))))) : null);
    const f = d.fee;
    const payButton = h('button', { id: 'pay' }, t('fee.pay', { amount: fmtMoney(f.outstandingVnd, 'VND') }));
    const payOut = h('div');
    payButton.addEventListener('click', () => act(payButton, payOut, async () => {
      show(await call('clearance', `/api/declarations/${id}/fee/payment`, { method: 'POST' }));
    }));
    fill(fee, h('h2', {}, t('fee.title')),
      h('table', {}, h('tbody', {},
        h('tr', {}, h('th', {}, t('fee.amount')), h('td', { id: 'fee-amount' }, fmtMoney(f.amountVnd, 'VND'))),
        h('tr', {}, h('th', {}, t('fee.paid')), h('td', {}, fmtMoney(f.paidVnd, 'VND'))),
        h('tr', {}, h('th', {}, t('fee.outstanding')), h('td', {}, fmtMoney(f.outstandingVnd, 'VND'))))),
      f.breakdown ? h('p', { class: 'muted' }, f.breakdown) : null,
      f.paymentReference
        ? h('p', { class: 'ok-msg', id: 'paid' }, t('fee.paidWith', { ref: f.paymentReference, invoice: f.invoiceNumber || '—', at: fmtDateTime(f.paidAt) }))
        : (f.outstandingVnd > 0 ? h('p', {}, payButton) : null),
      payOut);
    fill(goods, h('h2', {}, t('goods.title')), h('table', {},
      h('thead', {}, h('tr', {}, ['#', t('goods.hsCode'), t('goods.description'), t('goods.quantity'), t('goods.grossWeight'), t('goods.value')].map((c) => h('th', {}, c)))),
      h('tbody', {}, d.goodsLines.map((l) => h('tr', {}, h('td', {}, l.lineNumber), h('td', {}, l.hsCode), h('td', {}, l.description),
        h('td', {}, fmtNumber(l.quantity), ' ', l.unit), h('td', {}, fmtNumber(l.grossWeightKg), ' kg'), h('td', {}, fmtMoney(l.value, l.currency)))))));
    showSteps(d.steps);
  }

  function showSteps(list, remaining, blocking) {
    fill(steps, h('h2', {}, t('trader.steps')),
      blocking ? h('p', {}, t('trader.blocking', { step: t('step.' + blocking) })) : null,
      remaining ? h('p', { class: 'muted' }, t('trader.remaining', { d: fmtDuration(remaining) })) : null,
      h('ul', { class: 'plain' }, list.filter((s) => s.state !== 'NOT_REQUIRED').map((s) => h('li', {},
        h('strong', {}, t('step.' + s.step)), ' ', h('span', { class: 'pill ' + (s.state === 'DONE' ? 'ok' : s.state === 'FAILED' || s.state === 'REFUSED' ? 'bad' : 'wait') }, t('state.' + s.state)),
        s.decidedBy ? h('span', { class: 'muted' }, ' ', s.decidedBy, ' ', fmtDateTime(s.completedAt)) : null))));
  }

  function showTimeline(entries) {
    if (!entries) return;
    fill(timeline, h('h2', {}, t('trader.timeline')), h('ul', { class: 'plain' }, entries.slice().reverse().map((e) => h('li', {},
      h('span', { class: 'muted' }, fmtDateTime(e.at)), ' ', h('strong', {}, t('timeline.' + e.step)), e.actor ? ' · ' + e.actor : '',
      e.detail ? h('div', { class: 'muted' }, e.detail) : null))));
  }

  upload.append(uploadForm(id, refresh));
  try {
    await refresh();
  } catch (e) {
    head.append(h('p', { class: 'err' }, e.message));
    return null;
  }
  let lastVersion = current.version;
  let lastStatus = current.status;
  return follow('clearance', `/api/declarations/${id}/stream`, (tr) => {
    showSteps(tr.steps, tr.estimatedRemainingSeconds, tr.blockingStep);
    showTimeline(tr.timeline);
    if (tr.version !== lastVersion || tr.status !== lastStatus) {
      lastVersion = tr.version;
      lastStatus = tr.status;
      refresh().catch(() => {});
    }
  }, (state) => {
    live.className = state === 'live' ? 'live muted' : 'muted';
    live.textContent = t('app.' + state);
  });
}

function uploadForm(id, refresh) {
  const out = h('div');
  const button = h('button', { type: 'submit', id: 'upload' }, t('upload.submit'));
  const file = field(t('upload.file'), { name: 'file', type: 'file', accept: 'application/pdf,image/jpeg,image/png' });
  const form = h('form', { onsubmit: (e) => {
    e.preventDefault();
    const f = form.elements;
    act(button, out, async () => {
      const data = new FormData();
      data.append('type', f.type.value);
      data.append('number', f.number.value.trim());
      if (f.file.files[0] && !CODES_WITHOUT_FILE.includes(f.type.value)) data.append('file', f.file.files[0]);
      await call('clearance', `/api/declarations/${id}/documents`, { method: 'POST', body: data });
      out.className = 'ok-msg';
      out.textContent = t('upload.done', { type: t('doc.' + f.type.value) });
      form.reset();
      await refresh();
    });
  } },
  h('h2', {}, t('upload.title')),
  h('div', { class: 'grid' },
    field(t('upload.type'), { name: 'type', options: DOCUMENT_TYPES.map((d) => [d, t('doc.' + d)]) }),
    field(t('upload.number'), { name: 'number', required: true }),
    file),
  h('p', { class: 'muted' }, t('upload.hint')),
  h('p', {}, button), out);
  return form;
}

// Trader pages: declarations with their goods lines, what is still missing, document upload, the clearance
// timeline live, the fee and its payment.
import { call, follow, download } from './api.js';
import { t, known, fmtDateTime, fmtNumber, fmtMoney, fmtDuration } from './i18n.js';
import { h, field, act, fill, shortValue } from './dom.js';
import { vehiclesField, linksNote, vehiclesCard } from './links.js';
import { printButton } from './exports.js';
import { amendCard, amendNote } from './amend.js';

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
  const box = h('div', { class: 'card', id: 'declarations' }, h('h1', {}, t('trader.declarations')),
    h('p', {}, h('a', { href: '#/requirements', id: 'requirements-link' }, t('req.link'))));
  // the new declaration's form goes in under the list once the list is there, so that it does not jump down
  root.append(box);
  try {
    const all = await call('clearance', '/api/declarations', { query: { limit: 50 } });
    if (!all.length) box.append(h('p', { class: 'muted' }, t('trader.none')));
    box.append(h('ul', { class: 'plain' }, all.map((d) => h('li', {},
      h('a', { href: '#/trader/' + d.id }, d.customsDeclarationNumber), ' ', d.consignee, ' ', statusPill(d.status),
      d.missingDocuments.length ? h('span', { class: 'pill bad' }, t('trader.missingCount', { n: fmtNumber(d.missingDocuments.length) })) : null,
      (d.links || []).some((l) => l.state === 'CONSENT_WITHDRAWN') ? h('span', { class: 'pill bad', 'data-consent-withdrawn': '' }, t('link.CONSENT_WITHDRAWN')) : null,
      ' ', h('span', { class: 'muted' }, fmtDateTime(d.submittedAt))))));
  } catch (e) {
    box.append(h('p', { class: 'err' }, e.message));
  }
  root.append(newDeclaration());
}

/**
 * A goods line (its values given: line); the i-th's inputs are f-<name>-<i> after the first (f-<name>; another prefix for a
 * second form on the page), so that each label names one input.
 */
export function goodsLine(i, line = {}, prefix = 'f-') {
  const id = (name) => (i ? `${prefix}${name}-${i}` : `${prefix}${name}`);
  const v = (name, fallback) => (line[name] == null ? fallback : String(line[name]));
  return h('fieldset', { class: 'card line' },
    h('div', { class: 'grid' },
      field(t('goods.hsCode'), { name: 'hsCode', id: id('hsCode'), required: true, placeholder: '0810.60.00', value: v('hsCode') }),
      field(t('goods.description'), { name: 'description', id: id('description'), required: true, value: v('description') }),
      field(t('goods.quantity'), { name: 'quantity', id: id('quantity'), type: 'number', step: 'any', min: '0', required: true, value: v('quantity') }),
      field(t('goods.unit'), { name: 'unit', id: id('unit'), required: true, value: v('unit', 'KGM') }),
      field(t('goods.netWeight'), { name: 'netWeightKg', id: id('netWeightKg'), type: 'number', step: 'any', min: '0', required: true, value: v('netWeightKg') }),
      field(t('goods.grossWeight'), { name: 'grossWeightKg', id: id('grossWeightKg'), type: 'number', step: 'any', min: '0', required: true, value: v('grossWeightKg') }),
      field(t('goods.value'), { name: 'value', id: id('value'), type: 'number', step: 'any', min: '0', required: true, value: v('value') }),
      field(t('goods.currency'), { name: 'currency', id: id('currency'), options: [['USD', 'USD'], ['CNY', 'CNY'], ['VND', 'VND']], value: v('currency', 'USD') }),
      field(t('goods.origin'), { name: 'originCountry', id: id('originCountry'), required: true, value: v('originCountry', 'VN'), maxlength: 2 })));
}

/**
 * The goods lines of a form, as the service takes them; each line's inputs named as the service names them in a
 * refusal (goodsLines[1].hsCode).
 */
export function readGoodsLines(lines) {
  return [...lines.children].map((l, i) => {
    l.querySelectorAll('[name]').forEach((input) => { input.dataset.field = `goodsLines[${i}].${input.name}`; });
    const value = (name) => l.querySelector(`[name=${name}]`).value.trim();
    return { hsCode: value('hsCode'), description: value('description'), quantity: Number(value('quantity')), unit: value('unit'),
      netWeightKg: Number(value('netWeightKg')), grossWeightKg: Number(value('grossWeightKg')), value: Number(value('value')),
      currency: value('currency'), originCountry: value('originCountry').toUpperCase() };
  });
}

function newDeclaration() {
  const out = h('div');
  const lines = h('div', { id: 'lines' }, goodsLine(0));
  const vehicles = vehiclesField();
  const button = h('button', { type: 'submit', id: 'declare' }, t('trader.declare'));
  const form = h('form', { class: 'card', onsubmit: (e) => {
    e.preventDefault();
    const f = form.elements;
    act(button, out, async () => {
      const d = await call('clearance', '/api/declarations', { method: 'POST', body: {
        declarant: { taxCode: f.taxCode.value.trim(), name: f.declarantName.value.trim() },
        consignee: f.consignee.value.trim(), customsDeclarationNumber: f.customsNumber.value.trim(),
        direction: f.direction.value, destinationCountry: f.destination.value.trim().toUpperCase(),
        ...vehicles.read(),
        goodsLines: readGoodsLines(lines) } });
      location.hash = '#/trader/' + d.id;
    }, form);
  } },
  h('h2', {}, t('trader.newDeclaration')),
  h('div', { class: 'grid' },
    field(t('trader.taxCode'), { name: 'taxCode', 'data-field': 'declarant.taxCode', required: true, placeholder: '5300123456' }),
    field(t('trader.declarantName'), { name: 'declarantName', 'data-field': 'declarant.name', required: true }),
    field(t('trader.consignee'), { name: 'consignee', required: true }),
    field(t('trader.customsNumber'), { name: 'customsNumber', 'data-field': 'customsDeclarationNumber', required: true, inputmode: 'numeric', placeholder: '305123456789' }),
    field(t('trader.direction'), { name: 'direction', options: [['EXPORT', t('direction.EXPORT')], ['IMPORT', t('direction.IMPORT')]], value: 'EXPORT' }),
    field(t('trader.destination'), { name: 'destination', 'data-field': 'destinationCountry', required: true, value: 'CN', maxlength: 2 })),
  vehicles.el,
  h('h2', {}, t('goods.title')), lines,
  h('p', { class: 'row' }, h('button', { type: 'button', class: 'alt', onclick: () => lines.append(goodsLine(lines.children.length)) }, t('goods.add')), button),
  out);
  return form;
}

async function declaration(root, id) {
  const head = h('div');
  const live = h('p', { class: 'muted state', id: 'live' });
  const missing = h('div', { class: 'card', id: 'missing' });
  const upload = h('div', { class: 'card no-print' });
  const fee = h('div', { class: 'card', id: 'fee' });
  const steps = h('div', { class: 'card', id: 'steps' });
  const timeline = h('div', { class: 'card', id: 'timeline' });
  const goods = h('div', { class: 'card', id: 'goods' });
  // the form to change the vehicles is drawn again with the declaration, unless the trader is typing in it
  const vehicles = h('div', { id: 'vehicles-box', class: 'no-print', oninput: () => { vehiclesEdited = true; vehiclesChanged = false; } });
  let vehiclesEdited = false;
  let vehiclesChanged = false;
  // the amend form, filled in with the declaration as it stands: drawn again with it, unless the trader is typing in it
  const amend = h('div', { id: 'amend-box', oninput: () => { amendEdited = true; amended = null; } });
  let amendEdited = false;
  let amended = null;
  const back = h('p', { class: 'no-print' }, h('a', { href: '#/trader' }, '← ' + t('trader.declarations')), ' ', printButton());
  root.append(back, head);
  let current;
  let drawn = false;
  const tracked = { remaining: 0, blocking: null };

  // the declaration and its tracking together, so that the page is drawn once, not piece by piece
  async function refresh() {
    const [d, tr] = await Promise.all([call('clearance', `/api/declarations/${id}`),
      call('clearance', `/api/declarations/${id}/tracking`).catch(() => null)]);
    current = d;
    show(d);
    if (tr) {
      showSteps(tr.steps, tr.estimatedRemainingSeconds, tr.blockingStep);
      showTimeline(tr.timeline);
    }
  }

  function show(d) {
    fill(head, h('h1', {}, t('trader.declaration', { number: d.customsDeclarationNumber }), ' ', statusPill(d.status)),
      h('p', { class: 'muted' }, d.declarantName, ' → ', d.consignee, ' · ', d.bookingCodes.join(', '),
        d.customsChannel ? h('span', { class: 'pill' }, t('trader.channel', { channel: t('channel.' + d.customsChannel) })) : null),
      linksNote(d),
      h('p', { class: 'no-print' }, h('a', { href: `#/trace/${d.id}`, id: 'trace-link' }, t('trace.open'))),
      // the signed release note (PDF, trilingual, with the QR of its public check) once cleared
      d.status === 'CLEARED' ? h('p', {}, h('a', { class: 'button alt', id: 'release-note-pdf', href: `svc/clearance/api/declarations/${d.id}/release-note.pdf`,
        download: '' }, t('trader.releaseNote'))) : null,
      d.readyForGate ? h('p', { class: 'ok-msg' }, t('trader.readyForGate')) : null);
    if (!vehiclesEdited) {
      fill(vehicles, vehiclesCard(d, (amended) => {
        vehiclesEdited = false;
        vehiclesChanged = true;
        show(amended);
        refresh().catch(() => {});
      }), vehiclesChanged ? h('p', { class: 'ok-msg', id: 'vehicles-changed' }, t('trader.vehiclesChanged')) : null);
    }
    if (!amendEdited) {
      const open = !!amend.querySelector('details[open]');
      const card = amendCard(d, (answer, outcome) => {
        amendEdited = false;
        amended = outcome;
        show(answer);
        refresh().catch(() => {});
      });
      if (card && open) card.open = true;
      fill(amend, amendNote(amended), card);
    }
    fill(missing, h('h2', {}, t('trader.checklist')),
      d.missingDocuments.length
        ? h('ul', {}, d.missingDocuments.map((m) => h('li', { class: 'err' }, t('doc.' + m))))
        : h('p', { class: 'ok-msg', id: 'complete' }, t('trader.nothingMissing')),
      d.documents.length ? h('table', { class: 'cards', id: 'documents' },
        h('thead', {}, h('tr', {}, [t('upload.type'), t('upload.number'), t('trader.fileHash'), t('signature.title'), t('trader.attachedAt')].map((c) => h('th', {}, c)))),
        h('tbody', {}, d.documents.map((doc) => h('tr', {},
          h('td', { 'data-label': t('upload.type') }, '✓ ' + t('doc.' + doc.type)), h('td', { 'data-label': t('upload.number') }, doc.number),
          h('td', { 'data-label': t('trader.fileHash') }, doc.sha256 ? shortValue(doc.sha256, 'SHA-256') : '—'),
          h('td', { 'data-label': t('signature.title') }, signatureNote(doc.signature)),
          h('td', { class: 'muted', 'data-label': t('trader.attachedAt') }, fmtDateTime(doc.attachedAt)))))) : null);
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
        h('tr', {}, h('th', {}, t('fee.outstanding')), h('td', {}, fmtMoney(f.outstandingVnd, 'VND'))),
        f.refundedVnd > 0 ? h('tr', {}, h('th', {}, t('fee.refunded')), h('td', { id: 'fee-refunded' }, fmtMoney(f.refundedVnd, 'VND'))) : null,
        f.refundDueVnd > 0 ? h('tr', {}, h('th', {}, t('fee.refundDue')), h('td', { id: 'fee-refund-due' }, fmtMoney(f.refundDueVnd, 'VND'))) : null)),
      f.breakdown ? h('p', { class: 'muted' }, f.breakdown) : null,
      f.paymentReference
        ? h('p', { class: 'ok-msg', id: 'paid' }, t('fee.paidWith', { ref: f.paymentReference, invoice: f.invoiceNumber || '—', at: fmtDateTime(f.paidAt) }))
        : (f.outstandingVnd > 0 ? h('p', {}, payButton) : null),
      f.paymentReference ? invoiceCard(id) : null,
      payOut);
    const columns = ['#', t('goods.hsCode'), t('goods.description'), t('goods.quantity'), t('goods.grossWeight'), t('goods.value')];
    const cell = (i, ...content) => h('td', { 'data-label': columns[i] }, ...content);
    fill(goods, h('h2', {}, t('goods.title')), h('table', { class: 'cards' },
      h('thead', {}, h('tr', {}, columns.map((c) => h('th', {}, c)))),
      h('tbody', {}, d.goodsLines.map((l) => h('tr', {}, cell(0, l.lineNumber), cell(1, l.hsCode), cell(2, l.description),
        cell(3, fmtNumber(l.quantity), ' ', l.unit), cell(4, fmtNumber(l.grossWeightKg), ' kg'), cell(5, fmtMoney(l.value, l.currency)))))));
    showSteps(d.steps, tracked.remaining, tracked.blocking);
    if (!drawn) {
      drawn = true;
      // the timeline last: it is the part that grows while the page is open
      root.append(live, missing, upload, fee, steps, goods, amend, vehicles, timeline);
    }
  }

  // the blocking step and the estimate keep their lines even when empty: the cards under them do not move
  function showSteps(list, remaining, blocking) {
    tracked.remaining = remaining;
    tracked.blocking = blocking;
    fill(steps, h('h2', {}, t('trader.steps')),
      h('p', { class: 'state', id: 'blocking' }, blocking ? t('trader.blocking', { step: t('step.' + blocking) }) : ''),
      h('p', { class: 'muted state' }, remaining ? t('trader.remaining', { d: fmtDuration(remaining) }) : ''),
      h('ul', { class: 'plain' }, list.filter((s) => s.state !== 'NOT_REQUIRED').map((s) => h('li', {},
        h('strong', {}, t('step.' + s.step)), ' ', h('span', { class: 'pill ' + (s.state === 'DONE' ? 'ok' : s.state === 'FAILED' || s.state === 'REFUSED' ? 'bad' : 'wait') }, t('state.' + s.state)),
        s.decidedBy ? h('span', { class: 'muted' }, ' ', s.decidedBy, ' ', fmtDateTime(s.completedAt)) : null))));
  }

  function showTimeline(entries) {
    if (!entries) return;
    fill(timeline, h('h2', {}, t('trader.timeline')), h('ul', { class: 'plain' }, inTimeOrder(entries).map((e) => {
      const said = timelineText(e);
      return h('li', { 'data-step': e.step, 'data-at': e.at },
        h('span', { class: 'muted' }, fmtDateTime(e.at)), ' ', h('strong', {}, said.what), e.actor ? ' · ' + e.actor : '',
        said.more ? h('div', { class: 'muted' }, said.more) : null);
    })));
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

/** Oldest first by time; entries of the same moment keep the order the service wrote them in. */
/** What the check of an uploaded file's signatures found, in the reader's language; a failed certificate says it holds. */
export function signatureNote(signature) {
  if (!signature) return '—';
  const ok = signature.status === 'SIGNED_VALID';
  return h('span', { class: ok ? 'ok-msg' : (signature.holds ? 'err' : 'muted'), 'data-signature': signature.status,
    title: signature.problem || '' },
  (ok ? '✓ ' : (signature.holds ? '✗ ' : '')) + t('signature.' + signature.status),
  signature.signer ? h('br') : null,
  signature.signer ? h('small', { class: 'muted' }, t('signature.by', { signer: signature.signer, at: fmtDateTime(signature.signedAt) })) : null,
  signature.holds ? h('br') : null, signature.holds ? h('small', {}, t('signature.holds')) : null);
}

/** The fee's e-invoice: its number and whether its signature verifies, with its XML and its readable PDF to download. */
function invoiceCard(id) {
  const box = h('div', { id: 'invoice' }, h('p', { class: 'muted' }, t('invoice.none')));
  call('clearance', `/api/declarations/${id}/fee/invoice`).then((inv) => {
    const xml = h('button', { class: 'alt', id: 'invoice-xml' }, t('invoice.xml'));
    const pdf = h('button', { class: 'alt', id: 'invoice-pdf' }, t('invoice.pdf'));
    xml.addEventListener('click', () => download('clearance', `/api/declarations/${id}/fee/invoice.xml`, 'application/xml', inv.invoiceNumber + '.xml'));
    pdf.addEventListener('click', () => download('clearance', `/api/declarations/${id}/fee/invoice.pdf`, 'application/pdf', inv.invoiceNumber + '.pdf'));
    fill(box, h('p', { class: inv.signatureStatus === 'SIGNED_VALID' ? 'ok-msg' : 'err', 'data-signature': inv.signatureStatus },
      t('invoice.status', { number: inv.invoiceNumber, status: t('signature.' + inv.signatureStatus) })),
    h('p', {}, xml, ' ', pdf));
  }).catch(() => {});
  return box;
}

export function inTimeOrder(entries) {
  return entries.map((e, i) => [Date.parse(e.at), i, e]).sort((a, b) => (a[0] - b[0]) || (a[1] - b[1])).map((x) => x[2]);
}

const DECIDED = /^([A-Z_]+): ([A-Z_]+) \(([A-Z_]+) -> ([A-Z_]+)\)(?:: ([\s\S]*))?$/;
const ATTACHED = /^([A-Z_]+) (\S+)/;
const HELD = /^Held on ([A-Z_]+): ([\s\S]*)$/;
const LIFTED = /^Hold on ([A-Z_]+) lifted: ([\s\S]*)$/;
const REFUSED = /^Refused on ([A-Z_]+): ([\s\S]*)$/;
const VEHICLE = /(KT2-[A-Z0-9]+)/;
const LANE = /lane (\d+)/;

/**
 * A timeline entry as a sentence in the page's language, from its type and the structured parts of its detail
 * (the decision, the document, the step held); what the service wrote in free text is kept as the second line.
 */
export function timelineText(e) {
  const detail = e.detail || '';
  let m = DECIDED.exec(detail);
  if (m) {
    const [, step, decision, , to, reason] = m;
    const sentence = 'tl.decided.' + decision; // every decision has one: MessagesTest checks
    const what = t(sentence, { agency: t('step.' + step), state: t('state.' + to) });
    return { what, more: reason || null };
  }
  if (e.step === 'DOCUMENT_ATTACHED' && (m = ATTACHED.exec(detail))) {
    return { what: t('timeline.DOCUMENT_ATTACHED') + ': ' + t('doc.' + m[1]) + ' ' + m[2], more: null };
  }
  if (e.step === 'HOLD_PLACED' && (m = HELD.exec(detail))) {
    return { what: t('tl.held', { agency: t('step.' + m[1]) }), more: m[2] };
  }
  if (e.step === 'HOLD_LIFTED' && (m = LIFTED.exec(detail))) {
    return { what: t('tl.lifted', { agency: t('step.' + m[1]) }), more: m[2] };
  }
  if (e.step === 'REJECTED' && (m = REFUSED.exec(detail))) {
    return { what: t('tl.rejected', { agency: t('step.' + m[1]) }), more: m[2] };
  }
  if (e.step.startsWith('VEHICLE_') && (m = VEHICLE.exec(detail))) {
    const lane = LANE.exec(detail);
    return { what: t('timeline.' + e.step), more: m[1] + (lane ? ' · ' + t('yard.lane', { n: lane[1] }) : '') };
  }
  // lapsed handoffs and pending booking links are named under handoffs.timeline
  return { what: known('timeline.' + e.step, t('handoffs.timeline.' + e.step)),
    more: detail ? h('details', {}, h('summary', {}, t('tl.detail')), detail) : null };
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

// Each agency's worklist: the consignments whose step of that agency is open; the officer records a decision,
// places or lifts a hold; the fee officer records a payment.
import { call } from './api.js';
import { t, fmtDateTime, fmtMoney } from './i18n.js';
import { h, field, act, fill } from './dom.js';
import { statusPill, signatureNote } from './trader.js';
import { handoffLine, overdueCard } from './handoffs.js';
import { exportButtons, printButton } from './exports.js';
import { checklistCard } from './checklist.js';

export const AGENCY_STEPS = {
  'border-guard': ['BORDER_GUARD'],
  'customs-officer': ['CUSTOMS'],
  'quarantine-officer': ['PLANT_QUARANTINE'],
  'health-officer': ['HEALTH_QUARANTINE'],
  'fee-officer': ['FEE_PAYMENT'],
};
export const DECISIONS = {
  BORDER_GUARD: ['CLEAR', 'REFUSE'],
  CUSTOMS: ['ASSIGN_GREEN', 'ASSIGN_YELLOW', 'ASSIGN_RED', 'ORDER_DOCUMENTARY_INSPECTION', 'ORDER_PHYSICAL_INSPECTION',
    'INSPECTION_PASSED', 'INSPECTION_FAILED', 'RELEASE'],
  PLANT_QUARANTINE: ['PASS', 'FAIL', 'SAMPLE', 'TREAT'],
  HEALTH_QUARANTINE: ['PASS', 'FAIL', 'SAMPLE', 'TREAT'],
};
const OPEN = (s) => s.state !== 'DONE' && s.state !== 'FAILED' && s.state !== 'NOT_REQUIRED';

export async function render(root, params, session) {
  const mine = [...new Set(session.roles.flatMap((r) => AGENCY_STEPS[r] || []))];
  const out = h('div', { id: 'work-out' });
  const list = h('div', { id: 'worklist' });
  const refreshButton = h('button', { class: 'alt' }, t('work.refresh'));
  const handoffText = new Map();
  // each checklist opened stays open, and is read again only for a new version, when the list is drawn again
  const checklists = new Map();
  // the customs officers' worklist holds the handoffs an agency system lost or left past its deadline
  const overdue = mine.includes('CUSTOMS') ? overdueCard() : null;
  root.append(h('h1', {}, t('work.title', { agency: mine.map((s) => t('step.' + s)).join(', ') })),
    h('p', { class: 'row no-print' }, refreshButton, mine.map((step) => exportButtons('clearance', `/api/clearance/worklists/${step}`, {}, 'worklist-' + step)), printButton()),
    out, ...(overdue ? [overdue] : []), list);

  async function load() {
    if (overdue) overdue.refresh();
    const all = await call('clearance', '/api/declarations', { query: { limit: 200 } });
    const open = all.filter((d) => (d.status === 'IN_CLEARANCE' || d.status === 'SUBMITTED')
      && d.steps.some((s) => mine.includes(s.step) && OPEN(s)));
    fill(list, open.length ? h('div', {}, open.map(item)) : h('p', { class: 'muted', id: 'nothing' }, t('work.nothing')));
  }

  function item(d) {
    const result = h('div');
    return h('section', { class: 'card', 'data-id': d.id, 'data-number': d.customsDeclarationNumber },
      h('h2', {}, d.customsDeclarationNumber, ' ', statusPill(d.status)),
      h('p', { class: 'muted' }, d.declarantName, ' → ', d.consignee, ' · ', d.bookingCodes.join(', '), ' · ', fmtDateTime(d.submittedAt)),
      h('p', {}, d.goodsLines.map((l) => `${l.hsCode} ${l.description}`).join('; ')),
      h('p', {}, h('a', { href: `#/trace/${d.id}`, class: 'trace-link' }, t('trace.open'))),
      d.missingDocuments.length ? h('p', { class: 'err' }, t('trader.checklist'), ': ', d.missingDocuments.map((m) => t('doc.' + m)).join(', ')) : null,
      d.documents.some((doc) => doc.signature) ? h('ul', { class: 'documents' }, d.documents.filter((doc) => doc.signature)
        .map((doc) => h('li', { 'data-document': doc.number }, t('doc.' + doc.type), ' ', doc.number, ': ', signatureNote(doc.signature)))) : null,
      d.holds.filter((x) => x.open).map((hold) => {
        const lift = h('button', { class: 'alt', 'data-action': 'lift' }, t('work.lift'));
        lift.addEventListener('click', () => act(lift, result, async () => {
          await call('clearance', `/api/declarations/${d.id}/holds/${hold.number}/lift`, { method: 'POST' });
          await load();
        }));
        return h('p', { class: 'err' }, t('work.held', { step: t('step.' + hold.step), reason: hold.text || hold.reason }), ' ', mine.includes(hold.step) ? lift : null);
      }),
      d.steps.filter((s) => mine.includes(s.step) && OPEN(s)).flatMap((s) => [checklistCard(d, s.step, checklists), stepForm(d, s, result)]),
      mine.includes('CUSTOMS') ? handoffs(d) : null,
      result);
  }

  /**
   * What the agency systems (VNACCS, the National Single Window, ...) have said of it, through customs-adapter. The
   * last answer stays shown while the next is on its way, so that the cards under it keep their place.
   */
  function handoffs(d) {
    const box = h('p', { class: 'muted state', 'data-handoffs': d.id }, t('work.handoffs'), ': ', handoffText.get(d.id) || '…');
    call('customs', '/api/handoffs', { query: { declarationId: d.id } }).then((list) => {
      const text = list.length ? list.map((x) => handoffLine(x)).join(' · ') : '—';
      handoffText.set(d.id, text);
      fill(box, t('work.handoffs'), ': ', text);
    }, () => {});
    return box;
  }

  function stepForm(d, s, result) {
    const head = h('p', {}, h('strong', {}, t('step.' + s.step)), ' ', h('span', { class: 'pill wait' }, t('state.' + s.state)),
      s.startedAt ? h('span', { class: 'muted' }, ' ', t('work.since', { at: fmtDateTime(s.startedAt) })) : null);
    if (s.step === 'FEE_PAYMENT') {
      const pay = h('button', { 'data-action': 'pay' }, t('fee.record', { amount: fmtMoney(d.fee.outstandingVnd, 'VND') }));
      pay.addEventListener('click', () => act(pay, result, async () => {
        await call('clearance', `/api/declarations/${d.id}/fee/payment`, { method: 'POST' });
        await load();
      }));
      return h('div', {}, head, d.fee.outstandingVnd > 0 ? pay : null);
    }
    const decide = h('button', { type: 'submit', 'data-action': 'decide' }, t('work.decide'));
    const hold = h('button', { type: 'button', class: 'warn', 'data-action': 'hold' }, t('work.hold'));
    // only the decisions legal in the step's state (the service names them; all of the step's from a service that
    // does not), and none chosen beforehand: the officer picks one
    const legal = s.decisions || DECISIONS[s.step] || [];
    const form = h('form', { onsubmit: (e) => {
      e.preventDefault();
      act(decide, result, async () => {
        const dec = form.elements.decision.value;
        if (!dec) throw new Error(t('work.chooseFirst'));
        await call('clearance', `/api/declarations/${d.id}/steps/${s.step}/decisions`, { method: 'POST',
          body: { decision: dec, reason: form.elements.reason.value.trim() || null } });
        out.className = 'ok-msg';
        out.textContent = t('work.recorded', { number: d.customsDeclarationNumber, decision: t('decision.' + dec) });
        await load();
      });
    } }, head, h('div', { class: 'row' },
      field(t('work.decision'), { name: 'decision', id: `f-decision-${d.id}-${s.step}`, required: true, value: '',
        options: [['', t('work.choose')], ...legal.map((x) => [x, t('decision.' + x)])] }),
      field(t('work.reason'), { name: 'reason', id: `f-reason-${d.id}-${s.step}` }), decide, hold));
    hold.addEventListener('click', () => act(hold, result, async () => {
      await call('clearance', `/api/declarations/${d.id}/holds`, { method: 'POST',
        body: { step: s.step, reason: form.elements.reason.value.trim() || t('work.hold') } });
      await load();
    }));
    return form;
  }

  refreshButton.addEventListener('click', () => act(refreshButton, out, load));
  try {
    await load();
  } catch (e) {
    list.append(h('p', { class: 'err' }, e.message));
  }
  const timer = setInterval(() => { if (!list.matches(':focus-within')) load().catch(() => {}); }, 15000);
  return () => clearInterval(timer);
}

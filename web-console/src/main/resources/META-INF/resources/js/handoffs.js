// Handoffs to the agency systems (customs-adapter's /api/handoffs): their states in the page's language, a lost or
// overdue one with why and since when, and the list of handoffs past their deadline (GET /api/handoffs/overdue).
import { call } from './api.js';
import { t, fmtDateTime } from './i18n.js';
import { h } from './dom.js';

/** The states a handoff may stand in, as customs-adapter names them; the last three mean its system stopped answering. */
export const HANDOFF_STATES = ['PENDING', 'SUBMITTED', 'CHANNEL_ASSIGNED', 'RELEASED', 'COMPLETED', 'REJECTED', 'LOST', 'OVERDUE', 'ESCALATED'];
export const LAPSED = ['LOST', 'OVERDUE', 'ESCALATED'];

/** The words for a handoff's state: the lapsed ones under handoffs.state, the others under handoff. */
export function stateLabel(state, tr = t) {
  return LAPSED.includes(state) ? tr('handoffs.state.' + state) : tr('handoff.' + state);
}

/**
 * One handoff as a line: its system and state, the channel once assigned; a lost or overdue one says why and since
 * when, and how often it was sent again; an escalated one that it is with the customs officers.
 */
export function handoffLine(x, tr = t, at = fmtDateTime) {
  const parts = [`${x.agencySystem} ${stateLabel(x.state, tr)}${x.channel ? ' (' + tr('channel.' + x.channel) + ')' : ''}`];
  if (x.waiting) parts.push(tr('work.waitingSystem'));
  const since = x.overdueSince || x.lapsedAt;
  if (LAPSED.includes(x.state) || x.overdueSince) {
    if (since) parts.push(tr('handoffs.overdueSince', { at: at(since) }));
    if (x.resubmissions) parts.push(tr('handoffs.resubmitted', { n: x.resubmissions }));
    if (x.escalatedAt) parts.push(tr('handoffs.escalated', { at: at(x.escalatedAt) }));
    if (x.lapseReason) parts.push(x.lapseReason);
  }
  return parts.join(' · ');
}

/** The handoffs past their deadline, longest overdue first (the service's order), as a table; `nothing` when none. */
export function overdueTable(list) {
  if (!list.length) return h('p', { class: 'muted', id: 'overdue-none' }, t('handoffs.none'));
  return h('div', { class: 'scroll' }, h('table', { id: 'overdue-handoffs' },
    h('thead', {}, h('tr', {}, ['system', 'declaration', 'state', 'since', 'reason'].map((c) => h('th', {}, t('handoffs.col.' + c))))),
    h('tbody', {}, list.map((x) => h('tr', { 'data-handoff': x.id, 'data-state': x.state, class: x.state === 'ESCALATED' ? 'mismatch' : null },
      h('td', {}, x.agencySystem),
      h('td', {}, x.customsDeclarationNumber || x.subjectId),
      h('td', {}, stateLabel(x.state)),
      h('td', {}, fmtDateTime(x.overdueSince || x.lapsedAt || x.createdAt)),
      h('td', {}, [x.lapseReason || x.lastError || '', x.resubmissions ? ' · ' + t('handoffs.resubmitted', { n: x.resubmissions }) : '']))))));
}

/** A card that lists the handoffs past their deadline, read from customs-adapter; it refreshes with the page. */
export function overdueCard() {
  const body = h('div', {}, '…');
  const card = h('div', { class: 'card', id: 'overdue' }, h('h2', {}, t('handoffs.title')), body);
  card.refresh = () => call('customs', '/api/handoffs/overdue').then((list) => {
    body.replaceChildren(overdueTable(list));
  }, (e) => { body.replaceChildren(h('p', { class: 'err' }, e.message)); });
  return card;
}

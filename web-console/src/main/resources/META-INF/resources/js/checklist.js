// An officer's checklist of a consignment for their agency's step (GET svc/clearance/api/declarations/{id}/checklist?step=):
// each thing to verify, why (the rule's reason) and its legal sources, whether its document is attached, and a planting-area
// or packing-house code's status on the GACC code list in force.
import { call } from './api.js';
import { t, language } from './i18n.js';
import { h, fill } from './dom.js';
import { inLanguage } from './requirements.js';

export const GACC_STATUSES = ['ACTIVE', 'SUSPENDED', 'UNKNOWN'];

/** The checklist as the page shows it, in the reader's language; a document's item says whether it is attached. */
export function checklistShown(checklist, lang) {
  return (checklist.items || []).map((i) => ({
    rule: i.rule,
    document: i.document || null,
    // an item about the goods or the vehicle themselves has no document to be present or missing
    present: i.document ? !!i.present : null,
    what: inLanguage(i.what, lang),
    why: inLanguage(i.why, lang),
    sources: i.sources || [],
    attached: (i.attached || []).map((a) => ({ number: a.number, version: a.attachedInVersion,
      gacc: a.gaccList && a.gaccList.status ? { status: a.gaccList.status, listVersion: a.gaccList.listVersion || '' } : null })),
  }));
}

/** The words of a code's status on the GACC list; a status a newer service adds reads as unknown. */
export function gaccLabel(gacc, tr = t) {
  const status = GACC_STATUSES.includes(gacc.status) ? gacc.status : 'UNKNOWN';
  return tr('checklist.gacc.' + status, { version: gacc.listVersion });
}

function list(c) {
  const items = checklistShown(c, language());
  if (!items.length) return h('p', { class: 'muted' }, t('checklist.empty'));
  return h('ul', { class: 'plain checklist-items' }, items.map((i) => h('li', { 'data-rule': i.rule, 'data-document': i.document,
    'data-present': i.present == null ? null : String(i.present) },
  h('strong', {}, i.document ? t('doc.' + i.document) : t('checklist.goods')), ' ',
  i.present == null ? null : h('span', { class: 'pill ' + (i.present ? 'ok' : 'bad') }, t(i.present ? 'checklist.present' : 'checklist.missing')),
  h('div', {}, i.what),
  h('div', { class: 'muted' }, t('checklist.why'), ': ', i.why),
  i.sources.length ? h('div', { class: 'muted sources' }, t('req.sources'), ': ', i.sources.join('; ')) : null,
  i.attached.length ? h('ul', {}, i.attached.map((a) => h('li', { 'data-number': a.number, 'data-gacc': a.gacc ? a.gacc.status : null },
    t('checklist.attached', { number: a.number, version: a.version }),
    a.gacc ? h('span', { class: 'pill ' + (a.gacc.status === 'ACTIVE' ? 'ok' : 'bad') }, gaccLabel(a.gacc)) : null))) : null)));
}

/**
 * The checklist of a step of a declaration, folded; opened, it is read from clearance (again only for a new version) and
 * stays open when the worklist is drawn again. kept: a Map the worklist holds across its reloads.
 */
export function checklistCard(d, step, kept) {
  const key = `${d.id}:${step}`;
  const state = kept.get(key) || { open: false, version: null, checklist: null };
  kept.set(key, state);
  const box = h('div', { 'data-checklist-body': '' });
  const draw = () => fill(box, state.checklist ? list(state.checklist) : h('p', { class: 'muted' }, '…'));
  async function load() {
    if (state.checklist && state.version === d.version) return;
    try {
      state.checklist = await call('clearance', `/api/declarations/${d.id}/checklist`, { query: { step } });
      state.version = d.version;
      draw();
    } catch (e) {
      fill(box, h('p', { class: 'err' }, e.message));
    }
  }
  const details = h('details', { class: 'checklist', 'data-checklist': step, open: state.open, ontoggle: () => {
    state.open = details.open;
    if (details.open) load();
  } }, h('summary', {}, t('checklist.title', { step: t('step.' + step) })), box);
  draw();
  if (state.open) load();
  return details;
}

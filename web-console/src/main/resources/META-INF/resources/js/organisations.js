// Who an organisation's own page is for, from the memberships the console's /api/me reads off the access token.
import { t } from './i18n.js';
import { h } from './dom.js';

/** A carrier's page for its dispatchers; a trading company's for its managers who are traders (a carrier has managers too). */
export const MEMBERS = {
  carrier: (m) => m.role === 'dispatcher',
  company: (m, s) => m.role === 'manager' && s.roles.includes('trader'),
};

/**
 * The organisation page {@code which} ('carrier', 'company') is about: the one the address names when the person is a
 * member of it, else their first; with the page's heading and links to their other organisations of that kind.
 */
export function organisationPage(s, which, asked) {
  const all = memberOf(s, which);
  const organisation = all.includes(asked) ? asked : all[0];
  const heading = [h('h1', {}, t(which + '.title', { [which]: organisation })),
    all.length > 1 ? h('p', {}, all.map((c) => h('a', { href: `#/${which}/${c}`, class: 'pill' }, c))) : null];
  return { organisation, base: `/api/${which === 'carrier' ? 'carriers' : 'companies'}/${encodeURIComponent(organisation)}`, heading };
}

/**
 * The organisations whose page {@code which} opens for the person (their tax or credit codes, first membership first):
 * a carrier's for its dispatchers, a trading company's for its managers.
 */
export function memberOf(s, which) {
  const test = typeof which === 'function' ? which : MEMBERS[which];
  return [...new Set((s.memberships || []).filter((m) => test(m, s)).map((m) => m.organisation))];
}

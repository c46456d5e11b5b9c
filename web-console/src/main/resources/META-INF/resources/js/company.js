// A trading company's page for its manager: the customs brokers it authorises to declare on its behalf (grant,
// withdraw, with who did each and when, as clearance records them) and every declaration of the company.
import { call } from './api.js';
import { t, fmtDateTime } from './i18n.js';
import { h, field, act, fill, scroller } from './dom.js';
import { organisationPage } from './organisations.js';
import { statusPill } from './trader.js';

export async function render(root, [asked], s) {
  const { base, heading } = organisationPage(s, 'company', asked);
  const brokersBox = h('div', { class: 'card', id: 'company-brokers' });
  const declarationsBox = h('div', { class: 'card', id: 'company-declarations' });
  root.append(...heading, brokersBox, declarationsBox);

  async function showBrokers() {
    const authorisations = await call('clearance', base + '/brokers');
    const out = h('div', { id: 'company-brokers-out' });
    const grant = h('button', { type: 'submit', id: 'grant-broker' }, t('company.grant'));
    const form = h('form', { id: 'grant-form', onsubmit: (e) => {
      e.preventDefault();
      act(grant, out, async () => {
        await call('clearance', base + '/brokers', { method: 'POST', body: { broker: form.elements.broker.value.trim() } });
        await showBrokers();
      }, form);
    } }, h('div', { class: 'grid' }, field(t('company.broker'), { name: 'broker', id: 'f-broker', required: true, inputmode: 'numeric',
      placeholder: '0101000408' })), h('p', { class: 'muted' }, t('company.grantHint')), h('p', {}, grant));
    fill(brokersBox, h('h2', {}, t('company.brokers')),
      authorisations.length ? scroller(h('table', {}, h('tr', {}, h('th', {}, t('company.broker')), h('th', {}, t('company.granted')),
        h('th', {}, t('company.withdrawn')), h('th', {})),
      authorisations.map((a) => h('tr', { 'data-broker': a.broker, 'data-standing': String(a.standing) },
        h('td', {}, a.broker),
        h('td', {}, t('company.byAt', { who: a.grantedBy, at: fmtDateTime(a.grantedAt) })),
        h('td', {}, a.standing ? t('company.standing') : t('company.byAt', { who: a.withdrawnBy, at: fmtDateTime(a.withdrawnAt) })),
        h('td', {}, a.standing ? withdrawButton(a.broker, out) : null)))))
        : h('p', { class: 'muted', id: 'no-brokers' }, t('company.noBrokers')),
      out, form);
  }

  function withdrawButton(broker, out) {
    const button = h('button', { type: 'button', class: 'warn', 'data-action': 'withdraw-broker', 'data-broker': broker }, t('company.withdraw'));
    button.addEventListener('click', () => act(button, out, async () => {
      if (!confirm(t('company.withdrawConfirm', { broker }))) return;
      await call('clearance', `${base}/brokers/${encodeURIComponent(broker)}`, { method: 'DELETE' });
      await showBrokers();
      // the list was drawn again, with a message box of its own
      const done = document.getElementById('company-brokers-out');
      done.className = 'ok-msg';
      done.textContent = t('company.withdrawnNow', { broker });
    }));
    return button;
  }

  async function showDeclarations() {
    const declarations = await call('clearance', base + '/declarations');
    fill(declarationsBox, h('h2', {}, t('company.declarations')),
      declarations.length ? scroller(h('table', {}, h('tr', {}, h('th', {}, t('company.number')), h('th', {}, t('company.status')),
        h('th', {}, t('company.declaredBy')), h('th', {}, t('company.broker'))),
      declarations.map((d) => h('tr', { 'data-declaration': d.declaration.id },
        h('td', {}, d.declaration.customsDeclarationNumber || '—'), h('td', {}, statusPill(d.declaration.status)),
        h('td', {}, d.declaredBy), h('td', {}, d.broker || t('company.ownStaff'))))))
        : h('p', { class: 'muted', id: 'no-declarations' }, t('company.noDeclarations')));
  }

  await Promise.all([showBrokers(), showDeclarations()]);
}

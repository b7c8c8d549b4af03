// The manager's and the accountant's shifts: the Z reports of a day (or days), per till, as a table and as CSV,
// and a check of the whole chain of Z reports.
import { download, explain, get } from '../api.js';
import { clear, field, h, table } from '../dom.js';
import { isoDay, money, time } from '../format.js';

export async function render(screen) {
  const from = h('input', { id: 'z-from', type: 'date', value: isoDay() });
  const to = h('input', { id: 'z-to', type: 'date', value: isoDay() });
  const list = h('div', { id: 'z-reports' });
  const verdict = h('p', { id: 'z-verdict', role: 'status' });
  const message = h('p.error', { role: 'alert' });
  const range = () => `from=${from.value}&to=${to.value}`;
  clear(screen, h('section.card', h('h1', 'Shifts and Z reports'),
    h('form.actions', { onsubmit: (e) => { e.preventDefault(); draw(); } }, field('From', from), field('To', to),
      h('button', { type: 'submit' }, 'Show'),
      h('button', { type: 'button', id: 'z-csv', onclick: csv }, 'Download CSV'),
      h('button', { type: 'button', id: 'z-verify', onclick: verify }, 'Verify the chain')),
    message, verdict, list));

  async function draw() {
    try {
      const shifts = (await get(`/api/sales/z-reports?${range()}`)).items;
      clear(list, table(['Z', 'Till', 'Opened', 'Closed', 'Sales', 'Net', 'Cash expected', 'Counted', 'Difference'],
        shifts.map((s) => h('tr', { dataset: { z: s.zNumber ?? 'open' } }, h('td', s.zNumber ?? 'open'),
          h('td', s.tillName), h('td', `${time(s.openedAt)} ${s.openedBy}`),
          h('td', s.closedAt ? `${time(s.closedAt)} ${s.closedBy}` : '—'), h('td', String(s.salesCount)),
          h('td', money(s.netCents, s.currency)), h('td', money(s.expectedCashCents, s.currency)),
          h('td', money(s.countedCashCents, s.currency)),
          h('td', { class: s.differenceCents < 0 ? 'error' : null }, money(s.differenceCents, s.currency))))));
    } catch (e) {
      message.textContent = explain(e);
    }
  }

  async function csv() {
    try {
      const file = await download('GET', `/api/sales/z-reports/csv?${range()}`, 'text/csv');
      const link = h('a', { href: URL.createObjectURL(file), download: `z-reports-${from.value}-to-${to.value}.csv` });
      link.click();
    } catch (e) {
      message.textContent = explain(e);
    }
  }

  async function verify() {
    try {
      const result = await get('/api/sales/z-reports/verify');
      verdict.className = result.intact ? 'ok' : 'error';
      verdict.textContent = result.intact ? `The chain of ${result.checked} Z reports is intact.`
        : `The chain is broken: ${result.problems.join('; ')}`;
    } catch (e) {
      message.textContent = explain(e);
    }
  }

  await draw();
}

// Refunds: the latest completed sales; a whole sale or an amount back, restocked or not, with a reason.
import { api, explain, get, newKey } from '../api.js';
import { clear, field, h, table } from '../dom.js';
import { money, parseCents, time } from '../format.js';

export async function render(screen) {
  const form = h('section.card', { id: 'refund-form' }, h('p.muted', 'Choose a sale to refund.'));
  const list = h('div', { id: 'sales' });
  clear(screen, h('section.card', h('h1', 'Refunds'), list), form);

  async function drawSales() {
    const sales = (await get('/api/sales/sales?status=COMPLETED&limit=30')).items;
    clear(list, table(['Time', 'Items', 'Total', 'Refunded', ''], sales.map((s) => h('tr',
      h('td', time(s.completedAt || s.createdAt)), h('td', s.lines.map((l) => `${l.quantity} × ${l.productName}`)
        .join(', ')), h('td', money(s.totalCents, s.currency)), h('td', money(s.refundedCents, s.currency)),
      h('td', h('button', { type: 'button', onclick: () => choose(s) }, 'Refund…'))))));
  }

  function choose(sale) {
    const left = sale.totalCents - sale.refundedCents;
    const amount = h('input', { id: 'refund-amount', inputmode: 'decimal', value: (left / 100).toFixed(2) });
    const restock = h('input', { id: 'refund-restock', type: 'checkbox' });
    const reason = h('input', { id: 'refund-reason', maxlength: 200 });
    const result = h('div', { role: 'status', id: 'refund-result' });
    const key = newKey();
    const submit = h('form', field('Amount', amount), h('div.field.check', restock,
      h('label', { for: 'refund-restock' }, 'Put the goods back in stock')), field('Reason', reason),
    h('button.primary', { type: 'submit' }, 'Refund'), result);
    submit.addEventListener('submit', async (event) => {
      event.preventDefault();
      const cents = parseCents(amount.value);
      if (Number.isNaN(cents) || cents <= 0) {
        clear(result, h('p.error', { role: 'alert' }, 'Amount: type an amount such as 3.50.'));
        return;
      }
      try {
        const body = cents === left && restock.checked
          ? { restock: true, reason: reason.value || undefined }
          : { amountCents: cents, restock: false, reason: reason.value || undefined };
        await api('POST', `/api/sales/sales/${sale.id}/refunds`, body, { 'Idempotency-Key': key });
        clear(result, h('p.ok', `Refunded ${money(cents, sale.currency)}.`));
        drawSales();
      } catch (e) {
        clear(result, h('p.error', { role: 'alert' }, explain(e)));
      }
    });
    clear(form, h('h2', `Refund the sale of ${time(sale.completedAt)}`), h('p', `Paid ${money(sale.totalCents,
      sale.currency)} by ${sale.paymentMethod.toLowerCase()}; ${money(left, sale.currency)} can be refunded.`), submit);
  }

  await drawSales();
}

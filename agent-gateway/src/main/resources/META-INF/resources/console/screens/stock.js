// Materials with what is on hand and its value; one material's FIFO batches and its ledger.
import { get } from '../api.js';
import { clear, h, table } from '../dom.js';
import { money, number, time } from '../format.js';

export async function render(screen) {
  const detail = h('section.card', { id: 'material-detail' }, h('p.muted', 'Choose a material to see its batches and '
    + 'ledger.'));
  const [materials, products] = await Promise.all([get('/api/inventory/materials?limit=200'),
    get('/api/inventory/products?limit=1').catch(() => ({ items: [] }))]);
  const currency = products.items[0]?.currency;
  const rows = materials.items.map((m) => h('tr', { dataset: { name: m.name } },
    h('td', h('button.link', { type: 'button', onclick: () => show(m) }, m.name)),
    h('td', `${number(m.onHand)} ${m.unit}`), h('td', `${number(m.minimumQuantity)} ${m.unit}`),
    h('td', money(m.stockValueCents, currency)), h('td', m.belowMinimum ? h('span.warn', 'low') : 'ok')));
  clear(screen, h('section.card', h('h1', 'Stock'), h('div', { id: 'materials' },
    table(['Material', 'On hand', 'Minimum', 'Value', ''], rows))), detail);

  async function show(material) {
    const [batches, ledger] = await Promise.all([
      get(`/api/inventory/materials/${material.id}/batches?limit=200`),
      get(`/api/inventory/materials/${material.id}/ledger?limit=200`),
    ]);
    clear(detail, h('h2', material.name),
      h('h3', 'Batches (first in, first out)'),
      table(['Received', 'Quantity', 'Left', 'Cost per unit', 'Best before'], batches.items.map((b) => h('tr',
        h('td', time(b.receivedAt)), h('td', number(b.quantity)), h('td', number(b.remaining)),
        h('td', money(b.unitCostCents, currency)), h('td', b.expiresOn || '—')))),
      h('h3', 'Ledger'),
      table(['Time', 'Kind', 'Quantity', 'After', 'Value', 'By', 'Reason'], ledger.items.map((e) => h('tr',
        h('td', time(e.createdAt)), h('td', e.kind), h('td', number(e.quantity)), h('td', number(e.quantityAfter)),
        h('td', money(e.valueAfterCents, currency)), h('td', e.createdBy), h('td', e.reason || '')))));
  }
}

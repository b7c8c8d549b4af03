// Printing on the till's 80 mm roll: the document is drawn into #print-area, which the print stylesheet shows
// alone at the roll's width, then the browser's print dialog (or the kiosk's silent printing) takes it.
import { clear, h } from './dom.js';
import { money, quantityOf, time } from './format.js';

function area() {
  let el = document.getElementById('print-area');
  if (!el) {
    el = h('div', { id: 'print-area', 'aria-hidden': 'true' });
    document.body.append(el);
  }
  return el;
}

function rows(pairs) {
  return h('table.roll', h('tbody', pairs.filter(Boolean).map(([left, right, strong]) =>
    h('tr', strong ? { class: 'strong' } : null, h('td', left), h('td.right', right ?? '')))));
}

/** A receipt from the API (POST .../receipt/prints), as printed. */
export function receiptDocument(r) {
  const c = r.currency;
  return h('div.printable', { id: 'printable-receipt' },
    r.copy ? h('p.copy', '*** COPY ***') : null,
    h('p.shop', r.shop.name), r.shop.address ? h('p', r.shop.address) : null,
    r.shop.taxId ? h('p', 'Tax id ' + r.shop.taxId) : null,
    rows([[`Receipt ${r.receiptNumber}`, r.issuedAt, true], [`Cashier ${r.cashier}`, ''],
      r.till ? [`Till ${r.till}`, ''] : null]),
    rows(r.lines.flatMap((l) => [
      [quantityOf(l, l.product), money(l.grossCents + l.markdownCents, c)],
      l.soldBy === 'WEIGHT' ? [`at ${money(l.unitPriceCents, c)} / kg`, ''] : null,
      l.markdownCents > 0 ? ['markdown (aged goods)', '−' + money(l.markdownCents, c)] : null])),
    rows([r.discountCents > 0 ? ['Subtotal', money(r.subtotalCents, c)] : null,
      r.discountCents > 0 ? [`Discount: ${r.discountReason}`, '−' + money(r.discountCents, c)] : null,
      r.discountApprovedBy ? [`approved by ${r.discountApprovedBy}`, ''] : null,
      ['TOTAL', money(r.totalCents, c), true],
      ...r.taxes.map((t) => [`incl. tax ${t.rateBp / 100} %`, money(t.taxCents, c)]),
      [`Paid ${r.paymentMethod.toLowerCase()}`, money(r.tenderedCents ?? r.totalCents, c)],
      r.changeCents != null ? ['Change', money(r.changeCents, c)] : null,
      ...(r.creditNotes || []).map((n) => [`Credit note ${n.number}`, '−' + money(n.amountCents, c)])]),
    h('p', 'Thank you!'));
}

/** A shift's Z report, as printed. */
export function zDocument(z) {
  const c = z.currency;
  return h('div.printable', { id: 'printable-z' },
    h('p.shop', `Z ${z.zNumber ?? '(open)'} · ${z.tillName}`),
    rows([['Opened', time(z.openedAt)], ['by', z.openedBy], z.closedAt ? ['Closed', time(z.closedAt)] : null,
      z.closedAt ? ['by', z.closedBy] : null,
      ['Sales', String(z.salesCount)], ['Gross', money(z.grossCents, c)], ['Discounts', money(z.discountCents, c)],
      ['Refunds', money(z.refundsCents, c)], ['Net', money(z.netCents, c), true],
      ['Tax included', money(z.taxCents, c)],
      ['Receipts', z.firstReceipt ? `${z.firstReceipt}–${z.lastReceipt}` : '—']]),
    rows(z.byMethod.map((m) => [m.method.toLowerCase(), money(m.netCents, c)])),
    rows(z.byCashier.map((x) => [x.cashier, money(x.netCents, c)])),
    rows([['Float', money(z.cash.openingFloatCents, c)], ['Cash sales', money(z.cash.cashSalesCents, c)],
      ['Cash refunds', '−' + money(z.cash.cashRefundsCents, c)], ['Paid in', money(z.cash.paidInCents, c)],
      ['Paid out', '−' + money(z.cash.paidOutCents, c)], ['Expected', money(z.cash.expectedCents, c), true],
      z.cash.countedCents != null ? ['Counted', money(z.cash.countedCents, c), true] : null,
      z.cash.differenceCents != null ? ['Difference', money(z.cash.differenceCents, c), true] : null]),
    z.discounts.length ? rows(z.discounts.map((d) => [`#${d.receiptNumber} ${d.reason}`
      + (d.approvedBy ? ` (${d.approvedBy})` : ''), '−' + money(d.discountCents, c)])) : null);
}

export function print(documentElement) {
  clear(area(), documentElement.cloneNode(true));
  window.print();
}

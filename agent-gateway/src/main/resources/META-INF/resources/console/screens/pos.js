// The point of sale: products with price and what is left, a basket, cash (tendered → change) or card (the
// payment link as a QR code, waiting until it is paid or declined), then a receipt. The basket survives errors.
import { api, approveDiscount, current, download, explain, get, newKey } from '../api.js';
import { clear, field, h } from '../dom.js';
import { money, parseCents, quantityOf } from '../format.js';
import { print, receiptDocument } from '../print.js';
import { qrCode } from '../qr.js';
import { mountShift } from '../shift.js';

const basket = new Map(); // productId -> quantity (kg when sold by weight); kept across visits and failed sales
const byWeight = (p) => p.soldBy === 'WEIGHT';
const grams = (kg) => Math.round(kg * 1000) / 1000; // kg to the gram, without float dust (0.1 + 0.2)

export async function render(screen) {
  const state = { products: [], key: null, stop: false, timer: null, receipt: false, cards: true };
  const grid = h('div.products', { id: 'products', role: 'list' });
  const lines = h('div', { id: 'basket' });
  const pay = h('div.pay', { id: 'pay' });
  const message = h('p.error', { id: 'pos-message', role: 'alert' });
  const percent = h('input', { id: 'discount-percent', inputmode: 'numeric', size: 3, placeholder: '0' });
  const reason = h('input', { id: 'discount-reason', maxlength: 200, placeholder: 'Why' });
  const discount = h('details', { id: 'discount' }, h('summary', 'Discount'), field('Percent off', percent),
    field('Reason', reason));
  const approval = h('div', { id: 'approval' });
  const weigh = h('div', { id: 'weigh' });
  // on a registered till, sales belong to the till's shift: its panel sits beside the basket
  const shiftPanel = current().till ? h('section.card', { id: 'shift' }) : null;
  clear(screen, h('div.pos', h('section.card', h('h1', 'Sell'), grid),
    h('div', shiftPanel, h('section.card.basket', h('h2', 'Basket'), weigh, lines, discount, message, approval, pay))));

  async function loadProducts() {
    // the till offers cards only while the tenant takes them (sales refuses a card sale otherwise)
    state.cards = await get('/api/flags').then((f) => f.flags['card-payments'] !== false, () => true);
    state.products = (await get('/api/inventory/products?limit=200')).items;
    drawProducts();
    drawBasket();
  }

  const product = (id) => state.products.find((p) => p.id === id);
  const shift = shiftPanel ? mountShift(shiftPanel, () => state.products[0]?.currency) : null;
  const inBasket = (id) => basket.get(id) || 0;
  const currency = () => product([...basket.keys()][0])?.currency;
  const total = () => [...basket].reduce((sum, [id, q]) => sum + Math.round((product(id)?.priceCents || 0) * q), 0);

  function changed() {
    state.key = null; // another basket: another sale
    state.receipt = false;
    drawProducts();
    drawBasket();
  }

  function drawProducts() {
    clear(grid, state.products.map((p) => {
      const left = Number(p.available) - inBasket(p.id);
      return h('button.product', {
        type: 'button', role: 'listitem', disabled: left <= 0, dataset: { name: p.name },
        onclick: () => {
          message.textContent = '';
          if (byWeight(p)) {
            askWeight(p);
            return;
          }
          basket.set(p.id, inBasket(p.id) + 1);
          changed();
        },
      }, h('span.name', p.name), h('span.price', money(p.priceCents, p.currency) + (byWeight(p) ? ' / kg' : '')),
      h('span.left', left <= 0 ? 'Sold out' : byWeight(p) ? `${grams(left)} kg left` : `${Math.floor(left)} left`));
    }));
  }

  /** Goods sold by weight: the scale's reading in grams, added to the basket in kg. */
  function askWeight(p) {
    const input = h('input', { id: 'weight-grams', inputmode: 'numeric', required: true, size: 6 });
    const form = h('form.weigh', field(`${p.name}: weight in grams`, input),
      h('button.primary', { type: 'submit', id: 'weight-add' }, 'Add'),
      h('button', { type: 'button', onclick: () => clear(weigh) }, 'Cancel'));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const g = Number(input.value.trim());
      if (!Number.isInteger(g) || g <= 0) {
        message.textContent = 'Weight: type the grams the scale shows, such as 355.';
        return;
      }
      basket.set(p.id, grams(inBasket(p.id) + g / 1000));
      clear(weigh);
      changed();
    });
    clear(weigh, form);
    input.focus();
  }

  function drawBasket() {
    const rows = [...basket].filter(([id]) => product(id)).map(([id, q]) => {
      const p = product(id);
      return h('div.line', { dataset: { name: p.name } }, h('span.name', p.name),
        h('button', { type: 'button', 'aria-label': 'One less ' + p.name, onclick: () => {
          if (q <= 1 || byWeight(p)) basket.delete(id); else basket.set(id, q - 1);
          changed();
        } }, '−'),
        h('span.qty', byWeight(p) ? `${q} kg` : String(q)),
        byWeight(p) ? null : h('button', { type: 'button', 'aria-label': 'One more ' + p.name,
          disabled: Number(p.available) <= q, onclick: () => { basket.set(id, q + 1); changed(); } }, '+'),
        h('span.amount', money(Math.round(p.priceCents * q), p.currency)));
    });
    const empty = rows.length === 0;
    clear(lines, empty ? h('p.muted', 'Tap a product to add it.') : rows,
      h('p.total', 'Total ', h('strong', { id: 'total' }, money(total(), currency()))));
    drawPayment(empty);
  }

  function drawPayment(empty) {
    if (empty) {
      if (!state.receipt) clear(pay); // the last receipt stays until the next sale starts
      return;
    }
    const tendered = h('input', { id: 'tendered', inputmode: 'decimal', value: (total() / 100).toFixed(2) });
    clear(pay,
      h('button.primary.big', { type: 'button', id: 'cash-exact', onclick: () => cash(total()) }, 'Cash, exact'),
      h('form.tender', { onsubmit: (e) => { e.preventDefault(); cash(parseCents(tendered.value)); } },
        field('Cash tendered', tendered), h('button', { type: 'submit', id: 'cash' }, 'Cash with change')),
      state.cards ? h('button.big', { type: 'button', id: 'card', onclick: card }, 'Card')
        : h('p.hint', { id: 'no-cards' }, 'Card payments are switched off for this bakery.'));
  }

  function request(payment, approvalToken) {
    state.key = state.key || newKey();
    const off = Number(percent.value);
    return api('POST', '/api/sales/checkout', {
      lines: [...basket].map(([productId, quantity]) => ({ productId, quantity })), payment,
      discount: off > 0 ? { percent: off, reason: reason.value.trim(), approvalToken } : undefined,
    }, { 'Idempotency-Key': state.key });
  }

  async function cash(tenderedCents) {
    if (Number.isNaN(tenderedCents)) {
      message.textContent = 'Cash tendered: type an amount such as 20 or 12.50.';
      return;
    }
    await checkout({ method: 'CASH', tenderedCents });
  }

  async function card() {
    await checkout({ method: 'CARD' });
  }

  async function checkout(payment, approvalToken) {
    message.textContent = '';
    clear(approval);
    pay.querySelectorAll('button').forEach((b) => { b.disabled = true; });
    try {
      const { status, data } = await request(payment, approvalToken);
      if (status === 202) return waitForCard(data);
      receipt(data);
    } catch (e) {
      failed(e, payment);
    }
  }

  // a discount above the shop's threshold: a manager gives their PIN here, and the same sale goes again
  function askApproval(payment) {
    const who = h('input', { id: 'approver', required: true, autocomplete: 'off', placeholder: 'manager@…' });
    const pin = h('input', { id: 'approver-pin', type: 'password', inputmode: 'numeric', maxlength: 6,
      required: true, autocomplete: 'off' });
    clear(approval, h('form', { id: 'approve-discount', onsubmit: async (e) => {
      e.preventDefault();
      try {
        const token = await approveDiscount(who.value.trim(), pin.value);
        await checkout(payment, token);
      } catch (err) {
        pin.value = '';
        message.textContent = err.status === 401 ? 'Wrong manager or PIN.' : explain(err);
      }
    } }, h('p.warn', 'This discount needs a manager: their PIN, please.'), field('Manager', who), field('PIN', pin),
    h('button.primary', { type: 'submit' }, 'Approve')));
  }

  function failed(e, payment) {
    state.key = null;
    if (e.code === 'discount_needs_approval') {
      askApproval(payment);
      drawBasket();
      return;
    }
    if (e.code === 'insufficient_stock') {
      const names = (e.problem.shortfalls || []).map((s) => s.productName || s.name || ('#' + s.productId));
      message.textContent = `Sold out meanwhile: ${names.join(', ') || 'a product'}. Change the basket and try again.`;
    } else if (e.code === 'payment_declined' || e.code === 'payment_failed') {
      message.textContent = 'The card was declined. Try another card or cash.';
    } else {
      message.textContent = explain(e);
    }
    loadProducts().catch(() => drawBasket());
  }

  function waitForCard(sale) {
    // InfinitePay tells nobody about a declined card: the buyer sees it, and the cashier gives up here.
    const cancel = h('button', { type: 'button', id: 'cancel-card' }, 'Declined or abandoned: cancel');
    clear(pay, h('div.card-wait', { id: 'card-wait' },
      h('p', 'Scan to pay ', h('strong', money(sale.totalCents, sale.currency))),
      qrCode(sale.checkoutUrl), h('p', h('a', { href: sale.checkoutUrl, target: '_blank', rel: 'noopener' },
        'Open the payment link')), h('p.muted', { role: 'status' }, 'Waiting for the payment…'), cancel));
    cancel.addEventListener('click', async () => {
      cancel.disabled = true;
      try {
        await api('POST', `/api/sales/sales/${sale.id}/cancel`);
      } catch (e) {
        message.textContent = explain(e);
      }
    });
    const poll = async () => {
      if (state.stop) return;
      try {
        const now = await get(`/api/sales/sales/${sale.id}`);
        if (now.status === 'COMPLETED') return receipt(now);
        if (now.status === 'FAILED') {
          state.key = null;
          message.textContent = 'The card payment did not go through. The basket is kept: take cash or try the '
            + 'card again.';
          return loadProducts();
        }
      } catch (e) {
        message.textContent = explain(e);
      }
      state.timer = setTimeout(poll, 1000);
    };
    state.timer = setTimeout(poll, 1000);
  }

  function receipt(sale) {
    basket.clear();
    state.key = null;
    state.receipt = true;
    clear(pay, h('div.receipt', { id: 'receipt', role: 'status' }, h('h3', 'Receipt'),
      h('ul', sale.lines.map((l) => h('li', quantityOf(l, l.productName),
        h('span.amount', money(l.netCents, sale.currency))))),
      h('p', 'Total ', h('strong', money(sale.totalCents, sale.currency))),
      sale.tenderedCents != null ? h('p', 'Tendered ', money(sale.tenderedCents, sale.currency)) : null,
      sale.changeCents != null ? h('p.change', 'Change ', h('strong', { id: 'change' },
        money(sale.changeCents, sale.currency))) : h('p', 'Paid by card'),
      h('button', { type: 'button', id: 'print-receipt', onclick: () => printReceipt(sale.id) }, 'Print receipt'),
      h('button', { type: 'button', id: 'receipt-pdf', onclick: () => receiptPdf(sale.id) }, 'Receipt PDF'),
      h('button.primary', { type: 'button', id: 'new-sale', onclick: () => changed() }, 'New sale'),
      h('div', { id: 'receipt-preview' })));
    percent.value = '';
    reason.value = '';
    discount.open = false;
    clear(approval);
    if (shift) shift.reload();
    loadProducts().catch(() => {});
  }

  async function printReceipt(id) {
    try {
      const document = receiptDocument((await api('POST', `/api/sales/sales/${id}/receipt/prints`)).data);
      clear(screen.querySelector('#receipt-preview'), document);
      print(document);
    } catch (e) {
      message.textContent = explain(e);
    }
  }

  async function receiptPdf(id) {
    try {
      const pdf = await download('POST', `/api/sales/sales/${id}/receipt/prints`, 'application/pdf');
      window.open(URL.createObjectURL(pdf), '_blank', 'noopener');
    } catch (e) {
      message.textContent = explain(e);
    }
  }

  await loadProducts();
  return () => {
    state.stop = true;
    clearTimeout(state.timer);
  };
}

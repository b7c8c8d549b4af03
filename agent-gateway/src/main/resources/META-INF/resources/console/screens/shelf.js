// The bakery's perishables, beside its recipes: tomorrow's bake plan with its shopping list, what expires this week,
// throwing away what spoiled (or fell), the week's waste, and the markdown rule the till prices aged goods by.
import { api, explain, get, newKey } from '../api.js';
import { clear, field, h, table } from '../dom.js';
import { isoDay, money, number, percent } from '../format.js';

/** Tomorrow's plan: a line bakes with one tap; the shopping list says what the plan lacks. */
export async function mountPlan(box, onBaked) {
  const plan = await get('/api/inventory/bake-plan');
  const result = h('div', { id: 'plan-result', role: 'status' });
  const rows = plan.lines.map((l) => h('tr', { dataset: { name: l.product } }, h('td', l.product),
    h('td', number(l.estimatedDemand, 1)), h('td', number(l.naive)), h('td', number(l.onShelf)),
    h('td', number(l.toBake)),
    h('td', l.batches > 0 ? h('button', { type: 'button', id: 'bake-' + l.productId,
      onclick: () => bake(l) }, `Bake ${l.batches} × ${l.recipe}`) : '—')));
  async function bake(line) {
    try {
      const { data } = await api('POST', '/api/inventory/production-runs',
        { recipeId: line.recipeId, batches: line.batches }, { 'Idempotency-Key': newKey() });
      clear(result, h('p.ok', `Baking ${number(data.unitsProduced)} × ${line.product}.`));
      onBaked();
    } catch (e) {
      clear(result, h('p.error', { role: 'alert' }, explain(e)));
    }
  }
  clear(box, h('p.muted', `${plan.weekday} ${plan.date}, from ${plan.weeksOfHistory} weeks of ${plan.weekday}s.`),
    table(['Product', 'Demand', 'Last week', 'On shelf', 'To bake', ''], rows), result,
    h('h3', 'Shopping list'),
    h('div', { id: 'shopping-list' }, plan.shoppingList.length
      ? table(['Material', 'Need', 'Usable', 'Buy', 'Supplier'], plan.shoppingList.map((n) => h('tr',
        { dataset: { name: n.material } }, h('td', n.material), h('td', `${number(n.needed)} ${n.unit}`),
        h('td', `${number(n.usable)} ${n.unit}`), h('td', h('strong', `${number(n.toBuy)} ${n.unit}`)),
        h('td', n.supplier || '—'))))
      : h('p.muted', 'Enough of everything.')),
    h('details', h('summary', 'How the plan is made'), h('p', plan.method)));
}

/** Ingredient batches expiring within a week (expired ones first), and throwing away the expired. */
export async function mountExpiring(box) {
  const list = h('div');
  const result = h('div', { id: 'expired-result', role: 'status' });
  async function draw() {
    const batches = await get('/api/inventory/batches/expiring?withinDays=7');
    clear(list, table(['Material', 'Lot', 'Expires', 'Left'], batches.map((b) => h('tr',
      { dataset: { name: b.material }, class: b.expired ? 'warn' : undefined }, h('td', b.material),
      h('td', b.supplierLot || '—'),
      h('td', b.expired ? `expired ${b.expiresOn}` : b.daysLeft === 0 ? 'today' : `in ${b.daysLeft} d`),
      h('td', `${number(b.remaining)} ${b.unit}`)))),
    batches.some((b) => b.expired) ? h('button', { type: 'button', id: 'write-off-expired', onclick: writeOff },
      'Write off expired') : null);
  }
  async function writeOff() {
    try {
      const { data } = await api('POST', '/api/inventory/write-offs/expired-batches');
      clear(result, h('p.ok', `Threw away expired stock of ${data.length} material(s).`));
      await draw();
    } catch (e) {
      clear(result, h('p.error', { role: 'alert' }, explain(e)));
    }
  }
  await draw();
  clear(box, list, result);
}

/** Spoiled goods out, a dropped tray out, and the week's waste. */
export async function mountWaste(box, products, onChange) {
  const today = isoDay();
  const weekAgo = isoDay(new Date(Date.now() - 6 * 86_400_000));
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const currency = products[0]?.currency;
  const weekLine = h('p', { id: 'waste-week' });
  async function drawWeek() {
    const t = (await get(`/api/inventory/waste?from=${weekAgo}&to=${today}&zone=${encodeURIComponent(zone)}`))
      .total;
    clear(weekLine, `This week: made ${number(t.producedUnits)}, threw away ${number(t.wastedUnits)} `
      + `(${percent(t.wastePercent)}), costing ${money(t.wasteCostCents, currency)}.`);
  }
  const result = h('div', { id: 'waste-result', role: 'status' });
  const product = h('select', { id: 'waste-product' }, products.map((p) => h('option', { value: p.id }, p.name)));
  const quantity = h('input', { id: 'waste-quantity', inputmode: 'decimal', required: true, size: 6 });
  const reason = h('input', { id: 'waste-reason', maxlength: 200, required: true, placeholder: 'Dropped tray' });
  const form = h('form', field('Product', product), field('Quantity', quantity), field('Reason', reason),
    h('button', { type: 'submit' }, 'Throw away'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    await act(() => api('POST', '/api/inventory/write-offs', { productId: Number(product.value),
      quantity: quantity.value.replace(',', '.'), reason: reason.value.trim() }, { 'Idempotency-Key': newKey() }),
    (w) => `Threw away ${number(w.quantity)} for ${money(w.costCents, currency)}.`);
  });
  async function act(call, says) {
    try {
      const { data } = await call();
      clear(result, h('p.ok', says(data)));
      await drawWeek();
      onChange();
    } catch (e) {
      clear(result, h('p.error', { role: 'alert' }, explain(e)));
    }
  }
  await drawWeek();
  clear(box, weekLine,
  h('button', { type: 'button', id: 'write-off-spoiled', onclick: () => act(
    () => api('POST', '/api/inventory/write-offs/spoiled'),
    (rows) => rows.length ? `Threw away ${rows.map((w) => number(w.quantity)).join(' + ')} spoiled unit(s).`
      : 'Nothing has spoiled.') }, 'Write off spoiled now'),
  form, result);
}

/** The markdown rule as "hours:percent" steps, e.g. "24:30, 48:60". */
export async function mountMarkdowns(box) {
  const rule = await get('/api/inventory/markdowns');
  const steps = h('input', { id: 'markdown-steps', size: 20,
    value: rule.steps.map((s) => `${s.afterHours}:${s.percent}`).join(', ') });
  const result = h('div', { id: 'markdown-result', role: 'status' });
  const form = h('form', field('After hours : percent off', steps), h('button', { type: 'submit' }, 'Save'), result);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const parsed = steps.value.split(',').map((s) => s.trim()).filter(Boolean).map((s) => s.split(':'))
      .map(([afterHours, off]) => ({ afterHours: Number(afterHours), percent: Number(off) }));
    try {
      const { data } = await api('PUT', '/api/inventory/markdowns', { steps: parsed });
      clear(result, h('p.ok', data.steps.length ? 'Aged goods sell at: ' + data.steps.map((s) =>
        `${s.percent} % off from ${s.afterHours} h`).join(', ') + '.' : 'No markdowns.'));
    } catch (e) {
      clear(result, h('p.error', { role: 'alert' }, explain(e)));
    }
  });
  clear(box, form);
}

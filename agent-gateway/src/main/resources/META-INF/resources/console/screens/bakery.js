// The bakery floor: recipes with what one batch costs today, production runs (shortfalls listed, nothing taken),
// deliveries received as batches (a photo, if given, is checked by the classifier and attached), today's runs;
// and the perishables (shelf.js): tomorrow's plan, what expires, waste and markdowns.
import { api, explain, get, newKey } from '../api.js';
import { clear, field, h, table } from '../dom.js';
import { isoDay, money, number, parseCents, time } from '../format.js';
import { mountExpiring, mountMarkdowns, mountPlan, mountWaste } from './shelf.js';

export async function render(screen) {
  const recipesBox = h('div', { id: 'recipes' });
  const runsBox = h('div', { id: 'runs' });
  const produceBox = h('div', { id: 'produce' });
  const receiveBox = h('div', { id: 'receive' });
  const planBox = h('div', { id: 'bake-plan' });
  const expiringBox = h('div', { id: 'expiring' });
  const wasteBox = h('div', { id: 'waste' });
  const markdownBox = h('div', { id: 'markdowns' });
  clear(screen, h('div.grid2',
    h('section.card', h('h1', 'Recipes'), recipesBox),
    h('section.card', h('h2', 'Start a production run'), produceBox),
    h('section.card', h('h2', "Tomorrow's bake plan"), planBox),
    h('section.card', h('h2', 'Waste'), wasteBox),
    h('section.card', h('h2', 'Receive a delivery'), receiveBox),
    h('section.card', h('h2', 'Expiring this week'), expiringBox),
    h('section.card', h('h2', "Today's runs"), runsBox),
    h('section.card', h('h2', 'Markdowns'), markdownBox)));

  const [recipes, materials, products] = await Promise.all([
    get('/api/inventory/recipes?limit=200').then((p) => p.items),
    get('/api/inventory/materials?limit=200').then((p) => p.items),
    get('/api/inventory/products?limit=200').then((p) => p.items),
  ]);
  const productName = (id) => products.find((p) => p.id === id)?.name || '#' + id;
  const currency = products[0]?.currency;

  async function drawRecipes() {
    const costs = await Promise.all(recipes.map((r) => get(`/api/inventory/recipes/${r.id}/cost`)
      .catch(() => null)));
    clear(recipesBox, table(['Recipe', 'Makes', 'Batch cost', 'Unit cost', 'Stock'], recipes.map((r, i) => {
      const c = costs[i];
      return h('tr', { dataset: { name: r.name } }, h('td', r.name), h('td', `${r.yield} × ${productName(r.productId)}`),
        h('td', c ? money(c.costCents, currency) : '—'), h('td', c ? money(c.unitCostCents, currency) : '—'),
        h('td', c && c.coveredByStock ? 'enough' : h('span.warn', 'short')));
    })));
  }

  function drawProduce() {
    const recipe = h('select', { id: 'run-recipe' }, recipes.map((r) => h('option', { value: r.id }, r.name)));
    const batches = h('input', { id: 'run-batches', type: 'number', min: 1, max: 1000, value: 1, required: true });
    const result = h('div', { id: 'run-result', role: 'status' });
    const key = { value: null };
    const form = h('form', field('Recipe', recipe), field('Batches', batches),
      h('button.primary', { type: 'submit' }, 'Start run'), result);
    form.addEventListener('change', () => { key.value = null; });
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      key.value = key.value || newKey();
      clear(result);
      try {
        const { data } = await api('POST', '/api/inventory/production-runs',
          { recipeId: Number(recipe.value), batches: Number(batches.value) }, { 'Idempotency-Key': key.value });
        key.value = null;
        clear(result, h('p.ok', `Made ${number(data.unitsProduced)} × ${productName(data.productId)} for `
          + `${money(data.materialCostCents, currency)} (${money(data.unitCostCents, currency)} each).`));
        drawRuns();
        drawRecipes();
      } catch (e) {
        key.value = null;
        if (e.code === 'insufficient_stock') {
          clear(result, h('div.error', { role: 'alert', id: 'shortfalls' },
            h('p', 'Not enough stock: nothing was used. Short:'),
            h('ul', (e.problem.shortfalls || []).map((s) => h('li', { dataset: { name: s.name } },
              `${s.name}: need ${number(s.required)} ${s.unit}, have ${number(s.available)} ${s.unit}`)))));
        } else {
          clear(result, h('p.error', { role: 'alert' }, explain(e)));
        }
      }
    });
    clear(produceBox, recipes.length ? form : h('p.muted', 'No recipes yet.'));
  }

  function drawReceive() {
    const material = h('select', { id: 'delivery-material' }, materials.map((m) => h('option', { value: m.id },
      `${m.name} (${m.unit})`)));
    const quantity = h('input', { id: 'delivery-quantity', inputmode: 'decimal', required: true });
    const cost = h('input', { id: 'delivery-cost', inputmode: 'decimal', required: true });
    const expires = h('input', { id: 'delivery-expires', type: 'date' });
    const photo = h('input', { id: 'delivery-photo', type: 'file', accept: 'image/jpeg,image/png,image/webp' });
    const result = h('div', { id: 'delivery-result', role: 'status' });
    const form = h('form', field('Material', material), field('Quantity', quantity),
      field('Cost per unit', cost), field('Best before (optional)', expires), field('Photo (optional)', photo),
      h('button.primary', { type: 'submit' }, 'Receive'), result);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clear(result);
      const unitCostCents = parseCents(cost.value);
      if (Number.isNaN(unitCostCents)) {
        clear(result, h('p.error', { role: 'alert' }, 'Cost per unit: type an amount such as 4.20.'));
        return;
      }
      try {
        const { data: batch } = await api('POST', `/api/inventory/materials/${material.value}/batches`, {
          quantity: quantity.value.replace(',', '.'), unitCostCents, expiresOn: expires.value || undefined,
        }, { 'Idempotency-Key': newKey() });
        const lines = [h('p.ok', `Received batch #${batch.id}.`)];
        if (photo.files.length) lines.push(await classify(photo.files[0], batch.id));
        clear(result, lines);
        form.reset();
        drawRecipes();
      } catch (e) {
        clear(result, h('p.error', { role: 'alert' }, explain(e)));
      }
    });
    clear(receiveBox, materials.length ? form : h('p.muted', 'No materials yet.'));
  }

  async function classify(file, batchId) {
    const body = new FormData();
    body.append('image', file);
    body.append('batchId', String(batchId));
    try {
      const { data } = await api('POST', '/api/classifier/classifications', body);
      return h('p', { id: 'photo-label' }, `The photo shows ${data.label} (${Math.round(data.confidence * 100)} %).`);
    } catch (e) {
      return h('p.warn', `The photo was not checked: ${explain(e)} The batch is received.`);
    }
  }

  async function drawRuns() {
    const runs = (await get(`/api/inventory/production-runs?date=${isoDay()}&limit=100`)).items;
    clear(runsBox, table(['Time', 'Product', 'Units', 'Cost', 'By'], runs.map((r) => h('tr', h('td', time(r.createdAt)),
      h('td', productName(r.productId)), h('td', number(r.unitsProduced)), h('td', money(r.materialCostCents, currency)),
      h('td', r.createdBy)))));
  }

  const refresh = () => Promise.all([drawRuns(), drawRecipes()]);
  drawProduce();
  drawReceive();
  // a card whose data cannot be read says so; the rest of the screen still works
  const shown = (box, mount) => mount().catch((e) => clear(box, h('p.error', explain(e))));
  await Promise.all([drawRecipes(), drawRuns(), shown(planBox, () => mountPlan(planBox, refresh)),
    shown(expiringBox, () => mountExpiring(expiringBox)),
    shown(wasteBox, () => mountWaste(wasteBox, products, refresh)),
    shown(markdownBox, () => mountMarkdowns(markdownBox))]);
}

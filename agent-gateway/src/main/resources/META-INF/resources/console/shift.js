// The till's shift on the Sell screen: open it with the float, pay cash in and out, close it with the count
// (note by note for reais, else the total), then the Z report to print.
import { api, explain, get, newKey } from './api.js';
import { clear, field, h } from './dom.js';
import { money, parseCents } from './format.js';
import { print, zDocument } from './print.js';

// notes and coins in circulation, by value in cents; other currencies are counted as one total
const DENOMINATIONS = { BRL: [20000, 10000, 5000, 2000, 1000, 500, 200, 100, 50, 25, 10, 5] };

/** Mounts the panel; answers an object saying whether a shift is open (sales need one). */
export function mountShift(panel, currency) {
  const state = { shift: null };
  const message = h('p.error', { id: 'shift-message', role: 'alert' });
  const note = h('p.ok', { id: 'shift-note', role: 'status' }); // what was just recorded, once the panel shows it

  async function load() {
    try {
      state.shift = await get('/api/sales/shifts/current');
    } catch (e) {
      if (e.code !== 'no_open_shift') message.textContent = explain(e);
      state.shift = null;
    }
    draw();
  }

  function draw(extra) {
    if (!state.shift) {
      const float = h('input', { id: 'float', inputmode: 'decimal', required: true, placeholder: '100.00' });
      const form = h('form', { id: 'open-shift', onsubmit: (e) => {
        e.preventDefault();
        open(parseCents(float.value));
      } }, field('Float counted into the drawer', float), h('button.primary', { type: 'submit' }, 'Open shift'));
      clear(panel, h('h2', 'Shift'), h('p.warn', { id: 'no-shift' }, 'No shift is open on this till: sales wait.'),
        form, message, extra);
      return;
    }
    const s = state.shift;
    const c = s.currency;
    clear(panel, h('h2', 'Shift'),
      h('p', { id: 'shift-open' }, `Open since ${new Date(s.openedAt).toLocaleTimeString()} by ${s.openedBy} · float `,
        money(s.openingFloatCents, c), ` · ${s.report.salesCount} sales`),
      h('details', h('summary', 'Cash in / out'), moveForm()), h('details', h('summary', 'Close shift'), closeForm(c)),
      note, message);
  }

  async function open(floatCents) {
    if (Number.isNaN(floatCents)) {
      message.textContent = 'Float: type an amount such as 100 or 150.50.';
      return;
    }
    await act(() => api('POST', '/api/sales/shifts', { openingFloatCents: floatCents, currency: currency() || 'BRL' }),
      'Shift opened.');
  }

  function moveForm() {
    const kind = h('select', { id: 'move-kind' }, h('option', { value: 'PAID_OUT' }, 'Paid out (drop, supplier)'),
      h('option', { value: 'PAID_IN' }, 'Paid in (top-up)'));
    const amount = h('input', { id: 'move-amount', inputmode: 'decimal', required: true });
    const reason = h('input', { id: 'move-reason', required: true, maxlength: 200, placeholder: 'Drop to the safe' });
    return h('form', { id: 'cash-move', onsubmit: (e) => {
      e.preventDefault();
      act(() => api('POST', `/api/sales/shifts/${state.shift.id}/cash-movements`, { kind: kind.value,
        amountCents: parseCents(amount.value), reason: reason.value.trim() }, { 'Idempotency-Key': newKey() }),
      `Recorded: ${kind.selectedOptions[0].textContent}, ${amount.value}, ${reason.value.trim()}.`);
    } }, field('Kind', kind), field('Amount', amount), field('Reason', reason),
    h('button', { type: 'submit' }, 'Record'));
  }

  function closeForm(c) {
    const notes = DENOMINATIONS[c];
    const inputs = (notes || []).map((cents) => h('input', { inputmode: 'numeric', value: '0', size: 4,
      dataset: { cents }, 'aria-label': `Count of ${money(cents, c)}` }));
    const total = h('input', { id: 'counted-total', inputmode: 'decimal' });
    const counts = notes ? h('div.denominations', { id: 'denominations' }, inputs.map((input) =>
      h('label.denomination', money(Number(input.dataset.cents), c), input))) : field('Counted in the drawer', total);
    return h('form', { id: 'close-shift', onsubmit: (e) => {
      e.preventDefault();
      const body = notes ? { denominations: Object.fromEntries(inputs.map((i) => [i.dataset.cents, Number(i.value)])) }
        : { countedCents: parseCents(total.value) };
      close(body);
    } }, counts, h('button.primary', { type: 'submit' }, 'Count and close'));
  }

  async function close(body) {
    try {
      const closed = (await api('POST', `/api/sales/shifts/${state.shift.id}/close`, body)).data;
      state.shift = null;
      message.textContent = '';
      const z = zDocument(closed.report);
      draw(h('div.z', { id: 'z-report' }, h('h3', `Z ${closed.zNumber} closed`), z,
        h('button', { type: 'button', id: 'print-z', onclick: () => print(z) }, 'Print Z report')));
    } catch (e) {
      message.textContent = explain(e);
    }
  }

  async function act(work, done) {
    message.textContent = '';
    note.textContent = '';
    try {
      await work();
      await load();
      note.textContent = done;
    } catch (e) {
      message.textContent = explain(e);
    }
  }

  load();
  return { isOpen: () => !!state.shift, reload: load };
}

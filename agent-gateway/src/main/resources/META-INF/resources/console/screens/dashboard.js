// The manager's dashboard: today's figures, revenue and gross margin per day and sales by hour over two weeks,
// top products, and the open low-stock alerts.
import { get } from '../api.js';
import { clear, h, table } from '../dom.js';
import { day, isoDay, money, number, percent, time } from '../format.js';
import { barChart } from '../chart.js';

export async function render(screen) {
  const to = isoDay();
  const from = isoDay(new Date(Date.now() - 13 * 86400000));
  const [today, days, hours, top, alerts, products] = await Promise.all([
    get('/api/sales/analytics/summary'),
    get(`/api/sales/analytics/daily?from=${from}&to=${to}`),
    get(`/api/sales/analytics/hourly?from=${from}&to=${to}`),
    get(`/api/sales/analytics/top-products?from=${from}&to=${to}`),
    get('/api/inventory/alerts').catch(() => ({ items: [] })),
    get('/api/inventory/products?limit=1').catch(() => ({ items: [] })),
  ]);
  const currency = products.items[0]?.currency;
  const m = (cents) => money(cents, currency);
  const figure = (label, value, id) => h('div.figure', { id }, h('span.label', label), h('strong', value));
  clear(screen,
    h('section.card', h('h1', 'Today'), h('div.figures',
      figure('Revenue', m(today.revenueCents), 'today-revenue'),
      figure('Sales', number(today.salesCount, 0), 'today-sales'),
      figure('Average basket', m(today.averageBasketCents)),
      figure('Refunds', m(today.refundsCents)),
      figure('Gross margin', m(today.grossMarginCents), 'today-margin'),
      figure('Margin', percent(today.grossMarginPercent)))),
    h('div.grid2',
      h('section.card', barChart('Revenue per day (last 14 days)', days.items.map((d) => ({ label: d.day.slice(8), name: day(d.day), value: d.revenueCents })),
        m, 'chart-revenue')),
      h('section.card', barChart('Gross margin per day (last 14 days)', days.items.map((d) => ({ label: d.day.slice(8), name: day(d.day),
        value: d.grossMarginCents })), m, 'chart-margin')),
      h('section.card', barChart('Sales by hour of day (last 14 days)', hours.items.map((x) => ({ label: String(x.hour),
        value: x.salesCount })), (v) => number(v, 0) + ' sales', 'chart-hours')),
      h('section.card', h('h2', 'Top products'), h('div', { id: 'top-products' }, table(['Product', 'Units', 'Revenue',
        'Margin'], top.items.map((p) => h('tr', h('td', p.productName), h('td', number(p.units, 0)),
        h('td', m(p.revenueCents)), h('td', m(p.marginCents)))))))),
    h('section.card', h('h2', 'Low-stock alerts'), h('div', { id: 'alerts' }, table(['Material', 'On hand',
      'Minimum', 'Since'], alerts.items.map((a) => h('tr', h('td', a.material), h('td', `${number(a.onHand)} ${a.unit}`),
      h('td', `${number(a.minimum)} ${a.unit}`), h('td', time(a.openedAt))))))));
}

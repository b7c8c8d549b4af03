// Bar charts drawn as SVG (no chart library to download): one bar per point, its value as a tooltip and as text
// in an accessible table beside it, for screen readers.
const NS = 'http://www.w3.org/2000/svg';

function svg(tag, attrs, text) {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (text !== undefined) el.textContent = text;
  return el;
}

/** points: [{label (under the bar), name (in the figures; the label if absent), value}], format: value → text. */
export function barChart(title, points, format, id) {
  const width = 480;
  const height = 180;
  const pad = { top: 10, bottom: 28, left: 8, right: 8 };
  const max = Math.max(1, ...points.map((p) => Math.abs(p.value)));
  const slot = (width - pad.left - pad.right) / Math.max(1, points.length);
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': title, class: 'chart' });
  const base = height - pad.bottom;
  points.forEach((p, i) => {
    const h = Math.round(((height - pad.top - pad.bottom) * Math.abs(p.value)) / max);
    const x = pad.left + i * slot + slot * 0.15;
    const bar = svg('rect', { x, y: p.value >= 0 ? base - h : base, width: slot * 0.7, height: Math.max(h, 0),
      class: p.value >= 0 ? 'bar' : 'bar negative' });
    bar.append(svg('title', {}, `${p.name || p.label}: ${format(p.value)}`));
    chart.append(bar);
    if (i % Math.ceil(points.length / 8) === 0) { // at most 8 labels, so they never overlap
      chart.append(svg('text', { x: x + slot * 0.35, y: height - 10, 'text-anchor': 'middle', class: 'axis' }, p.label));
    }
  });
  chart.append(svg('line', { x1: pad.left, x2: width - pad.right, y1: base, y2: base, class: 'baseline' }));
  const figure = document.createElement('figure');
  if (id) figure.id = id;
  const caption = document.createElement('figcaption');
  caption.textContent = title;
  figure.append(caption, chart);
  const details = document.createElement('details');
  const summary = document.createElement('summary');
  summary.textContent = 'Figures';
  const list = document.createElement('ul');
  points.forEach((p) => {
    const li = document.createElement('li');
    li.textContent = `${p.name || p.label}: ${format(p.value)}`;
    list.append(li);
  });
  details.append(summary, list);
  figure.append(details);
  return figure;
}

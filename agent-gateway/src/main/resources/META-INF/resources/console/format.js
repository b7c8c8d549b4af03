// Numbers, money and times in the browser's locale; money in the currency the API names.
const locale = navigator.language || 'en';

export function money(cents, currency) {
  if (cents === null || cents === undefined) return '—';
  if (!currency) return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 })
    .format(cents / 100);
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(cents / 100);
}

export function number(value, digits = 3) {
  if (value === null || value === undefined) return '—';
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(Number(value));
}

/** A sale line's quantity and product: "3 × Croissant", or "0.355 kg Cookies" for goods sold by weight. */
export function quantityOf(line, product) {
  return line.soldBy === 'WEIGHT' ? `${line.quantity} kg ${product}` : `${line.quantity} × ${product}`;
}

export function percent(value) {
  if (value === null || value === undefined) return '—';
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(Number(value) / 100);
}

export function time(instant) {
  if (!instant) return '—';
  const date = typeof instant === 'number' ? new Date(instant) : new Date(instant);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' }).format(date);
}

export function day(isoDate) {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' }).format(new Date(isoDate + 'T12:00:00'));
}

/** Cents from what a person typed ("12,50" or "12.50"); NaN when it is not an amount. */
export function parseCents(text) {
  const cleaned = String(text).trim().replace(/\s/g, '').replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return NaN;
  return Math.round(Number(cleaned) * 100);
}

export function isoDay(date = new Date()) {
  const d = new Date(date.getTime() - date.getTimezoneOffset() * 60000);
  return d.toISOString().slice(0, 10);
}

// A tiny element builder: h('button.primary', {onclick}, 'Pay') — text is always set as text, never as HTML,
// so names and notes from the API cannot inject markup.
export function h(tag, attrs, ...children) {
  const [name, ...classes] = tag.split('.');
  const el = document.createElement(name);
  if (classes.length) el.className = classes.join(' ');
  if (attrs && (typeof attrs !== 'object' || attrs instanceof Node || Array.isArray(attrs))) {
    children.unshift(attrs);
    attrs = null;
  }
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else el.setAttribute(key, value === true ? '' : value);
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function clear(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/** A labelled form field: the label's for= matches the input's id, so screen readers and keyboards find it. */
export function field(label, input) {
  if (!input.id) input.id = 'f-' + Math.random().toString(36).slice(2, 9);
  return h('div.field', h('label', { for: input.id }, label), input);
}

export function table(headers, rows) {
  return h('table', h('thead', h('tr', headers.map((x) => h('th', { scope: 'col' }, x)))),
    h('tbody', rows.length ? rows : h('tr', h('td', { colspan: headers.length }, 'Nothing yet.'))));
}

// The audit trail of the tenant, newest last, and the verification of the hash chain (since the last one, or all).
import { get, explain } from '../api.js';
import { clear, h, table } from '../dom.js';
import { time } from '../format.js';

// what a failed verification found (AuditVerifier.Problem)
function broken(v) {
  if (v.problem === 'checkpoint_forged') {
    return `A checkpoint was written without the gateway's key (${v.checked} records checked).`;
  }
  const why = v.problem === 'tail_cut' ? 'records the gateway had written are gone from the end'
    : 'a record was changed or removed';
  return `The chain is broken at record ${v.firstBrokenId}: ${why} (${v.checked} checked).`;
}

export async function render(screen) {
  const list = h('div', { id: 'audit' });
  const verdict = h('p', { id: 'verdict', role: 'status' });
  const more = h('button', { type: 'button' }, 'Older…');
  const verify = h('button.primary', { type: 'button', id: 'verify' }, 'Verify the chain');
  const verifyAll = h('button', { type: 'button', id: 'verify-all' }, 'Verify from the first record');
  async function check(full) {
    verdict.textContent = 'Checking…';
    try {
      const v = await get(`/api/admin/audit/verify${full ? '?full=true' : ''}`);
      const what = v.fromId ? `${v.checked} records since the last verification (after record ${v.fromId}) checked`
        : `${v.checked} records checked from the first`;
      verdict.textContent = v.valid ? `The chain is intact: ${what}.` : broken(v);
      verdict.className = v.valid ? 'ok' : 'error';
    } catch (e) {
      verdict.textContent = explain(e);
    }
  }
  verify.addEventListener('click', () => check(false));
  verifyAll.addEventListener('click', () => check(true));
  clear(screen, h('section.card', h('h1', 'Audit trail'), h('div.actions', verify, verifyAll), verdict, list));

  let after = 0;
  const rows = [];
  async function load() {
    const page = await get(`/api/admin/audit?after=${after}&limit=100`);
    page.items.forEach((e) => rows.push(h('tr', h('td', time(e.time)), h('td', e.subject || '—'),
      h('td', `${e.method} ${e.path}`), h('td', String(e.status)), h('td', e.denial || ''))));
    if (page.items.length) after = page.items[page.items.length - 1].id;
    clear(list, table(['Time', 'Who', 'Request', 'Status', 'Refused because'], rows), page.next ? more : null);
  }
  more.addEventListener('click', load);
  await load();
}

// Feature flags for the tenant: on or off, and for what share of users.
import { api, explain, get } from '../api.js';
import { clear, h, table } from '../dom.js';

export async function render(screen) {
  const list = h('div', { id: 'flags' });
  const result = h('div', { role: 'status' });
  clear(screen, h('section.card', h('h1', 'Feature flags'), list, result));

  async function draw() {
    const flags = await get('/api/admin/flags');
    const items = Array.isArray(flags) ? flags : flags.items || Object.values(flags.flags || {});
    clear(list, table(['Flag', 'State', 'Users', 'Set by', ''], items.map((f) => {
      const percent = h('input', { type: 'number', min: 0, max: 100, value: f.rolloutPercent, 'aria-label':
        `Share of users for ${f.name}` });
      const save = (enabled) => async () => {
        try {
          await api('PUT', `/api/admin/flags/${encodeURIComponent(f.name)}`, { enabled,
            rolloutPercent: Number(percent.value) });
          draw();
        } catch (e) {
          clear(result, h('p.error', { role: 'alert' }, explain(e)));
        }
      };
      return h('tr', { dataset: { name: f.name } }, h('td', f.name), h('td', f.enabled ? 'on' : 'off'),
        h('td', percent, ' %'), h('td', f.source),
        h('td', h('button', { type: 'button', onclick: save(!f.enabled) }, f.enabled ? 'Turn off' : 'Turn on'),
          h('button', { type: 'button', onclick: save(f.enabled) }, 'Save share')));
    })));
  }

  await draw();
}

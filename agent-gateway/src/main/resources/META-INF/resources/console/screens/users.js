// The tenant's users: who may do what, new users, and switching one off.
import { api, current, explain, get } from '../api.js';
import { clear, field, h, table } from '../dom.js';
import { time } from '../format.js';

const ROLES = ['admin', 'manager', 'baker', 'cashier', 'auditor'];

export async function render(screen) {
  const list = h('div', { id: 'users' });
  const result = h('div', { role: 'status', id: 'user-result' });
  const username = h('input', { id: 'new-username', required: true, autocomplete: 'off',
    placeholder: `name@${current().tenant}` });
  const password = h('input', { id: 'new-password', type: 'password', required: true, minlength: 12,
    autocomplete: 'new-password' });
  const roles = ROLES.map((r) => h('input', { type: 'checkbox', value: r, id: 'role-' + r }));
  const form = h('form', field('User name', username), field('Password (12 characters or more)', password),
    h('fieldset', h('legend', 'Roles'), roles.map((box) => h('span.check', box, h('label', { for: box.id }, box.value)))),
    h('button.primary', { type: 'submit' }, 'Add user'), result);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await api('POST', '/api/admin/users', { username: username.value.trim(), password: password.value,
        roles: roles.filter((b) => b.checked).map((b) => b.value) });
      clear(result, h('p.ok', `${username.value.trim()} can sign in now.`));
      form.reset();
      draw();
    } catch (e) {
      clear(result, h('p.error', { role: 'alert' }, explain(e)));
    }
  });
  clear(screen, h('section.card', h('h1', 'Users'), list), h('section.card', h('h2', 'Add a user'), form));

  async function draw() {
    const users = (await get('/api/admin/users?limit=200')).items;
    clear(list, table(['User', 'Roles', 'Since', 'Enabled'], users.map((u) => {
      const toggle = h('button', { type: 'button' }, u.enabled ? 'Disable' : 'Enable');
      toggle.addEventListener('click', async () => {
        try {
          await api('PUT', `/api/admin/users/${u.id}`, { enabled: !u.enabled });
          draw();
        } catch (e) {
          clear(result, h('p.error', { role: 'alert' }, explain(e)));
        }
      });
      return h('tr', { dataset: { name: u.username } }, h('td', u.username), h('td', [...u.roles].sort().join(', ')),
        h('td', time(u.createdAt)), h('td', u.enabled ? 'yes ' : 'no ', u.username === current().user ? null : toggle));
    })));
  }

  await draw();
}

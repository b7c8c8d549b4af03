// The tenant's users: who may do what, new users, till PINs and switching one off; and the shop's tills.
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
  const tills = h('div', { id: 'tills' });
  const invitations = h('div', { id: 'invitations' });
  clear(screen, h('section.card', h('h1', 'Users'), list), h('section.card', h('h2', 'Invite someone'), invitations),
    h('section.card', h('h2', 'Add a user with a password'), form), h('section.card', h('h2', 'Tills'), tills));

  const act = (work) => async () => {
    try {
      await work();
      draw();
    } catch (e) {
      clear(result, h('p.error', { role: 'alert' }, explain(e)));
    }
  };

  async function draw() {
    const users = (await get('/api/admin/users?limit=200')).items;
    clear(list, table(['User', 'Roles', 'Since', 'Till PIN', 'Enabled'], users.map((u) => {
      const toggle = h('button', { type: 'button', onclick: act(() => api('PUT', `/api/admin/users/${u.id}`,
        { enabled: !u.enabled })) }, u.enabled ? 'Disable' : 'Enable');
      const pin = h('input.pin', { type: 'password', inputmode: 'numeric', maxlength: 6, autocomplete: 'off',
        'aria-label': `New PIN for ${u.username}` });
      const setPin = h('button', { type: 'button', onclick: act(async () => {
        await api('PUT', `/api/admin/users/${u.id}`, { pin: pin.value });
        clear(result, h('p.ok', `${u.username} has a new PIN.`));
      }) }, 'Set PIN');
      const state = u.pinLocked ? 'locked ' : u.hasPin ? 'set ' : 'none ';
      return h('tr', { dataset: { name: u.username } }, h('td', u.username), h('td', [...u.roles].sort().join(', ')),
        h('td', time(u.createdAt)), h('td', state, pin, setPin),
        h('td', u.enabled ? 'yes ' : 'no ', u.username === current().user ? null : toggle));
    })));
    await drawTills();
    await drawInvitations();
  }

  // an invitation's code and link are shown once, here: the admin hands them over
  async function drawInvitations(issued) {
    const pending = (await get('/api/admin/invitations')).items;
    const name = h('input', { id: 'invite-username', required: true, autocomplete: 'off',
      placeholder: `name@${current().tenant}` });
    const role = h('select', { id: 'invite-role' }, ROLES.map((r) => h('option', { value: r }, r)));
    const invite = h('form', { id: 'invite' }, field('User name', name), field('Role', role),
      h('button.primary', { type: 'submit' }, 'Invite'));
    invite.addEventListener('submit', async (event) => {
      event.preventDefault();
      try {
        const made = (await api('POST', '/api/admin/invitations', { username: name.value.trim(),
          roles: [role.value] })).data;
        await drawInvitations(made);
      } catch (e) {
        clear(result, h('p.error', { role: 'alert' }, explain(e)));
      }
    });
    clear(invitations, issued ? h('p.ok', { id: 'invitation-link' }, `Give ${issued.username} this link (once): `,
      h('code', location.origin + issued.link)) : null,
    table(['Invited', 'Roles', 'Expires', ''], pending.map((i) => h('tr', { dataset: { invited: i.username } },
      h('td', i.username), h('td', i.roles.join(', ')), h('td', i.expired ? 'expired' : time(i.expiresAt)),
      h('td', h('button', { type: 'button', onclick: act(() => api('DELETE', `/api/admin/invitations/${i.id}`)) },
        'Withdraw'))))), invite);
  }

  async function drawTills() {
    const registered = (await get('/api/admin/tills')).items;
    const name = h('input', { id: 'till-new-name', required: true, maxlength: 60, placeholder: 'Front counter' });
    const add = h('form', { id: 'register-till' }, field('Register this device as the till named', name),
      h('button.primary', { type: 'submit' }, 'Register this device'));
    add.addEventListener('submit', (event) => {
      event.preventDefault();
      act(async () => {
        await api('POST', '/api/admin/tills', { name: name.value.trim(), thisDevice: true });
        clear(result, h('p.ok', `This device is the till ${name.value.trim()}: staff switch in here with their PIN.`));
      })();
    });
    clear(tills, registered.length ? table(['Till', 'Since', ''], registered.map((t) => h('tr',
      { dataset: { till: t.name } }, h('td', t.name), h('td', time(t.createdAt)),
      h('td', h('button', { type: 'button', onclick: act(() => api('DELETE', `/api/admin/tills/${t.id}`)) },
        'Revoke'))))) : h('p.muted', 'No till is registered yet.'), add);
  }

  await draw();
}

// The console: sign-in, then the screens the user's roles allow, and the assistant beside every screen.
import {
  acceptInvitation, changePassword, current, explain, get, hasRole, onSessionChange, resume, signIn, signOut,
  switchIn, tillIdentity,
} from './api.js';
import { clear, h } from './dom.js';
import { mountAssistant } from './assistant.js';

const SCREENS = [
  { id: 'sell', title: 'Sell', roles: ['cashier', 'manager'], module: './screens/pos.js' },
  { id: 'bakery', title: 'Bakery', roles: ['baker', 'manager'], module: './screens/bakery.js' },
  { id: 'dashboard', title: 'Dashboard', roles: ['manager', 'admin', 'auditor'], module: './screens/dashboard.js' },
  { id: 'stock', title: 'Stock', roles: ['manager', 'baker', 'admin'], module: './screens/stock.js' },
  { id: 'refunds', title: 'Refunds', roles: ['manager'], module: './screens/refunds.js' },
  { id: 'shifts', title: 'Shifts', roles: ['manager', 'auditor', 'admin'], module: './screens/shifts.js' },
  { id: 'users', title: 'Users', roles: ['admin'], module: './screens/users.js' },
  { id: 'flags', title: 'Flags', roles: ['admin'], module: './screens/flags.js' },
  { id: 'audit', title: 'Audit', roles: ['auditor', 'admin'], module: './screens/audit.js' },
];

const $ = (id) => document.getElementById(id);
let stopScreen = null;
let till = null; // this device's till, when it is one: staff switch in here with a PIN

function allowed() {
  return SCREENS.filter((s) => hasRole(...s.roles));
}

async function show() {
  if (stopScreen) {
    stopScreen();
    stopScreen = null;
  }
  const screen = $('screen');
  const session = current();
  // an invitee's link (#/join?code=...) asks for their own password instead of signing in
  const joining = !session && location.hash.startsWith('#/join');
  $('join').hidden = !joining;
  $('sign-in').hidden = !!session || joining;
  $('till-sign-in').hidden = !!session || !till || joining;
  $('sign-out').hidden = !session;
  $('sign-out').textContent = session && session.till ? 'Switch cashier' : 'Sign out';
  $('assistant').hidden = !session;
  if (!session) {
    clear(screen);
    clear($('nav'));
    $('who').textContent = '';
    $(joining ? 'join-password' : till ? 'till-username' : 'username').focus();
    return;
  }
  const screens = allowed();
  const wanted = location.hash.replace(/^#\//, '');
  const target = SCREENS.find((s) => s.id === wanted);
  clear($('nav'), screens.map((s) => h('a', { href: '#/' + s.id, 'aria-current': s === target ? 'page' : null,
    id: 'nav-' + s.id }, s.title)));
  if (!target) {
    if (screens.length) location.hash = '#/' + screens[0].id;
    else clear(screen, h('p', 'Your role has no screens here.'));
    return;
  }
  if (!screens.includes(target)) {
    clear(screen, h('div.card', h('h1', 'Not for your role'), h('p.error', { role: 'alert' },
      `The ${target.title} screen is for ${target.roles.join(', ')}.`)));
    return;
  }
  clear(screen, h('p.muted', 'Loading…'));
  try {
    const module = await import(target.module);
    stopScreen = (await module.render(screen)) || null;
  } catch (e) {
    clear(screen, h('p.error', { role: 'alert' }, explain(e)));
  }
  $('main').focus();
}

$('sign-in').addEventListener('submit', async (event) => {
  event.preventDefault();
  $('sign-in-error').textContent = '';
  const choosing = !$('new-password-row').hidden;
  try {
    const username = $('username').value.trim();
    if (choosing) await changePassword(username, $('password').value, $('new-password').value);
    else await signIn(username, $('password').value);
    $('password').value = '';
    $('new-password').value = '';
    showNewPassword(false);
  } catch (e) {
    if (e.code === 'password_change_required') {
      showNewPassword(true);
      $('sign-in-error').textContent = 'This is a one-time password: choose your own, 12 characters or more.';
    } else {
      $('sign-in-error').textContent = e.status === 401 ? 'Wrong user name or password.' : explain(e);
    }
  }
});

$('join').addEventListener('submit', async (event) => {
  event.preventDefault();
  $('join-error').textContent = '';
  const code = new URLSearchParams(location.hash.split('?')[1] || '').get('code') || '';
  try {
    await acceptInvitation(code, $('join-password').value, $('join-pin').value);
    $('join-password').value = '';
    $('join-pin').value = '';
    location.hash = '';
  } catch (e) {
    $('join-error').textContent = explain(e);
  }
});

$('till-sign-in').addEventListener('submit', async (event) => {
  event.preventDefault();
  $('till-sign-in-error').textContent = '';
  try {
    await switchIn($('till-username').value.trim(), $('pin').value);
    $('pin').value = '';
    $('till-username').value = '';
  } catch (e) {
    $('pin').value = '';
    $('till-sign-in-error').textContent = e.status === 401 ? 'Wrong user name or PIN.' : explain(e);
  }
});

// a first sign-in with a one-time password asks for the user's own before it goes on
function showNewPassword(shown) {
  $('new-password-row').hidden = !shown;
  $('new-password').required = shown;
  $('sign-in').querySelector('button[type=submit]').textContent = shown ? 'Change password and sign in' : 'Sign in';
  if (shown) $('new-password').focus();
}

$('sign-out').addEventListener('click', () => signOut());

onSessionChange(async (session, reason) => {
  if (session) {
    $('who').textContent = `${session.user} · ${session.roles.join(', ')}` + (session.till ? ` · ${session.till}` : '');
    let assistantOn = true;
    try {
      assistantOn = (await get('/api/flags')).flags.assistant !== false;
    } catch (e) {
      assistantOn = false;
    }
    if (assistantOn) mountAssistant($('assistant'));
    else $('assistant').replaceChildren();
  } else {
    // the device may have become a till (registered by the admin who just signed out), or stopped being one
    await learnTill();
    $('assistant').replaceChildren();
    $('sign-in-error').textContent = reason || '';
    if (!reason) location.hash = '';
  }
  show();
});

window.addEventListener('hashchange', show);
async function learnTill() {
  till = await tillIdentity().catch(() => null);
  $('till-name').textContent = till ? till.name : '';
}

Promise.all([learnTill(), resume()]).then(([, session]) => {
  if (!session) show();
});

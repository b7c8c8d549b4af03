// The console's only way to the suite: the gateway's public API, with the signed-in user's short-lived token.
// The access token lives in this module's memory only (never in storage); the session's refresh token lives in an
// HttpOnly cookie the page's scripts cannot read, sent only to /auth/session. A reload, or an access token near its
// end, renews the access token from it silently; a shift signs in once.
let session = null;
let renewing = null;
const listeners = [];
const RENEW_BEFORE_MS = 60_000;

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
    this.code = problem.code || null;
  }
}

export function onSessionChange(listener) {
  listeners.push(listener);
}

export function current() {
  return session;
}

export async function signIn(username, password) {
  return startSession(await exchange('/auth/token', { username, password, refreshTokenIn: 'cookie' }));
}

/** A new password in place of the current one (a first admin's one-time password), and a session with it. */
export async function changePassword(username, password, newPassword) {
  return startSession(await exchange('/auth/password', { username, password, newPassword, refreshTokenIn: 'cookie' }));
}

/** This device's till ({id, name}) when an admin registered it as one, else null. */
export async function tillIdentity() {
  const response = await fetch('/auth/till');
  const identity = response.ok ? await response.json() : null;
  return identity && identity.registered ? identity : null;
}

/** A staff member switches in at this till with their PIN; whoever was signed in here is signed out. */
export async function switchIn(username, pin) {
  return startSession(await exchange('/auth/till/switch', { username, pin, refreshTokenIn: 'cookie' }));
}

/** After a reload: the session the cookie still holds, or null (signed out, ended, or never signed in). */
export async function resume() {
  try {
    return await renew();
  } catch (e) {
    return null;
  }
}

// one renewal at a time: the refresh token rotates, and presenting the old one twice would end the session
function renew() {
  if (!renewing) {
    renewing = exchange('/auth/session/refresh', {}).then(startSession).finally(() => { renewing = null; });
  }
  return renewing;
}

async function exchange(path, credentials) {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(credentials),
  });
  const body = await readBody(response);
  if (!response.ok) throw new ApiError(response.status, body || {});
  return body;
}

function startSession(body) {
  const claims = decode(body.access_token);
  const renewed = session && session.sid === claims.sid;
  session = {
    sid: claims.sid,
    token: body.access_token,
    user: claims.sub,
    tenant: claims.tenant,
    roles: claims.groups || [],
    till: claims.till_name || null,
    expiresAt: Date.now() + body.expires_in * 1000,
  };
  // a renewed token of the same session changes nothing on screen (a cashier may be mid-sale)
  if (!renewed) listeners.forEach((l) => l(session));
  return session;
}

/** Ends the session at the gateway (its tokens stop working in every service) and here. */
export function signOut(reason) {
  const ending = fetch('/auth/session/sign-out', {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}',
  }).catch(() => null);
  session = null;
  listeners.forEach((l) => l(null, reason));
  return ending;
}

export function hasRole(...roles) {
  return !!session && roles.some((r) => session.roles.includes(r));
}

/** A fresh idempotency key: the same key sent again (a retried click) does the thing once. */
export function newKey() {
  if (crypto.randomUUID) return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  return [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
}

async function freshToken() {
  if (!session) throw new ApiError(401, { title: 'Signed out', detail: 'Sign in again.' });
  if (Date.now() >= session.expiresAt - RENEW_BEFORE_MS) {
    try {
      await renew();
    } catch (e) {
      if (e.status !== 401) throw e;
      signOut('Your session ended: sign in again.');
      throw new ApiError(401, { title: 'Session ended', detail: 'Sign in again.' });
    }
  }
  return session.token;
}

export async function api(method, path, body, headers = {}) {
  const init = { method, headers: { Authorization: 'Bearer ' + await freshToken(), ...headers } };
  if (body instanceof FormData) {
    init.body = body;
  } else if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch (e) {
    throw new ApiError(0, { title: 'No connection', detail: 'The bakery server could not be reached. Try again.' });
  }
  const data = await readBody(response);
  if (response.status === 401) {
    signOut('Your session ended: sign in again.');
  }
  if (!response.ok) throw new ApiError(response.status, data || { title: response.statusText });
  return { status: response.status, data };
}

export const get = (path) => api('GET', path).then((r) => r.data);

/** A document the API makes (a receipt's PDF, a CSV), as a Blob. */
export async function download(method, path, accept) {
  const headers = { Authorization: 'Bearer ' + await freshToken(), Accept: accept };
  const response = await fetch(path, { method, headers });
  if (!response.ok) throw new ApiError(response.status, (await readBody(response)) || {});
  return response.blob();
}

/** Accepts an invitation with its code: the invitee's own password (and PIN), then a session. */
export async function acceptInvitation(code, password, pin) {
  return startSession(await exchange('/auth/invitations/accept', { code, password, pin: pin || undefined,
    refreshTokenIn: 'cookie' }));
}

/** A manager's approval at this till (their PIN) for a discount: a token the sale carries. */
export async function approveDiscount(username, pin) {
  return (await exchange('/auth/till/approve', { username, pin, action: 'discount' })).approvalToken;
}

async function readBody(response) {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch (e) {
    return { detail: text.slice(0, 200) };
  }
}

function decode(token) {
  const part = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
  const json = decodeURIComponent(atob(part).split('').map((c) => '%' + c.charCodeAt(0).toString(16).padStart(2, '0'))
    .join(''));
  return JSON.parse(json);
}

/** What to tell a person about a failed call, in plain words. */
export function explain(error) {
  if (!(error instanceof ApiError)) return String(error.message || error);
  if (error.status === 0) return error.problem.detail;
  if (error.status === 503 || error.status === 502 || error.status === 504) {
    return (error.problem.detail || 'A service is not answering.') + ' Nothing was charged or taken; try again.';
  }
  if (error.status === 429) return 'Too many requests: wait a moment and try again.';
  if (error.status === 403) return 'Your role may not do this.';
  return error.problem.detail || error.problem.title || `Error ${error.status}`;
}

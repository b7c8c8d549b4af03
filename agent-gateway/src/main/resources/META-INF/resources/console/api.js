// The console's only way to the suite: the gateway's public API, with the signed-in user's short-lived token.
// The token lives in this module's memory only (never in storage or a cookie): a reload signs the user out.
let session = null;
const listeners = [];

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
  return startSession(await exchange('/auth/token', { username, password }));
}

/** A new password in place of the current one (a first admin's one-time password), and a session with it. */
export async function changePassword(username, password, newPassword) {
  return startSession(await exchange('/auth/password', { username, password, newPassword }));
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
  session = {
    token: body.access_token,
    user: claims.sub,
    tenant: claims.tenant,
    roles: claims.groups || [],
    expiresAt: Date.now() + body.expires_in * 1000,
  };
  listeners.forEach((l) => l(session));
  return session;
}

export function signOut(reason) {
  session = null;
  listeners.forEach((l) => l(null, reason));
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

export async function api(method, path, body, headers = {}) {
  if (!session) throw new ApiError(401, { title: 'Signed out', detail: 'Sign in again.' });
  if (Date.now() >= session.expiresAt) {
    signOut('Your session ended: sign in again.');
    throw new ApiError(401, { title: 'Session ended', detail: 'Sign in again.' });
  }
  const init = { method, headers: { Authorization: 'Bearer ' + session.token, ...headers } };
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

// The JSON API as the page uses it: every answer parsed, every refusal turned into a ProblemError that says why.
const BASE = '/api/v1';
const KEY_SLOT = 'credpath.key';

/** A refused request: the problem document's status, title and detail, and its field errors. */
export class ProblemError extends Error {
  constructor(status, title, detail, errors) {
    super(detail || title || `HTTP ${status}`);
    this.status = status;
    this.title = title || '';
    this.errors = errors || [];
  }
}

/** The API key kept for this tab (session storage only, never in a URL), or ''. */
export function savedKey() {
  return sessionStorage.getItem(KEY_SLOT) || '';
}

/** Keeps {@code key} for this tab; an empty one forgets it. */
export function saveKey(key) {
  if (key) sessionStorage.setItem(KEY_SLOT, key);
  else sessionStorage.removeItem(KEY_SLOT);
}

async function call(path, init, accept) {
  const headers = { Accept: `${accept}, application/problem+json`, ...(init.headers || {}) };
  const key = savedKey();
  if (key) headers.Authorization = `Bearer ${key}`;
  const response = await fetch(BASE + path, { ...init, headers, credentials: 'omit' });
  if (!response.ok) {
    const body = await response.json().catch(() => null);
    throw new ProblemError(response.status, body && body.title, body && body.detail, body && body.errors);
  }
  return response;
}

async function send(path, init) {
  const text = await (await call(path, init, 'application/json')).text();
  return text ? JSON.parse(text) : null;
}

/** GET {@code path} (under /api/v1) as text, e.g. a CSV export; the key goes in the header, never in the URL. */
export async function getText(path, params = {}) {
  const query = new URLSearchParams(params).toString();
  return (await call(query ? `${path}?${query}` : path, { method: 'GET' }, 'text/csv')).text();
}

/** A refusal in words: the first line says what went wrong, the others name each field at fault. */
export function explainProblem(error) {
  if (!(error instanceof ProblemError)) return ['credpath could not be reached. Check your connection and try again.'];
  return [`${error.title ? `${error.title}: ` : ''}${error.message}`, ...error.errors.map((e) => `${e.field}: ${e.message}`)];
}

/** GET {@code path} (under /api/v1) with the query {@code params}. */
export function get(path, params = {}) {
  const query = new URLSearchParams(params).toString();
  return send(query ? `${path}?${query}` : path, { method: 'GET' });
}

/** POST {@code text} with content type {@code type} to {@code path} (under /api/v1). */
export function postText(path, text, type) {
  return send(path, { method: 'POST', headers: { 'Content-Type': type }, body: text });
}

/** POST {@code body} as JSON to {@code path} (under /api/v1). */
export function post(path, body) {
  return send(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
}

// What every page shares: the token kept in sessionStorage, calls to the API, the header, numbers and refusals.
import { t, translate, toggleLanguage, lang } from './i18n.js';

const tokenKey = 'kakakasuh.token';

export const token = () => sessionStorage.getItem(tokenKey);
export const setToken = value => sessionStorage.setItem(tokenKey, value.trim());
export const signOut = () => { sessionStorage.removeItem(tokenKey); location.href = 'index.html'; };

/** Calls the API with the caller's token; answers { ok, status, body } with the JSON body or ProblemDetails. */
export async function api(path, options = {}) {
  const headers = { Authorization: `Bearer ${token()}`, ...(options.headers ?? {}) };
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    headers['Idempotency-Key'] = newKey();
  }
  const response = await fetch(path, { method: options.method ?? 'GET', headers, body: options.json === undefined ? undefined : JSON.stringify(options.json) });
  const type = response.headers.get('Content-Type') ?? '';
  const body = type.includes('json') ? await response.json() : null;
  return { ok: response.ok, status: response.status, body };
}

/** A refusal as the API gave it: its title, its detail and any field errors. */
export function problemText(result) {
  const p = result.body ?? {};
  const fields = p.errors ? Object.values(p.errors).flat().filter(m => m !== p.detail) : [];
  return [`${result.status} ${p.title ?? ''}`.trim(), p.detail, ...fields].filter(Boolean).join(' ');
}

/** Downloads a CSV export with the caller's token. */
export async function download(path, fileName) {
  const response = await fetch(path, { headers: { Authorization: `Bearer ${token()}` } });
  if (!response.ok) {
    throw new Error(problemText({ status: response.status, body: await response.json().catch(() => null) }));
  }
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export const number = value => new Intl.NumberFormat(lang() === 'id' ? 'id-ID' : 'en-GB').format(value);

export const time = value => new Date(value).toLocaleTimeString(lang() === 'id' ? 'id-ID' : 'en-GB', { hour12: false });

/** Makes an element with text, attributes and children. */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== null && value !== false) {
      element.setAttribute(name, value === true ? '' : value);
    }
  }
  element.append(...children.filter(c => c !== undefined && c !== null));
  return element;
}

/** Signs in from the stored token (or goes to the sign-in page) and fills the header; answers the caller. */
export async function start(onLanguage) {
  if (!token()) {
    location.href = 'index.html';
    return null;
  }
  const me = await api('/api/me');
  if (!me.ok) {
    signOut();
    return null;
  }
  header(me.body, onLanguage);
  return me.body;
}

export function header(me, onLanguage) {
  const who = () => {
    document.getElementById('who').textContent = me ? `${me.name} · ${t('role.' + me.role)}${me.areaName ? ' · ' + me.areaName : ''}` : '';
  };
  document.getElementById('sign-out').onclick = signOut;
  document.getElementById('language').onclick = () => { toggleLanguage(); translate(); who(); onLanguage?.(); };
  translate();
  who();
}

function newKey() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
}

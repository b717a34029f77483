// What every page shares: calls to the API with the signed-in session, sign-in and sign-out, the header, numbers and
// refusals. The session is an HTTP-only cookie the API sets after sign-in at the identity provider: no page script
// ever holds a token.
import { t, translate, toggleLanguage, lang } from './i18n.js';

/** Where a person signs in: the API sends them to the identity provider and back to this page. */
export const signInUrl = (returnUrl = location.pathname + location.search) =>
  `/masuk?returnUrl=${encodeURIComponent(returnUrl)}&lang=${lang()}`;

/** Ends the session here and at the provider (a form POST, so that another site cannot sign a person out). */
export function signOut() {
  const form = el('form', { method: 'post', action: '/keluar' });
  document.body.append(form);
  form.submit();
}

/** Calls the API with the session; answers { ok, status, body } with the JSON body or ProblemDetails. */
export async function api(path, options = {}) {
  const headers = { 'Accept-Language': lang(), ...(options.headers ?? {}) };
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

/** Downloads a CSV export with the session. */
export async function download(path, fileName) {
  const response = await fetch(path, { headers: { 'Accept-Language': lang() } });
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

/** Answers the signed-in caller and fills the header; without a session, sends the person to sign in first. */
export async function start(onLanguage) {
  const me = await api('/api/me');
  if (me.status === 401) {
    location.href = signInUrl();
    return null;
  }
  if (!me.ok) {
    header(null, onLanguage);
    document.getElementById('error').textContent = problemText(me);
    return null;
  }
  header(me.body, onLanguage);
  return me.body;
}

export function header(me, onLanguage) {
  const who = () => {
    document.getElementById('who').textContent = me ? `${me.name} · ${t('role.' + me.role)}${me.areaName ? ' · ' + me.areaName : ''}` : '';
  };
  const signOutButton = document.getElementById('sign-out');
  signOutButton.hidden = !me;
  signOutButton.onclick = signOut;
  document.getElementById('language').onclick = () => { toggleLanguage(); translate(); who(); onLanguage?.(); };
  translate();
  who();
}

function newKey() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
}

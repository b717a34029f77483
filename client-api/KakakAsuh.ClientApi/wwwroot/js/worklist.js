// Staff worklist: the overdue and due-soon steps of the caller's area, and one API call per action.
// A refused action shows the API's ProblemDetails as it is, next to the step it was about.
import { api, el, number, problemText, start, time } from './common.js';
import { t } from './i18n.js';

const refreshEvery = 5000;
const outcomes = new Map(); // row key -> { ok, text } of the last action on it
let mentors = [];
let timer = null;
let me = null;
let area = null;
me = await start(() => { if (area) refresh(); });
area = new URLSearchParams(location.search).get('area') ?? me?.areaCode;

async function refresh() {
  clearTimeout(timer);
  try {
    const dueWithin = document.getElementById('due-within').value;
    const result = await api(`/api/areas/${area}/worklist?dueWithin=${dueWithin}&pageSize=200`);
    if (!result.ok) {
      document.getElementById('error').textContent = `${t('refused')}: ${problemText(result)}`;
      document.getElementById('worklist').hidden = true;
      if (result.status === 403 || result.status === 404) {
        return;
      }
    } else {
      document.getElementById('error').textContent = '';
      document.getElementById('stale').textContent = '';
      render(result.body.items);
    }
  } catch {
    document.getElementById('stale').textContent = t('connectionLost');
  }
  timer = setTimeout(refresh, refreshEvery);
}

function render(items) {
  document.getElementById('updated').textContent = time(Date.now());
  document.getElementById('no-work').hidden = items.length > 0;
  const table = document.getElementById('worklist');
  table.hidden = items.length === 0;
  // Keep a row whose form has the focus, so a refresh never takes away what someone is typing.
  const typing = document.activeElement?.closest('tr')?.dataset.key;
  const rows = items.map(item => {
    const key = `${item.umkmId}/${item.track}/${item.step}`;
    const kept = typing === key ? table.querySelector(`tr[data-key="${CSS.escape(key)}"]`) : null;
    return kept ?? row(item, key);
  });
  table.tBodies[0].replaceChildren(...rows);
}

function row(item, key) {
  const badge = item.overdue
    ? el('span', { class: 'badge late' }, `${t('overdue')} ${number(item.workingDays)}`)
    : el('span', { class: 'badge soon' }, `${t('dueSoon')} ${number(item.workingDays)}`);
  const outcome = outcomes.get(key);
  return el('tr', { 'data-key': key, 'data-umkm': item.umkmId, 'data-step': `${item.track}/${item.step}` },
    el('td', {}, item.businessName, el('br'), el('span', { class: 'muted' }, item.umkmId)),
    el('td', {}, item.kelurahan ?? item.kelurahanCode),
    el('td', {}, mentorName(item.mentorId)),
    el('td', {}, `${t('track.' + item.track)}: ${item.stepName}`, el('br'), el('span', { class: 'muted' }, t('step.' + item.status))),
    el('td', {}, item.dueOn, el('br'), badge),
    el('td', { class: 'reason' }, item.reason),
    el('td', {}, actions(item, key),
      outcome ? el('p', { class: outcome.ok ? 'notice' : 'alert', role: outcome.ok ? 'status' : 'alert' }, outcome.text) : null));
}

function mentorName(id) {
  return mentors.find(m => m.id === id)?.name ?? id ?? '';
}

function actions(item, key) {
  if (!me.mayAct) {
    return el('span', { class: 'muted' }, '—');
  }
  const base = `/api/umkm/${encodeURIComponent(item.umkmId)}`;
  const step = `${base}/steps/${item.track}/${item.step}`;
  const box = el('div', { class: 'actions' });
  if (item.status === 'InProgress') {
    const needsValue = item.grants && item.grants !== 'Qris';
    const value = needsValue ? el('input', { name: 'value', 'aria-label': t('value'), placeholder: t('value') }) : null;
    box.append(form(key, t('complete'), [value], () => act(key, `${step}/complete`, { value: value?.value || null }), 'complete'));
  } else {
    box.append(form(key, t('start'), [], () => act(key, `${step}/start`, {}), 'start'));
  }
  if (item.returnable) {
    const reason = el('input', { name: 'reason', 'aria-label': t('reason'), placeholder: t('reason') });
    box.append(el('details', {}, el('summary', {}, t('returnStep')),
      form(key, t('send'), [reason], () => act(key, `${step}/return`, { reason: reason.value }), 'return')));
  }
  const mentor = el('select', { name: 'mentorId', 'aria-label': t('newMentor') },
    ...mentors.filter(m => m.id !== item.mentorId).map(m => el('option', { value: m.id }, `${m.name} (${m.kecamatan ?? m.kecamatanCode})`)));
  const why = el('input', { name: 'reason', 'aria-label': t('reason'), placeholder: t('reason') });
  box.append(el('details', {}, el('summary', {}, t('reassign')),
    form(key, t('send'), [mentor, why], () => act(key, `${base}/reassign`, { mentorId: mentor.value, reason: why.value }), 'reassign')));
  return box;
}

function form(key, label, fields, submit, action) {
  const f = el('form', { 'data-action': action }, ...fields.filter(Boolean), el('button', { type: 'submit' }, label));
  f.addEventListener('submit', event => { event.preventDefault(); submit(); });
  return f;
}

async function act(key, path, body) {
  const result = await api(path, { method: 'POST', json: body });
  const outcome = result.ok ? { ok: true, text: t('accepted') } : { ok: false, text: `${t('refused')}: ${problemText(result)}` };
  outcomes.set(key, outcome);
  const last = document.getElementById('outcome');
  last.className = outcome.ok ? 'notice' : 'alert';
  last.textContent = `${key}: ${outcome.text}`;
  document.activeElement?.blur();
  await refresh();
}

document.getElementById('due-within').onchange = () => refresh();

if (me) {
  document.getElementById('area-name').textContent = me.areaName ?? area;
  document.getElementById('read-only').hidden = me.mayAct;
  const list = await api('/api/mentors');
  mentors = list.ok ? list.body : [];
  refresh();
}

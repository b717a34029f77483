// District view: an area's live figures, charts, breakdown and overdue steps, refreshed every 3 seconds.
import { api, download, el, number, problemText, start, time } from './common.js';
import { t } from './i18n.js';

const refreshEvery = 3000;
const historyEvery = 30000;
const figureKeys = ['umkmTotal', 'withNib', 'withQris', 'withHalal', 'withTrademark', 'mentorsActive', 'menteesInMentoring', 'graduations', 'stepsDone', 'stepsOverdue'];
const colors = { brand: '#0b5d8f', done: '#1e7a3c', open: '#7a8c99', late: '#b3261e', holdings: ['#0b5d8f', '#2a8fbd', '#1e7a3c', '#8a5a00'] };

const charts = {};
let latest = null;
let history = [];
let historyAt = 0;
const me = await start(() => render());
const area = new URLSearchParams(location.search).get('area') ?? me?.areaCode;

async function refresh() {
  try {
    const [summary, breakdown, overdue] = await Promise.all([
      api(`/api/areas/${area}/summary`),
      api(`/api/areas/${area}/breakdown`),
      api(`/api/areas/${area}/overdue?pageSize=200`),
    ]);
    const refusal = [summary, breakdown, overdue].find(r => !r.ok);
    if (refusal) {
      showRefusal(refusal);
      if (refusal.status === 403 || refusal.status === 404) {
        return; // Asking again will not change the answer.
      }
    } else {
      if (Date.now() - historyAt > historyEvery) {
        const days = await api(`/api/areas/${area}/history`);
        history = days.ok ? days.body : history;
        historyAt = Date.now();
      }
      latest = { summary: summary.body, breakdown: breakdown.body, overdue: overdue.body };
      document.getElementById('error').textContent = '';
      document.getElementById('stale').textContent = '';
      render();
    }
  } catch {
    document.getElementById('stale').textContent = t('connectionLost');
  }
  setTimeout(refresh, refreshEvery);
}

function showRefusal(result) {
  document.getElementById('error').textContent = `${t('refused')}: ${problemText(result)}`;
  document.getElementById('content').hidden = true;
}

function render() {
  if (!latest) {
    return;
  }
  const { summary, breakdown, overdue } = latest;
  document.getElementById('content').hidden = false;
  document.getElementById('area-name').textContent = summary.name;
  document.getElementById('area-code').textContent = `(${summary.code})`;
  document.getElementById('updated').textContent = time(Date.now());
  document.getElementById('nav-worklist').hidden = !me.mayAct;
  for (const key of figureKeys) {
    document.getElementById(`fig-${key}`).textContent = number(summary[key]);
  }
  upLink(summary.code);
  renderCharts(summary);
  renderBreakdown(breakdown.slice(1));
  renderOverdue(overdue.items);
}

function upLink(code) {
  const parent = code.split('.').slice(0, -1).join('.');
  const up = document.getElementById('up');
  up.hidden = parent.length < 5 || !parent.startsWith(me.areaCode ?? '');
  up.href = `district.html?area=${parent}`;
}

function chart(id, type, options = {}) {
  charts[id] ??= new Chart(document.getElementById(id), {
    type,
    data: { labels: [], datasets: [] },
    options: { animation: false, maintainAspectRatio: false, plugins: { legend: { display: type !== 'bar' || options.stacked } },
      scales: { x: { stacked: !!options.stacked }, y: { stacked: !!options.stacked, beginAtZero: true, ticks: { precision: 0 } } } },
  });
  return charts[id];
}

function setData(target, labels, datasets) {
  target.data.labels = labels;
  target.data.datasets = datasets;
  target.update('none');
}

function renderCharts(summary) {
  setData(chart('chart-holdings', 'bar'), ['withNib', 'withQris', 'withHalal', 'withTrademark'].map(t),
    [{ label: t('umkmTotal'), data: [summary.withNib, summary.withQris, summary.withHalal, summary.withTrademark], backgroundColor: colors.holdings }]);
  const statuses = Object.keys(summary.byStatus);
  setData(chart('chart-status', 'bar'), statuses.map(s => t('status.' + s)),
    [{ label: t('umkmTotal'), data: statuses.map(s => summary.byStatus[s]), backgroundColor: colors.brand }]);
  const tracks = Object.keys(summary.tracks);
  setData(chart('chart-tracks', 'bar', { stacked: true }), tracks.map(k => t('track.' + k)), [
    { label: t('done'), data: tracks.map(k => summary.tracks[k].done), backgroundColor: colors.done },
    { label: t('openSteps'), data: tracks.map(k => summary.tracks[k].open - summary.tracks[k].overdue), backgroundColor: colors.open },
    { label: t('overdue'), data: tracks.map(k => summary.tracks[k].overdue), backgroundColor: colors.late },
  ]);
  setData(chart('chart-overdue', 'line'), history.map(d => d.day),
    [{ label: t('stepsOverdue'), data: history.map(d => d.figures.stepsOverdue), borderColor: colors.late, backgroundColor: colors.late, tension: 0.2 }]);
}

function renderBreakdown(rows) {
  const table = document.getElementById('breakdown');
  table.hidden = rows.length === 0;
  table.tBodies[0].replaceChildren(...rows.map(r => el('tr', { 'data-code': r.code },
    el('th', { scope: 'row' }, el('a', { href: `district.html?area=${r.code}` }, r.name)),
    el('td', {}, r.code),
    ...['umkmTotal', 'withNib', 'withQris', 'withHalal', 'withTrademark', 'menteesInMentoring', 'stepsOverdue'].map(k => el('td', { class: 'num' }, number(r[k]))))));
}

function renderOverdue(items) {
  document.getElementById('no-overdue').hidden = items.length > 0;
  const table = document.getElementById('overdue');
  table.hidden = items.length === 0;
  table.tBodies[0].replaceChildren(...items.map(s => el('tr', { 'data-umkm': s.umkmId, 'data-step': `${s.track}/${s.step}` },
    el('td', {}, s.businessName, el('br'), el('span', { class: 'muted' }, s.umkmId)),
    el('td', {}, s.kelurahan ?? s.kelurahanCode),
    el('td', {}, t('track.' + s.track)),
    el('td', {}, s.stepName, el('br'), el('span', { class: 'muted' }, t('step.' + s.status))),
    el('td', {}, s.dueOn),
    el('td', { class: 'num' }, el('span', { class: 'badge late' }, number(s.workingDaysOverdue))),
    el('td', { class: 'reason' }, s.reason))));
}

document.getElementById('csv-summary').onclick = () => download(`/api/areas/${area}/summary.csv`, `ringkasan-${area}.csv`).catch(e => { document.getElementById('error').textContent = e.message; });
document.getElementById('csv-overdue').onclick = () => download(`/api/areas/${area}/overdue.csv`, `terlambat-${area}.csv`).catch(e => { document.getElementById('error').textContent = e.message; });

if (me) {
  refresh();
}

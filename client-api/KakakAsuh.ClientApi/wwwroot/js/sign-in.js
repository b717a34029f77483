// Sign-in: keeps the pasted token in sessionStorage (gone when the tab closes) and shows who the API says it is.
import { api, header, problemText, setToken, token } from './common.js';
import { t } from './i18n.js';

const form = document.getElementById('sign-in-form');
const error = document.getElementById('error');
let me = null;

async function show() {
  const result = await api('/api/me');
  if (!result.ok) {
    error.textContent = `${t('tokenRefused')}: ${problemText(result)}`;
    sessionStorage.clear();
    me = null;
    document.getElementById('caller').hidden = true;
    header(null, render);
    return;
  }
  error.textContent = '';
  me = result.body;
  header(me, render);
  render();
}

function render() {
  if (!me) {
    return;
  }
  document.getElementById('caller').hidden = false;
  document.getElementById('caller-name').textContent = me.name;
  document.getElementById('caller-role').textContent = t('role.' + me.role);
  document.getElementById('caller-area').textContent = me.areaName ? `${me.areaName} (${me.areaCode})` : (me.mentorId ?? '');
  document.getElementById('go-district').hidden = !me.areaCode || me.role === 'mentor';
  document.getElementById('go-worklist').hidden = !me.mayAct;
}

form.addEventListener('submit', async event => {
  event.preventDefault();
  setToken(form.token.value);
  await show();
});

header(null, render);
if (token()) {
  show();
}

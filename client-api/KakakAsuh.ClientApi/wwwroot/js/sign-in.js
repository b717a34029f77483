// The start page: who is signed in (the API's /api/me, from the session cookie) and where they can go; without a
// session, the Masuk button that signs in at the identity provider. A district head goes straight to its dashboard.
import { api, header, problemText, signInUrl } from './common.js';
import { t } from './i18n.js';

const error = document.getElementById('error');
let me = null;

function render() {
  document.getElementById('sign-in').href = signInUrl('/');
  document.getElementById('signed-out').hidden = me !== null;
  document.getElementById('caller').hidden = me === null;
  if (!me) {
    return;
  }
  document.getElementById('caller-name').textContent = me.name;
  document.getElementById('caller-role').textContent = t('role.' + me.role);
  document.getElementById('caller-area').textContent = me.areaName ? `${me.areaName} (${me.areaCode})` : (me.mentorId ?? '');
  document.getElementById('go-district').hidden = !me.areaCode || me.role === 'mentor';
  document.getElementById('go-worklist').hidden = !me.mayAct;
}

const result = await api('/api/me');
if (result.ok) {
  me = result.body;
  if (me.role === 'district-head' && me.areaCode) {
    location.replace('district.html');
  }
} else if (result.status !== 401) {
  error.textContent = `${t('signInRefused')}: ${problemText(result)}`;
}
header(me, render);
render();

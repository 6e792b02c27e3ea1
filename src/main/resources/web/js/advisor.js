// The advisor workspace: sign in with an advisor key (this tab only), the tenant's learners with where each stands on
// their latest plan (each opens on its own page: learner.js), and a cohort upload whose planning job shows as a
// progress bar, followed by what the cohort needs (demand.js).
import { get, post, postText, savedKey, saveKey, ProblemError } from './api.js';
import { el } from './dom.js';
import { openLearner, standing as standingOn } from './learner.js';
import { showDemand } from './demand.js';

const signIn = document.getElementById('sign-in');
const workspace = document.getElementById('workspace');
const signInStatus = document.getElementById('sign-in-status');
const learnersBody = document.querySelector('#learners tbody');
const learnersStatus = document.getElementById('learners-status');
const cohortResult = document.getElementById('cohort-result');
const learnersSection = document.getElementById('learners-section');
const learnerView = document.getElementById('learner-view');
const cohortSection = document.getElementById('cohort-section');

function message(error) {
  return error instanceof ProblemError ? error.message : 'credpath could not be reached.';
}

/** Where a learner stands: on their latest saved plan's progress, or that there is no plan yet. */
async function standing(learner) {
  const plans = await get(`/advising/learners/${encodeURIComponent(learner.id)}/plans`);
  if (!plans.length) return { target: '', text: 'No plan yet', behind: false };
  const latest = plans[0]; // newest first
  const progress = await get(`/advising/learners/${encodeURIComponent(learner.id)}/plans/${encodeURIComponent(latest.id)}/progress`);
  return { target: latest.target, ...standingOn(progress) };
}

async function open(learner, opener) {
  try {
    await openLearner(learner.id, () => showLearners().catch(() => {}));
    learnersSection.hidden = true;
    cohortSection.hidden = true;
    learnerView.hidden = false;
  } catch (e) {
    learnersStatus.replaceChildren(el('span', { class: 'error', text: `${learner.name} could not be opened: ${message(e)}` }));
    opener.focus();
  }
}

function showList() {
  learnerView.hidden = true;
  learnersSection.hidden = false;
  cohortSection.hidden = false;
  const row = learnersBody.querySelector(`tr[data-learner="${CSS.escape(learnerView.dataset.learner || '')}"] button`);
  (row || document.getElementById('learners-heading')).focus();
}

async function showLearners() {
  learnersStatus.textContent = 'Loading learners…';
  const learners = await get('/advising/learners', { limit: 100 });
  const rows = await Promise.all(learners.map(async (learner) => {
    let stand;
    try {
      stand = await standing(learner);
    } catch (e) {
      stand = { target: '', text: `Unknown: ${message(e)}`, behind: false };
    }
    const opener = el('button', { type: 'button', class: 'link-button open-learner', text: learner.name });
    opener.addEventListener('click', () => open(learner, opener));
    return el('tr', { 'data-learner': learner.id },
      el('td', {}, opener), el('td', { text: learner.externalRef }), el('td', { text: stand.target }),
      el('td', { class: stand.behind ? 'behind status-cell' : 'status-cell', text: stand.text }));
  }));
  learnersBody.replaceChildren(...rows);
  learnersStatus.textContent = `${learners.length} learner${learners.length === 1 ? '' : 's'}.`;
}

async function enter() {
  try {
    await showLearners();
    signIn.hidden = true;
    workspace.hidden = false;
    signInStatus.textContent = '';
  } catch (e) {
    saveKey('');
    signIn.hidden = false;
    workspace.hidden = true;
    signInStatus.replaceChildren(el('span', { class: 'error', text: e instanceof ProblemError && (e.status === 401 || e.status === 403)
      ? `That key was not accepted: ${e.message}.` : message(e) }));
  }
}

function outcomes(cohort) {
  const rejected = cohort.outcomes.filter((o) => !o.accepted);
  return el('div', { class: 'outcomes' },
    el('p', { text: `${cohort.accepted} of ${cohort.rows} rows accepted${rejected.length ? `; ${rejected.length} rejected:` : '.'}` }),
    rejected.length ? el('ul', { class: 'rejected' }, rejected.flatMap((o) => o.errors.map((e) =>
      el('li', { text: `Line ${e.line}, column ${e.column}${e.field ? ` (${e.field})` : ''}: ${e.message}` })))) : null);
}

async function follow(job, area) {
  const bar = el('progress', { id: 'job-progress', max: Math.max(job.total, 1), value: 0 });
  const label = el('label', { for: 'job-progress', text: 'Planning the cohort' });
  const status = el('p', { class: 'status', role: 'status' });
  area.append(el('div', { class: 'job' }, label, bar, status));
  area.dataset.state = 'running';
  for (;;) {
    bar.value = job.done + job.failed;
    const left = job.estimatedSecondsLeft === null ? '' : `, about ${job.estimatedSecondsLeft} s left`;
    status.textContent = `${job.done + job.failed} of ${job.total} learners planned${left}.`;
    if (job.state === 'done' || job.state === 'failed') break;
    await new Promise((resolve) => setTimeout(resolve, 500));
    job = await get(`/advising/jobs/${encodeURIComponent(job.id)}`);
  }
  bar.value = job.total;
  status.textContent = job.state === 'done'
    ? `Done: ${job.done} planned${job.failed ? `, ${job.failed} could not be planned` : ''}.`
    : `The job failed: ${job.failure || 'no reason given'}.`;
  area.dataset.state = job.state;
  if (job.failures.length) {
    area.append(el('ul', {}, job.failures.map((f) => el('li', { text: `Line ${f.line} (${f.reference}): ${f.reason}` }))));
  }
}

document.getElementById('advisor-key').addEventListener('change', (e) => saveKey(e.target.value.trim()));
signIn.addEventListener('submit', (e) => {
  e.preventDefault();
  saveKey(document.getElementById('advisor-key').value.trim());
  enter();
});
document.getElementById('back-to-learners').addEventListener('click', showList);
document.getElementById('sign-out').addEventListener('click', () => {
  saveKey('');
  learnersBody.replaceChildren();
  learnerView.hidden = true;
  learnersSection.hidden = false;
  cohortSection.hidden = false;
  document.getElementById('demand').hidden = true;
  workspace.hidden = true;
  signIn.hidden = false;
  document.getElementById('advisor-key').value = '';
  document.getElementById('advisor-key').focus();
});
document.getElementById('cohort-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const file = document.getElementById('cohort-file').files[0];
  if (!file) return;
  const name = document.getElementById('cohort-name').value.trim() || file.name.replace(/\.csv$/i, '');
  const start = document.getElementById('cohort-start').value;
  cohortResult.replaceChildren(el('p', { role: 'status', text: 'Uploading…' }));
  document.getElementById('demand').hidden = true;
  try {
    const cohort = await postText(`/advising/cohorts?${new URLSearchParams({ name })}`, await file.text(), 'text/csv');
    cohortResult.replaceChildren(outcomes(cohort));
    const job = await post(`/advising/cohorts/${encodeURIComponent(cohort.id)}/plan`, start ? { startDate: start } : {});
    await follow(job, cohortResult);
    await showLearners();
    if (cohortResult.dataset.state === 'done') {
      await showDemand(cohort.id).catch((e) => cohortResult.append(el('p', { class: 'error', role: 'alert',
        text: `What the cohort needs could not be read: ${message(e)}` })));
    }
  } catch (error) {
    const lines = error instanceof ProblemError ? error.errors.map((x) => `${x.field}: ${x.message}`) : [];
    cohortResult.replaceChildren(el('p', { class: 'error', role: 'alert', text: `The cohort was not taken: ${message(error)}` }),
      lines.length ? el('ul', { class: 'error' }, lines.map((l) => el('li', { text: l }))) : null);
  }
});

if (savedKey()) enter();

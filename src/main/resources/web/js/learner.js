// A learner's page in the advisor workspace: the profile, the saved plans (each opened with the career-changer page's
// own rendering: alternatives, timeline, exports), progress on the plan, re-planning from today, and what-ifs.
import { get, post, explainProblem } from './api.js';
import { el, money } from './dom.js';
import { renderResult } from './results.js';
import { prerequisitesOf } from './prerequisites.js';
import { combobox } from './combobox.js';
import { progressView } from './progress.js';
import { whatIfs } from './whatif.js';

const view = document.getElementById('learner-view');
const planView = document.getElementById('plan-view');
const plansBody = document.querySelector('#plans tbody');
const plansStatus = document.getElementById('plans-status');
const planTarget = document.getElementById('plan-target');
const saveStatus = document.getElementById('save-plan-status');
let learner = null;
let onChange = () => {};

const learnerPath = () => `/advising/learners/${encodeURIComponent(learner.id)}`;
const planPath = (planId) => `${learnerPath()}/plans/${encodeURIComponent(planId)}`;

/** Where a learner stands on a plan, in words: on track, behind by how much, or nothing to follow. */
export function standing(progress) {
  if (!progress.steps.length) return { text: 'No pathway to follow', behind: false };
  if (!progress.behind) return { text: 'On track', behind: false };
  const w = progress.behind.weeks;
  return { text: `Behind by ${w} week${w === 1 ? '' : 's'}`, behind: true };
}

function failure(target, error) {
  const lines = explainProblem(error);
  target.replaceChildren(el('span', { class: 'error', text: lines[0] }),
    lines.length > 1 ? el('ul', { class: 'error' }, lines.slice(1).map((l) => el('li', { text: l }))) : null);
}

function budgetText(b) {
  const parts = [];
  if (b.maxCost !== null && b.maxCost !== undefined) parts.push(money(b.maxCost, b.currency));
  parts.push(`${b.hoursPerWeek} h a week`);
  if (b.maxWeeks !== null && b.maxWeeks !== undefined) parts.push(`${b.maxWeeks} weeks`);
  if (b.maxHours !== null && b.maxHours !== undefined) parts.push(`at most ${b.maxHours} h`);
  return parts.join(', ');
}

function profile(l) {
  const item = (term, value) => (value ? el('div', {}, el('dt', { text: term }), el('dd', { text: value })) : null);
  return [
    item('Reference', l.externalRef),
    item('Current job', l.currentOccupation || 'not given'),
    item('Experience', `${l.experienceYears} year${l.experienceYears === 1 ? '' : 's'}`),
    item('Holds', l.heldCredentials.join(', ') || 'no credentials recorded'),
    item('Skills', l.heldSkills.map((s) => `${s.skill} (level ${s.level})`).join(', ')),
    item('Languages', l.languages.join(', ')),
    item('Budget', budgetText(l.budget)),
    item('Funding', l.fundingNotes),
  ];
}

async function planRow(plan) {
  let progress = null;
  try {
    progress = await get(`${planPath(plan.id)}/progress`);
  } catch (e) {
    progress = null;
  }
  const stand = progress ? standing(progress) : { text: 'Unknown', behind: false };
  const open = el('button', { type: 'button', class: 'open-plan', 'data-plan': plan.id, text: 'Open',
    'aria-label': `Open the plan to ${plan.target} saved ${plan.created.slice(0, 10)}` });
  open.addEventListener('click', () => openPlan(plan.id));
  return el('tr', { 'data-plan': plan.id },
    el('td', { text: plan.created.slice(0, 16).replace('T', ' ') }), el('td', { text: plan.target }),
    el('td', { text: progress ? progress.startDate : '' }),
    el('td', { class: stand.behind ? 'behind status-cell' : 'status-cell', text: stand.text }), el('td', {}, open));
}

async function showPlans() {
  plansStatus.textContent = 'Loading plans…';
  const plans = await get(`${learnerPath()}/plans`);
  plansBody.replaceChildren(...await Promise.all(plans.map(planRow)));
  plansStatus.textContent = plans.length ? `${plans.length} saved plan${plans.length === 1 ? '' : 's'}.` : 'No saved plan yet.';
  return plans;
}

/** Re-reads the learner (a completed step is now held) and the plans' statuses after a progress update, and tells the list. */
async function progressChanged() {
  learner = await get(learnerPath());
  document.getElementById('learner-profile').replaceChildren(...profile(learner).filter(Boolean));
  await showPlans();
  onChange();
}

function change(c) {
  const cost = (v) => (v === null || v === undefined ? 'unknown' : money(v));
  const was = c.costBefore === null || c.costBefore === undefined ? '' : ` (was ${cost(c.costBefore)})`;
  return el('li', { 'data-credential': c.credential }, el('strong', { text: c.title }),
    `${was}${c.costNow === null || c.costNow === undefined ? '' : `, now ${cost(c.costNow)}`}${c.why ? `: ${c.why}` : ''}`);
}

function replanView(r) {
  const l = r.leading;
  const signed = (v, unit) => `${v > 0 ? '+' : ''}${Math.round(v * 100) / 100}${unit}`;
  const steady = !l.added.length && !l.removed.length && !l.repriced.length && !l.costChange && !l.weeksChange;
  const list = (title, items) => (items.length ? el('div', {}, el('h5', { text: title }), el('ul', {}, items.map(change))) : null);
  return el('div', { class: 'replan' },
    el('p', { text: r.changed.length ? 'What changed since the plan was saved:' : 'Nothing the plan was computed with has changed.' }),
    r.changed.length ? el('ul', { class: 'changed' }, r.changed.map((c) => el('li', { text: c }))) : null,
    el('p', { class: 'replan-summary', text: steady
      ? 'The leading pathway is the same: same steps, cost and weeks.'
      : `The leading pathway now: ${l.now ? `${l.now.label}, ${money(l.now.cost)}, ${l.now.weeks} weeks` : 'none fits'} `
        + `(cost ${signed(l.costChange, '')}, hours ${signed(l.hoursChange, ' h')}, weeks ${signed(l.weeksChange, '')}).` }),
    list('Steps added', l.added), list('Steps removed', l.removed), list('Steps repriced', l.repriced));
}

async function openPlan(planId) {
  const plan = await get(planPath(planId));
  planView.hidden = false;
  planView.dataset.plan = plan.id;
  document.getElementById('plan-heading').textContent = `Plan to ${plan.response.target.title} (${plan.target}), saved ${plan.created.slice(0, 10)}`;
  document.getElementById('plan-basis').textContent = `Starts ${plan.request.startDate}. Computed on taxonomy `
    + `${plan.basis.taxonomyFingerprint.slice(0, 12)} with rules ${plan.basis.rulesVersion.slice(0, 12)}.`;
  await progressView(planPath(plan.id), progressChanged);
  const replanned = document.getElementById('replan-result');
  replanned.replaceChildren();
  document.getElementById('replan').onclick = async () => {
    replanned.replaceChildren(el('p', { role: 'status', text: 'Planning again from today…' }));
    try {
      replanned.replaceChildren(replanView(await post(`${planPath(plan.id)}/replan`, {})));
    } catch (e) {
      failure(replanned, e);
    }
  };
  const answer = document.getElementById('saved-answer');
  const prerequisites = await prerequisitesOf(plan.response.pathways);
  answer.replaceChildren(...renderResult(plan.response, prerequisites, null, plan.request.startDate).filter(Boolean));
  whatIfs.target(plan.target, plan.response.target.title);
  planView.focus();
}

/** Opens learner {@code id}; {@code changed} runs after a progress update, so the list of learners can follow. */
export async function openLearner(id, changed) {
  onChange = changed;
  learner = await get(`/advising/learners/${encodeURIComponent(id)}`);
  view.dataset.learner = learner.id;
  document.getElementById('learner-name').textContent = learner.name;
  document.getElementById('learner-profile').replaceChildren(...profile(learner).filter(Boolean));
  planView.hidden = true;
  saveStatus.textContent = '';
  planTarget.value = '';
  delete planTarget.dataset.id;
  document.getElementById('plan-start').value = new Date().toISOString().slice(0, 10);
  whatIfs.reset(learner, learnerPath());
  const plans = await showPlans();
  if (plans.length) {
    const latest = plans[0]; // newest first
    planTarget.dataset.id = latest.target;
    const title = await get(`/occupations/${encodeURIComponent(latest.target)}`).then((o) => o.title, () => latest.target);
    planTarget.value = title;
    whatIfs.target(latest.target, title);
  }
  view.hidden = false;
  view.focus();
}

combobox(planTarget.closest('.field'), (o) => { planTarget.value = o.label; planTarget.dataset.id = o.id; });
document.getElementById('save-plan-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const target = planTarget.dataset.id || planTarget.value.trim();
  if (!target) {
    saveStatus.replaceChildren(el('span', { class: 'error', text: 'Say which job the plan is for.' }));
    planTarget.focus();
    return;
  }
  const body = { target };
  const start = document.getElementById('plan-start').value;
  if (start) body.startDate = start;
  const button = document.getElementById('save-plan');
  button.disabled = true;
  saveStatus.textContent = 'Planning and saving…';
  try {
    const saved = await post(`${learnerPath()}/plans`, body);
    saveStatus.textContent = `Saved: ${saved.response.pathways.length} pathway${saved.response.pathways.length === 1 ? '' : 's'}.`;
    await showPlans();
    onChange();
    await openPlan(saved.id);
  } catch (error) {
    failure(saveStatus, error);
  } finally {
    button.disabled = false;
  }
});

// Progress on a saved plan: each step of its leading pathway with its status and due date, where the learner stands
// (on track, or behind and what that does to the finish), and a form to mark a step started, completed or abandoned.
import { get, post, explainProblem } from './api.js';
import { el, money } from './dom.js';

const standingLine = document.getElementById('progress-standing');
const stepsBody = document.querySelector('#progress-steps tbody');
const stepChoice = document.getElementById('progress-step');
const form = document.getElementById('progress-form');
const statusLine = document.getElementById('progress-status-line');
const STATUS = { planned: 'Not started', started: 'Started', completed: 'Completed', abandoned: 'Abandoned' };
let path = '';
let changed = async () => {};

function evidence(step) {
  // The API stores http(s) links only; checked again here so no other scheme can become a link.
  if (!step.evidenceUrl || !/^https?:\/\//i.test(step.evidenceUrl)) return '';
  return el('a', { href: step.evidenceUrl, rel: 'noopener noreferrer', target: '_blank', text: 'evidence' });
}

function stepRow(step) {
  const when = step.date ? ` on ${step.date}` : '';
  return el('tr', { 'data-credential': step.credential, class: step.overdue ? 'overdue' : null },
    el('td', { text: step.title }), el('td', { text: `${step.startWeek}–${step.endWeek}` }),
    el('td', { text: step.due }),
    el('td', { class: 'step-status', text: `${STATUS[step.status] || step.status}${when}${step.overdue ? ' (overdue)' : ''}` }),
    el('td', {}, evidence(step)));
}

function standingText(p) {
  if (!p.steps.length) return 'The saved answer has no pathway, so there is nothing to follow.';
  const done = p.steps.filter((s) => s.status === 'completed').length;
  const head = `${done} of ${p.steps.length} step${p.steps.length === 1 ? '' : 's'} completed, ${money(p.spent, p.budgetLeft.currency)} spent, `
    + `week ${p.weeksElapsed + 1} of the plan.`;
  if (!p.behind) return `On track. ${head}`;
  const w = p.behind.weeks;
  return `Behind by ${w} week${w === 1 ? '' : 's'}: ${p.behind.overdueSteps.length} step${p.behind.overdueSteps.length === 1 ? '' : 's'} `
    + `past due; the finish moves from ${p.behind.plannedFinish} to ${p.behind.newFinish}. ${head}`;
}

function show(p) {
  standingLine.textContent = standingText(p);
  standingLine.className = `standing ${p.behind ? 'behind' : ''}`;
  standingLine.dataset.behind = String(Boolean(p.behind));
  stepsBody.replaceChildren(...p.steps.map(stepRow));
  const chosen = stepChoice.value;
  stepChoice.replaceChildren(...p.steps.map((s) => el('option', { value: s.credential, text: s.title })));
  if (p.steps.some((s) => s.credential === chosen)) stepChoice.value = chosen;
  form.hidden = !p.steps.length;
  const notes = p.notes.length ? ` ${p.notes.join('; ')}.` : '';
  if (notes) standingLine.textContent += notes;
}

/** Shows the progress of the plan at {@code planPath}; {@code onChange} runs after a step is marked. */
export async function progressView(planPath, onChange) {
  path = planPath;
  changed = onChange;
  statusLine.textContent = '';
  document.getElementById('progress-evidence').value = '';
  document.getElementById('progress-date').value = new Date().toISOString().slice(0, 10);
  show(await get(`${path}/progress`));
}

form.addEventListener('submit', async (e) => {
  e.preventDefault();
  const body = { credential: stepChoice.value, status: document.getElementById('progress-status').value };
  const date = document.getElementById('progress-date').value;
  const url = document.getElementById('progress-evidence').value.trim();
  if (date) body.date = date;
  if (url) body.evidenceUrl = url;
  const button = document.getElementById('record-progress');
  button.disabled = true;
  statusLine.textContent = 'Recording…';
  try {
    const p = await post(`${path}/progress`, body);
    show(p);
    const step = p.steps.find((s) => s.credential === body.credential);
    statusLine.textContent = `Recorded: ${step ? step.title : body.credential} ${STATUS[body.status].toLowerCase()}.`;
    await changed();
  } catch (error) {
    const lines = explainProblem(error);
    statusLine.replaceChildren(el('span', { class: 'error', text: lines[0] }),
      lines.length > 1 ? el('ul', { class: 'error' }, lines.slice(1).map((l) => el('li', { text: l }))) : null);
  } finally {
    button.disabled = false;
  }
});

// What-ifs for one learner: 2-5 scenarios (another target, more money, more hours a week, more weeks, a credential held
// in addition) planned by the API in one request and compared side by side, a column per scenario.
import { post, explainProblem } from './api.js';
import { el, money, hours } from './dom.js';
import { combobox } from './combobox.js';

const form = document.getElementById('whatif-form');
const list = document.getElementById('scenarios');
const target = document.getElementById('whatif-target');
const status = document.getElementById('whatif-status');
const result = document.getElementById('whatif-result');
const addButton = document.getElementById('add-scenario');
const MIN = 2;
const MAX = 5;
let learnerPath = '';
let serial = 0;

function input(n, name, label, attrs = {}) {
  const id = `scenario-${n}-${name}`;
  return el('div', { class: 'field' }, el('label', { for: id, text: label }), el('input', { id, name, ...attrs }));
}

function renumber() {
  [...list.children].forEach((li, i) => {
    li.querySelector('legend').textContent = `Scenario ${i + 1}`;
    li.querySelector('.remove-scenario').setAttribute('aria-label', `Remove scenario ${i + 1}`);
  });
  list.querySelectorAll('.remove-scenario').forEach((b) => { b.disabled = list.children.length <= MIN; });
  addButton.disabled = list.children.length >= MAX;
}

function addScenario(values = {}) {
  const n = ++serial;
  const remove = el('button', { type: 'button', class: 'remove-scenario', text: 'Remove' });
  const item = el('li', { class: 'scenario' }, el('fieldset', {}, el('legend', {}),
    el('div', { class: 'row' },
      input(n, 'name', 'Name', { type: 'text', autocomplete: 'off', value: values.name || '' }),
      input(n, 'target', 'Another target (id or title)', { type: 'text', autocomplete: 'off', value: values.target || '' }),
      input(n, 'maxCost', 'Money (USD)', { type: 'number', min: 0, step: 1, value: values.maxCost ?? '' }),
      input(n, 'hoursPerWeek', 'Hours a week', { type: 'number', min: 0.5, max: 80, step: 0.5, value: values.hoursPerWeek ?? '' }),
      input(n, 'maxWeeks', 'Weeks', { type: 'number', min: 1, max: 520, step: 1, value: values.maxWeeks ?? '' }),
      input(n, 'held', 'Also holds (credential ids, comma-separated)', { type: 'text', autocomplete: 'off', value: values.held || '' })),
    remove));
  remove.addEventListener('click', () => {
    item.remove();
    renumber();
    addButton.focus();
  });
  list.append(item);
  renumber();
  return item;
}

function scenario(li) {
  const value = (name) => li.querySelector(`[name=${name}]`).value.trim();
  const s = {};
  if (value('name')) s.name = value('name');
  if (value('target')) s.target = value('target');
  const budget = {};
  for (const name of ['maxCost', 'hoursPerWeek', 'maxWeeks']) if (value(name) !== '') budget[name] = Number(value(name));
  if (Object.keys(budget).length) s.budget = budget;
  const held = value('held').split(',').map((h) => h.trim()).filter(Boolean);
  if (held.length) s.addHeldCredentials = held;
  return s;
}

function budgetUsed(b) {
  return [b.maxCost === null ? 'no cost limit' : money(b.maxCost, b.currency), `${b.hoursPerWeek} h a week`,
    b.maxWeeks === null ? 'no week limit' : `${b.maxWeeks} weeks`].join(', ');
}

/** The comparison: a column per scenario, a row per measure, so the scenarios read across. */
function comparison(answer) {
  const outcomes = answer.scenarios;
  const row = (label, cell) => el('tr', {}, el('th', { scope: 'row', text: label }), outcomes.map((o, i) => el('td', {}, cell(o, i))));
  const best = (o, f) => (o.best ? f(o.best) : '—');
  return el('div', { class: 'table-frame', tabindex: 0, role: 'region', 'aria-labelledby': 'whatif-caption' },
    el('table', { id: 'whatif-table', class: 'comparison' },
      el('caption', { id: 'whatif-caption', text: `${outcomes.length} scenarios side by side: the leading pathway of each` }),
      el('thead', {}, el('tr', {}, el('td', {}), outcomes.map((o) => el('th', { scope: 'col', class: 'scenario-name', text: o.name })))),
      el('tbody', {},
        row('Target', (o) => o.result.target.title),
        row('Budget used', (o) => budgetUsed(o.budget)),
        row('Also holds', (o) => o.heldCredentialsAdded.join(', ') || '—'),
        row('Leading pathway', (o) => best(o, (b) => b.label)),
        row('Cost', (o) => best(o, (b) => money(b.cost, o.budget.currency))),
        row('Hours', (o) => best(o, (b) => hours(b.hours))),
        row('Weeks', (o) => best(o, (b) => String(b.weeks))),
        row('Coverage', (o, i) => el('span', {}, `${Math.round(o.bestCoverage * 100)}%`,
          el('meter', { min: 0, max: 1, value: o.bestCoverage, 'aria-label': `Coverage of scenario ${i + 1}` }))),
        row('Steps', (o) => (o.best && o.best.steps.length
          ? el('ol', { class: 'compact' }, o.best.steps.map((s) => el('li', { 'data-credential': s.credential },
            `${s.title} `, el('span', { class: 'hint', text: `(weeks ${s.startWeek}–${s.endWeek})` }))))
          : 'No pathway fits')),
        row('Pathways found', (o) => String(o.pathways)))));
}

form.addEventListener('submit', async (e) => {
  e.preventDefault();
  const goal = target.dataset.id || target.value.trim();
  if (!goal) {
    status.replaceChildren(el('span', { class: 'error', text: 'Say which job the scenarios aim at.' }));
    target.focus();
    return;
  }
  const button = document.getElementById('compare');
  button.disabled = true;
  status.textContent = 'Planning every scenario…';
  try {
    const answer = await post(`${learnerPath}/what-if`, { target: goal, scenarios: [...list.children].map(scenario) });
    result.replaceChildren(comparison(answer));
    status.textContent = `${answer.scenarios.length} scenarios compared.`;
  } catch (error) {
    const lines = explainProblem(error);
    status.replaceChildren(el('span', { class: 'error', text: lines[0] }),
      lines.length > 1 ? el('ul', { class: 'error' }, lines.slice(1).map((l) => el('li', { text: l }))) : null);
  } finally {
    button.disabled = false;
  }
});
addButton.addEventListener('click', () => addScenario().querySelector('input').focus());
combobox(target.closest('.field'), (o) => { target.value = o.label; target.dataset.id = o.id; });

/** The what-if form for one learner. */
export const whatIfs = {
  /** Starts over for {@code learner}: as recorded, more money, more hours a week. */
  reset(learner, path) {
    learnerPath = path;
    list.replaceChildren();
    result.replaceChildren();
    status.textContent = '';
    target.value = '';
    delete target.dataset.id;
    const b = learner.budget;
    addScenario({ name: 'As recorded' });
    addScenario({ name: 'More money', maxCost: b.maxCost ? Math.round(b.maxCost * 2) : 3000 });
    addScenario({ name: 'More hours a week', hoursPerWeek: b.hoursPerWeek + 4 });
  },
  /** Aims the scenarios at occupation {@code id}, shown as {@code title}. */
  target(id, title) {
    target.value = title;
    target.dataset.id = id;
  },
};

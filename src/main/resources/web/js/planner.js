// The career-changer page: the form, its state in the address (so a link reproduces the plan), and the answer.
import { get, post, savedKey, saveKey, ProblemError } from './api.js';
import { el } from './dom.js';
import { combobox } from './combobox.js';
import { renderResult } from './results.js';
import { prerequisitesOf } from './prerequisites.js';

const form = document.getElementById('plan-form');
const target = document.getElementById('target');
const current = document.getElementById('current');
const chips = document.getElementById('held-chips');
const skillChips = document.getElementById('skill-chips');
const LEVELS = ['1 basic', '2 working', '3 good', '4 advanced', '5 expert'];
const status = document.getElementById('form-status');
const results = document.getElementById('results');
const resultsBody = document.getElementById('results-body');
const keyInput = document.getElementById('api-key');

function today() {
  return new Date().toISOString().slice(0, 10);
}

function addHeld(id, label) {
  if ([...chips.children].some((li) => li.dataset.id === id)) return;
  const remove = el('button', { type: 'button', class: 'chip-remove', 'aria-label': `Remove ${label}`, text: '×' });
  const chip = el('li', { 'data-id': id }, el('span', { text: label }), remove);
  remove.addEventListener('click', () => {
    chip.remove();
    document.getElementById('held').focus();
  });
  chips.append(chip);
}

function addSkill(id, label, level = 2) {
  if ([...skillChips.children].some((li) => li.dataset.id === id)) return;
  const select = el('select', { 'aria-label': `How well you know ${label}`, class: 'skill-level' },
    LEVELS.map((text, i) => el('option', { value: i + 1, text })));
  select.value = String(level);
  const remove = el('button', { type: 'button', class: 'chip-remove', 'aria-label': `Remove ${label}`, text: '×' });
  const chip = el('li', { 'data-id': id }, el('span', { text: label }), select, remove);
  remove.addEventListener('click', () => {
    chip.remove();
    document.getElementById('skill').focus();
  });
  skillChips.append(chip);
}

function checked(name) {
  return [...form.querySelectorAll(`input[name=${name}]:checked`)].map((c) => c.value);
}

/** The form as query parameters: what a shared link carries. */
function formState() {
  const state = new URLSearchParams();
  state.set('target', target.dataset.id || target.value.trim());
  if (current.dataset.id || current.value.trim()) state.set('current', current.dataset.id || current.value.trim());
  const held = [...chips.children].map((li) => li.dataset.id);
  if (held.length) state.set('held', held.join(','));
  const skills = [...skillChips.children].map((li) => `${li.dataset.id}@${li.querySelector('select').value}`);
  if (skills.length) state.set('skills', skills.join(','));
  for (const name of ['cost', 'hours', 'weeks', 'start']) {
    const value = form.elements[name].value.trim();
    if (value) state.set(name, value);
  }
  state.set('lang', checked('lang').join(','));
  if (checked('delivery').length) state.set('delivery', checked('delivery').join(','));
  return state;
}

function request(state) {
  const number = (name) => (state.has(name) ? Number(state.get(name)) : undefined);
  const list = (name) => (state.get(name) || '').split(',').filter(Boolean);
  const profile = {
    heldCredentials: list('held'),
    heldSkills: list('skills').map((s) => ({ skill: s.slice(0, s.lastIndexOf('@')), level: Number(s.slice(s.lastIndexOf('@') + 1)) })),
  };
  if (state.get('current')) profile.currentOccupation = state.get('current');
  const budget = { hoursPerWeek: number('hours') || 8 };
  if (state.has('cost')) budget.maxCost = number('cost');
  if (state.has('weeks')) budget.maxWeeks = number('weeks');
  const preferences = {};
  if (list('lang').length) preferences.languages = list('lang');
  if (list('delivery').length) preferences.delivery = list('delivery');
  return { target: state.get('target'), profile, budget, preferences, startDate: state.get('start') || today() };
}

function explain(error) {
  if (!(error instanceof ProblemError)) return ['credpath could not be reached. Check your connection and try again.'];
  if (error.status === 401 || error.status === 403) {
    document.querySelector('details.key').open = true;
    return [savedKey() ? `Your API key was not accepted: ${error.message}.`
      : 'This site needs an API key to plan pathways. Enter one under "Have an API key?".'];
  }
  if (error.status === 429) return [`Too many requests: ${error.message}.`];
  return [`${error.title ? `${error.title}: ` : ''}${error.message}`, ...error.errors.map((e) => `${e.field}: ${e.message}`)];
}

async function plan(state) {
  const button = document.getElementById('plan-button');
  button.disabled = true;
  status.textContent = 'Planning…';
  results.setAttribute('aria-busy', 'true');
  try {
    const body = request(state);
    const result = await post('/pathways', body);
    const prerequisites = await prerequisitesOf(result.pathways);
    const shareUrl = `${location.origin}${location.pathname}?${state}`;
    history.replaceState(null, '', `?${state}`);
    resultsBody.replaceChildren(...renderResult(result, prerequisites, shareUrl, body.startDate).filter(Boolean));
    results.hidden = false;
    status.textContent = `${result.pathways.length} pathway${result.pathways.length === 1 ? '' : 's'} found.`;
    results.focus();
  } catch (error) {
    const lines = explain(error);
    status.replaceChildren(el('span', { class: 'error', text: lines[0] }),
      lines.length > 1 ? el('ul', { class: 'error' }, lines.slice(1).map((l) => el('li', { text: l }))) : null);
    if (error instanceof ProblemError) {
      target.setAttribute('aria-invalid', String(error.status === 404 || error.status === 422));
    }
  } finally {
    button.disabled = false;
    results.removeAttribute('aria-busy');
  }
}

/** Fills the form from a shared link, naming ids by their titles. */
async function restore(state) {
  const title = async (path, id) => {
    try {
      const found = await get(`${path}/${encodeURIComponent(id)}`);
      return found.title || found.name || id;
    } catch (e) {
      return id;
    }
  };
  for (const [input, name] of [[target, 'target'], [current, 'current']]) {
    if (!state.get(name)) continue;
    input.dataset.id = state.get(name);
    input.value = await title('/occupations', state.get(name));
  }
  for (const id of (state.get('held') || '').split(',').filter(Boolean)) addHeld(id, await title('/credentials', id));
  for (const s of (state.get('skills') || '').split(',').filter(Boolean)) {
    const id = s.slice(0, s.lastIndexOf('@'));
    addSkill(id, await title('/skills', id), Number(s.slice(s.lastIndexOf('@') + 1)) || 2);
  }
  for (const name of ['cost', 'hours', 'weeks', 'start']) if (state.has(name)) form.elements[name].value = state.get(name);
  if (state.has('lang')) {
    const langs = state.get('lang').split(',');
    form.querySelectorAll('input[name=lang]').forEach((c) => { c.checked = langs.includes(c.value); });
  }
  const delivery = (state.get('delivery') || '').split(',');
  form.querySelectorAll('input[name=delivery]').forEach((c) => { c.checked = delivery.includes(c.value); });
}

combobox(target.closest('.field'), (o) => { target.value = o.label; target.dataset.id = o.id; target.removeAttribute('aria-invalid'); });
combobox(current.closest('.field'), (o) => { current.value = o.label; current.dataset.id = o.id; });
combobox(document.getElementById('held').closest('.field'), (o) => {
  addHeld(o.id, o.label);
  document.getElementById('held').value = '';
});
combobox(document.getElementById('skill').closest('.field'), (o) => {
  addSkill(o.id, o.label);
  document.getElementById('skill').value = '';
});
keyInput.value = savedKey();
keyInput.addEventListener('change', () => saveKey(keyInput.value.trim()));
document.getElementById('start').value = today();

form.addEventListener('submit', (e) => {
  e.preventDefault();
  if (!target.value.trim()) {
    target.setAttribute('aria-invalid', 'true');
    status.replaceChildren(el('span', { class: 'error', text: 'Say which job you want first.' }));
    target.focus();
    return;
  }
  plan(formState());
});

// A printed plan shows every step's reasons: the closed "Why this?" sections open for printing and close after.
let openedForPrint = [];
window.addEventListener('beforeprint', () => {
  openedForPrint = [...document.querySelectorAll('#results details.why:not([open])')];
  openedForPrint.forEach((d) => { d.open = true; });
});
window.addEventListener('afterprint', () => openedForPrint.forEach((d) => { d.open = false; }));

const shared = new URLSearchParams(location.search);
if (shared.get('target')) restore(shared).then(() => plan(formState()));

// What a planned cohort needs: the demand report as a bar chart with the same figures in a table, its two CSV
// exports, the gap skills by prevalence, and a shared budget allocated across the cohort (whose demand then replaces
// the planned-alone one).
import { get, getText, post, explainProblem } from './api.js';
import { el, money, download } from './dom.js';
import { demandChart } from './barchart.js';

const section = document.getElementById('demand');
const chartArea = document.getElementById('demand-chart');
const basis = document.getElementById('demand-basis');
const downloadStatus = document.getElementById('download-status');
const terms = document.getElementById('allocation-terms');
const allocationStatus = document.getElementById('allocation-status');
const allocationResult = document.getElementById('allocation-result');
const SHOWN = 15;
let cohort = '';
let allocation = '';
let credentials = [];
let serial = 0;

function failure(target, error) {
  const lines = explainProblem(error);
  target.replaceChildren(el('span', { class: 'error', text: lines[0] }),
    lines.length > 1 ? el('ul', { class: 'error' }, lines.slice(1).map((l) => el('li', { text: l }))) : null);
}

function table(id, caption, head, rows) {
  return el('div', { class: 'table-frame', tabindex: 0, role: 'region', 'aria-labelledby': `${id}-caption` },
    el('table', { id }, el('caption', { id: `${id}-caption`, text: caption }),
      el('thead', {}, el('tr', {}, head.map((h) => el('th', { scope: 'col', text: h })))),
      el('tbody', {}, rows.map((cells) => el('tr', {}, cells.map((c, i) => (i === 0 ? el('th', { scope: 'row', text: c }) : el('td', { text: c }))))))));
}

function credentialRows(report) {
  return report.credentials.map((c) => [c.title, String(c.seats), money(c.listCost), c.percentOff ? `${c.percentOff}%` : '—',
    money(c.cost), c.byQuarter.map((q) => `${q.quarter}: ${q.seats}`).join(', '), c.learners.map((l) => l.reference).join(', ')]);
}

function gapSkills(report) {
  if (!report.gapSkills.length) return null;
  return table('gap-skills-table', `Gap skills by prevalence among the ${report.planned} planned members`,
    ['Gap item', 'Kind', 'Learners', 'Share', 'The catalogue closes it for'],
    report.gapSkills.slice(0, 12).map((g) => [g.name, g.kind, String(g.learners), `${Math.round(g.share * 100)}%`, String(g.coverable)]));
}

async function show() {
  const report = await get(`/advising/cohorts/${encodeURIComponent(cohort)}/demand`, allocation ? { allocation } : {});
  credentials = report.credentials;
  section.hidden = false;
  basis.textContent = `${report.withPathway} of ${report.planned} planned members have a pathway; `
    + `${money(report.cost)} in all (${money(report.listCost)} at list prices). Basis: ${report.basis}.`;
  const room = Math.min(document.documentElement.clientWidth, 1152) - 34;
  const shown = report.credentials.slice(0, SHOWN);
  const frame = el('div', { class: 'chart-frame', tabindex: 0, role: 'region', 'aria-label': 'Demand chart (scrolls sideways)' },
    demandChart(shown, 'USD', `demand-${serial += 1}`, room));
  chartArea.replaceChildren(...[
    report.credentials.length ? frame : el('p', { text: 'No member has a credential to take, so there is nothing to chart.' }),
    report.credentials.length > SHOWN ? el('p', { class: 'hint', text: `The chart shows the ${SHOWN} credentials with most seats; the table lists all ${report.credentials.length}.` }) : null,
    report.credentials.length ? el('details', { class: 'chart-table', id: 'demand-table-details' },
      el('summary', { text: 'The chart as a table' }),
      table('demand-table', 'Credentials needed, most seats first', ['Credential', 'Seats', 'List cost', 'Group discount', 'Cost',
        'Seats by quarter of start', 'Learners'], credentialRows(report))) : null].filter(Boolean));
  document.getElementById('gap-skills').replaceChildren(gapSkills(report) || '');
  addTermsChoices();
  return report;
}

async function csv(kind) {
  downloadStatus.textContent = 'Preparing the file…';
  try {
    const text = await getText(`/advising/cohorts/${encodeURIComponent(cohort)}/demand/${kind}.csv`, allocation ? { allocation } : {});
    download(`${cohort}-${kind}.csv`, 'text/csv', text);
    downloadStatus.textContent = `Downloaded ${cohort}-${kind}.csv.`;
  } catch (error) {
    failure(downloadStatus, error);
  }
}

function addTermsChoices() {
  terms.querySelectorAll('select').forEach((select) => {
    const chosen = select.value;
    select.replaceChildren(...credentials.map((c) => el('option', { value: c.credential, text: c.title })));
    if (credentials.some((c) => c.credential === chosen)) select.value = chosen;
  });
}

function addTerms() {
  const n = ++serial;
  const field = (name, label, attrs) => el('div', { class: 'field' }, el('label', { for: `terms-${n}-${name}`, text: label }),
    el(attrs.tag || 'input', { id: `terms-${n}-${name}`, name, ...attrs, tag: null }));
  const remove = el('button', { type: 'button', class: 'remove-terms', text: 'Remove' });
  const item = el('li', {}, el('div', { class: 'row' },
    field('credential', 'Credential', { tag: 'select' }),
    field('seatLimit', 'Seat limit', { type: 'number', min: 1, step: 1 }),
    field('minSeats', 'Discount from seats', { type: 'number', min: 1, step: 1 }),
    field('percentOff', 'Percent off', { type: 'number', min: 1, max: 99, step: 1 })), remove);
  remove.setAttribute('aria-label', 'Remove these terms');
  remove.addEventListener('click', () => {
    item.remove();
    document.getElementById('add-terms').focus();
  });
  terms.append(item);
  addTermsChoices();
  item.querySelector('select').focus();
}

function termsBody(li) {
  const value = (name) => li.querySelector(`[name=${name}]`).value.trim();
  const t = { credential: value('credential') };
  if (value('seatLimit')) t.seatLimit = Number(value('seatLimit'));
  if (value('minSeats') || value('percentOff')) t.discounts = [{ minSeats: Number(value('minSeats')), percentOff: Number(value('percentOff')) }];
  return t;
}

function allocationView(a) {
  const sum = (v) => String(Math.round(v * 100) / 100);
  const summary = table('allocation-summary', 'The shared budget against planning each learner alone and cutting',
    ['Measure', 'Shared budget', 'Each alone, cut at the budget'], [
      ['Learners given a pathway', String(a.shared.learners), String(a.alone.learners)],
      ['Total coverage (sum of shares of each gap closed)', sum(a.shared.coverage), sum(a.alone.coverage)],
      ['Total cost', money(a.shared.cost, a.terms.currency), money(a.alone.cost, a.terms.currency)]]);
  const proof = a.optimal ? 'This is the best selection there is (proven optimal).'
    : `Best found within the work limit; the optimum is at most ${Math.round(a.upperBound * 100) / 100}.`;
  const members = table('allocation-members', 'Each member', ['Reference', 'Pathway', 'Coverage', 'List cost', 'Alone'],
    a.members.map((m) => [m.reference, m.label || 'none', `${Math.round(m.coverage * 100)}%`, money(m.listCost, a.terms.currency),
      m.alonePathway === null ? 'none' : `pathway ${m.alonePathway + 1}`]));
  return el('div', { class: 'allocation' }, summary, el('p', { class: 'proof', text: proof }),
    el('details', {}, el('summary', { text: `Each member (${a.members.length})` }), members));
}

document.getElementById('download-credentials').addEventListener('click', () => csv('credentials'));
document.getElementById('download-gap-skills').addEventListener('click', () => csv('gap-skills'));
document.getElementById('add-terms').addEventListener('click', addTerms);
document.getElementById('allocation-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const budget = document.getElementById('allocation-budget');
  if (budget.value.trim() === '') {
    allocationStatus.replaceChildren(el('span', { class: 'error', text: 'Say how much the whole cohort may spend.' }));
    budget.focus();
    return;
  }
  const button = document.getElementById('allocate');
  button.disabled = true;
  allocationStatus.textContent = 'Choosing pathways under the shared budget…';
  try {
    const a = await post(`/advising/cohorts/${encodeURIComponent(cohort)}/allocations`,
      { budget: Number(budget.value), credentials: [...terms.children].map(termsBody) });
    allocationResult.replaceChildren(allocationView(a));
    allocation = a.id;
    await show();
    allocationStatus.textContent = `Allocated: ${a.shared.learners} learners given a pathway for ${money(a.shared.cost, a.terms.currency)}; `
      + 'the chart now shows what this allocation needs.';
  } catch (error) {
    failure(allocationStatus, error);
  } finally {
    button.disabled = false;
  }
});

/** Shows what cohort {@code id} needs, each member's leading pathway planned alone, with the allocation form. */
export async function showDemand(id) {
  cohort = id;
  allocation = '';
  terms.replaceChildren();
  allocationResult.replaceChildren();
  allocationStatus.textContent = '';
  const report = await show();
  section.focus();
  return report;
}

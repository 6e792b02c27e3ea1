// One planning answer as the page shows it: notes, the alternatives side by side, the timeline with its exports,
// and what the rules left out.
import { el, money, hours, download } from './dom.js';
import { timeline, svgFile } from './timeline.js';
import { calendar } from './calendar.js';

function reasons(list, cls) {
  return list.length ? el('ul', { class: cls }, list.map((r) => el('li', { 'data-rule': r.rule, text: r.text }))) : null;
}

function coverageMeter(pathway, n) {
  const percent = Math.round(pathway.coverage * 100);
  return el('div', { class: 'coverage' },
    el('label', { for: `coverage-${n}`, text: `Coverage of what courses can teach: ${percent}%` }),
    el('meter', { id: `coverage-${n}`, min: 0, max: 1, low: 0.5, high: 0.9, optimum: 1, value: pathway.coverage, text: `${percent}%` }));
}

function step(s, n, currency) {
  return el('li', { class: 'step', 'data-credential': s.credential },
    el('p', { class: 'step-title' }, el('strong', { text: s.title }), ` — ${s.provider}`),
    el('p', { class: 'step-facts', text: `${s.costKnown ? money(s.cost, currency) : 'cost unknown'} · ${hours(s.hours)} · `
      + `weeks ${s.startWeek}–${s.endWeek}` }),
    el('details', { class: 'why' }, el('summary', { text: 'Why this?' }), reasons(s.reasons, 'reasons')));
}

function card(pathway, n) {
  const t = pathway.totals;
  return el('article', { class: 'alternative', 'aria-labelledby': `alt-${n}-label`, 'data-label': pathway.label },
    el('h3', { id: `alt-${n}-label`, class: 'alt-label', text: pathway.label }),
    pathway.optimal ? null : el('p', { class: 'badge', text: 'Best found, not proven optimal' }),
    el('dl', { class: 'totals' },
      el('div', {}, el('dt', { text: 'Cost' }), el('dd', { class: 'total-cost', text: money(t.cost, t.currency) })),
      el('div', {}, el('dt', { text: 'Hours' }), el('dd', { text: hours(t.hours) })),
      el('div', {}, el('dt', { text: 'Weeks' }), el('dd', { class: 'total-weeks', text: String(t.weeks) }))),
    coverageMeter(pathway, n),
    el('ol', { class: 'steps' }, pathway.steps.map((s, i) => step(s, i, t.currency))),
    pathway.stacksEarned.length ? el('div', { class: 'stacks' }, el('h4', { text: 'Stacks you earn on the way' }),
      el('ul', {}, pathway.stacksEarned.map((s) => el('li', { text: s.title })))) : null,
    pathway.warnings.length ? el('div', { class: 'warnings' }, el('h4', { text: 'Watch out' }), reasons(pathway.warnings)) : null,
    pathway.suggestions.length ? el('div', { class: 'suggestions' }, el('h4', { text: 'Suggestions' }), reasons(pathway.suggestions)) : null);
}

function timelineSection(result, prerequisites, start) {
  const chooser = el('select', { id: 'timeline-choice' },
    result.pathways.map((p, i) => el('option', { value: i, text: `${p.label} (${money(p.totals.cost, p.totals.currency)}, ${p.totals.weeks} weeks)` })));
  const frame = el('div', { class: 'timeline-frame', tabindex: 0, role: 'region', 'aria-label': 'Timeline (scrolls sideways)' });
  const room = () => Math.min(document.documentElement.clientWidth, 1152) - 34;
  const show = () => frame.replaceChildren(timeline(result.pathways[Number(chooser.value)], prerequisites, `timeline-${chooser.value}`, room()));
  chooser.addEventListener('change', show);
  show();
  const chosen = () => result.pathways[Number(chooser.value)];
  const slug = () => chosen().label.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
  const svgButton = el('button', { type: 'button', id: 'download-svg', text: 'Download the timeline (SVG)' });
  svgButton.addEventListener('click', () => download(`credpath-${slug()}.svg`, 'image/svg+xml', svgFile(frame.firstChild)));
  const icsButton = el('button', { type: 'button', id: 'download-ics', text: 'Add the steps to a calendar (.ics)' });
  icsButton.addEventListener('click', () => download(`credpath-${slug()}.ics`, 'text/calendar',
    calendar(chosen(), result.target.title, start)));
  const printButton = el('button', { type: 'button', id: 'print', text: 'Print' });
  printButton.addEventListener('click', () => window.print());
  return el('section', { class: 'timeline', 'aria-labelledby': 'timeline-heading' },
    el('h3', { id: 'timeline-heading', text: 'Week by week' }),
    el('div', { class: 'field' }, el('label', { for: 'timeline-choice', text: 'Show the timeline of' }), chooser),
    frame,
    el('p', { class: 'legend', text: 'Bars are steps with their hours a week; arrows run from a prerequisite to the step that needs it; '
      + 'diamonds mark a stack earned.' }),
    el('div', { class: 'actions no-print' }, svgButton, icsButton, printButton));
}

function excludedSection(excluded) {
  if (!excluded.length) return null;
  return el('details', { class: 'excluded', id: 'excluded' },
    el('summary', { text: `Why not …? ${excluded.length} credential${excluded.length === 1 ? '' : 's'} the rules left out` }),
    el('ul', {}, excluded.map((x) => el('li', { 'data-credential': x.credential },
      el('code', { text: x.credential }), ': ', x.reason))));
}

function gapSection(gap) {
  if (!gap.length) return null;
  return el('details', { class: 'gap' }, el('summary', { text: `What the job needs that you do not hold yet (${gap.length})` }),
    el('ul', {}, gap.map((g) => el('li', { text: g.coverable === false ? `${g.name} (no course in the catalogue teaches it)` : g.name }))));
}

function shareSection(shareUrl) {
  const share = el('input', { id: 'share-url', type: 'url', readonly: true, value: shareUrl });
  const copy = el('button', { type: 'button', id: 'copy-share', text: 'Copy link' });
  const copied = el('span', { class: 'status', role: 'status' });
  copy.addEventListener('click', async () => {
    share.select();
    try {
      await navigator.clipboard.writeText(share.value);
      copied.textContent = 'Copied.';
    } catch (e) {
      copied.textContent = 'Select the link and copy it.';
    }
  });
  return el('div', { class: 'share no-print' }, el('label', { for: 'share-url', text: 'Link to this plan' }), share, copy, copied);
}

/**
 * The whole answer, with the share link {@code shareUrl} (none when null: a saved plan has no public link);
 * {@code start} dates the calendar.
 */
export function renderResult(result, prerequisites, shareUrl, start) {
  return [
    el('p', { class: 'target', id: 'target-title' }, 'Into ', el('strong', { text: result.target.title }), ` (${result.target.id})`),
    result.notes.length ? el('div', { class: 'notes' }, reasons(result.notes, 'notes-list')) : null,
    result.pathways.length
      ? el('div', { class: 'alternatives', id: 'alternatives' }, result.pathways.map((p, i) => card(p, i)))
      : el('p', { class: 'empty', text: 'No pathway fits this budget; the notes above say what more budget would close.' }),
    result.pathways.length ? timelineSection(result, prerequisites, start) : null,
    gapSection(result.gap),
    excludedSection(result.excluded),
    shareUrl ? shareSection(shareUrl) : null,
  ];
}

// The plan as a picture: an SVG Gantt chart with weeks across, one bar per step labelled with its weekly hours,
// arrows from each prerequisite to the step that needs it, and a milestone where a stack is earned.
import { SVG_NS, shorten, svg } from './dom.js';
const LABEL_WIDTH = 210;
const ROW = 34;
const TOP = 40;
const INK = '#1f2328';
const GRID = '#d0d7de';
const BAR = '#0b5cad';
const ARROW = '#57606a';
const MILESTONE = '#6f42c1';

function hoursLabel(weekly) {
  const low = Math.min(...weekly);
  const high = Math.max(...weekly);
  const round = (h) => Math.round(h * 10) / 10;
  return low === high ? `${round(high)} h/wk` : `${round(low)}–${round(high)} h/wk`;
}

/** The week a stack is earned: when the last of the pathway's steps that complete it ends. */
function earnedWeek(stack, steps) {
  const ends = steps.filter((s) => stack.via.includes(s.credential)).map((s) => s.endWeek);
  return ends.length ? Math.max(...ends) : Math.max(...steps.map((s) => s.endWeek));
}

/**
 * The Gantt chart of {@code pathway}; {@code prerequisites} maps a step's credential id to the ids of the pathway's
 * steps it requires; {@code id} makes the chart's element ids unique on the page; {@code room} is the width it may fill.
 */
export function timeline(pathway, prerequisites, id, room = 960) {
  const steps = pathway.steps;
  const weeks = Math.max(pathway.totals.weeks, ...steps.map((s) => s.endWeek), 1);
  // A short plan spreads over the room there is, a long one scrolls sideways with weeks still wide enough to read.
  const weekWidth = Math.max(22, Math.min(60, Math.floor((room - LABEL_WIDTH - 24) / weeks)));
  const stacks = pathway.stacksEarned || [];
  const width = LABEL_WIDTH + weeks * weekWidth + 24;
  const height = TOP + steps.length * ROW + (stacks.length ? 24 + stacks.length * 22 : 0) + 16;
  const root = svg('svg', {
    xmlns: SVG_NS, width, height, viewBox: `0 0 ${width} ${height}`, role: 'img',
    'aria-labelledby': `${id}-title ${id}-desc`, 'font-family': 'system-ui, -apple-system, Segoe UI, sans-serif',
    'font-size': 12, class: 'timeline-chart',
  });
  root.append(svg('title', { id: `${id}-title` }, `Timeline of the ${pathway.label} pathway: ${weeks} weeks`));
  root.append(svg('desc', { id: `${id}-desc` }, steps.map((s, i) => `Step ${i + 1}: ${s.title}, weeks ${s.startWeek} to `
    + `${s.endWeek}, ${hoursLabel(s.weeklyHours)}.`).join(' ')));
  root.append(svg('rect', { x: 0, y: 0, width, height, fill: '#ffffff' }));
  const defs = svg('defs');
  const marker = svg('marker', { id: `${id}-arrow`, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto' });
  marker.append(svg('path', { d: 'M0,0 L10,5 L0,10 z', fill: ARROW }));
  defs.append(marker);
  root.append(defs);

  const x = (week) => LABEL_WIDTH + (week - 1) * weekWidth;
  const rowY = (i) => TOP + i * ROW;
  const every = weeks <= 13 ? 1 : weeks <= 30 ? 2 : weeks <= 60 ? 4 : 8;
  const chartBottom = rowY(steps.length);
  root.append(svg('text', { x: 8, y: 18, fill: INK, 'font-weight': 600 }, 'Week'));
  for (let w = 1; w <= weeks; w++) {
    if ((w - 1) % every !== 0) continue;
    root.append(svg('line', { x1: x(w), y1: TOP - 8, x2: x(w), y2: chartBottom, stroke: GRID, 'stroke-width': 1 }));
    root.append(svg('text', { x: x(w) + weekWidth / 2, y: 18, fill: INK, 'text-anchor': 'middle' }, String(w)));
  }
  steps.forEach((step, i) => {
    const y = rowY(i);
    const group = svg('g', { class: 'step', 'data-credential': step.credential });
    group.append(svg('title', {}, `${step.title} (${step.provider}): weeks ${step.startWeek}–${step.endWeek}, `
      + `${hoursLabel(step.weeklyHours)}`));
    group.append(svg('text', { x: 8, y: y + ROW / 2 + 4, fill: INK }, shorten(`${i + 1}. ${step.title}`, 30)));
    const barX = x(step.startWeek) + 1;
    const barWidth = (step.endWeek - step.startWeek + 1) * weekWidth - 2;
    group.append(svg('rect', { x: barX, y: y + 6, width: barWidth, height: ROW - 12, rx: 4, fill: BAR }));
    const label = hoursLabel(step.weeklyHours);
    const fits = barWidth > label.length * 6.5 + 8;
    group.append(svg('text', { x: fits ? barX + 6 : barX + barWidth + 4, y: y + ROW / 2 + 4, fill: fits ? '#ffffff' : INK }, label));
    root.append(group);
  });
  const index = new Map(steps.map((s, i) => [s.credential, i]));
  steps.forEach((step, i) => {
    for (const before of prerequisites[step.credential] || []) {
      const j = index.get(before);
      if (j === undefined) continue;
      const from = steps[j];
      const x1 = x(from.endWeek + 1) - 1;
      const y1 = rowY(j) + ROW / 2;
      const x2 = x(step.startWeek) + 1;
      const y2 = rowY(i) + ROW / 2;
      const bend = Math.min(x1 + 8, x2 - 4);
      root.append(svg('path', {
        class: 'prerequisite', d: `M${x1},${y1} H${bend} V${y2} H${x2}`, fill: 'none', stroke: ARROW, 'stroke-width': 1.5,
        'marker-end': `url(#${id}-arrow)`, 'data-from': before, 'data-to': step.credential,
      }));
    }
  });
  stacks.forEach((stack, n) => {
    const week = earnedWeek(stack, steps);
    const mx = x(week + 1);
    const my = chartBottom + 20 + n * 22;
    root.append(svg('line', { x1: mx, y1: TOP - 8, x2: mx, y2: my, stroke: MILESTONE, 'stroke-dasharray': '4 3' }));
    root.append(svg('path', { class: 'milestone', d: `M${mx},${my - 7} L${mx + 7},${my} L${mx},${my + 7} L${mx - 7},${my} z`, fill: MILESTONE }));
    root.append(svg('text', { x: mx - 12, y: my + 4, fill: INK, 'text-anchor': 'end' }, `Week ${week}: earns ${shorten(stack.title, 40)}`));
  });
  return root;
}

/** The chart as a standalone SVG file's text. */
export function svgFile(chart) {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(chart)}\n`;
}

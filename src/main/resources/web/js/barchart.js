// What a cohort needs, as a picture: an SVG bar chart with a row per credential, one bar for its seats and one for its
// cost, each labelled with its number. The chart names itself and lists every bar in its <desc>; the page puts the same
// figures in a table beside it.
import { SVG_NS, money, shorten, svg } from './dom.js';

const ROW = 46;
const TOP = 44;
const INK = '#1f2328';
const GRID = '#d0d7de';
const SEATS = '#0b5cad';
const COST = '#6f42c1';

/**
 * The chart of {@code credentials} (the demand report's, most seats first) priced in {@code currency}; {@code id} makes
 * its element ids unique; {@code room} is the width it may fill (it keeps a readable minimum and scrolls below it).
 */
export function demandChart(credentials, currency, id, room = 960) {
  const width = Math.max(520, Math.min(room, 1100));
  const labelWidth = Math.min(260, Math.round(width * 0.34));
  const valueRoom = 110;
  const barRoom = width - labelWidth - valueRoom - 16;
  const height = TOP + credentials.length * ROW + 8;
  const maxSeats = Math.max(1, ...credentials.map((c) => c.seats));
  const maxCost = Math.max(1, ...credentials.map((c) => c.cost));
  const root = svg('svg', {
    xmlns: SVG_NS, width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': `${id}-title ${id}-desc`,
    'font-family': 'system-ui, -apple-system, Segoe UI, sans-serif', 'font-size': 12, class: 'demand-chart',
  });
  root.append(svg('title', { id: `${id}-title` }, `Credentials the cohort needs, by seats and by cost (${credentials.length} credentials)`));
  root.append(svg('desc', { id: `${id}-desc` }, credentials.map((c) => `${c.title}: ${c.seats} seat${c.seats === 1 ? '' : 's'}, `
    + `${money(c.cost, currency)}.`).join(' ')));
  root.append(svg('rect', { x: 0, y: 0, width, height, fill: '#ffffff' }));
  const legend = (x, colour, text) => {
    root.append(svg('rect', { x, y: 10, width: 14, height: 14, fill: colour }));
    root.append(svg('text', { x: x + 20, y: 22, fill: INK }, text));
  };
  legend(labelWidth, SEATS, 'Seats');
  legend(labelWidth + 80, COST, `Cost after group discounts (${currency})`);
  const x0 = labelWidth + 8;
  root.append(svg('line', { x1: x0, y1: TOP - 6, x2: x0, y2: height - 4, stroke: GRID }));
  credentials.forEach((c, i) => {
    const y = TOP + i * ROW;
    const group = svg('g', { class: 'bar', 'data-credential': c.credential });
    group.append(svg('title', {}, `${c.title}: ${c.seats} seats, ${money(c.cost, currency)}`));
    group.append(svg('text', { x: 8, y: y + 22, fill: INK }, shorten(c.title, Math.floor(labelWidth / 7))));
    const seatsWidth = Math.max(2, (c.seats / maxSeats) * barRoom);
    const costWidth = Math.max(c.cost > 0 ? 2 : 0, (c.cost / maxCost) * barRoom);
    group.append(svg('rect', { class: 'seats', x: x0, y: y + 4, width: seatsWidth, height: 16, fill: SEATS, 'data-value': c.seats }));
    group.append(svg('text', { x: x0 + seatsWidth + 6, y: y + 16, fill: INK }, `${c.seats} seat${c.seats === 1 ? '' : 's'}`));
    group.append(svg('rect', { class: 'cost', x: x0, y: y + 22, width: costWidth, height: 16, fill: COST, 'data-value': c.cost }));
    group.append(svg('text', { x: x0 + costWidth + 6, y: y + 34, fill: INK }, money(c.cost, currency)));
    root.append(group);
  });
  return root;
}

// Which steps of a pathway need which others: read from the credentials' prerequisite trees, for the timeline's arrows.
import { get } from './api.js';

/** The ids of the pathway steps each step requires directly, from the credentials' prerequisite trees. */
export async function prerequisitesOf(pathways) {
  const ids = [...new Set(pathways.flatMap((p) => p.steps.map((s) => s.credential)))];
  const collect = (node, out) => {
    if (!node) return out;
    if (node.kind === 'credential') out.push(node.credential);
    for (const child of node.of || []) collect(child, out);
    return out;
  };
  const entries = await Promise.all(ids.map(async (id) => {
    try {
      return [id, collect((await get(`/credentials/${encodeURIComponent(id)}`)).prerequisites, [])];
    } catch (e) {
      return [id, []];
    }
  }));
  return Object.fromEntries(entries);
}

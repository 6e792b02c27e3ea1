// Typo-tolerant autocomplete on the ARIA combobox pattern: the API's search answers as you type, arrows move through
// the options, Enter or a click picks one, Escape closes the list.
import { get } from './api.js';
import { el } from './dom.js';

const SOURCES = {
  // Occupation search matches titles and alternate titles, forgiving spelling mistakes.
  occupations: async (q) => (await get('/occupations', { q, limit: 8 })).map((o) => ({ id: o.id, label: o.title })),
  // Suggestions cover occupations, skills and credentials; each held field takes its own kind.
  credentials: (q) => suggestions(q, 'credential'),
  skills: (q) => suggestions(q, 'skill'),
};

async function suggestions(q, kind) {
  return (await get('/suggest', { q, limit: 20 })).filter((s) => s.kind === kind).slice(0, 8).map((s) => ({ id: s.id, label: s.label }));
}

/** Wires the combobox inside {@code field}; {@code onPick(option)} runs when an option is chosen. */
export function combobox(field, onPick) {
  const input = field.querySelector('input');
  const list = field.querySelector('[role=listbox]');
  const source = SOURCES[field.dataset.source];
  let options = [];
  let active = -1;
  let asked = 0;
  let timer = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const highlight = (i) => {
    active = i;
    [...list.children].forEach((li, n) => li.setAttribute('aria-selected', String(n === i)));
    if (i >= 0) {
      input.setAttribute('aria-activedescendant', list.children[i].id);
      list.children[i].scrollIntoView({ block: 'nearest' });
    }
  };
  const pick = (i) => {
    const option = options[i];
    close();
    if (option) onPick(option);
  };
  const show = (found) => {
    options = found;
    list.replaceChildren(...found.map((o, i) => {
      const li = el('li', { id: `${list.id}-${i}`, role: 'option', 'aria-selected': 'false', 'data-id': o.id, text: o.label });
      li.addEventListener('mousedown', (e) => e.preventDefault());
      li.addEventListener('click', () => pick(i));
      return li;
    }));
    list.hidden = found.length === 0;
    input.setAttribute('aria-expanded', String(found.length > 0));
    active = -1;
  };
  const lookUp = async () => {
    const q = input.value.trim();
    const ticket = ++asked;
    if (q.length < 2) return show([]);
    try {
      const found = await source(q);
      if (ticket === asked) show(found);
    } catch (e) {
      if (ticket === asked) show([]);
    }
  };

  input.addEventListener('input', () => {
    delete input.dataset.id;
    clearTimeout(timer);
    timer = setTimeout(lookUp, 150);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && options.length) {
      e.preventDefault();
      if (list.hidden) show(options);
      highlight((active + 1) % options.length);
    } else if (e.key === 'ArrowUp' && options.length) {
      e.preventDefault();
      highlight(active <= 0 ? options.length - 1 : active - 1);
    } else if (e.key === 'Enter' && !list.hidden && active >= 0) {
      e.preventDefault();
      pick(active);
    } else if (e.key === 'Escape' && !list.hidden) {
      e.preventDefault();
      close();
    }
  });
  input.addEventListener('blur', close);
}

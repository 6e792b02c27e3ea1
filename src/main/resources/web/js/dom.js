// Building DOM from data without ever parsing it as HTML: every text lands in a text node.

/**
 * An element {@code tag} with {@code attrs} (attributes; 'class' and 'text' are shortcuts) and {@code children}
 * (nodes, strings as text nodes, null skipped).
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'text') node.textContent = String(value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

/** Appends {@code children} to {@code node}: nodes as they are, anything else as text. */
export function append(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** An amount of money, e.g. "USD 198" or "USD 98.50". */
export function money(amount, currency = 'USD') {
  const whole = Math.round(amount) === amount;
  return `${currency} ${amount.toLocaleString('en-US', { minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: 2 })}`;
}

/** A number of hours, e.g. "70 h" or "6.5 h". */
export function hours(value) {
  return `${Math.round(value * 10) / 10} h`;
}

/** Offers {@code text} as a file {@code name} of type {@code type} to download (no URL ever holds the data). */
export function download(name, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = el('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element with these attributes and, if given, this text (always as text, never as markup). */
export function svg(tag, attrs = {}, text) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The text cut to {@code max} characters, with an ellipsis when cut. */
export function shorten(text, max) {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

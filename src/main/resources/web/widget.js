/*
 * credpath's partner widget. One script tag on any page:
 *   <script src="https://HOST/widget.js" data-key="PARTNER_KEY" data-target="15-2051.01"
 *           data-max-cost="600" data-max-weeks="26" data-hours-per-week="8"></script>
 * or, once the script is loaded, the element <credpath-pathways key="..." target="..." max-cost="600"></credpath-pathways>.
 * It renders in a shadow root, so the page's CSS cannot reach it; theme it with CSS custom properties on the element:
 * --credpath-accent, --credpath-text, --credpath-muted, --credpath-background, --credpath-border, --credpath-font,
 * --credpath-font-size, --credpath-radius.
 * Every text from the API is set as text, never parsed as HTML.
 */
(() => {
  const script = document.currentScript;
  const home = new URL(script && script.src ? script.src : location.href).origin;
  const CSS = `
:host { display: block; }
.frame { all: initial; display: block; box-sizing: border-box; max-width: 100%; line-height: 1.45;
  font-family: var(--credpath-font, system-ui, sans-serif); font-size: var(--credpath-font-size, 16px);
  color: var(--credpath-text, #1f2328); background: var(--credpath-background, #ffffff);
  border: 1px solid var(--credpath-border, #8c959f); border-radius: var(--credpath-radius, 8px); padding: 12px 16px; }
h2 { font-size: 1.15em; margin: 0 0 8px; }
h3 { font-size: 1em; margin: 0 0 4px; color: var(--credpath-accent, #0b5cad); text-transform: capitalize; }
.alternatives { display: grid; grid-template-columns: repeat(auto-fit, minmax(200px, 1fr)); gap: 10px; }
section { border: 1px solid var(--credpath-border, #8c959f); border-radius: var(--credpath-radius, 8px); padding: 8px 10px; }
.totals { font-weight: 600; margin: 0 0 4px; }
ol { margin: 0; padding-left: 1.2em; }
li { margin-bottom: 4px; }
.muted { color: var(--credpath-muted, #57606a); font-size: .9em; }
.error { color: #b42318; font-weight: 600; margin: 0; }
a { color: var(--credpath-accent, #0b5cad); }
.more { margin: 10px 0 0; }`;

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (name === 'text') node.textContent = String(value);
      else node.setAttribute(name, String(value));
    }
    for (const child of children.flat()) if (child != null) node.append(child);
    return node;
  }

  function money(amount, currency) {
    return `${currency} ${Math.round(amount * 100) / 100}`;
  }

  /** Why a request failed, in words a visitor of the partner's site can act on. */
  function explain(status, problem, retryAfter, target) {
    const detail = problem && problem.detail ? problem.detail : '';
    if (status === 401) return `This site's credpath partner key was not accepted (${detail || 'invalid key'}). The site owner needs a valid partner key.`;
    if (status === 403) return `credpath refused this site's request: ${detail || 'forbidden'}.`;
    if (status === 429) return `Too many requests from this site right now; try again in ${retryAfter || 'a few'} seconds.`;
    if (status === 404 || status === 422) return `credpath could not plan a pathway to ${target}: ${detail}`;
    return `credpath answered ${status}${detail ? `: ${detail}` : ''}.`;
  }

  class CredpathPathways extends HTMLElement {
    connectedCallback() {
      if (!this.shadowRoot) {
        const root = this.attachShadow({ mode: 'open' });
        if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
          const sheet = new CSSStyleSheet();
          sheet.replaceSync(CSS);
          root.adoptedStyleSheets = [sheet];
        } else {
          root.append(el('style', { text: CSS }));
        }
        // 'all: initial' on the frame stops what the page sets on the element itself (colour, font) from being inherited.
        this.body = el('div', { class: 'frame', 'aria-live': 'polite' });
        root.append(this.body);
      }
      this.load();
    }

    attr(name, fallback) {
      const value = this.getAttribute(name);
      return value === null || value === '' ? fallback : value;
    }

    show(...nodes) {
      this.body.replaceChildren(...nodes);
    }

    fail(message) {
      this.show(el('p', { class: 'error', role: 'alert', text: message }));
      this.setAttribute('data-state', 'error');
    }

    async load() {
      const target = this.attr('target', '');
      const api = this.attr('api', home);
      if (!target) return this.fail('This credpath widget names no target job (data-target).');
      const budget = { hoursPerWeek: Number(this.attr('hours-per-week', 8)) };
      if (this.attr('max-cost')) budget.maxCost = Number(this.attr('max-cost'));
      if (this.attr('max-weeks')) budget.maxWeeks = Number(this.attr('max-weeks'));
      const body = { target, profile: {}, budget, preferences: { alternatives: Number(this.attr('alternatives', 3)) } };
      if (this.attr('current')) body.profile.currentOccupation = this.attr('current');
      this.setAttribute('data-state', 'loading');
      this.show(el('p', { role: 'status', text: 'Planning pathways…' }));
      let response;
      try {
        response = await fetch(`${api}/api/v1/pathways`, {
          method: 'POST', credentials: 'omit', body: JSON.stringify(body),
          headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: `Bearer ${this.attr('key', '')}` },
        });
      } catch (e) {
        return this.fail(await this.unreadable(api));
      }
      const answer = await response.json().catch(() => null);
      if (!response.ok) return this.fail(explain(response.status, answer, response.headers.get('Retry-After'), target));
      this.render(answer, api, budget);
    }

    /**
     * Why the planning answer could not be read. A browser hides a refused cross-origin answer, so the widget asks the
     * one question every origin may read: may this page's origin use this key? (The key goes as the body, never in a URL.)
     */
    async unreadable(api) {
      const site = location.origin;
      let check;
      try {
        const response = await fetch(`${api}/api/v1/widget/origin-check`, {
          method: 'POST', credentials: 'omit', body: this.attr('key', ''), headers: { 'Content-Type': 'text/plain' },
        });
        check = response.ok ? await response.json() : null;
      } catch (e) {
        check = null;
      }
      if (check && !check.keyAccepted) return 'This site\'s credpath partner key was not accepted (invalid or revoked API key). The site owner needs a valid partner key.';
      if (check && !check.originAllowed) {
        return `This site (${site}) is not one of the sites allowed to use this credpath partner key, so credpath's answer `
          + 'cannot be shown here. The site owner must add this address to the partner\'s allowed origins.';
      }
      return `credpath (${api}) could not be reached from this site (${site}). Try again later.`;
    }

    render(result, api, budget) {
      const link = new URL('/', api);
      link.searchParams.set('target', result.target.id);
      if (budget.maxCost !== undefined) link.searchParams.set('cost', budget.maxCost);
      if (budget.maxWeeks !== undefined) link.searchParams.set('weeks', budget.maxWeeks);
      link.searchParams.set('hours', budget.hoursPerWeek);
      const alternatives = result.pathways.map((p) => el('section', { class: 'alternative', 'data-label': p.label },
        el('h3', { text: p.label }),
        el('p', { class: 'totals', text: `${money(p.totals.cost, p.totals.currency)} · ${p.totals.weeks} weeks · `
          + `${Math.round(p.coverage * 100)}% coverage` }),
        el('ol', {}, p.steps.map((s) => el('li', { class: 'step', 'data-credential': s.credential },
          el('span', { text: s.title }), ' ',
          el('span', { class: 'muted', text: `${s.provider}, ${s.costKnown ? money(s.cost, p.totals.currency) : 'cost unknown'}, `
            + `weeks ${s.startWeek}–${s.endWeek}` }))))));
      this.show(
        el('h2', { text: `Pathways into ${result.target.title}` }),
        alternatives.length ? el('div', { class: 'alternatives' }, alternatives)
          : el('p', { text: 'No pathway fits this budget.' }),
        el('p', { class: 'more' }, el('a', { href: link.href, target: '_blank', rel: 'noopener', text: 'See the full plan, week by week' })));
      this.setAttribute('data-state', 'ready');
    }
  }

  if (!customElements.get('credpath-pathways')) customElements.define('credpath-pathways', CredpathPathways);
  if (script && script.dataset.target !== undefined) {
    const widget = document.createElement('credpath-pathways');
    for (const [name, value] of Object.entries(script.dataset)) {
      widget.setAttribute(name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), value);
    }
    script.after(widget);
  }
})();

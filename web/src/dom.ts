// Building DOM safely: text only ever goes in through textContent / createTextNode, attributes
// through setAttribute with fixed names. Nothing from an article is ever parsed as HTML.
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number | boolean | null | undefined> = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null || v === false) continue;
    if (k.startsWith('on')) throw new Error('event handlers are attached with addEventListener');
    if (k === 'style') throw new Error('styles are set through el.style');
    if (k === 'class') el.className = String(v);
    else if (k === 'text') el.textContent = String(v);
    else if (k === 'href') el.setAttribute('href', safeHref(String(v)));
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

export function append(el: Node, children: (Child | Child[])[]): void {
  for (const c of children.flat()) {
    if (c == null || c === false) continue;
    el.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  }
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}, text?: string): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k.startsWith('on')) throw new Error('event handlers are attached with addEventListener');
    el.setAttribute(k, String(v));
  }
  if (text != null) el.textContent = text;
  return el;
}

/** Links from untrusted data: only http(s), relative API paths and fragments. */
export function safeHref(url: string): string {
  if (/^(https?:)?\/\//i.test(url) || url.startsWith('/') || url.startsWith('#')) return url;
  return '#';
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

export function $(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} missing`);
  return el;
}

/** A small coloured disc (colour set through the CSSOM, which CSP allows). */
export function dot(color: string): HTMLSpanElement {
  const s = document.createElement('span');
  s.className = 'dot';
  s.style.background = color;
  return s;
}

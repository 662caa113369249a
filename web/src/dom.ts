// Building DOM safely: text only ever goes in through textContent / createTextNode, attributes
// through setAttribute with fixed names. Nothing from an article is ever parsed as HTML.
import { httpUrl } from './links.js';

export { httpUrl };

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

/** Our own API paths (export downloads): same origin, never `//` or `/\\`. */
function ownPath(url: string): boolean {
  return /^\/api\/[\w./-]*(\?[\w.%=&+*:-]*)?$/.test(url);
}

/** href values: absolute http(s), or our own /api/ paths; anything else throws (a bug, not data). */
export function safeHref(url: string): string {
  const ext = httpUrl(url);
  if (ext) return ext;
  if (ownPath(url)) return url;
  throw new Error('not a safe link: use linkOrText for URLs from data');
}

/** A link when `url` is an absolute http(s) URL, else the text alone. */
export function linkOrText(url: string | null | undefined, text: string, attrs: Record<string, string> = {}): HTMLElement {
  const href = httpUrl(url);
  if (!href) return h('span', { class: 'nolink', dir: attrs.dir, text });
  return h('a', { ...attrs, href, rel: 'noopener noreferrer nofollow', target: '_blank', text });
}

/** A date (or any short run) isolated from the text around it, so that bidi never splits it. */
export function bdi(text: string, dir: 'ltr' | 'rtl' | 'auto' = 'auto', cls = ''): HTMLElement {
  return h('bdi', { dir, class: cls || null, text });
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

// Linear walks over a linkedom DOM. linkedom's `childNodes` builds a fresh list on every read
// (O(children)), so the walks go by firstChild/nextSibling/parentNode, without recursion, so that a
// page nested 100,000 deep neither costs quadratic time nor overflows the stack.

export interface NodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  firstChild: NodeLike | null;
  nextSibling: NodeLike | null;
  parentNode: NodeLike | null;
}

const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL',
  'BLOCKQUOTE', 'TR', 'TABLE', 'FIGURE', 'FIGCAPTION', 'HEADER', 'FOOTER', 'PRE', 'DL', 'DT', 'DD',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'BUTTON', 'FORM', 'SELECT', 'TEXTAREA']);

export const isBlockTag = (upperName: string): boolean => BLOCK.has(upperName);
export const isSkippedTag = (upperName: string): boolean => SKIP.has(upperName);

/** Text parts -> lines trimmed, runs of blank lines folded to one. */
export function joinParts(parts: string[]): string {
  return parts
    .join('')
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Plain text of a DOM subtree with paragraph breaks between blocks. */
export function blockText(root: NodeLike): string {
  const parts: string[] = [];
  // Entering a node: emit its text or its opening break; returns whether to descend.
  const enter = (node: NodeLike): boolean => {
    if (node.nodeType === 3) {
      parts.push((node.textContent ?? '').replace(/\s+/g, ' '));
      return false;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return false;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return false;
    if (name === 'BR') {
      parts.push('\n');
      return false;
    }
    if (BLOCK.has(name)) parts.push('\n\n');
    return true;
  };
  const leave = (node: NodeLike) => {
    if (node.nodeType === 1 && BLOCK.has(node.nodeName.toUpperCase())) parts.push('\n\n');
  };
  if (!enter(root)) return joinParts(parts);
  let node = root.firstChild;
  while (node) {
    if (enter(node) && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    if (node.nodeType === 1 && node.firstChild === null) leave(node);
    // Climb until a next sibling exists, closing the blocks left behind.
    while (node && !node.nextSibling && node !== root) {
      node = node.parentNode;
      if (!node || node === root) {
        node = null;
        break;
      }
      leave(node);
    }
    if (node) node = node.nextSibling;
  }
  leave(root);
  return joinParts(parts);
}

export interface Shape {
  depth: number;
  elements: number;
  /** Most child nodes (elements and text) under one parent. */
  widest: number;
}

/** The depth, size and widest fan-out of a subtree; stops counting once `stopAt` nodes are seen. */
export function measureShape(root: NodeLike, stopAt = Infinity): Shape {
  const shape: Shape = { depth: 0, elements: 0, widest: 0 };
  const counts: number[] = [0];
  let depth = 0;
  let node = root.firstChild;
  let seen = 0;
  while (node && seen++ < stopAt) {
    counts[depth]++;
    if (counts[depth] > shape.widest) shape.widest = counts[depth];
    if (node.nodeType === 1) shape.elements++;
    if (node.firstChild) {
      depth++;
      counts[depth] = 0;
      if (depth > shape.depth) shape.depth = depth;
      node = node.firstChild;
      continue;
    }
    while (node && !node.nextSibling) {
      node = node.parentNode;
      depth--;
      if (!node || node === root || depth < 0) {
        node = null;
        break;
      }
    }
    if (node) node = node.nextSibling;
  }
  return shape;
}

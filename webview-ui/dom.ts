// Building DOM nodes in a few words: el('div', {class: 'card'}, child, 'text').
// Only properties and attributes that a strict Content-Security-Policy allows
// (no inline style attributes: styles are set through the CSSOM).

export type Child = Node | string | null | undefined | false;
export type Attrs = Record<string, string | number | boolean | null | undefined>;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const key in attrs) {
    const v = attrs[key];
    if (v === null || v === undefined || v === false) continue;
    if (key === 'class') node.className = String(v);
    else if (key === 'text') node.textContent = String(v);
    else node.setAttribute(key, v === true ? '' : String(v));
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) node.append(c);
  return node;
}

/** Replaces a node's children, keeping keyboard focus on the element with the same `data-key` if it had it. */
export function replaceKeepingFocus(parent: Element, ...children: Node[]): void {
  const active = document.activeElement as HTMLElement | null;
  const key = active && parent.contains(active) ? active.dataset.key : undefined;
  parent.replaceChildren(...children);
  if (key) {
    const again = parent.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
    again?.focus({ preventScroll: true });
  }
}

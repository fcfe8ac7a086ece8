/**
 * A tiny element factory for the widget. Children that are strings become text nodes (via
 * `append`), so profile content is always data: nothing here parses markup, and attribute names
 * are always literals in our code.
 */

/** A child: a node, some text, or nothing. */
export type Child = Node | string | null | false | undefined;

/** Create an element with attributes and children. */
export function h(tag: string, attrs?: Record<string, string> | null, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  // Inline styles go through the CSSOM: a `style` attribute would be refused by a host page whose
  // Content-Security-Policy forbids 'unsafe-inline' styles, the CSSOM is not.
  if (attrs) for (const k in attrs) k === 'style' ? (el.style.cssText = attrs[k]!) : el.setAttribute(k, attrs[k]!);
  for (const c of children) if (c) el.append(c);
  return el;
}

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
  if (attrs) for (const k in attrs) el.setAttribute(k, attrs[k]!);
  for (const c of children) if (c) el.append(c);
  return el;
}

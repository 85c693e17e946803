import { Fragment, type ReactNode } from "react";

/**
 * `fill` for texts whose placeholders stand for markup (a name in bold, a code in monospace): the translated
 * sentence keeps its own word order and the values keep their styling.
 */
export function fillNodes(template: string, values: Record<string, ReactNode>): ReactNode {
  const parts = template.split(/\{(\w+)\}/);
  return parts.map((part, index) => {
    // split() with a capture group puts the placeholder names at the odd indexes.
    const content = index % 2 === 1 ? (Object.hasOwn(values, part) ? values[part] : `{${part}}`) : part;
    // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed template never move
    return <Fragment key={index}>{content}</Fragment>;
  });
}

import type { ReactNode } from 'react';
import { findBidiControls } from '../../domain/text/findBidiControls';
import { bidiControlAttributes } from '../../editor/bidiControlAttributes';

/** Text with each bidi control character isolated and labelled, so it never reverses the text around it on screen. */
export function withIsolatedBidiControls(text: string): ReactNode {
  const controls = findBidiControls(text);
  if (controls.length === 0) return text;
  const nodes: ReactNode[] = [];
  let position = 0;
  for (const control of controls) {
    if (control.index > position) nodes.push(text.slice(position, control.index));
    const { class: className, ...attributes } = bidiControlAttributes(control.name);
    nodes.push(
      <span key={control.index} className={className} {...attributes}>
        {text[control.index]}
      </span>,
    );
    position = control.index + 1;
  }
  if (position < text.length) nodes.push(text.slice(position));
  return nodes;
}

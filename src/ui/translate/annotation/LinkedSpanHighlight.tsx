import { useEffect, useState } from 'react';
import { domAttributes } from '../../../editor/domAttributes';
import { domSelectors } from '../../../editor/domSelectors';

const SAFE_ID = /^[A-Za-z0-9-]+$/;

/**
 * While the pointer is over (or the focus in) a linked annotated span, highlights it and its
 * partner on the other side through a style rule, so neither the editor's DOM nor the rows change.
 */
export function LinkedSpanHighlight() {
  const [pair, setPair] = useState<readonly [string, string] | undefined>(undefined);
  useEffect(() => {
    const show = (event: Event) => {
      const target = event.target instanceof Element ? event.target : null;
      const span = target?.closest(
        `${domSelectors.annotation}[${domAttributes.annotationLinkedId}]`,
      );
      const id = span?.getAttribute(domAttributes.annotationId);
      const partner = span?.getAttribute(domAttributes.annotationLinkedId);
      const next =
        id != null && partner != null && SAFE_ID.test(id) && SAFE_ID.test(partner)
          ? ([id, partner] as const)
          : undefined;
      setPair((previous) =>
        previous?.[0] === next?.[0] && previous?.[1] === next?.[1] ? previous : next,
      );
    };
    document.addEventListener('mouseover', show);
    document.addEventListener('focusin', show);
    return () => {
      document.removeEventListener('mouseover', show);
      document.removeEventListener('focusin', show);
    };
  }, []);
  if (pair === undefined) return null;
  const selector = pair.map((id) => `[${domAttributes.annotationId}="${id}"]`).join(', ');
  return (
    <style>{`${selector} { outline: 2px solid var(--annotation-link, #7c3aed); outline-offset: 1px; background-color: var(--annotation-link-background, rgba(124, 58, 237, 0.16)); }`}</style>
  );
}

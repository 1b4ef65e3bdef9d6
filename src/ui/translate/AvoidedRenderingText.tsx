import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TermbaseMatcher } from '../../domain/glossary/createTermbaseMatcher';
import { findAvoidedRenderings } from '../../domain/glossary/findAvoidedRenderings';
import type { GlossaryConcept } from '../../domain/glossary/glossaryEntry';
import { withIsolatedBidiControls } from './withIsolatedBidiControls';
import '../glossary/terms.css';

/**
 * A target's text with each deprecated or forbidden rendering of its source's terms marked
 * (`data-term-status`), titled with the term and the rendering to use instead.
 */
export function AvoidedRenderingText<Entry extends GlossaryConcept>({
  source,
  target,
  matcher,
}: {
  source: string;
  target: string;
  matcher: TermbaseMatcher<Entry> | undefined;
}) {
  const { t } = useTranslation('glossary');
  const matches = useMemo(
    () => (matcher === undefined ? [] : findAvoidedRenderings(matcher, source, target)),
    [matcher, source, target],
  );
  if (matches.length === 0) return withIsolatedBidiControls(target);
  const pieces = [];
  let position = 0;
  for (const match of matches) {
    if (match.start < position) continue;
    if (match.start > position)
      pieces.push(
        <span key={`t${position}`}>
          {withIsolatedBidiControls(target.slice(position, match.start))}
        </span>,
      );
    const preferred = match.entry.renderings.find((rendering) => rendering.status === 'preferred');
    const title = t(`mark.${match.rendering.status === 'forbidden' ? 'forbidden' : 'deprecated'}`, {
      term: match.entry.term,
      expected: preferred?.text ?? '',
    });
    pieces.push(
      <mark
        key={`m${match.start}`}
        className={`term-avoided term-avoided--${match.rendering.status}`}
        data-term-status={match.rendering.status}
        title={title}
        aria-description={title}
      >
        {withIsolatedBidiControls(target.slice(match.start, match.end))}
      </mark>,
    );
    position = match.end;
  }
  if (position < target.length)
    pieces.push(
      <span key={`t${position}`}>{withIsolatedBidiControls(target.slice(position))}</span>,
    );
  return pieces;
}

import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { TermbaseMatcher } from '../../domain/glossary/createTermbaseMatcher';
import { findAvoidedRenderings } from '../../domain/glossary/findAvoidedRenderings';
import type { StoredGlossaryEntry } from '../../domain/model';
import type { AvoidedRenderingSpan } from '../../editor/AvoidedRenderingHighlight';

/**
 * For a segment's source, a function giving the deprecated and forbidden renderings a target
 * text uses, each described in the UI language with the rendering to use instead.
 */
export function useAvoidedRenderingFinder(
  matcher: TermbaseMatcher<StoredGlossaryEntry> | undefined,
  source: string,
): (target: string) => AvoidedRenderingSpan[] {
  const { t } = useTranslation('glossary');
  return useCallback(
    (target: string) => {
      if (matcher === undefined) return [];
      return findAvoidedRenderings(matcher, source, target).map((match) => {
        const status = match.rendering.status === 'forbidden' ? 'forbidden' : 'deprecated';
        const preferred = match.entry.renderings.find(
          (rendering) => rendering.status === 'preferred',
        );
        return {
          start: match.start,
          end: match.end,
          status,
          description: t(`mark.${status}`, {
            term: match.entry.term,
            expected: preferred?.text ?? '',
          }),
        };
      });
    },
    [matcher, source, t],
  );
}

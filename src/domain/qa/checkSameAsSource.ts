import type { QaFindingDraft, QaSegment } from './qaFinding';

/** A translation identical to a source that has Chinese in it (a code or a name alone may stay as it is). */
export function checkSameAsSource(segment: QaSegment): QaFindingDraft[] {
  const target = normalize(segment.target);
  if (target === '' || target !== normalize(segment.source)) return [];
  if (!/\p{Script=Han}/u.test(target)) return [];
  return [{ check: 'same-as-source', detail: '', values: {} }];
}

function normalize(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

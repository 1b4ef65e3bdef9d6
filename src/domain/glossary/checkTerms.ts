import type { TermbaseMatcher } from './createTermbaseMatcher';
import type { GlossaryConcept, TermRendering } from './glossaryEntry';
import type { TermFinding, TermFindingKind } from './termFinding';

export interface CheckedSegment {
  /** Stable name of the segment (its id), part of each finding's key. */
  readonly key: string;
  readonly source: string;
  readonly target: string;
}

const USABLE = new Set(['preferred', 'admitted']);

/**
 * Term findings for translated segments (an empty target is not checked): a term whose preferred
 * and admitted renderings are all absent from the target, a deprecated or forbidden rendering in
 * the target and, across segments, a term rendered otherwise than most segments render it.
 * Findings come in segment order, then the order of the terms in the source.
 */
export function checkTerms<Entry extends GlossaryConcept>(
  matcher: TermbaseMatcher<Entry>,
  segments: readonly CheckedSegment[],
): TermFinding<Entry>[] {
  const findings: TermFinding<Entry>[] = [];
  const usedByEntry = new Map<Entry, { segmentIndex: number; rendering: TermRendering }[]>();
  segments.forEach((segment, segmentIndex) => {
    if (segment.target.trim() === '') return;
    const entries = [...new Set(matcher.findTerms(segment.source).map((match) => match.entry))];
    const renderings = matcher.findRenderings(segment.target, entries);
    const finding = (
      kind: TermFindingKind,
      entry: Entry,
      used: { text: string; start: number; end: number } | undefined,
      expected: string | undefined,
    ): TermFinding<Entry> => ({
      kind,
      segmentIndex,
      entry,
      used: used?.text,
      expected,
      targetStart: used?.start,
      targetEnd: used?.end,
      key: [segment.key, kind, entry.term, used?.text ?? ''].join('\u241f'),
    });
    for (const entry of entries) {
      const preferred = preferredRendering(entry);
      const ofEntry = renderings.filter((match) => match.entry === entry);
      const usable = ofEntry.filter((match) => USABLE.has(match.rendering.status));
      // A deprecated or forbidden rendering in its place is one finding (which names the one to
      // use), not that and a missing one.
      const isAvoidedInstead = usable.length === 0 && ofEntry.length > 0;
      if (usable.length === 0 && !isAvoidedInstead && preferred !== undefined)
        findings.push(finding('missing', entry, undefined, preferred.text));
      for (const match of ofEntry) {
        if (match.rendering.status !== 'forbidden' && match.rendering.status !== 'deprecated')
          continue;
        const used = { text: match.rendering.text, start: match.start, end: match.end };
        findings.push(finding(match.rendering.status, entry, used, preferred?.text));
      }
      const first = usable[0];
      if (first !== undefined) {
        const list = usedByEntry.get(entry) ?? [];
        list.push({ segmentIndex, rendering: first.rendering });
        usedByEntry.set(entry, list);
      }
    }
  });
  for (const [entry, uses] of usedByEntry) {
    const counts = new Map<TermRendering, number>();
    for (const use of uses) counts.set(use.rendering, (counts.get(use.rendering) ?? 0) + 1);
    if (counts.size < 2) continue;
    const common = [...counts].sort(
      ([left, leftCount], [right, rightCount]) =>
        rightCount - leftCount ||
        Number(right.status === 'preferred') - Number(left.status === 'preferred'),
    )[0]?.[0];
    for (const use of uses) {
      if (use.rendering === common) continue;
      const segment = segments[use.segmentIndex];
      if (segment === undefined || common === undefined) continue;
      const where = matchOf(matcher, segment, entry, use.rendering);
      findings.push({
        kind: 'inconsistent',
        segmentIndex: use.segmentIndex,
        entry,
        used: use.rendering.text,
        expected: common.text,
        targetStart: where?.start,
        targetEnd: where?.end,
        key: [segment.key, 'inconsistent', entry.term, use.rendering.text].join('\u241f'),
      });
    }
  }
  return findings.sort((left, right) => left.segmentIndex - right.segmentIndex);
}

function preferredRendering(entry: GlossaryConcept): TermRendering | undefined {
  return (
    entry.renderings.find((rendering) => rendering.status === 'preferred') ??
    entry.renderings.find((rendering) => rendering.status === 'admitted')
  );
}

function matchOf<Entry extends GlossaryConcept>(
  matcher: TermbaseMatcher<Entry>,
  segment: CheckedSegment,
  entry: Entry,
  rendering: TermRendering,
): { start: number; end: number } | undefined {
  return matcher
    .findRenderings(segment.target, [entry])
    .find((match) => match.rendering === rendering);
}

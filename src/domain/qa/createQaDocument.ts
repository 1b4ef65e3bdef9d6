import { foldForComparison } from './foldForComparison';
import { withoutPunctuation } from './withoutPunctuation';
import { measuredLength } from './measuredLength';
import type { QaDocument } from './qaDocument';
import type { QaSegment } from './qaFinding';

/** Segments with a source this short say little about the document's length ratio. */
export const SHORTEST_MEASURED_SOURCE = 10;
const FEWEST_MEASURED_SEGMENTS = 5;

/**
 * What the document-wide checks need, read once: the length norm (median of the log ratio of
 * target to source length over segments with at least 10 source characters, five of them at
 * least; far means twice or half the usual ratio, or three robust deviations when the document
 * varies more), the quoting style and which segments share a source or a translation.
 */
export function createQaDocument(segments: readonly QaSegment[]): QaDocument {
  const logRatios: number[] = [];
  const translationsBySource = new Map<string, Map<string, number[]>>();
  const sourcesByTarget = new Map<string, Map<string, number[]>>();
  let straight = 0;
  let curly = 0;
  segments.forEach((segment, index) => {
    if (segment.target.trim() === '') return;
    straight += segment.target.split('"').length - 1;
    curly += segment.target.split(/[“”]/u).length - 1;
    const sourceLength = measuredLength(segment.source);
    if (sourceLength >= SHORTEST_MEASURED_SOURCE)
      logRatios.push(Math.log(measuredLength(segment.target) / sourceLength));
    if (segment.source.trim() === '') return;
    const source = foldForComparison(segment.source);
    const target = foldForComparison(segment.target);
    push(translationsBySource, source, target, index);
    push(sourcesByTarget, target, withoutPunctuation(source), index);
  });
  return {
    segments,
    lengthNorm: lengthNorm(logRatios),
    usesStraightQuotes: straight > curly,
    translationsBySource,
    sourcesByTarget,
  };
}

function lengthNorm(logRatios: number[]): QaDocument['lengthNorm'] {
  if (logRatios.length < FEWEST_MEASURED_SEGMENTS) return undefined;
  const logRatio = median(logRatios);
  const deviation = median(logRatios.map((value) => Math.abs(value - logRatio))) * 1.4826;
  return { logRatio, tolerance: Math.max(Math.log(2), 3 * deviation) };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function push(
  map: Map<string, Map<string, number[]>>,
  key: string,
  value: string,
  index: number,
): void {
  const byValue = map.get(key) ?? new Map<string, number[]>();
  map.set(key, byValue);
  const list = byValue.get(value);
  if (list === undefined) byValue.set(value, [index]);
  else list.push(index);
}

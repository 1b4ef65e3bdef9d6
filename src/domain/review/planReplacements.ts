import type { SegmentStatus } from '../model';
import type { RichTextDoc } from '../richText';
import { createSearchPattern } from '../search/createSearchPattern';
import { foldSearchText } from '../search/foldSearchText';
import type { SearchOptions } from '../search/searchOptions';
import { replaceInRichText, type TextReplacement } from './replaceInRichText';

/** A segment whose translation a replacement may change. */
export interface ReplaceableSegment<Id extends string = string> {
  readonly id: Id;
  readonly status: SegmentStatus;
  readonly target: RichTextDoc;
  readonly targetText: string;
}

/** What replacing does to one segment: its translation before and after, and the new target. */
export interface PlannedReplacement<Id extends string = string> {
  readonly segmentId: Id;
  /** The segment's position in the list planned over. */
  readonly index: number;
  readonly before: string;
  readonly after: string;
  /** The replaced ranges of `before`, with what replaces each. */
  readonly replacements: readonly TextReplacement[];
  readonly target: RichTextDoc;
}

export interface ReplacementPlan<Id extends string = string> {
  readonly changes: readonly PlannedReplacement<Id>[];
  /** Locked segments with a match, left unchanged. */
  readonly lockedCount: number;
}

/**
 * Every change that replacing the query by `replacement` in the translations would make, for a
 * preview: matches as findSegmentMatches finds them (a bad regular expression throws
 * SearchPatternError; `$1`, `$&`, `$<name>` and `$$` in the replacement of one), marks kept by
 * replaceInRichText, empty matches and matches across a line break skipped, locked segments
 * counted and left alone.
 */
export function planReplacements<Id extends string>(
  segments: readonly ReplaceableSegment<Id>[],
  query: string,
  replacement: string,
  options: SearchOptions = {},
): ReplacementPlan<Id> {
  const pattern = createSearchPattern(query, options);
  if (pattern === undefined) return { changes: [], lockedCount: 0 };
  const isRegex = options.mode === 'regex';
  const changes: PlannedReplacement<Id>[] = [];
  let lockedCount = 0;
  segments.forEach((segment, index) => {
    const text = segment.targetText;
    const replacements: TextReplacement[] = [];
    for (const match of foldSearchText(text).matchAll(pattern)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      if (end === start || text.slice(start, end).includes('\n')) continue;
      replacements.push({ start, end, text: isRegex ? expand(replacement, match) : replacement });
    }
    if (replacements.length === 0) return;
    if (segment.status === 'locked') {
      lockedCount += 1;
      return;
    }
    const after = replacements.reduceRight(
      (current, { start, end, text: inserted }) =>
        `${current.slice(0, start)}${inserted}${current.slice(end)}`,
      text,
    );
    if (after === text) return;
    changes.push({
      segmentId: segment.id,
      index,
      before: text,
      after,
      replacements,
      target: replaceInRichText(segment.target, replacements),
    });
  });
  return { changes, lockedCount };
}

function expand(replacement: string, match: RegExpMatchArray): string {
  return replacement.replace(
    /\$(\$|&|<([^>]+)>|(\d{1,2}))/g,
    (whole, token: string, name?: string, digits?: string) => {
      if (token === '$') return '$';
      if (token === '&') return match[0];
      if (name !== undefined) return match.groups?.[name] ?? '';
      const group = Number(digits);
      return group >= 1 && group < match.length ? (match[group] ?? '') : whole;
    },
  );
}

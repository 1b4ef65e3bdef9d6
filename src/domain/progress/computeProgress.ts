import type { Segment, SegmentStatus } from '../model';
import { countChineseCharacters } from './countChineseCharacters';

export interface Progress {
  readonly segments: number;
  readonly translatedSegments: number;
  readonly characters: number;
  readonly translatedCharacters: number;
}

const translatedStatuses: ReadonlySet<SegmentStatus> = new Set([
  'translated',
  'reviewed',
  'approved',
]);

/**
 * Counts segments and the Chinese characters of their sources (see countChineseCharacters), in
 * all and in segments whose status is translated, reviewed or approved.
 */
export function computeProgress(segments: readonly Pick<Segment, 'source' | 'status'>[]): Progress {
  let translatedSegments = 0;
  let characters = 0;
  let translatedCharacters = 0;
  for (const segment of segments) {
    const count = countChineseCharacters(segment.source);
    characters += count;
    if (translatedStatuses.has(segment.status)) {
      translatedSegments += 1;
      translatedCharacters += count;
    }
  }
  return { segments: segments.length, translatedSegments, characters, translatedCharacters };
}

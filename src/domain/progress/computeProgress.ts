import type { Segment, SegmentStatus } from '../model';

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
const hanCharacter = /\p{Script=Han}/gu;

/**
 * Counts segments and the Chinese characters of their sources (Han characters only: no
 * punctuation, digits, Latin letters or spaces), in all and in segments whose status is
 * translated, reviewed or approved.
 */
export function computeProgress(segments: readonly Pick<Segment, 'source' | 'status'>[]): Progress {
  let translatedSegments = 0;
  let characters = 0;
  let translatedCharacters = 0;
  for (const segment of segments) {
    const count = segment.source.match(hanCharacter)?.length ?? 0;
    characters += count;
    if (translatedStatuses.has(segment.status)) {
      translatedSegments += 1;
      translatedCharacters += count;
    }
  }
  return { segments: segments.length, translatedSegments, characters, translatedCharacters };
}

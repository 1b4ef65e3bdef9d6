import { useMemo } from 'react';
import type { MemoryMatch } from '../../../domain/memory/memoryMatch';
import { useMemoryIndex, type LoadedMemory } from '../../hooks/useMemoryIndex';

const MATCHES_SHOWN = 5;

export interface MemoryMatches {
  readonly memory: LoadedMemory | undefined;
  /** The best matches of the sentence, exact first; undefined without a sentence or while loading. */
  readonly matches: readonly MemoryMatch[] | undefined;
}

/** The translation memory and the best matches of the focused segment's source in it. */
export function useMemoryMatches(sentence: string | undefined): MemoryMatches {
  const memory = useMemoryIndex();
  const index = memory?.index;
  const version = memory?.version;
  const matches = useMemo(
    () =>
      index === undefined || sentence === undefined
        ? undefined
        : index.lookup(sentence, { limit: MATCHES_SHOWN }),
    // The index changes in place; version says when.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [index, version, sentence],
  );
  return { memory, matches };
}
